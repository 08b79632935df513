#include "core/eventactions/attach/attacheventaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const AttachAction &action, JsonNode &node)
{
    node.append(QStringLiteral("trigger"), jsonText(action.trigger));
}

bool readActionFields(ActionFieldsReader &reader, AttachAction &action)
{
    return reader.allowOnly({"trigger"}) && reader.optionalString("trigger", action.trigger);
}

} // namespace trigon
