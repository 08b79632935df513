#include "core/relay/relay.h"

#include "core/pg/blockingconnection.h"
#include "core/relay/delivery.h"
#include "core/sql/outboxsql.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QProcessEnvironment>

#include <memory>

namespace trigon::relay {

namespace {

QStringList targetNames(const QList<OutboxTarget> &targets)
{
    QStringList names;
    for (const OutboxTarget &target : targets)
        names.append(target.name);
    return names;
}

} // namespace

// The deliveries live as long as the relay runs: HTTP keep-alive and the Redis connection are
// reused from event to event.
struct TargetState
{
    const OutboxTarget *target = nullptr;
    std::unique_ptr<Delivery> delivery;
};

Relay::Relay(pg::BlockingConnection &connection, RelayOptions options,
             std::function<void(const QString &)> log)
    : m_connection(connection)
    , m_options(std::move(options))
    , m_log(std::move(log))
{ }

bool Relay::prepare(QString *error)
{
    const pg::QueryResult exists = m_connection.exec(outboxExistsQuery());
    if (!exists.ok()) {
        *error = exists.error().toString();
        return false;
    }
    if (exists.value(0, 0) != QLatin1String("t")) {
        *error = tr("trigon.outbox does not exist in this database: deploy a design with an "
                    "outbox action first");
        return false;
    }
    const pg::QueryResult database = m_connection.exec(QStringLiteral("SELECT current_database()"));
    if (!database.ok()) {
        *error = database.error().toString();
        return false;
    }
    m_database = database.value(0, 0);
    // Marking an event delivered need not wait for the WAL to reach the disk: a mark that a
    // server crash loses only sends that event again, with its id, which at least once allows;
    // waiting for the flush after every event halved the relay's rate.
    const pg::QueryResult asynchronous
            = m_connection.exec(QStringLiteral("SET synchronous_commit = off"));
    if (!asynchronous.ok()) {
        *error = asynchronous.error().toString();
        return false;
    }
    // Before the first claim: an event committed between the claim and LISTEN would wait for
    // the next sweep.
    const pg::QueryResult listen
            = m_connection.exec(QStringLiteral("LISTEN %1").arg(outboxChannel()));
    if (!listen.ok()) {
        *error = listen.error().toString();
        return false;
    }
    return true;
}

bool Relay::run(QString *error)
{
    if (m_options.targets.isEmpty()) {
        *error = tr("the design files have no targets to deliver to");
        return false;
    }
    if (!prepare(error))
        return false;
    // Every target's delivery before the first claim: a missing secret stops the relay before
    // it takes any event. The database's name goes into the CloudEvents source.
    for (const OutboxTarget &target : m_options.targets) {
        auto state = std::make_shared<TargetState>();
        state->target = &target;
        state->delivery
                = makeDelivery(target, m_database, QProcessEnvironment::systemEnvironment(), error);
        if (!state->delivery)
            return false;
        m_states.insert(target.name, state);
    }
    const QDeadlineTimer deadline = m_options.timeoutMs > 0
            ? QDeadlineTimer(m_options.timeoutMs)
            : QDeadlineTimer(QDeadlineTimer::Forever);
    for (;;) {
        const std::optional<int> claimed = deliverBatch(error);
        if (!claimed)
            return false;
        if (deadline.hasExpired())
            return true;
        if (*claimed > 0)
            continue;
        if (m_options.once)
            return true;
        const int wait = deadline.isForever()
                ? m_options.sweepMs
                : int(std::min<qint64>(m_options.sweepMs, deadline.remainingTime()));
        m_connection.waitForNotifications(wait);
        if (!m_connection.isOpen()) {
            *error = tr("the connection to the database was lost");
            return false;
        }
    }
}

std::optional<int> Relay::deliverBatch(QString *error)
{
    const pg::QueryResult claimed
            = m_connection.exec(outboxClaimQuery(),
                                {textArrayLiteral(targetNames(m_options.targets)),
                                 QString::number(m_options.batchSize)});
    if (!claimed.ok()) {
        *error = claimed.error().toString();
        return std::nullopt;
    }
    // An event is marked (delivered, or failed) only after its target answered; the mark is not
    // awaited before the next event goes out, so the server's work overlaps the network's. A
    // relay killed with a mark unanswered sends that event again: at least once.
    bool markPending = false;
    for (int row = 0; row < claimed.rowCount(); ++row) {
        OutboxEvent event;
        event.id = claimed.value(row, 0);
        event.seq = claimed.value(row, 1).toLongLong();
        event.aggregateType = claimed.value(row, 2);
        event.aggregateId = claimed.value(row, 3);
        event.type = claimed.value(row, 4);
        event.payload = claimed.value(row, 5).toUtf8();
        event.target = claimed.value(row, 6);
        event.createdAt = claimed.value(row, 7);
        event.attempts = claimed.value(row, 8).toInt();
        const std::shared_ptr<TargetState> state = m_states.value(event.target);
        const DeliveryResult result = state->delivery->deliver(event);
        // The previous event's mark ran in the server while this one was sent.
        if (markPending && !finishMark(error))
            return std::nullopt;
        if (result.ok) {
            m_connection.sendQuery(outboxDeliveredQuery(), {event.id});
            ++m_counts.delivered;
        } else {
            const RetryPolicy &retry = state->target->retry;
            const bool dies = event.attempts + 1 >= retry.max;
            m_connection.sendQuery(outboxFailedQuery(),
                                   {event.id, result.error, QString::number(retry.backoffMs),
                                    QString::number(retry.maxBackoffMs),
                                    QString::number(retry.max)});
            ++m_counts.failed;
            if (dies)
                ++m_counts.died;
            if (m_log)
                m_log(dies ? tr("%1 %2 (%3): dead after %n attempt(s): %4", nullptr,
                                event.attempts + 1)
                                      .arg(event.target, event.id, event.type, result.error)
                           : tr("%1 %2 (%3): attempt %4 failed: %5")
                                      .arg(event.target, event.id, event.type)
                                      .arg(event.attempts + 1)
                                      .arg(result.error));
        }
        markPending = true;
    }
    if (markPending && !finishMark(error))
        return std::nullopt;
    return claimed.rowCount();
}

bool Relay::finishMark(QString *error)
{
    const pg::QueryResult marked = m_connection.finishSent();
    if (!marked.ok())
        *error = marked.error().toString();
    return marked.ok();
}

std::optional<int> retryDeadEvents(pg::BlockingConnection &connection,
                                   const QList<OutboxTarget> &targets, pg::PgError *error)
{
    const pg::QueryResult result
            = connection.exec(outboxRetryDeadQuery(), {textArrayLiteral(targetNames(targets))});
    if (!result.ok()) {
        *error = result.error();
        return std::nullopt;
    }
    return result.rowCount();
}

} // namespace trigon::relay
