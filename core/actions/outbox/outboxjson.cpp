#include "core/actions/outbox/outboxaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeActionFields(const OutboxAction &action, JsonNode &node)
{
    node.append(QStringLiteral("target"), jsonText(action.target));
    node.append(QStringLiteral("type"), jsonText(action.type));
    node.append(QStringLiteral("key"), jsonPayloadValue(action.key));
    node.append(QStringLiteral("payload"), jsonNamedValues(action.payload));
}

bool readActionFields(ActionFieldsReader &reader, OutboxAction &action)
{
    // Without a key the events of a row have no order to keep.
    action.key = PayloadValue::json(QJsonValue::Null);
    return reader.allowOnly({"target", "type", "key", "payload"})
            && reader.optionalString("target", action.target)
            && reader.optionalString("type", action.type) && reader.optionalValue("key", action.key)
            && reader.optionalNamedValues("payload", action.payload);
}

} // namespace trigon
