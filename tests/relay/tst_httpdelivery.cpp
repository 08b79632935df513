#include "core/relay/delivery.h"
#include "tests/common/httptestserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace trigon;
using namespace trigon::relay;
using namespace trigon::test;
using namespace Qt::StringLiterals;

namespace {

OutboxTarget httpTarget(const QString &url,
                        const QList<std::pair<QString, HeaderValue>> &headers = {},
                        int timeoutMs = 5000, const QString &method = u"POST"_s)
{
    return {.name = u"hook"_s,
            .delivery
            = HttpTarget {.url = url, .method = method, .headers = headers, .timeoutMs = timeoutMs},
            .retry = RetryPolicy {}};
}

OutboxEvent outboxEvent(int n, const QString &aggregateId = u"42"_s)
{
    return {.id = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')),
            .seq = n,
            .aggregateType = u"orders"_s,
            .aggregateId = aggregateId,
            .type = u"order.created"_s,
            .payload = "{\"n\": " + QByteArray::number(n) + ", \"total\": 9.90}",
            .target = u"hook"_s,
            .createdAt = u"2024-05-01T12:00:00Z"_s,
            .attempts = 0};
}

std::unique_ptr<Delivery> make(const OutboxTarget &target,
                               const QProcessEnvironment &environment = {})
{
    QString error;
    auto delivery = makeDelivery(target, u"shop"_s, environment, &error);
    if (!delivery)
        qWarning("makeDelivery: %s", qPrintable(error));
    return delivery;
}

} // namespace

// Events as HTTP requests to a server of the test's own (tests/common/httptestserver.h).
class TestHttpDelivery : public QObject
{
    Q_OBJECT
private slots:
    void sendsCloudEvent();
    void methods_data();
    void methods();
    void failureStatus_data();
    void failureStatus();
    void hungServerTimesOut();
    void slowServerWithinTimeout();
    void headersFromEnvironment();
    void missingEnvironment_data();
    void missingEnvironment();
    void unusableTarget_data();
    void unusableTarget();
    void keepsConnectionsAlive();
    void connectionRefused();
    void largePayload();
    void serverServesOtherProcesses();
};

void TestHttpDelivery::sendsCloudEvent()
{
    HttpTestServer server;
    auto delivery = make(httpTarget(server.url(u"/hooks/orders?v=1"_s)));
    QVERIFY(delivery);
    const DeliveryResult result = delivery->deliver(outboxEvent(1));
    QCOMPARE(result.error, QString());
    QVERIFY(result.ok);

    const QList<HttpTestRequest> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    const HttpTestRequest &request = requests.first();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.target, "/hooks/orders?v=1");
    QCOMPARE(request.body, outboxEvent(1).payload);
    QCOMPARE(request.header("ce-specversion"), "1.0");
    QCOMPARE(request.header("ce-id"), outboxEvent(1).id.toUtf8());
    QCOMPARE(request.header("ce-source"), "/trigon/shop/orders");
    QCOMPARE(request.header("ce-type"), "order.created");
    QCOMPARE(request.header("ce-subject"), "42");
    QCOMPARE(request.header("ce-time"), "2024-05-01T12:00:00Z");
    QCOMPARE(request.header("content-type"), "application/json");
    QCOMPARE(request.header("idempotency-key"), outboxEvent(1).id.toUtf8());
    QVERIFY(!request.headers.contains("ce-datacontenttype"));

    // Without a key, no ce-subject.
    QVERIFY(delivery->deliver(outboxEvent(2, QString())).ok);
    QVERIFY(!server.requests().value(1).headers.contains("ce-subject"));
}

void TestHttpDelivery::methods_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("POST") << u"POST"_s;
    QTest::newRow("PUT") << u"PUT"_s;
    QTest::newRow("PATCH") << u"PATCH"_s;
}

void TestHttpDelivery::methods()
{
    QFETCH(QString, method);
    HttpTestServer server;
    auto delivery = make(httpTarget(server.url(), {}, 5000, method));
    QVERIFY(delivery);
    QVERIFY(delivery->deliver(outboxEvent(1)).ok);
    QCOMPARE(server.requests().value(0).method, method.toLatin1());
    QCOMPARE(server.requests().value(0).body, outboxEvent(1).payload);
}

void TestHttpDelivery::failureStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("503") << 503 << u"HTTP 503 Service Unavailable"_s;
    QTest::newRow("500") << 500 << u"HTTP 500 Internal Server Error"_s;
    QTest::newRow("429") << 429 << u"HTTP 429 Too Many Requests"_s;
    QTest::newRow("404") << 404 << u"HTTP 404 Not Found"_s;
    QTest::newRow("redirect not followed") << 307 << u"HTTP 307 Temporary Redirect"_s;
}

void TestHttpDelivery::failureStatus()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    HttpTestServer server;
    server.failFirst(2, status);
    auto delivery = make(httpTarget(server.url()));
    QVERIFY(delivery);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const DeliveryResult result = delivery->deliver(outboxEvent(1));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, expected);
    }
    const DeliveryResult result = delivery->deliver(outboxEvent(1));
    QVERIFY(result.ok);
    QCOMPARE(server.requestCount(), 3);
    // Every attempt at the event carries the same idempotency key.
    for (const HttpTestRequest &request : server.requests())
        QCOMPARE(request.header("idempotency-key"), outboxEvent(1).id.toUtf8());
}

void TestHttpDelivery::hungServerTimesOut()
{
    HttpTestServer server;
    server.hangOn(0);
    auto delivery = make(httpTarget(server.url(), {}, 500));
    QVERIFY(delivery);
    QElapsedTimer clock;
    clock.start();
    const DeliveryResult result = delivery->deliver(outboxEvent(1));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!result.ok);
    QCOMPARE(result.error, u"timed out after 500 ms"_s);
    QVERIFY2(elapsed >= 450 && elapsed < 3000, qPrintable(QString::number(elapsed)));

    // The next event goes through (on a new connection: the hung one was given up).
    const DeliveryResult next = delivery->deliver(outboxEvent(2));
    QCOMPARE(next.error, QString());
    QVERIFY(next.ok);
    QCOMPARE(server.requestCount(), 2);
}

void TestHttpDelivery::slowServerWithinTimeout()
{
    HttpTestServer server;
    server.setDelayMs(300);
    auto delivery = make(httpTarget(server.url(), {}, 3000));
    QVERIFY(delivery);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(delivery->deliver(outboxEvent(1)).ok);
    QVERIFY(clock.elapsed() >= 250);
}

void TestHttpDelivery::headersFromEnvironment()
{
    HttpTestServer server;
    server.failFirst(1, 401);
    QProcessEnvironment environment;
    environment.insert(u"HOOK_TOKEN"_s, u"Bearer s3cret"_s);
    auto delivery = make(
            httpTarget(server.url(),
                       {{u"Authorization"_s, HeaderValue {.text = {}, .env = u"HOOK_TOKEN"_s}},
                        {u"X-Team"_s, HeaderValue {.text = u"billing"_s, .env = {}}},
                        {u"Content-Type"_s,
                         HeaderValue {.text = u"application/vnd.shop+json"_s, .env = {}}}}),
            environment);
    QVERIFY(delivery);
    const DeliveryResult refused = delivery->deliver(outboxEvent(1));
    QVERIFY(!refused.ok);
    QVERIFY2(!refused.error.contains(u"s3cret"_s), qPrintable(refused.error));
    QVERIFY(delivery->deliver(outboxEvent(1)).ok);
    const HttpTestRequest request = server.requests().value(1);
    QCOMPARE(request.header("authorization"), "Bearer s3cret");
    QCOMPARE(request.header("x-team"), "billing");
    // The target's headers come after the CloudEvents ones and replace them.
    QCOMPARE(request.header("content-type"), "application/vnd.shop+json");
    QCOMPARE(request.header("ce-id"), outboxEvent(1).id.toUtf8());
}

void TestHttpDelivery::missingEnvironment_data()
{
    QTest::addColumn<bool>("setEmpty");
    QTest::newRow("not set") << false;
    QTest::newRow("empty") << true;
}

void TestHttpDelivery::missingEnvironment()
{
    QFETCH(bool, setEmpty);
    QProcessEnvironment environment;
    environment.insert(u"OTHER"_s, u"x"_s);
    if (setEmpty)
        environment.insert(u"HOOK_TOKEN"_s, QString());
    QString error;
    const auto delivery = makeDelivery(
            httpTarget(u"http://127.0.0.1:9/hook"_s,
                       {{u"Authorization"_s, HeaderValue {.text = {}, .env = u"HOOK_TOKEN"_s}}}),
            u"shop"_s, environment, &error);
    QVERIFY(!delivery);
    QVERIFY2(error.contains(u"HOOK_TOKEN"_s), qPrintable(error));
    QVERIFY2(error.contains(u"Authorization"_s), qPrintable(error));
    QVERIFY2(error.contains(u"hook"_s), qPrintable(error));
}

void TestHttpDelivery::unusableTarget_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("header");
    QTest::newRow("not http") << u"ftp://127.0.0.1/x"_s << u"POST"_s << 5000 << QString();
    QTest::newRow("no host") << u"http:///x"_s << u"POST"_s << 5000 << QString();
    QTest::newRow("not a URL") << u"not a url"_s << u"POST"_s << 5000 << QString();
    QTest::newRow("GET") << u"http://127.0.0.1/x"_s << u"GET"_s << 5000 << QString();
    QTest::newRow("no timeout") << u"http://127.0.0.1/x"_s << u"POST"_s << 0 << QString();
    QTest::newRow("bad header name") << u"http://127.0.0.1/x"_s << u"POST"_s << 5000 << u"X Bad"_s;
}

void TestHttpDelivery::unusableTarget()
{
    QFETCH(QString, url);
    QFETCH(QString, method);
    QFETCH(int, timeoutMs);
    QFETCH(QString, header);
    QList<std::pair<QString, HeaderValue>> headers;
    if (!header.isEmpty())
        headers.append({header, HeaderValue {.text = u"v"_s, .env = {}}});
    QString error;
    const auto delivery = makeDelivery(httpTarget(url, headers, timeoutMs, method), u"shop"_s,
                                       QProcessEnvironment(), &error);
    QVERIFY(!delivery);
    QVERIFY2(error.contains(u"hook"_s), qPrintable(error));
}

void TestHttpDelivery::keepsConnectionsAlive()
{
    HttpTestServer server;
    auto delivery = make(httpTarget(server.url()));
    QVERIFY(delivery);
    constexpr int count = 50;
    for (int n = 0; n < count; ++n) {
        const DeliveryResult result = delivery->deliver(outboxEvent(n));
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    QCOMPARE(server.requestCount(), count);
    QVERIFY2(server.connectionCount() <= 2,
             qPrintable(
                     u"%1 connections for %2 requests"_s.arg(server.connectionCount()).arg(count)));
}

void TestHttpDelivery::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    auto delivery = make(httpTarget(u"http://127.0.0.1:%1/hook"_s.arg(port)));
    QVERIFY(delivery);
    QElapsedTimer clock;
    clock.start();
    const DeliveryResult result = delivery->deliver(outboxEvent(1));
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(!result.error.contains(u"timed out"_s), qPrintable(result.error));
    QVERIFY(clock.elapsed() < 4000);
}

void TestHttpDelivery::largePayload()
{
    HttpTestServer server;
    auto delivery = make(httpTarget(server.url()));
    QVERIFY(delivery);
    OutboxEvent big = outboxEvent(1);
    big.payload = "{\"blob\": \"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
    QVERIFY(delivery->deliver(big).ok);
    QCOMPARE(server.requests().value(0).body, big.payload);
}

// The test server answers while the test's thread blocks, so a relay started by QProcess can
// use it: here curl, with two requests on one connection, then one that hangs.
void TestHttpDelivery::serverServesOtherProcesses()
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    HttpTestServer server;
    server.hangOn([](const HttpTestRequest &request) { return request.target == "/hang"; });
    QProcess process;
    process.start(curl,
                  {u"--silent"_s, u"--show-error"_s, u"--data"_s, u"{\"a\": 1}"_s, u"--header"_s,
                   u"Content-Type: application/json"_s, server.url(u"/one"_s), u"--next"_s,
                   u"--data"_s, u"{}"_s, server.url(u"/two"_s)});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), "ok\nok\n");
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().value(0).body, "{\"a\": 1}");
    QCOMPARE(server.requests().value(1).target, "/two");

    process.start(
            curl,
            {u"--silent"_s, u"--max-time"_s, u"1"_s, u"--data"_s, u"{}"_s, server.url(u"/hang"_s)});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 28); // curl: operation timed out
    QVERIFY(server.waitForRequests(3));
}

QTEST_GUILESS_MAIN(TestHttpDelivery)
#include "tst_httpdelivery.moc"
