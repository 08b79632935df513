#include "core/pg/tablelocks.h"

#include "core/analysis/diagnostic.h"
#include "core/pg/blockingconnection.h"

#include <QCoreApplication>

namespace trigon::pg {

QString describeLockHolder(BlockingConnection &connection, const QString &table)
{
    const QueryResult holder = connection.exec(
            QStringLiteral("SELECT l.pid, a.query FROM pg_locks l"
                           "  JOIN pg_stat_activity a ON a.pid = l.pid"
                           " WHERE l.locktype = 'relation' AND l.relation = $1::regclass"
                           "   AND l.granted AND l.pid <> pg_backend_pid()"
                           " ORDER BY l.pid LIMIT 1"),
            {table});
    if (!holder.ok() || holder.rowCount() == 0)
        return QCoreApplication::translate("trigon::pg::TableLocks", "another session");
    constexpr qsizetype longestQuery = 120;
    QString query = oneLine(holder.value(0, 1).simplified());
    if (query.size() > longestQuery)
        query = query.left(longestQuery - 1) + u'…';
    return QCoreApplication::translate("trigon::pg::TableLocks", "pid %1: %2")
            .arg(holder.value(0, 0), query);
}

QueryResult lockTablesBriefly(BlockingConnection &connection, const QStringList &tables,
                              const std::function<void(const QString &)> &waiting)
{
    QueryResult result = connection.exec(
            QStringLiteral("SET LOCAL lock_timeout = '%1s'").arg(lockWaitSeconds));
    if (result.ok())
        result = connection.exec(QStringLiteral("SAVEPOINT trigon_locks"));
    if (!result.ok())
        return result;
    for (int attempt = 1;; ++attempt) {
        QString busy;
        for (const QString &table : tables) {
            result = connection.exec(
                    QStringLiteral("LOCK TABLE %1 IN SHARE ROW EXCLUSIVE MODE").arg(table));
            if (!result.ok()) {
                busy = table;
                break;
            }
        }
        if (busy.isEmpty())
            return connection.exec(QStringLiteral("RELEASE SAVEPOINT trigon_locks"));
        if (result.error().sqlState != lockNotAvailable)
            return result;
        // Give back what this try took, so that nobody waits for us while we wait; the savepoint
        // stays for the next try.
        const QueryResult back
                = connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT trigon_locks"));
        if (!back.ok())
            return back;
        const QString holder = describeLockHolder(connection, busy);
        if (attempt == lockAttempts) {
            PgError error = result.error();
            error.message = QCoreApplication::translate(
                                    "trigon::pg::TableLocks",
                                    "could not lock %1 in %n tries of %2 s: held by %3", nullptr,
                                    lockAttempts)
                                    .arg(busy, QString::number(lockWaitSeconds), holder);
            return QueryResult::fromError(error);
        }
        if (waiting)
            waiting(QCoreApplication::translate("trigon::pg::TableLocks",
                                                "waiting for a lock on %1 held by %2")
                            .arg(busy, holder));
    }
}

} // namespace trigon::pg
