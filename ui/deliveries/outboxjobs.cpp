#include "ui/deliveries/outboxjobs.h"

#include "core/pg/blockingconnection.h"

namespace trigon::ui {

OutboxReading readOutbox(const QString &conninfo, const QString &retryId, int problemLimit)
{
    OutboxReading reading;
    pg::BlockingConnection connection(conninfo);
    if (!connection.isOpen()) {
        reading.error = connection.connectionError().toString();
        return reading;
    }
    pg::PgError error;
    if (!retryId.isEmpty()) {
        reading.retried = pg::retryDeadEvent(connection, retryId, &error);
        if (!reading.retried)
            reading.retryError = error.toString();
    }
    reading.summary = pg::readOutboxSummary(connection, &error);
    if (!reading.summary) {
        reading.error = error.toString();
        return reading;
    }
    if (!reading.summary->tableExists)
        return reading;
    std::optional<QList<pg::OutboxProblem>> problems
            = pg::readOutboxProblems(connection, problemLimit, &error);
    if (problems) {
        reading.problems = std::move(*problems);
    } else {
        reading.summary.reset();
        reading.error = error.toString();
    }
    return reading;
}

} // namespace trigon::ui
