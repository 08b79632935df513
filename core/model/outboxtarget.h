#pragma once

#include "core/targets/http/httptarget.h"
#include "core/targets/redis/redistarget.h"

#include <QString>

#include <optional>
#include <variant>

namespace trigon {

// How often and how patiently the relay tries an event: after a failed attempt it waits
// backoffMs, doubled per attempt, at most maxBackoffMs; after `max` attempts the event is dead
// (kept, with its last error, until trigon-cli relay --retry-dead).
struct RetryPolicy
{
    int max = 10;
    int backoffMs = 500;
    int maxBackoffMs = 60000;

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

enum class TargetKind { Http, Redis };
// The alternatives are in TargetKind order; each is a folder of core/targets.
using TargetDelivery = std::variant<HttpTarget, RedisTarget>;
static_assert(int(TargetKind::Redis) + 1 == int(std::variant_size_v<TargetDelivery>),
              "TargetKind lists the alternatives of TargetDelivery, in order");

// One entry of a design file's "targets": where the relay delivers the outbox events whose
// `target` is `name`.
struct OutboxTarget
{
    QString name;
    TargetDelivery delivery;
    RetryPolicy retry;

    TargetKind kind() const { return static_cast<TargetKind>(delivery.index()); }
    friend bool operator==(const OutboxTarget &, const OutboxTarget &) = default;
};

QString targetKindName(TargetKind kind); // "http", "redis"
std::optional<TargetKind> targetKindFromName(const QString &name);
QStringList targetKindNames();
TargetDelivery makeTargetDelivery(TargetKind kind);

} // namespace trigon
