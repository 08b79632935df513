#include "core/actions/protect/protectaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const ProtectAction &action, JsonNode &node)
{
    node.append(QStringLiteral("message"), jsonText(action.message));
    node.append(QStringLiteral("sqlstate"), jsonText(action.sqlState));
}

bool readActionFields(ActionFieldsReader &reader, ProtectAction &action)
{
    return reader.allowOnly({"message", "sqlstate"})
            && reader.optionalString("message", action.message)
            && reader.optionalString("sqlstate", action.sqlState);
}

} // namespace trigon
