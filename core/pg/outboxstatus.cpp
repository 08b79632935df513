#include "core/pg/outboxstatus.h"

#include "core/pg/blockingconnection.h"
#include "core/sql/outboxsql.h"

namespace trigon::pg {

namespace {

enum SummaryColumn { TargetColumn, PendingColumn, DeliveredColumn, DeadColumn, AgeColumn };
enum ProblemColumn {
    IdColumn,
    ProblemTargetColumn,
    TypeColumn,
    KeyColumn,
    AttemptsColumn,
    IsDeadColumn,
    LastErrorColumn,
    PayloadColumn,
    CreatedColumn
};

// The result of `sql`, or nullopt with `error` set.
std::optional<QueryResult> run(BlockingConnection &connection, const QString &sql,
                               const QStringList &params, PgError *error)
{
    QueryResult result = connection.exec(sql, params);
    if (!result.ok()) {
        if (error)
            *error = result.error();
        return std::nullopt;
    }
    return result;
}

} // namespace

std::optional<OutboxSummary> readOutboxSummary(BlockingConnection &connection, PgError *error)
{
    const std::optional<QueryResult> exists = run(connection, outboxExistsQuery(), {}, error);
    if (!exists)
        return std::nullopt;
    OutboxSummary summary;
    summary.tableExists = exists->rowCount() == 1 && exists->value(0, 0) == u't';
    if (!summary.tableExists)
        return summary;
    const std::optional<QueryResult> counts = run(connection, outboxSummaryQuery(), {}, error);
    if (!counts)
        return std::nullopt;
    for (int row = 0; row < counts->rowCount(); ++row) {
        summary.targets.append({counts->value(row, TargetColumn),
                                counts->value(row, PendingColumn).toLongLong(),
                                counts->value(row, DeliveredColumn).toLongLong(),
                                counts->value(row, DeadColumn).toLongLong(),
                                counts->value(row, AgeColumn).toLongLong()});
    }
    return summary;
}

std::optional<QList<OutboxProblem>> readOutboxProblems(BlockingConnection &connection, int limit,
                                                       PgError *error)
{
    const std::optional<QueryResult> rows
            = run(connection, outboxProblemsQuery(), {QString::number(limit)}, error);
    if (!rows)
        return std::nullopt;
    QList<OutboxProblem> problems;
    for (int row = 0; row < rows->rowCount(); ++row) {
        problems.append({rows->value(row, IdColumn), rows->value(row, ProblemTargetColumn),
                         rows->value(row, TypeColumn), rows->value(row, KeyColumn),
                         rows->value(row, AttemptsColumn).toInt(),
                         rows->value(row, IsDeadColumn) == u't', rows->value(row, LastErrorColumn),
                         rows->value(row, PayloadColumn), rows->value(row, CreatedColumn)});
    }
    return problems;
}

std::optional<bool> retryDeadEvent(BlockingConnection &connection, const QString &id,
                                   PgError *error)
{
    const std::optional<QueryResult> retried
            = run(connection, outboxRetryEventQuery(), {id}, error);
    if (!retried)
        return std::nullopt;
    return retried->rowCount() > 0;
}

} // namespace trigon::pg
