#pragma once

#include "core/targets/targetkind.h"

namespace trigon {

// Events to Redis: PUBLISH on `channel` (the event in CloudEvents' structured JSON), or XADD to
// `stream` (one entry whose fields are the event's attributes and its data). One of the two.
struct RedisTarget
{
    static constexpr const char *kindName = "redis";

    QString url; // redis://host:port/db, or unix:///path/to/socket (?db=n)
    QString channel;
    QString stream;

    friend bool operator==(const RedisTarget &, const RedisTarget &) = default;
};

void writeTargetFields(const RedisTarget &target, JsonNode &node);
bool readTargetFields(ActionFieldsReader &reader, RedisTarget &target);
void checkTarget(const RedisTarget &target, TargetChecks &checks, const QString &path);

} // namespace trigon
