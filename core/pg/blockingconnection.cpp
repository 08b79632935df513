#include "core/pg/blockingconnection.h"

#include "core/analysis/sqlstatements.h"
#include "core/pg/conninfo.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <poll.h>

namespace trigon::pg {

void BlockingConnection::ConnDeleter::operator()(PGconn *conn) const
{
    PQfinish(conn);
}

namespace {

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// Statement parameters as libpq takes them: UTF-8 text, a null QString as SQL NULL.
class Parameters
{
public:
    explicit Parameters(const QStringList &params)
    {
        m_texts.reserve(params.size());
        m_pointers.reserve(params.size());
        for (const QString &param : params) {
            m_texts.append(param.toUtf8());
            m_pointers.push_back(param.isNull() ? nullptr : m_texts.last().constData());
        }
    }
    int count() const { return static_cast<int>(m_pointers.size()); }
    const char *const *values() const { return m_pointers.data(); }

private:
    QList<QByteArray> m_texts;
    std::vector<const char *> m_pointers;
};

PgError connectionFailure(PGconn *conn, const QString &statement = {},
                          QList<Notice> *notices = nullptr)
{
    PgError error
            = libpqFailure(conn ? QString::fromUtf8(PQerrorMessage(conn))
                                : QCoreApplication::translate("BlockingConnection",
                                                              "out of memory while connecting"),
                           statement, notices);
    if (error.message.isEmpty())
        error.message = QCoreApplication::translate("BlockingConnection",
                                                    "the connection to the server was lost");
    return error;
}

} // namespace

BlockingConnection::BlockingConnection(const QString &conninfo)
{
    // libpq reads the conninfo itself, so a postgresql:// URI works as well as key=value pairs.
    const ConnectArguments arguments(conninfo);
    m_conn.reset(
            PQconnectdbParams(arguments.keywords(), arguments.values(), arguments.expandDbname()));
    if (!m_conn || PQstatus(m_conn.get()) != CONNECTION_OK) {
        m_connectionError = connectionFailure(m_conn.get());
        // libpq quotes what it cannot parse, which may be the password.
        m_connectionError.message = maskPasswords(m_connectionError.message, arguments.passwords());
        m_conn.reset();
        return;
    }
    PQsetNoticeReceiver(m_conn.get(), &BlockingConnection::noticeReceiver, this);
}

BlockingConnection::~BlockingConnection() = default;

bool BlockingConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK;
}

int BlockingConnection::serverVersion() const
{
    return m_conn ? PQserverVersion(m_conn.get()) : 0;
}

int BlockingConnection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn.get()) : 0;
}

QueryResult BlockingConnection::exec(const QString &sql, const QStringList &params)
{
    if (!m_conn) {
        if (!m_connectionError.message.isEmpty())
            return QueryResult::fromError(m_connectionError);
        PgError notConnected;
        notConnected.message = QCoreApplication::translate("BlockingConnection", "not connected");
        notConnected.statement = sql;
        return QueryResult::fromError(notConnected);
    }
    const QByteArray statement = sql.toUtf8();
    const Parameters parameters(params);
    if (!readPendingInput())
        return QueryResult::fromError(lostConnection(sql));
    ResultPtr result(PQexecParams(m_conn.get(), statement.constData(), parameters.count(), nullptr,
                                  parameters.values(), nullptr, nullptr, 0));
    drainNotifications();
    if (!result)
        return QueryResult::fromError(PQstatus(m_conn.get()) != CONNECTION_OK
                                              ? lostConnection(sql)
                                              : connectionFailure(m_conn.get(), sql));
    QueryResult answer = QueryResult::fromPGresult(result.get(), sql);
    // Lost meanwhile: unless the result carries the server's own error (a FATAL while the query
    // ran), the reason for the loss says more.
    if (PQstatus(m_conn.get()) != CONNECTION_OK) {
        const PgError lost = lostConnection(sql);
        if (answer.error().sqlState.isEmpty())
            return QueryResult::fromError(lost);
    }
    return answer;
}

bool BlockingConnection::sendQuery(const QString &sql, const QStringList &params)
{
    m_sent = sql;
    m_sendError.reset();
    if (!m_conn || !readPendingInput()) {
        m_sendError = m_conn ? lostConnection(sql) : m_connectionError;
        return false;
    }
    const QByteArray statement = sql.toUtf8();
    const Parameters parameters(params);
    if (PQsendQueryParams(m_conn.get(), statement.constData(), parameters.count(), nullptr,
                          parameters.values(), nullptr, nullptr, 0)
        == 0) {
        m_sendError = connectionFailure(m_conn.get(), sql);
        return false;
    }
    return true;
}

QueryResult BlockingConnection::finishSent()
{
    if (m_sendError)
        return QueryResult::fromError(*m_sendError);
    // Every result up to the null that ends the statement; the first one is its answer.
    ResultPtr first;
    while (ResultPtr next {PQgetResult(m_conn.get())}) {
        if (!first)
            first = std::move(next);
    }
    drainNotifications();
    if (!first)
        return QueryResult::fromError(PQstatus(m_conn.get()) != CONNECTION_OK
                                              ? lostConnection(m_sent)
                                              : connectionFailure(m_conn.get(), m_sent));
    return QueryResult::fromPGresult(first.get(), m_sent);
}

QueryResult BlockingConnection::execScript(const QString &script)
{
    if (!m_conn)
        return exec(script);
    // PQexec runs several statements in one call and returns the last result; an error stops it.
    const QByteArray text = script.toUtf8();
    if (!readPendingInput() || !PQsendQuery(m_conn.get(), text.constData()))
        return QueryResult::fromError(lostConnection(script));
    QueryResult last;
    bool failed = false;
    while (PGresult *raw = PQgetResult(m_conn.get())) {
        ResultPtr result(raw);
        drainNotifications();
        if (failed)
            continue;
        last = QueryResult::fromPGresult(result.get(), script);
        failed = !last.ok();
    }
    if (PQstatus(m_conn.get()) != CONNECTION_OK) {
        const PgError lost = lostConnection(script);
        if (last.ok() || last.error().sqlState.isEmpty())
            return QueryResult::fromError(lost);
    }
    return last;
}

QueryResult BlockingConnection::prepare(const QString &sql)
{
    if (!m_conn)
        return exec(sql);
    if (!readPendingInput())
        return QueryResult::fromError(lostConnection(sql));
    ResultPtr result(PQprepare(m_conn.get(), "", sql.toUtf8().constData(), 0, nullptr));
    if (!result || PQstatus(m_conn.get()) != CONNECTION_OK)
        return QueryResult::fromError(lostConnection(sql));
    return QueryResult::fromPGresult(result.get(), sql);
}

QueryResult BlockingConnection::execScriptInTransaction(const QString &script)
{
    const QString control = transactionControlStatement(script);
    if (!control.isEmpty()) {
        PgError refused;
        const QString shown = control.simplified();
        refused.message = QCoreApplication::translate("BlockingConnection",
                                                      "refused to run \"%1\": it would end the "
                                                      "transaction Trigon holds")
                                  .arg(shown.size() > 80 ? shown.left(79) + u'…' : shown);
        refused.detail = QCoreApplication::translate(
                "BlockingConnection",
                "A test case, a status check and a deploy each run in one transaction that "
                "only Trigon ends; nothing was run.");
        refused.statement = control;
        return QueryResult::fromError(refused);
    }
    const QueryResult result = execScript(script);
    if (result.ok() && m_conn && PQtransactionStatus(m_conn.get()) == PQTRANS_IDLE) {
        PgError left;
        left.message = QCoreApplication::translate("BlockingConnection",
                                                   "the script ended the transaction Trigon holds");
        left.statement = script;
        return QueryResult::fromError(left);
    }
    return result;
}

QList<Notification> BlockingConnection::takeNotifications()
{
    if (m_conn) {
        PQconsumeInput(m_conn.get());
        drainNotifications();
    }
    return std::exchange(m_notifications, {});
}

QList<Notice> BlockingConnection::takeNotices()
{
    return std::exchange(m_notices, {});
}

QList<Notification> BlockingConnection::waitForNotifications(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_conn && m_notifications.isEmpty()) {
        PQconsumeInput(m_conn.get());
        drainNotifications();
        if (!m_notifications.isEmpty() || deadline.hasExpired())
            break;
        pollfd descriptor {PQsocket(m_conn.get()), POLLIN, 0};
        ::poll(&descriptor, 1, static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    }
    return std::exchange(m_notifications, {});
}

void BlockingConnection::drainNotifications()
{
    // libpq may read notifications off the socket while waiting for a result, so look every time.
    while (PGnotify *notify = PQnotifies(m_conn.get())) {
        m_notifications.append(Notification {QString::fromUtf8(notify->relname),
                                             QString::fromUtf8(notify->extra), notify->be_pid,
                                             QDateTime::currentDateTimeUtc()});
        PQfreemem(notify);
    }
}

bool BlockingConnection::readPendingInput()
{
    // The server's reason for ending an idle session waits unread in the socket: read it now,
    // before a query fails on the closed connection with libpq's words only.
    PQconsumeInput(m_conn.get());
    PQisBusy(m_conn.get());
    return PQstatus(m_conn.get()) == CONNECTION_OK;
}

PgError BlockingConnection::lostConnection(const QString &statement)
{
    // Parse what is still buffered: the server's reason may be among it.
    PQisBusy(m_conn.get());
    m_connectionError = connectionFailure(m_conn.get(), statement, &m_notices);
    return m_connectionError;
}

void BlockingConnection::noticeReceiver(void *self, const PGresult *result)
{
    auto *connection = static_cast<BlockingConnection *>(self);
    const auto field = [result](int code) {
        const char *text = PQresultErrorField(result, code);
        return text ? QString::fromUtf8(text) : QString();
    };
    connection->m_notices.append(Notice {field(PG_DIAG_SEVERITY_NONLOCALIZED),
                                         field(PG_DIAG_MESSAGE_PRIMARY), field(PG_DIAG_SQLSTATE)});
}

} // namespace trigon::pg
