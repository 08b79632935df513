#include "core/targets/http/httptarget.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

void writeTargetFields(const HttpTarget &target, JsonNode &node)
{
    node.append(QStringLiteral("url"), jsonText(target.url));
    node.append(QStringLiteral("method"), jsonText(target.method));
    JsonNode headers = JsonNode::object();
    for (const auto &[name, value] : target.headers) {
        headers.append(name,
                       value.env.isEmpty()
                               ? jsonText(value.text)
                               : JsonNode::object({{QStringLiteral("env"), jsonText(value.env)}}));
    }
    node.append(QStringLiteral("headers"), headers);
    node.append(QStringLiteral("timeout_ms"), JsonNode::fromNumber(target.timeoutMs));
}

bool readTargetFields(ActionFieldsReader &reader, HttpTarget &target)
{
    // "retry" is every kind's: the document reads it.
    if (!reader.allowOnly({"url", "method", "headers", "timeout_ms", "retry"})
        || !reader.optionalString("url", target.url)
        || !reader.optionalString("method", target.method)
        || !reader.optionalInt("timeout_ms", target.timeoutMs, 1, 3600000))
        return false;
    const JsonNode *headers = reader.member("headers");
    if (!headers)
        return true;
    DesignReader &file = reader.reader();
    if (!file.expectType(*headers, reader.path("headers"), JsonNode::Type::Object,
                         DesignReader::tr("an object")))
        return false;
    for (const JsonMember &member : headers->members) {
        const QString path = DesignReader::join(reader.path("headers"), member.key);
        HeaderValue value;
        if (member.value.isObject()) {
            const JsonNode *env = file.expectObject(member.value, path, {QStringLiteral("env")})
                    ? file.requiredMember(member.value, path, QStringLiteral("env"))
                    : nullptr;
            if (!env
                || !file.readString(*env, DesignReader::join(path, QStringLiteral("env")),
                                    value.env))
                return false;
        } else if (!file.readString(member.value, path, value.text)) {
            return false;
        }
        target.headers.append({member.key, value});
    }
    return true;
}

} // namespace trigon
