#include "httptestserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QMutex>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <unordered_map>

namespace trigon::test {

struct HttpTestServer::Shared
{
    mutable QMutex mutex;
    QWaitCondition requestArrived;
    QList<HttpTestRequest> requests;
    int connections = 0;
    int failuresLeft = 0;
    int failStatus = 503;
    QList<int> hangIndexes;
    QList<Predicate> hangPredicates;
    int delayMs = 0;
    Responder responder;
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

constexpr qsizetype maxHeaderBytes = 64 * 1024;

} // namespace

// Everything below runs in the server's thread, except the constructor and destructor, which
// hand their work to it.
class HttpTestServer::Worker
{
public:
    explicit Worker(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    {
        m_thread.setObjectName(QStringLiteral("HttpTestServer"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
                m_context,
                [this] {
                    m_server = new QTcpServer(m_context);
                    QObject::connect(m_server, &QTcpServer::newConnection, m_context,
                                     [this] { accept(); });
                    if (m_server->listen(QHostAddress::LocalHost, 0))
                        m_port = m_server->serverPort();
                },
                Qt::BlockingQueuedConnection);
        if (m_port == 0)
            qFatal("HttpTestServer: cannot listen on 127.0.0.1");
    }

    ~Worker()
    {
        QMetaObject::invokeMethod(
                m_context,
                [this] {
                    for (auto &[socket, connection] : m_connections)
                        socket->disconnect();
                    m_connections.clear();
                    qDeleteAll(m_context->children()); // the server, its sockets, delay timers
                    m_server = nullptr;
                },
                Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }

    quint16 port() const { return m_port; }

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        int number = 0;
        QByteArray buffer;
        bool busy = false; // an answer is delayed or never comes: later requests wait
    };

    enum class Parse { Incomplete, Complete, Unsupported, TooLarge };

    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto connection = std::make_unique<Connection>();
            connection->socket = socket;
            {
                const QMutexLocker locker(&m_shared->mutex);
                connection->number = ++m_shared->connections;
            }
            m_connections.emplace(socket, std::move(connection));
            QObject::connect(socket, &QTcpSocket::readyRead, m_context, [this, socket] {
                if (Connection *connection = find(socket)) {
                    connection->buffer += socket->readAll();
                    serve(*connection);
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, m_context, [this, socket] {
                m_connections.erase(socket);
                socket->deleteLater();
            });
            // Bytes may have come with the connection itself.
            if (socket->bytesAvailable() > 0) {
                Connection &added = *m_connections.at(socket);
                added.buffer += socket->readAll();
                serve(added);
            }
        }
    }

    Connection *find(QTcpSocket *socket)
    {
        const auto found = m_connections.find(socket);
        return found == m_connections.end() ? nullptr : found->second.get();
    }

    Parse takeRequest(Connection &connection, HttpTestRequest *request, QByteArray *version)
    {
        const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return connection.buffer.size() > maxHeaderBytes ? Parse::TooLarge : Parse::Incomplete;
        const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3)
            return Parse::Unsupported;
        request->method = requestLine[0];
        request->target = requestLine[1];
        request->headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return Parse::Unsupported;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            QByteArray &stored = request->headers[name];
            stored = stored.isEmpty() ? value : stored + ", " + value;
        }
        *version = requestLine[2];
        if (request->headers.contains("transfer-encoding"))
            return Parse::Unsupported;
        bool validLength = true;
        const qsizetype length = request->headers.contains("content-length")
                ? request->headers.value("content-length").toLongLong(&validLength)
                : 0;
        if (!validLength || length < 0)
            return Parse::Unsupported;
        const qsizetype total = headerEnd + 4 + length;
        if (connection.buffer.size() < total)
            return Parse::Incomplete;
        request->body = connection.buffer.mid(headerEnd + 4, length);
        request->connection = connection.number;
        connection.buffer.remove(0, total);
        return Parse::Complete;
    }

    bool keepsAlive(const HttpTestRequest &request, const QByteArray &version) const
    {
        const QByteArray connectionHeader = request.header("connection").toLower();
        if (version == "HTTP/1.0")
            return connectionHeader.contains("keep-alive");
        return !connectionHeader.contains("close");
    }

    void serve(Connection &connection)
    {
        while (!connection.busy) {
            HttpTestRequest request;
            QByteArray version;
            const Parse parse = takeRequest(connection, &request, &version);
            if (parse == Parse::Incomplete)
                return;
            if (parse != Parse::Complete) {
                HttpTestResponse refusal;
                refusal.status = parse == Parse::TooLarge ? 431 : 501;
                refusal.body = reasonPhrase(refusal.status) + '\n';
                refusal.close = true;
                connection.buffer.clear();
                write(connection, refusal);
                return;
            }
            request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            {
                const QMutexLocker locker(&m_shared->mutex);
                request.index = int(m_shared->requests.size());
                m_shared->requests.append(request);
                m_shared->requestArrived.wakeAll();
            }
            HttpTestResponse response = decide(request);
            if (!keepsAlive(request, version))
                response.close = true;
            if (response.hang) {
                connection.busy = true;
                return;
            }
            if (response.delayMs > 0) {
                connection.busy = true;
                auto *timer = new QTimer(m_context);
                timer->setSingleShot(true);
                QObject::connect(timer, &QTimer::timeout, m_context,
                                 [this, timer, socket = connection.socket, response] {
                                     timer->deleteLater();
                                     Connection *delayed = find(socket);
                                     if (!delayed)
                                         return;
                                     delayed->busy = false;
                                     write(*delayed, response);
                                     if (!response.close)
                                         serve(*delayed);
                                 });
                timer->start(response.delayMs);
                return;
            }
            write(connection, response);
            if (response.close)
                return;
        }
    }

    HttpTestResponse decide(const HttpTestRequest &request)
    {
        QList<Predicate> predicates;
        Responder responder;
        bool hang = false;
        int delayMs = 0;
        {
            const QMutexLocker locker(&m_shared->mutex);
            hang = m_shared->hangIndexes.contains(request.index);
            predicates = m_shared->hangPredicates;
            responder = m_shared->responder;
            delayMs = m_shared->delayMs;
        }
        // Called without the lock, so that they may look at the server's record.
        for (const Predicate &predicate : predicates)
            hang = hang || predicate(request);
        HttpTestResponse response;
        if (hang) {
            response.hang = true;
            return response;
        }
        bool fail = false;
        {
            const QMutexLocker locker(&m_shared->mutex);
            if (m_shared->failuresLeft > 0) {
                --m_shared->failuresLeft;
                fail = true;
                response.status = m_shared->failStatus;
                response.body = reasonPhrase(response.status) + '\n';
            }
        }
        if (!fail && responder)
            response = responder(request);
        if (response.delayMs == 0)
            response.delayMs = delayMs;
        return response;
    }

    void write(Connection &connection, const HttpTestResponse &response)
    {
        const bool noBody = response.status == 204 || response.status == 304;
        QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                + reasonPhrase(response.status) + "\r\n";
        bytes += "Content-Length: " + QByteArray::number(noBody ? 0 : response.body.size())
                + "\r\n";
        bytes += response.close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        for (const auto &[name, value] : response.headers)
            bytes += name + ": " + value + "\r\n";
        bytes += "\r\n";
        if (!noBody)
            bytes += response.body;
        connection.socket->write(bytes);
        if (response.close)
            connection.socket->disconnectFromHost(); // after the bytes are written
    }

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    QObject *m_context = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
};

HttpTestServer::HttpTestServer()
    : m_shared(std::make_shared<Shared>())
    , m_worker(std::make_unique<Worker>(m_shared))
{ }

HttpTestServer::~HttpTestServer() = default;

quint16 HttpTestServer::port() const
{
    return m_worker->port();
}

QString HttpTestServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void HttpTestServer::failFirst(int count, int status)
{
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->failuresLeft = count;
    m_shared->failStatus = status;
}

void HttpTestServer::hangOn(int index)
{
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->hangIndexes.append(index);
}

void HttpTestServer::hangOn(Predicate predicate)
{
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->hangPredicates.append(std::move(predicate));
}

void HttpTestServer::setDelayMs(int ms)
{
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->delayMs = ms;
}

void HttpTestServer::setResponder(Responder responder)
{
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->responder = std::move(responder);
}

void HttpTestServer::reset()
{
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->requests.clear();
    m_shared->connections = 0;
    m_shared->failuresLeft = 0;
    m_shared->failStatus = 503;
    m_shared->hangIndexes.clear();
    m_shared->hangPredicates.clear();
    m_shared->delayMs = 0;
    m_shared->responder = nullptr;
}

QList<HttpTestRequest> HttpTestServer::requests() const
{
    const QMutexLocker locker(&m_shared->mutex);
    return m_shared->requests;
}

int HttpTestServer::requestCount() const
{
    const QMutexLocker locker(&m_shared->mutex);
    return int(m_shared->requests.size());
}

int HttpTestServer::connectionCount() const
{
    const QMutexLocker locker(&m_shared->mutex);
    return m_shared->connections;
}

bool HttpTestServer::waitForRequests(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        {
            QMutexLocker locker(&m_shared->mutex);
            if (m_shared->requests.size() >= count)
                return true;
            if (deadline.hasExpired())
                return false;
            m_shared->requestArrived.wait(
                    &m_shared->mutex, QDeadlineTimer(qMin<qint64>(10, deadline.remainingTime())));
        }
        QCoreApplication::processEvents();
    }
}

} // namespace trigon::test
