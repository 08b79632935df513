#pragma once

#include "core/targets/targetkind.h"

#include <utility>

namespace trigon {

// A header's value: written in the file, or read from the environment when the relay starts
// ({"env": "HOOK_TOKEN"}), which is where secrets belong.
struct HeaderValue
{
    QString text;
    QString env; // set: the value is this environment variable's

    friend bool operator==(const HeaderValue &, const HeaderValue &) = default;
};

// Events as HTTP requests in CloudEvents' binary mode: the payload is the body, the event's
// attributes are ce- headers. A 2xx answer acknowledges it.
struct HttpTarget
{
    static constexpr const char *kindName = "http";

    QString url;
    QString method = QStringLiteral("POST");
    QList<std::pair<QString, HeaderValue>> headers;
    int timeoutMs = 5000;

    friend bool operator==(const HttpTarget &, const HttpTarget &) = default;
};

void writeTargetFields(const HttpTarget &target, JsonNode &node);
bool readTargetFields(ActionFieldsReader &reader, HttpTarget &target);
void checkTarget(const HttpTarget &target, TargetChecks &checks, const QString &path);

} // namespace trigon
