// The relay end to end: an outbox trigger deployed on the test cluster writes events, the relay
// (in this process, or trigon-cli relay as a process of its own) delivers them to the tests' own
// HTTP server and Redis, through failures, timeouts, a SIGKILL and a second relay.
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/relay/relay.h"
#include "core/sql/scriptrenderer.h"
#include "tests/common/httptestserver.h"
#include "tests/common/redisserver.h"
#include "tests/common/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace trigon;
using namespace Qt::StringLiterals;
using trigon::test::HttpTestRequest;
using trigon::test::HttpTestServer;
using trigon::test::RedisServer;
using trigon::test::TestDatabase;

namespace {

// orders(id, customer, note) with an outbox trigger keyed by customer: one customer's events
// must arrive in the order they were written. `targets` is the "targets" object's members.
QByteArray designJson(const QString &targets)
{
    return (u"{\"format\": \"trigon\", \"version\": 1, \"triggers\": [{\"name\": \"orders_out\", "
            "\"table\": {\"schema\": \"public\", \"name\": \"orders\"}, \"table_columns\": "
            "[{\"name\": \"id\", \"type\": \"integer\", \"key\": true}, {\"name\": \"customer\", "
            "\"type\": \"integer\"}], \"timing\": \"after\", \"events\": [\"insert\"], "
            "\"actions\": [{\"kind\": \"outbox\", \"target\": \"hook\", \"type\": "
            "\"order.created\", \"key\": {\"new\": \"customer\"}, \"payload\": {\"id\": "
            "{\"new\": \"id\"}, \"customer\": {\"new\": \"customer\"}}}]}], \"targets\": {"_s
            + targets + u"}}"_s)
            .toUtf8();
}

QString httpTarget(const HttpTestServer &server, int timeoutMs, int max, int backoffMs)
{
    return u"\"hook\": {\"kind\": \"http\", \"url\": \"%1\", \"timeout_ms\": %2, \"retry\": "
           "{\"max\": %3, \"backoff_ms\": %4, \"max_backoff_ms\": %5}}"_s.arg(server.url())
                   .arg(timeoutMs)
                   .arg(max)
                   .arg(backoffMs)
                   .arg(backoffMs * 4);
}

DesignDocument parsed(const QByteArray &json)
{
    const DesignReadResult read = parseDesign(json);
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return *read.document;
}

// Creates orders, deploys the design, and writes `count` orders for `customers` customers
// (order i for customer i % customers), each in a transaction of its own.
void prepare(TestDatabase &db, const DesignDocument &design, int count, int customers)
{
    db.mustExec(u"CREATE TABLE orders (id integer PRIMARY KEY, customer integer)"_s);
    db.mustExec(renderInstallScript(design, RenderOptions {}));
    for (int i = 1; i <= count; ++i)
        db.mustExec(u"INSERT INTO orders VALUES ($1, $2)"_s,
                    {QString::number(i), QString::number(i % customers)});
}

int pending(TestDatabase &db)
{
    return db.mustExec(u"SELECT count(*) FROM trigon.outbox WHERE delivered_at IS NULL"_s)
            .value(0, 0)
            .toInt();
}

QStringList eventIds(TestDatabase &db)
{
    QStringList ids;
    const pg::QueryResult result = db.mustExec(u"SELECT id FROM trigon.outbox ORDER BY seq"_s);
    for (int row = 0; row < result.rowCount(); ++row)
        ids.append(result.value(row, 0));
    return ids;
}

// The answered requests' ids (ce-id), those the server acknowledged with 2xx, in arrival order.
QList<HttpTestRequest> acknowledged(const HttpTestServer &server, const QSet<int> &failed)
{
    QList<HttpTestRequest> ok;
    for (const HttpTestRequest &request : server.requests()) {
        if (!failed.contains(request.index))
            ok.append(request);
    }
    return ok;
}

// Runs the relay in this process until nothing is pending or `ms` passed: a pass over what is
// due at a time (--once), again while events wait for their next attempt.
relay::RelayCounts runRelay(TestDatabase &db, const DesignDocument &design, int ms)
{
    pg::BlockingConnection connection(db.conninfo());
    relay::RelayOptions options;
    options.targets = design.targets;
    options.once = true;
    relay::RelayCounts total;
    QElapsedTimer timer;
    timer.start();
    do {
        relay::Relay relay(connection, options);
        QString error;
        if (!relay.run(&error))
            qFatal("relay failed: %s", qPrintable(error));
        total.delivered += relay.counts().delivered;
        total.failed += relay.counts().failed;
        total.died += relay.counts().died;
        if (pending(db) == 0
            || db.mustExec(u"SELECT count(*) FROM trigon.outbox WHERE NOT dead AND "
                           "delivered_at IS NULL"_s)
                            .value(0, 0)
                    == u"0"_s)
            break;
        QThread::msleep(20);
    } while (timer.elapsed() < ms);
    return total;
}

QProcess *startCli(const QString &file, const QString &conninfo, const QStringList &more,
                   QObject *parent)
{
    auto *process = new QProcess(parent);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(TRIGON_CLI),
                   QStringList {u"relay"_s, file, u"--db"_s, conninfo} + more);
    if (!process->waitForStarted())
        qFatal("cannot start trigon-cli");
    return process;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString file = dir.filePath(u"relay.trigon.json"_s);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

} // namespace

class TestRelay : public QObject
{
    Q_OBJECT

private slots:
    void everyEventArrivesInOrderPerKeyThroughFailures();
    void aKilledRelayLosesNothingAndRepeatsOnlyWithTheSameId();
    void twoRelaysShareTheWork();
    void anEventDiesAfterMaxAttemptsAndIsRetriedByHand();
    void aMissingSecretStopsTheRelayBeforeItTakesAnything();
    void redisStreamsGetEveryEvent();
};

void TestRelay::everyEventArrivesInOrderPerKeyThroughFailures()
{
    HttpTestServer server;
    TestDatabase db(u"relayorder"_s);
    const DesignDocument design = parsed(designJson(httpTarget(server, 300, 20, 20)));
    prepare(db, design, 40, 4);
    // Three 503s, then one request that never gets an answer (a timeout), then the rest.
    server.failFirst(3, 503);
    server.hangOn(3);
    const relay::RelayCounts counts = runRelay(db, design, 20000);
    QCOMPARE(pending(db), 0);
    QCOMPARE(counts.delivered, 40);
    QCOMPARE(counts.failed, 4);
    QVERIFY(db.mustExec(u"SELECT bool_and(attempts >= 1) FROM trigon.outbox"_s).value(0, 0)
            == u"t"_s);

    // Each event acknowledged exactly once, and each customer's in the order written.
    const QList<HttpTestRequest> ok = acknowledged(server, {0, 1, 2, 3});
    QHash<QByteArray, int> times;
    QHash<QByteArray, QList<int>> orderOfCustomer;
    for (const HttpTestRequest &request : ok) {
        ++times[request.header("ce-id")];
        const int id = QJsonDocument::fromJson(request.body).object().value(u"id"_s).toInt();
        orderOfCustomer[request.header("ce-subject")].append(id);
    }
    QCOMPARE(times.size(), 40);
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        QCOMPARE(it.value(), 1);
    for (const QList<int> &ids : orderOfCustomer)
        QVERIFY2(std::is_sorted(ids.cbegin(), ids.cend()),
                 qPrintable(QString::number(ids.value(0))));
    const HttpTestRequest &first = ok.first();
    QCOMPARE(first.header("ce-specversion"), "1.0");
    QCOMPARE(first.header("ce-type"), "order.created");
    QCOMPARE(first.header("ce-source"), ("/trigon/" + db.name() + "/orders").toUtf8());
    QCOMPARE(first.header("idempotency-key"), first.header("ce-id"));
}

void TestRelay::aKilledRelayLosesNothingAndRepeatsOnlyWithTheSameId()
{
    HttpTestServer server;
    server.setDelayMs(20);
    TestDatabase db(u"relaykill"_s);
    const QByteArray json = designJson(httpTarget(server, 2000, 10, 50));
    prepare(db, parsed(json), 200, 200);
    QTemporaryDir dir;
    const QString file = writeFile(dir, json);
    QProcess *relay = startCli(file, db.conninfo(), {}, this);
    QVERIFY(server.waitForRequests(40, 20000));
    // SIGKILL: no chance to clean up; its claimed events must be taken again.
    ::kill(pid_t(relay->processId()), SIGKILL);
    relay->waitForFinished();
    const int beforeRestart = server.requestCount();
    QVERIFY(pending(db) > 0);
    relay = startCli(file, db.conninfo(), {u"--timeout"_s, u"30"_s, u"--once"_s}, this);
    QVERIFY(relay->waitForFinished(60000));
    QCOMPARE(relay->exitCode(), 0);
    QCOMPARE(pending(db), 0);

    // Every event arrived; a repeat is at most the one in flight at the kill (or its batch
    // neighbours already sent but not yet marked: none, as each is marked at once), always with
    // the id it had.
    QHash<QByteArray, int> times;
    for (const HttpTestRequest &request : server.requests())
        ++times[request.header("ce-id")];
    const QStringList ids = eventIds(db);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 200);
    QCOMPARE(times.size(), 200);
    int repeated = 0;
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        repeated += it.value() - 1;
    QVERIFY2(repeated <= 1, qPrintable(QString::number(repeated)));
    QVERIFY(server.requestCount() >= beforeRestart);
}

void TestRelay::twoRelaysShareTheWork()
{
    HttpTestServer server;
    server.setDelayMs(10);
    TestDatabase db(u"relaytwo"_s);
    const QByteArray json = designJson(httpTarget(server, 2000, 10, 50));
    prepare(db, parsed(json), 300, 300);
    QTemporaryDir dir;
    const QString file = writeFile(dir, json);
    // Small batches, so that neither claims everything before the other starts.
    QProcess *one = startCli(file, db.conninfo(), {u"--once"_s}, this);
    QProcess *two = startCli(file, db.conninfo(), {u"--once"_s}, this);
    QVERIFY(one->waitForFinished(60000));
    QVERIFY(two->waitForFinished(60000));
    QCOMPARE(pending(db), 0);
    QHash<QByteArray, int> times;
    QHash<int, int> perConnection;
    for (const HttpTestRequest &request : server.requests()) {
        ++times[request.header("ce-id")];
        ++perConnection[request.connection];
    }
    QCOMPARE(times.size(), 300);
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        QCOMPARE(it.value(), 1); // never the same event twice
    // Each relay keeps its own connections: both carried a good share.
    QVERIFY2(perConnection.size() >= 2, qPrintable(QString::number(perConnection.size())));
    QList<int> shares = perConnection.values();
    std::sort(shares.begin(), shares.end());
    QVERIFY2(shares.at(shares.size() - 2) >= 30,
             qPrintable(QString::number(shares.at(shares.size() - 2))));
}

void TestRelay::anEventDiesAfterMaxAttemptsAndIsRetriedByHand()
{
    HttpTestServer server;
    server.setResponder([](const HttpTestRequest &) {
        return test::HttpTestResponse {500, "broken\n", {}, 0, false, false};
    });
    TestDatabase db(u"relaydead"_s);
    const QByteArray json = designJson(httpTarget(server, 1000, 3, 10));
    prepare(db, parsed(json), 1, 1);
    const relay::RelayCounts counts = runRelay(db, parsed(json), 2000);
    QCOMPARE(counts.died, 1);
    QCOMPARE(server.requestCount(), 3);
    const pg::QueryResult dead
            = db.mustExec(u"SELECT dead, attempts, last_error FROM trigon.outbox"_s);
    QCOMPARE(dead.value(0, 0), u"t"_s);
    QCOMPARE(dead.value(0, 1), u"3"_s);
    QVERIFY2(dead.value(0, 2).startsWith(u"HTTP 500"_s), qPrintable(dead.value(0, 2)));

    // By hand: pending again, and delivered once the target works.
    QTemporaryDir dir;
    const QString file = writeFile(dir, json);
    QProcess *retry = startCli(file, db.conninfo(), {u"--retry-dead"_s}, this);
    QVERIFY(retry->waitForFinished(30000));
    QCOMPARE(retry->exitCode(), 0);
    QCOMPARE(pending(db), 1);
    server.setResponder([](const HttpTestRequest &) { return test::HttpTestResponse {}; });
    QProcess *relay = startCli(file, db.conninfo(), {u"--once"_s}, this);
    QVERIFY(relay->waitForFinished(30000));
    QCOMPARE(relay->exitCode(), 0);
    QCOMPARE(pending(db), 0);
    QCOMPARE(server.requestCount(), 4);
}

void TestRelay::aMissingSecretStopsTheRelayBeforeItTakesAnything()
{
    HttpTestServer server;
    TestDatabase db(u"relaysecret"_s);
    const QByteArray json = designJson(
            u"\"hook\": {\"kind\": \"http\", \"url\": \"%1\", \"headers\": {\"Authorization\": "
            "{\"env\": \"TRIGON_TEST_UNSET_TOKEN\"}}}"_s.arg(server.url()));
    prepare(db, parsed(json), 2, 2);
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"TRIGON_TEST_UNSET_TOKEN"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRIGON_CLI),
                  {u"relay"_s, writeFile(dir, json), u"--db"_s, db.conninfo(), u"--once"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(u"TRIGON_TEST_UNSET_TOKEN"_s), qPrintable(error));
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(pending(db), 2);
    QCOMPARE(db.mustExec(u"SELECT count(*) FROM trigon.outbox WHERE claimed_by IS NOT NULL"_s)
                     .value(0, 0),
             u"0"_s);
}

void TestRelay::redisStreamsGetEveryEvent()
{
    if (!RedisServer::available())
        QSKIP("redis-server is not installed (scripts/setup installs it)");
    RedisServer redis;
    QVERIFY2(redis.isRunning(), qPrintable(redis.error()));
    TestDatabase db(u"relayredis"_s);
    const DesignDocument design = parsed(designJson(
            u"\"hook\": {\"kind\": \"redis\", \"url\": \"%1\", \"stream\": \"orders\"}"_s.arg(
                    redis.unixUrl())));
    prepare(db, design, 25, 5);
    const relay::RelayCounts counts = runRelay(db, design, 20000);
    QCOMPARE(counts.delivered, 25);
    QCOMPARE(pending(db), 0);
    QProcess cli;
    cli.start(u"redis-cli"_s, {u"-s"_s, redis.socketPath(), u"XLEN"_s, u"orders"_s});
    if (cli.waitForFinished(10000) && cli.exitCode() == 0)
        QCOMPARE(cli.readAllStandardOutput().trimmed(), "25");
}

QTEST_GUILESS_MAIN(TestRelay)

#include "tst_relay.moc"
