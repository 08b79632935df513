#include "core/relay/cloudevent.h"
#include "core/relay/delivery.h"
#include "tests/common/redisserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <hiredis/hiredis.h>

#include <vector>

using namespace trigon;
using namespace trigon::relay;
using namespace trigon::test;
using namespace Qt::StringLiterals;

namespace {

OutboxTarget redisTarget(const QString &url, const QString &channel, const QString &stream)
{
    return {.name = u"bus"_s,
            .delivery = RedisTarget {.url = url, .channel = channel, .stream = stream},
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
            .target = u"bus"_s,
            .createdAt = u"2024-05-01T12:00:00Z"_s,
            .attempts = 0};
}

std::unique_ptr<Delivery> make(const OutboxTarget &target)
{
    QString error;
    auto delivery = makeDelivery(target, u"shop"_s, QProcessEnvironment(), &error);
    if (!delivery)
        qWarning("makeDelivery: %s", qPrintable(error));
    return delivery;
}

struct ReplyDeleter
{
    void operator()(redisReply *reply) const { freeReplyObject(reply); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

// The test's own view of the server.
class Client
{
public:
    explicit Client(const QString &socketPath)
        : m_context(redisConnectUnix(socketPath.toLocal8Bit().constData()))
    {
        const timeval timeout = {.tv_sec = 5, .tv_usec = 0};
        if (m_context && !m_context->err)
            redisSetTimeout(m_context, timeout);
    }
    Client(const QString &host, int port)
        : m_context(redisConnect(host.toUtf8().constData(), port))
    {
        const timeval timeout = {.tv_sec = 5, .tv_usec = 0};
        if (m_context && !m_context->err)
            redisSetTimeout(m_context, timeout);
    }
    ~Client() { redisFree(m_context); }
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    bool isConnected() const { return m_context && !m_context->err; }

    Reply command(const QByteArrayList &arguments)
    {
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QByteArray &argument : arguments) {
            argv.push_back(argument.constData());
            lengths.push_back(size_t(argument.size()));
        }
        return Reply(static_cast<redisReply *>(
                redisCommandArgv(m_context, int(argv.size()), argv.data(), lengths.data())));
    }
    // The next message pushed to a subscriber.
    Reply next()
    {
        void *reply = nullptr;
        if (redisGetReply(m_context, &reply) != REDIS_OK)
            return nullptr;
        return Reply(static_cast<redisReply *>(reply));
    }

private:
    redisContext *m_context;
};

QByteArray text(const redisReply *reply)
{
    return reply ? QByteArray(reply->str, qsizetype(reply->len)) : QByteArray();
}

// A stream entry's fields as name, value, name, value...
QByteArrayList fields(const redisReply *entry)
{
    QByteArrayList list;
    const redisReply *pairs = entry->element[1];
    for (size_t i = 0; i < pairs->elements; ++i)
        list.append(text(pairs->element[i]));
    return list;
}

} // namespace

// Events to a redis-server of the test's own (tests/common/redisserver.h) on a private socket.
class TestRedisDelivery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void publishReachesSubscriber();
    void publishWithoutSubscribers();
    void streamEntry();
    void databaseNumber_data();
    void databaseNumber();
    void reconnectsAfterRestart();
    void staleConnectionRecovers();
    void redisErrorReported();
    void commandTimesOut();
    void unusableTarget_data();
    void unusableTarget();
};

void TestRedisDelivery::init()
{
    if (!RedisServer::available())
        QSKIP("redis-server is not installed (Debian: redis-server)");
}

void TestRedisDelivery::publishReachesSubscriber()
{
    RedisServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    Client subscriber(server.socketPath());
    QVERIFY(subscriber.isConnected());
    const Reply subscribed = subscriber.command({"SUBSCRIBE", "events"});
    QVERIFY(subscribed && subscribed->type == REDIS_REPLY_ARRAY);

    auto delivery = make(redisTarget(server.unixUrl(), u"events"_s, {}));
    QVERIFY(delivery);
    const DeliveryResult result = delivery->deliver(outboxEvent(1));
    QCOMPARE(result.error, QString());
    QVERIFY(result.ok);

    const Reply message = subscriber.next();
    QVERIFY(message);
    QCOMPARE(message->type, REDIS_REPLY_ARRAY);
    QCOMPARE(message->elements, size_t(3));
    QCOMPARE(text(message->element[0]), "message");
    QCOMPARE(text(message->element[1]), "events");
    QCOMPARE(text(message->element[2]), cloudEventJson(outboxEvent(1), u"shop"_s));
    const QJsonObject json = QJsonDocument::fromJson(text(message->element[2])).object();
    QCOMPARE(json.value(u"id"_s).toString(), outboxEvent(1).id);
    QCOMPARE(json.value(u"source"_s).toString(), u"/trigon/shop/orders"_s);
    QCOMPARE(json.value(u"data"_s).toObject().value(u"n"_s).toInt(), 1);
}

void TestRedisDelivery::publishWithoutSubscribers()
{
    RedisServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    auto delivery = make(redisTarget(server.unixUrl(), u"nobody"_s, {}));
    QVERIFY(delivery);
    // PUBLISH is fire-and-forget: Redis accepted it, even if nobody received it.
    QVERIFY(delivery->deliver(outboxEvent(1)).ok);
}

void TestRedisDelivery::streamEntry()
{
    RedisServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    auto delivery = make(redisTarget(server.unixUrl(), {}, u"events"_s));
    QVERIFY(delivery);
    QVERIFY(delivery->deliver(outboxEvent(1)).ok);
    QVERIFY(delivery->deliver(outboxEvent(2, QString())).ok);

    Client client(server.socketPath());
    const Reply range = client.command({"XRANGE", "events", "-", "+"});
    QVERIFY(range);
    QCOMPARE(range->type, REDIS_REPLY_ARRAY);
    QCOMPARE(range->elements, size_t(2));
    const QByteArrayList expected = {"specversion",
                                     "1.0",
                                     "id",
                                     outboxEvent(1).id.toUtf8(),
                                     "source",
                                     "/trigon/shop/orders",
                                     "type",
                                     "order.created",
                                     "subject",
                                     "42",
                                     "time",
                                     "2024-05-01T12:00:00Z",
                                     "datacontenttype",
                                     "application/json",
                                     "data",
                                     outboxEvent(1).payload};
    QCOMPARE(fields(range->element[0]), expected);
    const QByteArrayList second = fields(range->element[1]);
    QVERIFY(!second.contains("subject"));
    QCOMPARE(second.value(second.indexOf("id") + 1), outboxEvent(2).id.toUtf8());
    QCOMPARE(second.last(), outboxEvent(2).payload);
}

void TestRedisDelivery::databaseNumber_data()
{
    QTest::addColumn<bool>("tcp");
    QTest::newRow("redis://127.0.0.1:port/3") << true;
    QTest::newRow("unix:///path?db=3") << false;
}

void TestRedisDelivery::databaseNumber()
{
    QFETCH(bool, tcp);
    RedisServer server(tcp);
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    const QString url = tcp ? server.tcpUrl(3) : server.unixUrl() + u"?db=3"_s;
    auto delivery = make(redisTarget(url, {}, u"events"_s));
    QVERIFY(delivery);
    const DeliveryResult result = delivery->deliver(outboxEvent(1));
    QVERIFY2(result.ok, qPrintable(result.error));

    Client client(server.socketPath());
    QCOMPARE(client.command({"XLEN", "events"})->integer, 0);
    QVERIFY(client.command({"SELECT", "3"}));
    QCOMPARE(client.command({"XLEN", "events"})->integer, 1);
}

void TestRedisDelivery::reconnectsAfterRestart()
{
    RedisServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    auto delivery = make(redisTarget(server.unixUrl(), {}, u"events"_s));
    QVERIFY(delivery);
    QVERIFY(delivery->deliver(outboxEvent(1)).ok);

    server.stop();
    const DeliveryResult down = delivery->deliver(outboxEvent(2));
    QVERIFY(!down.ok);
    QVERIFY2(down.error.contains(server.socketPath()), qPrintable(down.error));

    QVERIFY2(server.start(), qPrintable(server.error()));
    const DeliveryResult up = delivery->deliver(outboxEvent(2));
    QVERIFY2(up.ok, qPrintable(up.error));
    Client client(server.socketPath());
    QCOMPARE(client.command({"XLEN", "events"})->integer, 1); // no persistence: only event 2
}

void TestRedisDelivery::staleConnectionRecovers()
{
    RedisServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    auto delivery = make(redisTarget(server.unixUrl(), u"events"_s, {}));
    QVERIFY(delivery);
    QVERIFY(delivery->deliver(outboxEvent(1)).ok);
    // A restart between two events closes the kept connection; the next event connects again
    // instead of failing once.
    server.stop();
    QVERIFY2(server.start(), qPrintable(server.error()));
    const DeliveryResult result = delivery->deliver(outboxEvent(2));
    QVERIFY2(result.ok, qPrintable(result.error));
}

void TestRedisDelivery::redisErrorReported()
{
    RedisServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    Client client(server.socketPath());
    QVERIFY(client.command({"SET", "events", "not a stream"}));
    auto delivery = make(redisTarget(server.unixUrl(), {}, u"events"_s));
    QVERIFY(delivery);
    const DeliveryResult wrongType = delivery->deliver(outboxEvent(1));
    QVERIFY(!wrongType.ok);
    QVERIFY2(wrongType.error.contains(u"WRONGTYPE"_s), qPrintable(wrongType.error));
    QVERIFY(client.command({"DEL", "events"}));
    const DeliveryResult result = delivery->deliver(outboxEvent(1));
    QVERIFY2(result.ok, qPrintable(result.error));
}

void TestRedisDelivery::commandTimesOut()
{
    RedisServer server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    auto delivery = make(redisTarget(server.unixUrl(), {}, u"events"_s));
    QVERIFY(delivery);
    QVERIFY(delivery->deliver(outboxEvent(1)).ok);

    // Write commands wait while clients are paused: the delivery must give up, not hang.
    Client client(server.socketPath());
    const Reply paused = client.command({"CLIENT", "PAUSE", "8000", "WRITE"});
    QVERIFY(paused && paused->type == REDIS_REPLY_STATUS);
    QElapsedTimer clock;
    clock.start();
    const DeliveryResult result = delivery->deliver(outboxEvent(2));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"timed out after 5000 ms"_s), qPrintable(result.error));
    QVERIFY2(elapsed >= 4500 && elapsed < 8000, qPrintable(QString::number(elapsed)));

    QVERIFY(client.command({"CLIENT", "UNPAUSE"}));
    const DeliveryResult again = delivery->deliver(outboxEvent(2));
    QVERIFY2(again.ok, qPrintable(again.error));
}

void TestRedisDelivery::unusableTarget_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("stream");
    QTest::newRow("http") << u"http://127.0.0.1/"_s << u"c"_s << QString();
    QTest::newRow("no host") << u"redis:///0"_s << u"c"_s << QString();
    QTest::newRow("no path") << u"unix://"_s << u"c"_s << QString();
    QTest::newRow("bad db") << u"redis://127.0.0.1:6379/x"_s << u"c"_s << QString();
    QTest::newRow("bad db query") << u"unix:///tmp/r.sock?db=x"_s << u"c"_s << QString();
    QTest::newRow("password") << u"redis://:pw@127.0.0.1:6379/0"_s << u"c"_s << QString();
    QTest::newRow("both") << u"redis://127.0.0.1"_s << u"c"_s << u"s"_s;
    QTest::newRow("neither") << u"redis://127.0.0.1"_s << QString() << QString();
}

void TestRedisDelivery::unusableTarget()
{
    QFETCH(QString, url);
    QFETCH(QString, channel);
    QFETCH(QString, stream);
    QString error;
    const auto delivery = makeDelivery(redisTarget(url, channel, stream), u"shop"_s,
                                       QProcessEnvironment(), &error);
    QVERIFY(!delivery);
    QVERIFY2(error.contains(u"bus"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"pw"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRedisDelivery)
#include "tst_redisdelivery.moc"
