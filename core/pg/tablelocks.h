#pragma once

#include "core/pg/queryresult.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace trigon::pg {

class BlockingConnection;

// The SQLSTATE of a statement that gave up waiting for a lock (lock_timeout).
inline constexpr QLatin1String lockNotAvailable("55P03");

// Who holds a lock on `table` (a quoted name): "pid 1234: LOCK TABLE orders IN ACCESS EXCLUSIVE
// MODE", the session's last statement on one line and cut short; "another session" when it is
// gone by now. Needs a session whose transaction is usable.
QString describeLockHolder(BlockingConnection &connection, const QString &table);

// Inside the caller's transaction, takes SHARE ROW EXCLUSIVE (the lock CREATE TRIGGER needs) on
// every one of `tables` (quoted names) without ever waiting long. Each try waits at most
// lockWaitSeconds per table; a table held by another session gives back the locks taken so far,
// so that writes to the other tables go on meanwhile, reports who holds it through `waiting` and
// tries again, lockAttempts tries in all. Leaves lock_timeout set for the rest of the
// transaction, so a later statement fails rather than hangs. The last failure names the holder.
QueryResult lockTablesBriefly(BlockingConnection &connection, const QStringList &tables,
                              const std::function<void(const QString &)> &waiting);

inline constexpr int lockWaitSeconds = 2;
inline constexpr int lockAttempts = 4;

} // namespace trigon::pg
