#pragma once

#include "core/model/outboxtarget.h"
#include "core/pg/pgerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace trigon::pg {
class BlockingConnection;
}

namespace trigon::relay {

struct TargetState;

struct RelayOptions
{
    QList<OutboxTarget> targets; // the events of these targets are delivered, the others left
    bool once = false;           // deliver what is due, then return
    int timeoutMs = 0;           // return after this long; 0: no limit
    int batchSize = 100;         // events claimed at once
    int sweepMs = 1000;          // looked for without a notification this often
};

struct RelayCounts
{
    int delivered = 0;
    int failed = 0; // attempts that failed (the event is tried again later, or died)
    int died = 0;   // events that reached their target's retry.max
};

// Delivers the events of trigon.outbox to their targets (trigon-cli relay): woken by the
// outbox's NOTIFY and by a sweep, it claims due events for its session (several relays share
// the work: rows another holds are skipped), sends each, and marks it delivered only once the
// target acknowledged it, so a relay killed at any moment loses nothing: what it had claimed is
// claimed again once its session is gone, and an event sent but not yet marked goes again with
// the same id (at least once). One key's events go out in order. A failed attempt is retried
// after the target's backoff, doubled per attempt; after retry.max attempts the event is dead.
class Relay
{
    Q_DECLARE_TR_FUNCTIONS(Relay)

public:
    // `log` gets a line per failed attempt and per dead event.
    Relay(pg::BlockingConnection &connection, RelayOptions options,
          std::function<void(const QString &)> log = {});

    // Runs until options.once found nothing due, options.timeoutMs passed, or the database
    // failed; false with `error` set then (what was delivered stays delivered).
    bool run(QString *error);
    RelayCounts counts() const { return m_counts; }

private:
    bool prepare(QString *error);
    // Claims and delivers one batch; the number claimed, or nullopt on a database error.
    std::optional<int> deliverBatch(QString *error);
    // Waits for the mark sent last; false with `error` set when the server refused it.
    bool finishMark(QString *error);

    pg::BlockingConnection &m_connection;
    RelayOptions m_options;
    std::function<void(const QString &)> m_log;
    RelayCounts m_counts;
    QString m_database;
    QHash<QString, std::shared_ptr<TargetState>> m_states; // by target name
};

// Makes the dead events of `targets` pending again (trigon-cli relay --retry-dead); how many, or
// nullopt with `error` set.
std::optional<int> retryDeadEvents(pg::BlockingConnection &connection,
                                   const QList<OutboxTarget> &targets, pg::PgError *error);

} // namespace trigon::relay
