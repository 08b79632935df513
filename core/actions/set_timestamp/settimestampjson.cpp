#include "core/actions/set_timestamp/settimestampaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const SetTimestampAction &action, JsonNode &node)
{
    node.append(QStringLiteral("columns"), jsonTextArray(action.columns));
}

bool readActionFields(ActionFieldsReader &reader, SetTimestampAction &action)
{
    return reader.allowOnly({"columns"}) && reader.optionalStringList("columns", action.columns);
}

} // namespace trigon
