#pragma once

#include "core/pg/outboxstatus.h"

#include <QList>
#include <QString>

#include <optional>

namespace trigon::ui {

// The Deliveries pane's database work, on a worker thread through its JobRunner: each call opens
// its own BlockingConnection and hands back a plain value for the GUI thread.

struct OutboxReading
{
    std::optional<pg::OutboxSummary> summary; // unset when it could not be read (see error)
    QList<pg::OutboxProblem> problems;        // the latest failed and dead events
    QString error;
    // When a retry was asked for: whether the event was dead and is pending now (unset when the
    // retry itself failed, see retryError).
    std::optional<bool> retried;
    QString retryError;
};

// Runs pg::retryDeadEvent(retryId) first unless `retryId` is empty, then reads the summary and,
// when the outbox table exists, the latest `problemLimit` problems.
OutboxReading readOutbox(const QString &conninfo, const QString &retryId, int problemLimit);

} // namespace trigon::ui
