#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace trigon::test {

// One request as the server read it.
struct HttpTestRequest
{
    int index = 0;      // 0, 1, 2... in the order the requests were complete
    int connection = 0; // 1, 2, 3... which TCP connection carried it, in the order they were opened
    QByteArray method;
    QByteArray target; // as sent: "/hook?x=1"
    QHash<QByteArray, QByteArray>
            headers; // names lower-cased; a repeated one's values joined by ", "
    QByteArray body;
    qint64 receivedAtMs = 0; // QDateTime::currentMSecsSinceEpoch() once the body was in

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// What the server answers to one request.
struct HttpTestResponse
{
    int status = 200;
    QByteArray body = QByteArrayLiteral("ok\n");
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Length and Connection
    int delayMs = 0;    // waits that long before answering (0: the server's setDelayMs())
    bool hang = false;  // never answers: the client times out (the connection stays open until
                        // the client closes it; later requests on it are not read)
    bool close = false; // closes the connection after answering
};

// A minimal HTTP/1.1 server for the tests, on 127.0.0.1 and a port of its own (url()), so a
// Delivery in the test or a trigon-cli started by QProcess can reach it. It reads requests with a
// Content-Length body (no chunked bodies: those get 501), keeps connections alive, records every
// request and answers by a script:
//
//   1. a request that hangOn() matches is never answered;
//   2. else, while failFirst() has failures left, it gets that status;
//   3. else the responder's answer (setResponder()), or 200 "ok".
//
// It runs in a thread of its own, so the test's thread may block (QProcess::waitForFinished, a
// blocking deliver()) while it serves. Every member may be called from the test's thread at any
// time; predicates and the responder run in the server's thread, one request at a time, in the
// order the requests arrive.
class HttpTestServer
{
public:
    using Predicate = std::function<bool(const HttpTestRequest &)>;
    using Responder = std::function<HttpTestResponse(const HttpTestRequest &)>;

    HttpTestServer();  // listening when it returns (qFatal if it cannot)
    ~HttpTestServer(); // closes every connection
    HttpTestServer(const HttpTestServer &) = delete;
    HttpTestServer &operator=(const HttpTestServer &) = delete;

    quint16 port() const;
    // "http://127.0.0.1:<port><path>"
    QString url(const QString &path = QStringLiteral("/hook")) const;

    // The next `count` requests (counted from this call, hung ones not included) get `status`.
    void failFirst(int count, int status = 503);
    // The request with this index (HttpTestRequest::index, counted since the server started or
    // the last reset()) is never answered.
    void hangOn(int index);
    // Every request for which `predicate` is true is never answered.
    void hangOn(Predicate predicate);
    // Every answer waits this long first, unless the response sets delayMs itself.
    void setDelayMs(int ms);
    // Builds the answers that the script does not decide (by default 200 "ok\n").
    void setResponder(Responder responder);
    // Forgets the script, the recorded requests and the counters; open connections stay.
    void reset();

    QList<HttpTestRequest> requests() const;
    int requestCount() const;
    // TCP connections accepted so far (since the start or reset()).
    int connectionCount() const;
    // Until at least `count` requests were recorded; processes the caller's events meanwhile.
    bool waitForRequests(int count, int timeoutMs = 10000) const;

private:
    struct Shared;
    class Worker;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<Worker> m_worker;
};

} // namespace trigon::test
