#include "core/actions/insert/insertaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const InsertAction &action, JsonNode &node)
{
    node.append(QStringLiteral("table"), jsonTable(action.table));
    node.append(QStringLiteral("values"), jsonNamedValues(action.values));
}

bool readActionFields(ActionFieldsReader &reader, InsertAction &action)
{
    return reader.allowOnly({"table", "values"}) && reader.requiredTable("table", action.table)
            && reader.optionalNamedValues("values", action.values);
}

} // namespace trigon
