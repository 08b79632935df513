#pragma once

#include "core/pg/pgerror.h"

#include <QList>
#include <QString>

#include <optional>

namespace trigon::pg {

class BlockingConnection;

// What the Deliveries view reads of trigon.outbox (core/sql/outboxsql.h): how far each target's
// events got, and the events that failed.

// One target's events.
struct OutboxTargetCounts
{
    QString target;
    qint64 pending = 0;
    qint64 delivered = 0;
    qint64 dead = 0;
    qint64 oldestPendingSeconds = 0; // the age of the oldest pending event; 0 with none pending

    friend bool operator==(const OutboxTargetCounts &, const OutboxTargetCounts &) = default;
};

struct OutboxSummary
{
    // False when the database has no trigon.outbox (nothing with an outbox action was deployed);
    // `targets` is then empty.
    bool tableExists = false;
    QList<OutboxTargetCounts> targets; // by target name
};

// An event whose last delivery attempt failed: still pending (to be tried again), or dead.
struct OutboxProblem
{
    QString id; // uuid
    QString target;
    QString type;
    QString key; // aggregateid; empty when the event has none
    int attempts = 0;
    bool dead = false;
    QString lastError;
    QString payload;   // JSON text
    QString createdAt; // as the server writes a timestamptz

    friend bool operator==(const OutboxProblem &, const OutboxProblem &) = default;
};

// The counts per target; nullopt, with `error` set, when a query failed.
std::optional<OutboxSummary> readOutboxSummary(BlockingConnection &connection, PgError *error);
// The latest `limit` failed and dead events, newest first; nullopt, with `error` set, when the
// query failed (trigon.outbox missing among the reasons).
std::optional<QList<OutboxProblem>> readOutboxProblems(BlockingConnection &connection, int limit,
                                                       PgError *error);
// Makes the dead event `id` pending again, with no attempts. True when it did; false when the
// event is not dead (any more) or not there; nullopt, with `error` set, when the query failed.
std::optional<bool> retryDeadEvent(BlockingConnection &connection, const QString &id,
                                   PgError *error);

} // namespace trigon::pg
