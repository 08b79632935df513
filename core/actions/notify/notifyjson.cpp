#include "core/actions/notify/notifyaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

namespace {
constexpr std::array<const char *, 3> overflowNames = {"truncate", "skip", "error"};
} // namespace

void writeActionFields(const NotifyAction &action, JsonNode &node)
{
    node.append(QStringLiteral("channel"), jsonText(action.channel));
    node.append(QStringLiteral("payload"), jsonNamedValues(action.payload));
    node.append(QStringLiteral("on_overflow"),
                jsonText(enumName(overflowNames, action.onOverflow)));
}

bool readActionFields(ActionFieldsReader &reader, NotifyAction &action)
{
    return reader.allowOnly({"channel", "payload", "on_overflow"})
            && reader.optionalString("channel", action.channel)
            && reader.optionalNamedValues("payload", action.payload)
            && reader.optionalEnum("on_overflow", action.onOverflow, overflowNames);
}

} // namespace trigon
