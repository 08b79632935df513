#include "core/actions/sql/sqlaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const SqlAction &action, JsonNode &node)
{
    node.append(QStringLiteral("declarations"), jsonText(action.declarations));
    node.append(QStringLiteral("body"), jsonText(action.body));
}

bool readActionFields(ActionFieldsReader &reader, SqlAction &action)
{
    return reader.allowOnly({"declarations", "body"})
            && reader.optionalString("declarations", action.declarations)
            && reader.optionalString("body", action.body);
}

} // namespace trigon
