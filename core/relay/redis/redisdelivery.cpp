#include "core/relay/redis/redisdelivery.h"

#include "core/relay/cloudevent.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <hiredis/hiredis.h>

#include <cerrno>
#include <csignal>
#include <ctime>
#include <vector>

namespace trigon::relay {

namespace {

struct ReplyDeleter
{
    void operator()(redisReply *reply) const { freeReplyObject(reply); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

timeval timeout()
{
    return {.tv_sec = RedisDelivery::timeoutMs / 1000,
            .tv_usec = (RedisDelivery::timeoutMs % 1000) * 1000};
}

// hiredis writes with write(): on a unix socket whose server went away that raises SIGPIPE,
// which would end the whole process. Blocked in this thread while a command runs, and a SIGPIPE
// raised meanwhile is taken off the pending set, so that nothing outside notices; the error
// reaches us as EPIPE.
class SigpipeGuard
{
public:
    SigpipeGuard()
    {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_previous);
    }
    ~SigpipeGuard()
    {
        if (!m_wasPending) {
            sigset_t pending;
            sigpending(&pending);
            if (sigismember(&pending, SIGPIPE) == 1) {
                const timespec zero = {.tv_sec = 0, .tv_nsec = 0};
                while (sigtimedwait(&m_pipe, nullptr, &zero) == -1 && errno == EINTR) { }
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    SigpipeGuard(const SigpipeGuard &) = delete;
    SigpipeGuard &operator=(const SigpipeGuard &) = delete;

private:
    sigset_t m_pipe;
    sigset_t m_previous;
    bool m_wasPending = false;
};

// `savedErrno`: errno right after the command, before anything else can change it.
Reply runCommand(redisContext *context, const QList<QByteArray> &arguments, int *savedErrno)
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    argv.reserve(arguments.size());
    lengths.reserve(arguments.size());
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    const SigpipeGuard guard;
    Reply reply(static_cast<redisReply *>(
            redisCommandArgv(context, int(argv.size()), argv.data(), lengths.data())));
    *savedErrno = errno;
    return reply;
}

// The context's error after a failed command or connection; hiredis 0.14 reports a timeout
// as "Resource temporarily unavailable".
QString contextError(const redisContext *context, int savedErrno)
{
    if (context->err == REDIS_ERR_IO
        && (savedErrno == EAGAIN || savedErrno == EWOULDBLOCK || savedErrno == ETIMEDOUT))
        return QCoreApplication::translate("trigon::relay::Delivery", "timed out after %1 ms")
                .arg(RedisDelivery::timeoutMs);
    return QString::fromUtf8(context->errstr);
}

// The server closed the connection (not a timeout: a command that took too long is not tried
// again at once).
bool isClosedConnection(const redisContext *context, int savedErrno)
{
    return context->err == REDIS_ERR_EOF
            || (context->err == REDIS_ERR_IO && (savedErrno == EPIPE || savedErrno == ECONNRESET));
}

} // namespace

void RedisDelivery::ContextDeleter::operator()(redisContext *context) const
{
    redisFree(context);
}

RedisDelivery::RedisDelivery(Endpoint endpoint, QString channel, QString stream, QString database)
    : m_endpoint(std::move(endpoint))
    , m_channel(std::move(channel))
    , m_stream(std::move(stream))
    , m_database(std::move(database))
{ }

RedisDelivery::~RedisDelivery() = default;

bool RedisDelivery::connect(QString *error)
{
    const SigpipeGuard guard;
    std::unique_ptr<redisContext, ContextDeleter> context(
            m_endpoint.host.isEmpty()
                    ? redisConnectUnixWithTimeout(m_endpoint.socketPath.toLocal8Bit().constData(),
                                                  timeout())
                    : redisConnectWithTimeout(m_endpoint.host.toUtf8().constData(), m_endpoint.port,
                                              timeout()));
    const int savedErrno = errno;
    const auto fail = [&](const QString &reason) {
        *error = QCoreApplication::translate("trigon::relay::Delivery",
                                             "cannot connect to Redis at %1: %2")
                         .arg(m_endpoint.display, reason);
        return false;
    };
    if (!context)
        return fail(QStringLiteral("out of memory"));
    if (context->err)
        return fail(contextError(context.get(), savedErrno));
    if (redisSetTimeout(context.get(), timeout()) != REDIS_OK)
        return fail(contextError(context.get(), errno));
    if (m_endpoint.db) {
        int selectErrno = 0;
        const Reply reply = runCommand(
                context.get(), {QByteArrayLiteral("SELECT"), QByteArray::number(*m_endpoint.db)},
                &selectErrno);
        if (!reply)
            return fail(contextError(context.get(), selectErrno));
        if (reply->type == REDIS_REPLY_ERROR)
            return fail(QString::fromUtf8(reply->str, qsizetype(reply->len)));
    }
    m_context = std::move(context);
    return true;
}

QList<QByteArray> RedisDelivery::command(const OutboxEvent &event) const
{
    if (!m_channel.isEmpty())
        return {QByteArrayLiteral("PUBLISH"), m_channel.toUtf8(),
                cloudEventJson(event, m_database)};
    QList<QByteArray> xadd = {QByteArrayLiteral("XADD"), m_stream.toUtf8(), QByteArrayLiteral("*")};
    for (const auto &[name, value] : cloudEventAttributes(event, m_database)) {
        xadd.append(name.toUtf8());
        xadd.append(value.toUtf8());
    }
    xadd.append(QByteArrayLiteral("data"));
    xadd.append(event.payload);
    return xadd;
}

DeliveryResult RedisDelivery::deliver(const OutboxEvent &event)
{
    const QList<QByteArray> arguments = command(event);
    // A kept connection may have been closed by the server since the last event (a restart, a
    // client timeout): that shows as an I/O error on the first command, and is worth one new
    // connection straight away. The command may then reach Redis twice, which at-least-once
    // delivery allows; consumers deduplicate by the event id.
    const bool reused = m_context != nullptr;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QString error;
        if (!m_context && !connect(&error))
            return {.ok = false, .error = error};
        int commandErrno = 0;
        const Reply reply = runCommand(m_context.get(), arguments, &commandErrno);
        if (!reply) {
            const QString message = contextError(m_context.get(), commandErrno);
            const bool retry
                    = reused && attempt == 0 && isClosedConnection(m_context.get(), commandErrno);
            m_context.reset(); // unusable after an error: the next attempt connects again
            if (retry)
                continue;
            return {.ok = false, .error = QStringLiteral("Redis: ") + message};
        }
        if (reply->type == REDIS_REPLY_ERROR)
            return {.ok = false,
                    .error = QStringLiteral("Redis: ")
                            + QString::fromUtf8(reply->str, qsizetype(reply->len))};
        // PUBLISH is fire-and-forget: its integer is the number of subscribers that received the
        // message, 0 when nobody listened, and the message is then gone. Redis accepted it, which
        // is all the relay can know; a stream keeps the entry for consumers that come later.
        if (!m_channel.isEmpty() && reply->type == REDIS_REPLY_INTEGER)
            return {.ok = true, .error = {}};
        if (m_channel.isEmpty() && reply->type == REDIS_REPLY_STRING)
            return {.ok = true, .error = {}}; // the new entry's id
        return {.ok = false,
                .error = QCoreApplication::translate("trigon::relay::Delivery",
                                                     "Redis answered %1 with an unexpected reply "
                                                     "(type %2)")
                                 .arg(QString::fromLatin1(arguments.first()))
                                 .arg(reply->type)};
    }
    Q_UNREACHABLE();
    return {.ok = false, .error = {}};
}

std::unique_ptr<Delivery> makeRedisDelivery(const OutboxTarget &target, const QString &database,
                                            QString *error)
{
    const RedisTarget &redis = std::get<RedisTarget>(target.delivery);
    const auto fail = [error](const QString &message) -> std::unique_ptr<Delivery> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QUrl url(redis.url, QUrl::StrictMode);
    const QString display = url.toString(QUrl::RemoveUserInfo);
    const auto badUrl = [&] {
        return fail(QCoreApplication::translate("trigon::relay::Delivery",
                                                "target %1: expected redis://host:port/db or "
                                                "unix:///path/to/socket, not \"%2\"")
                            .arg(target.name, display));
    };
    if (!url.isValid())
        return badUrl();

    RedisDelivery::Endpoint endpoint;
    endpoint.display = display;
    QString dbText;
    if (url.scheme() == QLatin1String("redis")) {
        if (url.host().isEmpty() || url.hasQuery())
            return badUrl();
        endpoint.host = url.host();
        endpoint.port = url.port(6379);
        dbText = url.path();
        if (dbText.startsWith(QLatin1Char('/')))
            dbText.remove(0, 1);
    } else if (url.scheme() == QLatin1String("unix")) {
        if (url.path().isEmpty() || !url.host().isEmpty())
            return badUrl();
        endpoint.socketPath = url.path();
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("db"))
                return badUrl();
            dbText = value;
        }
    } else {
        return badUrl();
    }
    if (!url.password().isEmpty())
        return fail(QCoreApplication::translate("trigon::relay::Delivery",
                                                "target %1: the Redis URL holds a password, which "
                                                "does not belong in the design file")
                            .arg(target.name));
    if (!dbText.isEmpty()) {
        bool isNumber = false;
        const int db = dbText.toInt(&isNumber);
        if (!isNumber || db < 0)
            return fail(QCoreApplication::translate("trigon::relay::Delivery",
                                                    "target %1: \"%2\" is not a Redis database "
                                                    "number")
                                .arg(target.name, dbText));
        endpoint.db = db;
    }
    if (redis.channel.isEmpty() == redis.stream.isEmpty())
        return fail(QCoreApplication::translate("trigon::relay::Delivery",
                                                "target %1: give either a channel (PUBLISH) or "
                                                "a stream (XADD)")
                            .arg(target.name));
    return std::make_unique<RedisDelivery>(std::move(endpoint), redis.channel, redis.stream,
                                           database);
}

} // namespace trigon::relay
