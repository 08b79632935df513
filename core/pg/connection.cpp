#include "core/pg/connection.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <vector>

namespace trigon::pg {

void Connection::ConnDeleter::operator()(PGconn *conn) const
{
    PQfinish(conn);
}

namespace {

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// libpq leaves PQconnectPoll without a deadline (connect_timeout is only honoured by the blocking
// calls), so the connection enforces one itself; this is the default when none is configured.
constexpr int defaultConnectTimeoutSeconds = 30;

QString connectionMessage(PGconn *conn, const QString &fallback)
{
    const QString message = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QString();
    return message.isEmpty() ? fallback : message;
}

PgError clientError(const QString &message, const QString &statement = {})
{
    PgError error;
    error.message = message;
    error.statement = statement;
    return error;
}

int connectTimeoutSeconds(PGconn *conn)
{
    int seconds = 0;
    if (PQconninfoOption *options = PQconninfo(conn)) {
        for (PQconninfoOption *option = options; option->keyword; ++option) {
            if (qstrcmp(option->keyword, "connect_timeout") == 0 && option->val)
                seconds = QByteArray(option->val).toInt();
        }
        PQconninfoFree(options);
    }
    // As in libpq, values below 2 seconds are raised to 2; 0 means "no limit" there, which a GUI
    // cannot afford, so it gets our default.
    if (seconds <= 0)
        return defaultConnectTimeoutSeconds;
    return qMax(seconds, 2);
}

} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
    , m_connectTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        const QString host = m_conn ? QString::fromUtf8(PQhost(m_conn.get())) : QString();
        failConnect(
                clientError(QCoreApplication::translate("trigon::pg::Connection",
                                                        "timeout expired while connecting to %1")
                                    .arg(host.isEmpty() ? QCoreApplication::translate(
                                                 "trigon::pg::Connection", "the server")
                                                        : host)));
    });
}

Connection::~Connection()
{
    // No callbacks from a dying object: queued work is dropped silently.
    m_running.reset();
    m_queue.clear();
    delete m_readNotifier;
    delete m_writeNotifier;
    m_conn.reset();
}

void Connection::open(const QString &conninfo)
{
    // libpq expands a dbname that looks like a conninfo or URI into its parameters.
    start({{QStringLiteral("dbname"), conninfo}}, true);
}

void Connection::open(const ConnectionParameters &parameters)
{
    start(parameters, false);
}

void Connection::start(const ConnectionParameters &parameters, bool expandDbname)
{
    if (m_state != State::Disconnected)
        close();
    m_passwordNeeded = false;
    ++m_attempt;

    const ConnectArguments arguments(parameters, expandDbname);
    m_passwords = arguments.passwords();
    m_conn.reset(PQconnectStartParams(arguments.keywords(), arguments.values(),
                                      arguments.expandDbname()));
    setState(State::Connecting);
    if (!m_conn || PQstatus(m_conn.get()) == CONNECTION_BAD) {
        // Report it from the event loop, as every other outcome, never from inside open().
        // A close() and a new open() may come first: only this attempt may be failed.
        QMetaObject::invokeMethod(
                this,
                [this, attempt = m_attempt] {
                    if (m_state == State::Connecting && attempt == m_attempt)
                        failConnect(clientError(connectionMessage(
                                m_conn.get(),
                                QCoreApplication::translate("trigon::pg::Connection",
                                                            "out of memory while connecting"))));
                },
                Qt::QueuedConnection);
        return;
    }
    m_connectTimer->start(connectTimeoutSeconds(m_conn.get()) * 1000);
    // libpq's protocol: before the first PQconnectPoll, wait until the socket is writable.
    watchSocket(false, true);
}

void Connection::close()
{
    if (m_state == State::Disconnected && !m_conn)
        return;
    m_connectTimer->stop();
    watchSocket(false, false);
    m_conn.reset();
    m_sending = false;
    m_copyOut = false;
    setState(State::Disconnected);
    failAll(clientError(
            QCoreApplication::translate("trigon::pg::Connection", "the connection was closed")));
}

int Connection::serverVersion() const
{
    return isOpen() ? PQserverVersion(m_conn.get()) : 0;
}

int Connection::backendPid() const
{
    return isOpen() ? PQbackendPID(m_conn.get()) : 0;
}

QString Connection::user() const
{
    return isOpen() ? QString::fromUtf8(PQuser(m_conn.get())) : QString();
}

QString Connection::database() const
{
    return isOpen() ? QString::fromUtf8(PQdb(m_conn.get())) : QString();
}

QString Connection::host() const
{
    return isOpen() ? QString::fromUtf8(PQhost(m_conn.get())) : QString();
}

QString Connection::port() const
{
    return isOpen() ? QString::fromUtf8(PQport(m_conn.get())) : QString();
}

int Connection::query(const QString &sql, const QStringList &params, Callback callback)
{
    Pending pending;
    pending.sql = sql;
    pending.params = params;
    pending.callback = std::move(callback);
    return enqueue(std::move(pending));
}

int Connection::query(const QString &sql, const QStringList &params, const QObject *context,
                      Callback callback)
{
    Pending pending;
    pending.sql = sql;
    pending.params = params;
    pending.hasContext = true;
    pending.context = context;
    pending.callback = std::move(callback);
    return enqueue(std::move(pending));
}

int Connection::script(const QString &sql, ScriptCallback callback)
{
    Pending pending;
    pending.sql = sql;
    pending.isScript = true;
    pending.scriptCallback = std::move(callback);
    return enqueue(std::move(pending));
}

int Connection::enqueue(Pending pending)
{
    pending.id = m_nextId++;
    const int id = pending.id;
    m_queue.push_back(std::move(pending));
    sendNext();
    return id;
}

bool Connection::cancel(int id)
{
    if (m_running && m_running->id == id) {
        PGcancel *handle = PQgetCancel(m_conn.get());
        if (!handle)
            return false;
        char message[256] = {};
        const bool sent = PQcancel(handle, message, sizeof message) == 1;
        PQfreeCancel(handle);
        return sent;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->id != id)
            continue;
        auto dropped = std::make_shared<Pending>(std::move(*it));
        m_queue.erase(it);
        // Finish it from the event loop: the caller of cancel() does not expect its own
        // callback to run inside the call.
        QMetaObject::invokeMethod(
                this,
                [this, dropped] {
                    PgError error = clientError(
                            QCoreApplication::translate("trigon::pg::Connection",
                                                        "query cancelled before it was sent"),
                            dropped->sql);
                    error.sqlState = QStringLiteral("57014"); // query_canceled, as the server's
                    dropped->results = {QueryResult::fromError(error)};
                    complete(std::move(*dropped));
                },
                Qt::QueuedConnection);
        return true;
    }
    return false;
}

int Connection::runningQuery() const
{
    return m_running ? m_running->id : 0;
}

void Connection::watchSocket(bool read, bool write)
{
    const int socket = m_conn ? PQsocket(m_conn.get()) : -1;
    if (socket != m_socket || socket < 0) {
        // The socket can change during PQconnectPoll (another host or address is tried).
        // Notifiers may be deleted from inside their own signal, hence deleteLater().
        for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
            if (notifier) {
                notifier->setEnabled(false);
                notifier->deleteLater();
            }
        }
        m_readNotifier = nullptr;
        m_writeNotifier = nullptr;
        m_socket = socket;
        if (socket < 0)
            return;
        m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &Connection::onReadable);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &Connection::onWritable);
    }
    m_readNotifier->setEnabled(read);
    m_writeNotifier->setEnabled(write);
}

void Connection::pollConnect()
{
    switch (PQconnectPoll(m_conn.get())) {
    case PGRES_POLLING_READING:
        watchSocket(true, false);
        break;
    case PGRES_POLLING_WRITING:
        watchSocket(false, true);
        break;
    case PGRES_POLLING_OK:
        finishConnect();
        break;
    case PGRES_POLLING_FAILED:
    case PGRES_POLLING_ACTIVE: // not returned by libpq any more
        failConnect(clientError(connectionMessage(
                m_conn.get(),
                QCoreApplication::translate("trigon::pg::Connection", "connection failed"))));
        break;
    }
}

void Connection::finishConnect()
{
    m_connectTimer->stop();
    PQsetnonblocking(m_conn.get(), 1);
    PQsetNoticeReceiver(m_conn.get(), &Connection::noticeReceiver, this);
    watchSocket(true, false);
    setState(State::Ready);
    QPointer<Connection> guard(this);
    emit connected();
    if (guard)
        sendNext();
}

void Connection::failConnect(const PgError &failure)
{
    m_connectTimer->stop();
    // libpq quotes what it cannot parse of a conninfo, which may be the password.
    PgError error = failure;
    error.message = maskPasswords(failure.message, m_passwords);
    // A wrong password reads the same as a missing one: the user should be asked (again).
    // Matched against libpq's message: not a text of ours to translate.
    m_passwordNeeded = m_conn
            && (PQconnectionNeedsPassword(m_conn.get())
                || error.message.contains(QLatin1String("password authentication failed")));
    watchSocket(false, false);
    m_conn.reset();
    setState(State::Disconnected);
    QPointer<Connection> guard(this);
    emit connectionFailed(error);
    if (guard)
        failAll(error);
}

void Connection::onReadable()
{
    if (m_state == State::Connecting) {
        pollConnect();
        return;
    }
    if (!m_conn)
        return;
    if (!PQconsumeInput(m_conn.get())) {
        loseConnection();
        return;
    }
    QPointer<Connection> guard(this);
    emitBufferedEvents();
    if (!guard || !m_conn)
        return;
    if (m_sending)
        flushOutput();
    else
        collectResults();
}

void Connection::onWritable()
{
    if (m_state == State::Connecting)
        pollConnect();
    else if (m_conn)
        flushOutput();
}

void Connection::sendNext()
{
    while (m_state == State::Ready && !m_running && !m_queue.empty()) {
        m_running = std::make_unique<Pending>(std::move(m_queue.front()));
        m_queue.pop_front();
        const QByteArray statement = m_running->sql.toUtf8();
        int sent = 0;
        if (m_running->isScript) {
            sent = PQsendQuery(m_conn.get(), statement.constData());
        } else {
            std::vector<QByteArray> values;
            values.reserve(m_running->params.size());
            std::vector<const char *> pointers;
            for (const QString &param : std::as_const(m_running->params)) {
                values.push_back(param.toUtf8());
                pointers.push_back(param.isNull() ? nullptr : values.back().constData());
            }
            sent = PQsendQueryParams(m_conn.get(), statement.constData(),
                                     static_cast<int>(pointers.size()), nullptr, pointers.data(),
                                     nullptr, nullptr, 0);
        }
        if (!sent) {
            if (PQstatus(m_conn.get()) == CONNECTION_BAD) {
                loseConnection();
                return;
            }
            Pending failed = std::move(*m_running);
            m_running.reset();
            failed.results = {QueryResult::fromError(clientError(
                    connectionMessage(m_conn.get(),
                                      QCoreApplication::translate("trigon::pg::Connection",
                                                                  "could not send the query")),
                    failed.sql))};
            QPointer<Connection> guard(this);
            complete(std::move(failed));
            if (!guard)
                return;
            continue;
        }
        m_sending = true;
        flushOutput();
    }
}

void Connection::flushOutput()
{
    switch (PQflush(m_conn.get())) {
    case 0:
        m_sending = false;
        watchSocket(true, false);
        // The answer may already sit in libpq's buffer (read while flushing).
        collectResults();
        break;
    case 1:
        // libpq wants both: the server may need us to read before it accepts more.
        watchSocket(true, true);
        break;
    default:
        loseConnection();
        break;
    }
}

void Connection::collectResults()
{
    QPointer<Connection> guard(this);
    while (m_conn && m_running && !m_sending) {
        if (m_copyOut) {
            // COPY ... TO STDOUT: the data has nowhere to go here; read it and drop it.
            char *buffer = nullptr;
            int length = 0;
            while ((length = PQgetCopyData(m_conn.get(), &buffer, 1)) > 0)
                PQfreemem(buffer);
            if (length == 0)
                break;         // more to come
            m_copyOut = false; // ended; PQgetResult gives the outcome
        }
        // PQconsumeInput only reads; PQisBusy parses, which runs the notice receiver, so a
        // RAISE NOTICE is emitted here while its statement still runs.
        const bool busy = PQisBusy(m_conn.get());
        emitBufferedEvents();
        if (!guard)
            return;
        if (busy || !m_conn || !m_running)
            break;
        ResultPtr result(PQgetResult(m_conn.get()));
        // Notifications and notices may have been read together with the result.
        emitBufferedEvents();
        if (!guard)
            return;
        if (!m_running)
            break;
        if (result && PQresultStatus(result.get()) == PGRES_COPY_OUT) {
            m_copyOut = true;
            continue;
        }
        if (result && PQresultStatus(result.get()) == PGRES_COPY_IN) {
            // Nothing here sends COPY data: end it, the server then fails the statement. The
            // reason goes to the server, which quotes it in its error: plain ASCII, untranslated,
            // whatever the client encoding.
            PQputCopyEnd(m_conn.get(), "COPY FROM STDIN is not supported here");
            m_sending = true;
            flushOutput();
            return;
        }
        if (result) {
            // A script stops at its first error; libpq still hands over what follows, if any.
            const bool stopped = !m_running->results.isEmpty() && !m_running->results.last().ok();
            if (!stopped)
                m_running->results.append(QueryResult::fromPGresult(result.get(), m_running->sql));
            continue;
        }
        Pending done = std::move(*m_running);
        m_running.reset();
        complete(std::move(done));
        if (!guard)
            return;
        sendNext();
        if (!guard)
            return;
    }
    if (m_conn && PQstatus(m_conn.get()) == CONNECTION_BAD)
        loseConnection();
}

void Connection::complete(Pending pending)
{
    QueryResult last;
    if (!pending.results.isEmpty()) {
        last = pending.results.last();
        for (const QueryResult &result : std::as_const(pending.results)) {
            if (!result.ok()) {
                last = result;
                break;
            }
        }
    }
    QPointer<Connection> guard(this);
    if (pending.isScript) {
        if (pending.scriptCallback)
            pending.scriptCallback(pending.results);
    } else if (pending.callback && (!pending.hasContext || pending.context)) {
        pending.callback(last);
    }
    if (guard)
        emit finished(pending.id, last);
}

void Connection::failAll(const PgError &error)
{
    std::deque<Pending> victims;
    if (m_running) {
        victims.push_back(std::move(*m_running));
        m_running.reset();
    }
    for (Pending &pending : m_queue)
        victims.push_back(std::move(pending));
    m_queue.clear();
    QPointer<Connection> guard(this);
    for (Pending &pending : victims) {
        PgError own = error;
        own.statement = pending.sql;
        pending.results = {QueryResult::fromError(own)};
        complete(std::move(pending));
        if (!guard)
            return;
    }
}

void Connection::loseConnection()
{
    // Parse what is still buffered: the server's reason may be among it.
    if (m_conn)
        PQisBusy(m_conn.get());
    const PgError error = libpqFailure(
            connectionMessage(m_conn.get(),
                              QCoreApplication::translate("trigon::pg::Connection",
                                                          "the connection to the server was lost")),
            {}, &m_notices);
    watchSocket(false, false);
    m_conn.reset();
    m_sending = false;
    m_copyOut = false;
    setState(State::Disconnected);
    QPointer<Connection> guard(this);
    emit connectionLost(error);
    if (guard)
        failAll(error);
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Connection::emitBufferedEvents()
{
    QPointer<Connection> guard(this);
    // PQnotifies parses pending input first, which may buffer notices: drain it before them.
    NotificationBatch notifications;
    while (m_conn) {
        PGnotify *notify = PQnotifies(m_conn.get());
        if (!notify)
            break;
        if (notifications.isEmpty())
            notifications = NotificationBatch(QDateTime::currentDateTimeUtc());
        notifications.append(notify->relname, notify->extra, notify->be_pid);
        PQfreemem(notify);
    }
    if (!notifications.isEmpty()) {
        emit notificationsReceived(notifications);
        if (!guard)
            return;
    }
    const QList<Notice> notices = std::exchange(m_notices, {});
    for (const Notice &notice : notices) {
        // A FATAL one is the server's reason for ending the session: it stays for
        // loseConnection(), which follows as soon as libpq sees the socket close.
        if (notice.endsSession()) {
            m_notices.append(notice);
            continue;
        }
        emit noticeReceived(notice);
        if (!guard)
            return;
    }
}

void Connection::noticeReceiver(void *self, const PGresult *result)
{
    // Called from inside libpq: only buffer here, emitting could re-enter libpq.
    const auto field = [result](int code) {
        const char *text = PQresultErrorField(result, code);
        return text ? QString::fromUtf8(text) : QString();
    };
    static_cast<Connection *>(self)->m_notices.append(Notice {field(PG_DIAG_SEVERITY_NONLOCALIZED),
                                                              field(PG_DIAG_MESSAGE_PRIMARY),
                                                              field(PG_DIAG_SQLSTATE)});
}

} // namespace trigon::pg
