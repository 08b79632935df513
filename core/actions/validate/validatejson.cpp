#include "core/actions/validate/validateaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const ValidateAction &action, JsonNode &node)
{
    node.append(QStringLiteral("check"), jsonCondition(action.check));
    node.append(QStringLiteral("message"), jsonText(action.message));
    node.append(QStringLiteral("sqlstate"), jsonText(action.sqlState));
}

bool readActionFields(ActionFieldsReader &reader, ValidateAction &action)
{
    return reader.allowOnly({"check", "message", "sqlstate"})
            && reader.optionalString("message", action.message)
            && reader.optionalString("sqlstate", action.sqlState)
            && reader.requiredCondition("check", action.check);
}

} // namespace trigon
