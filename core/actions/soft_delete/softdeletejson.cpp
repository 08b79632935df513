#include "core/actions/soft_delete/softdeleteaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const SoftDeleteAction &action, JsonNode &node)
{
    node.append(QStringLiteral("column"), jsonText(action.column));
    node.append(QStringLiteral("value"), JsonNode::fromJsonValue(action.value));
    node.append(QStringLiteral("key"), jsonTextArray(action.key));
}

bool readActionFields(ActionFieldsReader &reader, SoftDeleteAction &action)
{
    if (!reader.allowOnly({"column", "value", "key"})
        || !reader.optionalString("column", action.column)
        || !reader.optionalStringList("key", action.key))
        return false;
    // Any JSON value: it is written into the flag column as it is.
    if (const JsonNode *value = reader.member("value"))
        action.value = value->toJsonValue();
    return true;
}

} // namespace trigon
