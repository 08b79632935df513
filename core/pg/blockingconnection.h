#pragma once

#include "core/pg/notification.h"
#include "core/pg/pgerror.h"
#include "core/pg/queryresult.h"

#include <QList>
#include <QString>

#include <QStringList>
#include <optional>

#include <memory>

typedef struct pg_conn PGconn;

namespace trigon::pg {

// A synchronous libpq session for headless code: trigon-cli, the tests, worker threads.
// The GUI thread never uses it (it would block the event loop).
//
// Values always travel as $n parameters: exec(sql, params) sends `params` as text parameters and
// never splices them into `sql`. A null QString is sent as SQL NULL.
class BlockingConnection
{
public:
    explicit BlockingConnection(const QString &conninfo);
    ~BlockingConnection();
    BlockingConnection(const BlockingConnection &) = delete;
    BlockingConnection &operator=(const BlockingConnection &) = delete;

    bool isOpen() const;
    // Why the connection could not be opened, or why it was lost.
    PgError connectionError() const { return m_connectionError; }
    int serverVersion() const; // e.g. 150018, 0 when not connected
    int backendPid() const;

    QueryResult exec(const QString &sql, const QStringList &params = {});
    // Runs a script of several statements (no parameters possible); stops at the first error.
    QueryResult execScript(const QString &script);
    // Sends one statement without waiting for its result, so the caller can do other work (a
    // network call) while the server runs it; finishSent() waits for the result. At most one
    // may be outstanding, and nothing else may run on the connection until it is finished.
    // False when it could not be sent (finishSent() then gives the error).
    bool sendQuery(const QString &sql, const QStringList &params = {});
    QueryResult finishSent();
    // Has the server parse and analyse `sql`, one statement, as the unnamed prepared statement,
    // without running it. libpq refuses text of several statements here.
    QueryResult prepare(const QString &sql);
    // execScript() inside the transaction the caller opened, which the caller alone ends: a
    // script with a statement that starts or ends a transaction (COMMIT, ROLLBACK, BEGIN, ...)
    // is refused unrun, and a script that left the transaction anyway fails. A test run and a
    // status check promise to roll back, a deploy to commit all or nothing; text from a design or
    // a test case must not be able to break that promise.
    QueryResult execScriptInTransaction(const QString &script);

    // Notifications and notices received so far, oldest first; taking them empties the queues.
    QList<Notification> takeNotifications();
    QList<Notice> takeNotices();

    // Waits up to timeoutMs for notifications to arrive on a LISTENing session.
    QList<Notification> waitForNotifications(int timeoutMs);

    PGconn *handle() const { return m_conn.get(); }

private:
    void drainNotifications();
    // Reads what the server sent while the session was idle, so that a session the server ended
    // is known before a query is sent; false when the connection is gone.
    bool readPendingInput();
    // Why the connection was lost (libpqFailure(), with the notices), kept as connectionError().
    PgError lostConnection(const QString &statement);
    static void noticeReceiver(void *self, const struct pg_result *result);

    struct ConnDeleter
    {
        void operator()(PGconn *conn) const;
    };
    std::unique_ptr<PGconn, ConnDeleter> m_conn;
    PgError m_connectionError;
    QList<Notification> m_notifications;
    QString m_sent;                     // the statement sendQuery() sent, until finishSent()
    std::optional<PgError> m_sendError; // why sendQuery() could not send it
    QList<Notice> m_notices;
};

} // namespace trigon::pg
