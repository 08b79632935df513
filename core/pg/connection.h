#pragma once

#include "core/pg/conninfo.h"
#include "core/pg/notification.h"
#include "core/pg/pgerror.h"
#include "core/pg/queryresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>

typedef struct pg_conn PGconn;
class QSocketNotifier;
class QTimer;

namespace trigon::pg {

// An asynchronous libpq session for the GUI thread: nothing here blocks the event loop except
// cancel(), which opens a short connection to the server as libpq's PQcancel does.
//
// Connecting (PQconnectStartParams/PQconnectPoll) and every query are driven by socket notifiers.
// Queries are queued and run one at a time in order; each gets an id, its callback (if any) and
// the finished() signal with its result. Values always travel as $n text parameters.
//
// Failures are values: a failed connect emits connectionFailed(), a dropped session emits
// connectionLost(), and every query still queued then finishes with an error result. Callbacks
// and slots may queue more queries or close() the connection, but must not delete it directly
// (use deleteLater()).
class Connection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected, // never opened, closed, failed to open or lost
        Connecting,
        Ready, // open; running queries or idle
    };
    Q_ENUM(State)

    using Callback = std::function<void(const QueryResult &)>;
    using ScriptCallback = std::function<void(const QList<QueryResult> &)>;

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    // Starts connecting; connected() or connectionFailed() follows, never before this returns.
    // Keepalives are switched on unless the parameters say otherwise. Opening an open connection
    // closes it first. Values are taken literally (a database named "a=b" stays that name); what
    // is not given comes from PG* environment variables, the service file and ~/.pgpass as libpq
    // does it.
    void open(const ConnectionParameters &parameters);
    void open(const QString &conninfo); // a URI or key=value string
    // Closes the session; queued and running queries finish with an error result.
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Ready; }
    // After connectionFailed(): the server asked for a password and none (or a wrong one) was
    // given, so asking the user for one makes sense.
    bool passwordNeeded() const { return m_passwordNeeded; }
    int serverVersion() const; // e.g. 150018; 0 when not open
    int backendPid() const;
    QString user() const;
    QString database() const;
    // Where libpq connected, for showing and for psql: a host name, address or unix-socket
    // directory, and the port; empty when not open.
    QString host() const;
    QString port() const;

    // Queues one statement with $n parameters (a null QString is SQL NULL) and returns its id.
    // The callback runs, and finished() is emitted, when its result is there. Queries queued
    // before the connection is open wait for it.
    int query(const QString &sql, const QStringList &params = {}, Callback callback = {});
    // The same, but the callback is skipped when `context` has been destroyed meanwhile.
    int query(const QString &sql, const QStringList &params, const QObject *context,
              Callback callback);
    // Several statements in one round trip (the simple protocol, so no parameters): one result per
    // statement, up to and including the first that fails. finished() carries the last one.
    int script(const QString &sql, ScriptCallback callback);

    // Cancels a query: a running one asks the server to stop it (its result is then an error with
    // SQLSTATE 57014), a queued one is dropped and finishes at once with an error. Returns false
    // when the id is unknown or already finished.
    bool cancel(int id);
    int runningQuery() const; // id of the query on the server, 0 when idle
    int queuedCount() const { return static_cast<int>(m_queue.size()); }

signals:
    void stateChanged(trigon::pg::Connection::State state);
    void connected();
    void connectionFailed(const trigon::pg::PgError &error);
    // The open session ended without close(): server shut down, backend terminated, network gone.
    void connectionLost(const trigon::pg::PgError &error);
    void finished(int id, const trigon::pg::QueryResult &result);
    // RAISE NOTICE / WARNING / INFO, emitted as each arrives, also while a query runs.
    void noticeReceived(const trigon::pg::Notice &notice);
    // Every notification parsed from one read of the socket (see NotificationBatch). A flood
    // costs one emission per read, hundreds of notifications, not one per notification.
    void notificationsReceived(const trigon::pg::NotificationBatch &notifications);

private:
    struct Pending
    {
        int id = 0;
        QString sql;
        QStringList params;
        bool isScript = false;
        bool hasContext = false;
        QPointer<const QObject> context;
        Callback callback;
        ScriptCallback scriptCallback;
        QList<QueryResult> results;
    };

    void start(const ConnectionParameters &parameters, bool expandDbname);
    int enqueue(Pending pending);
    void pollConnect();
    void watchSocket(bool read, bool write);
    void finishConnect();
    void failConnect(const PgError &error);
    void onReadable();
    void onWritable();
    void sendNext();
    void flushOutput();
    void collectResults();
    void complete(Pending pending);
    void failAll(const PgError &error);
    void loseConnection();
    void setState(State state);
    void emitBufferedEvents();
    static void noticeReceiver(void *self, const struct pg_result *result);

    struct ConnDeleter
    {
        void operator()(PGconn *conn) const;
    };
    std::unique_ptr<PGconn, ConnDeleter> m_conn;
    int m_socket = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_connectTimer = nullptr;
    State m_state = State::Disconnected;
    bool m_passwordNeeded = false;
    QStringList m_passwords; // those of the last open(), kept out of its error messages
    bool m_sending = false;  // the running query's text is not fully flushed yet
    bool m_copyOut = false;  // a COPY TO STDOUT is sending rows that are dropped
    int m_nextId = 1;
    int m_attempt = 0; // counts open() calls
    std::unique_ptr<Pending> m_running;
    std::deque<Pending> m_queue;
    QList<Notice> m_notices; // buffered inside libpq calls, emitted right after them
};

} // namespace trigon::pg
