#include "core/targets/redis/redistarget.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeTargetFields(const RedisTarget &target, JsonNode &node)
{
    node.append(QStringLiteral("url"), jsonText(target.url));
    if (!target.channel.isEmpty())
        node.append(QStringLiteral("channel"), jsonText(target.channel));
    if (!target.stream.isEmpty())
        node.append(QStringLiteral("stream"), jsonText(target.stream));
}

bool readTargetFields(ActionFieldsReader &reader, RedisTarget &target)
{
    // "retry" is every kind's: the document reads it.
    return reader.allowOnly({"url", "channel", "stream", "retry"})
            && reader.optionalString("url", target.url)
            && reader.optionalString("channel", target.channel)
            && reader.optionalString("stream", target.stream);
}

} // namespace trigon
