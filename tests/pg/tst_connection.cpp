#include "core/pg/blockingconnection.h"
#include "core/pg/connection.h"
#include "core/pg/throwawaycluster.h"
#include "tests/common/testdatabase.h"
#include "tests/pg/passwordcluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <numeric>
#include <optional>

using namespace trigon::pg;
using trigon::test::TestDatabase;

namespace {

// Opens `connection` and waits for the outcome; true when it is open.
bool openAndWait(Connection &connection, const QString &conninfo)
{
    QSignalSpy connected(&connection, &Connection::connected);
    QSignalSpy failed(&connection, &Connection::connectionFailed);
    connection.open(conninfo);
    QElapsedTimer timer;
    timer.start();
    while (connected.isEmpty() && failed.isEmpty() && timer.elapsed() < 15000)
        QTest::qWait(5);
    return connection.isOpen();
}

// Runs one query and waits for its result.
QueryResult run(Connection &connection, const QString &sql, const QStringList &params = {})
{
    std::optional<QueryResult> result;
    connection.query(sql, params, [&result](const QueryResult &r) { result = r; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 15000)
        QTest::qWait(5);
    PgError timeout;
    timeout.message = QStringLiteral("test timeout");
    return result.value_or(QueryResult::fromError(timeout));
}

// QVERIFY2 evaluates its message even when the check passes, and error() is only valid on failure.
QByteArray errorText(const QueryResult &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT
private slots:
    void parametersTravelAsValues_data();
    void parametersTravelAsValues();
    void queriesQueuedBeforeOpenRunInOrder();
    void serverErrorsAreValues();
    void scriptReturnsOneResultPerStatement();
    void copyDoesNotHang();
    void cancelStopsARunningQuery();
    void cancelDropsAQueuedQuery();
    void lostConnectionMidQuery();
    void serverShutDownWhileIdle();
    void unreachableServer_data();
    void unreachableServer();
    void wrongPassword();
    void reopeningForgetsTheFailedAttempt();
    void noticesArriveWhileTheQueryRuns();
    void notificationsAreDelivered();
    void burstArrivesInBatches();
    void destroyedContextSkipsTheCallback();
    void closeFailsPendingQueries();
};

void TestConnection::parametersTravelAsValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("hello");
    QTest::newRow("quote injection") << QStringLiteral("x'); DROP TABLE t; --");
    QTest::newRow("unicode") << QStringLiteral("naïve 日本語 🐘");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
}

void TestConnection::parametersTravelAsValues()
{
    QFETCH(QString, value);
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    QVERIFY(connection.serverVersion() >= 110000);
    QVERIFY(connection.backendPid() > 0);
    QCOMPARE(connection.database(), db.name());
    const QueryResult result = run(connection, QStringLiteral("SELECT $1::text AS v"), {value});
    QVERIFY2(result.ok(), errorText(result).constData());
    QCOMPARE(result.value(0, 0), value);
    QCOMPARE(result.isNull(0, 0), value.isNull());
}

void TestConnection::queriesQueuedBeforeOpenRunInOrder()
{
    TestDatabase db;
    Connection connection;
    QStringList order;
    QList<int> finishedIds;
    connect(&connection, &Connection::finished, this,
            [&finishedIds](int id, const QueryResult &) { finishedIds.append(id); });
    const int first = connection.query(QStringLiteral("SELECT 'a'"), {},
                                       [&order](const QueryResult &r) { order << r.value(0, 0); });
    const int second = connection.query(QStringLiteral("SELECT 'b'"), {},
                                        [&order](const QueryResult &r) { order << r.value(0, 0); });
    QCOMPARE(connection.queuedCount(), 2);
    connection.open(db.conninfo());
    QCOMPARE(connection.state(), Connection::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 15000);
    QCOMPARE(order, (QStringList {"a", "b"}));
    QCOMPARE(finishedIds, (QList<int> {first, second}));
    QCOMPARE(connection.queuedCount(), 0);
    QCOMPARE(connection.runningQuery(), 0);
}

void TestConnection::serverErrorsAreValues()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    const QueryResult result = run(connection, QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().sqlState, QStringLiteral("42P01"));
    QCOMPARE(result.error().position, 15);
    QCOMPARE(result.error().statement, QStringLiteral("SELECT * FROM no_such_table"));
    // The session goes on.
    QCOMPARE(run(connection, QStringLiteral("SELECT 2")).value(0, 0), QStringLiteral("2"));
}

void TestConnection::scriptReturnsOneResultPerStatement()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    std::optional<QList<QueryResult>> results;
    connection.script(QStringLiteral("SELECT 1; SELECT 'two'; SELECT 1/0; SELECT 4"),
                      [&results](const QList<QueryResult> &r) { results = r; });
    QTRY_VERIFY_WITH_TIMEOUT(results.has_value(), 15000);
    QCOMPARE(results->size(), 3);
    QCOMPARE(results->at(1).value(0, 0), QStringLiteral("two"));
    QCOMPARE(results->at(2).error().sqlState, QStringLiteral("22012"));
}

void TestConnection::copyDoesNotHang()
{
    TestDatabase db;
    db.mustExec(QStringLiteral("CREATE TABLE t (v int)"));
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    // Nothing here exchanges COPY data: rows going out are dropped, none come in.
    const QueryResult out
            = run(connection, QStringLiteral("COPY (SELECT generate_series(1, 50000)) TO STDOUT"));
    QVERIFY2(out.ok(), errorText(out).constData());
    QCOMPARE(out.commandTag(), QStringLiteral("COPY 50000"));
    const QueryResult in = run(connection, QStringLiteral("COPY t FROM STDIN"));
    QVERIFY(!in.ok());
    QVERIFY2(in.error().message.contains(QStringLiteral("not supported")),
             qPrintable(in.error().message));
    QCOMPARE(run(connection, QStringLiteral("SELECT count(*) FROM t")).value(0, 0),
             QStringLiteral("0"));
}

void TestConnection::cancelStopsARunningQuery()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    std::optional<QueryResult> result;
    QElapsedTimer timer;
    timer.start();
    const int id = connection.query(QStringLiteral("SELECT pg_sleep(10)"), {},
                                    [&result](const QueryResult &r) { result = r; });
    QCOMPARE(connection.runningQuery(), id);
    QTest::qWait(300); // let the server start sleeping
    QVERIFY(!result);
    QVERIFY(connection.cancel(id));
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().sqlState, QStringLiteral("57014"));
    QVERIFY(connection.isOpen());
    QVERIFY(!connection.cancel(id)); // finished already
    QCOMPARE(run(connection, QStringLiteral("SELECT 3")).value(0, 0), QStringLiteral("3"));
}

void TestConnection::cancelDropsAQueuedQuery()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    std::optional<QueryResult> slow;
    std::optional<QueryResult> dropped;
    connection.query(QStringLiteral("SELECT pg_sleep(0.3)"), {},
                     [&slow](const QueryResult &r) { slow = r; });
    const int id = connection.query(QStringLiteral("SELECT 'never'"), {},
                                    [&dropped](const QueryResult &r) { dropped = r; });
    QVERIFY(connection.cancel(id));
    QVERIFY(!dropped); // not inside cancel()
    QTRY_VERIFY_WITH_TIMEOUT(dropped.has_value() && slow.has_value(), 5000);
    QCOMPARE(dropped->error().sqlState, QStringLiteral("57014"));
    QVERIFY(slow->ok());
}

void TestConnection::lostConnectionMidQuery()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    QSignalSpy lost(&connection, &Connection::connectionLost);
    std::optional<QueryResult> running;
    std::optional<QueryResult> queued;
    connection.query(QStringLiteral("SELECT pg_sleep(10)"), {},
                     [&running](const QueryResult &r) { running = r; });
    connection.query(QStringLiteral("SELECT 1"), {},
                     [&queued](const QueryResult &r) { queued = r; });
    QTest::qWait(200);
    const QueryResult killed
            = db.connection().exec(QStringLiteral("SELECT pg_terminate_backend($1)"),
                                   {QString::number(connection.backendPid())});
    QCOMPARE(killed.value(0, 0), QStringLiteral("t"));
    QTRY_VERIFY_WITH_TIMEOUT(running.has_value() && queued.has_value(), 5000);
    QVERIFY(!running->ok());
    QVERIFY2(!running->error().message.isEmpty(), "a lost connection says so");
    QVERIFY(!queued->ok());
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
    QCOMPARE(connection.state(), Connection::State::Disconnected);
    // The application keeps working: the same object connects again.
    QVERIFY(openAndWait(connection, db.conninfo()));
    QCOMPARE(run(connection, QStringLiteral("SELECT 5")).value(0, 0), QStringLiteral("5"));
}

void TestConnection::serverShutDownWhileIdle()
{
    // A cluster of its own: this test stops the server.
    ThrowawayCluster cluster;
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    Connection connection;
    QVERIFY(openAndWait(connection, cluster.conninfo()));
    QSignalSpy lost(&connection, &Connection::connectionLost);
    QVERIFY(cluster.stop());
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
    QVERIFY(!lost.at(0).at(0).value<PgError>().message.isEmpty());
    QCOMPARE(connection.state(), Connection::State::Disconnected);
}

void TestConnection::unreachableServer_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no such socket directory")
            << QStringLiteral("host=/nonexistent-socket-dir port=1 user=nobody")
            << QStringLiteral("/nonexistent-socket-dir");
    // Port 1 on the loopback interface: nothing listens there, the refusal is immediate.
    QTest::newRow("closed port") << QStringLiteral("host=127.0.0.1 port=1 user=nobody")
                                 << QStringLiteral("127.0.0.1");
    QTest::newRow("unknown host") << QStringLiteral("host=no-such-host.invalid user=nobody")
                                  << QStringLiteral("no-such-host.invalid");
    QTest::newRow("bad conninfo") << QStringLiteral("host=x bogus_option=1")
                                  << QStringLiteral("bogus_option");
}

void TestConnection::unreachableServer()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, mention);
    Connection connection;
    QSignalSpy failed(&connection, &Connection::connectionFailed);
    std::optional<QueryResult> queued;
    connection.query(QStringLiteral("SELECT 1"), {},
                     [&queued](const QueryResult &r) { queued = r; });
    connection.open(conninfo);
    QVERIFY(failed.isEmpty()); // reported from the event loop, not inside open()
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    const auto error = failed.at(0).at(0).value<PgError>();
    QVERIFY2(error.message.contains(mention), qPrintable(error.message));
    QVERIFY(!error.isServerError());
    QVERIFY(!connection.passwordNeeded());
    QCOMPARE(connection.state(), Connection::State::Disconnected);
    QVERIFY(queued.has_value());
    QVERIFY(!queued->ok());
}

void TestConnection::wrongPassword()
{
    ThrowawayCluster cluster;
    const QString problem = trigon::test::startPasswordCluster(cluster, QStringLiteral("alice"),
                                                               QStringLiteral("right horse"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString base = QStringLiteral("host='%1' port=%2 dbname=postgres user=alice")
                                 .arg(cluster.socketDir())
                                 .arg(cluster.port());
    qputenv("PGPASSFILE", "/nonexistent/pgpass"); // never the user's own ~/.pgpass

    Connection connection;
    QVERIFY(!openAndWait(connection, base + QStringLiteral(" password=wrong")));
    QVERIFY(connection.passwordNeeded());

    QSignalSpy failed(&connection, &Connection::connectionFailed);
    QVERIFY(!openAndWait(connection, base));
    QVERIFY(connection.passwordNeeded());
    QVERIFY2(failed.at(0).at(0).value<PgError>().message.contains(QLatin1String("password")),
             qPrintable(failed.at(0).at(0).value<PgError>().message));

    QVERIFY(openAndWait(connection, base + QStringLiteral(" password='right horse'")));
    QVERIFY(!connection.passwordNeeded());
    QCOMPARE(connection.user(), QStringLiteral("alice"));
}

void TestConnection::reopeningForgetsTheFailedAttempt()
{
    TestDatabase db;
    Connection connection;
    QSignalSpy failed(&connection, &Connection::connectionFailed);
    connection.open(QStringLiteral("host=x bogus_option=1")); // fails, reported later
    QVERIFY(openAndWait(connection, db.conninfo()));
    QTest::qWait(50);
    QVERIFY(failed.isEmpty());
    QVERIFY(connection.isOpen());
}

void TestConnection::noticesArriveWhileTheQueryRuns()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    QSignalSpy notices(&connection, &Connection::noticeReceived);
    std::optional<QueryResult> result;
    connection.query(QStringLiteral("DO $$ BEGIN RAISE NOTICE 'early'; PERFORM pg_sleep(1); "
                                    "RAISE WARNING 'late'; END $$"),
                     {}, [&result](const QueryResult &r) { result = r; });
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 5000);
    QVERIFY2(!result.has_value(), "the first notice comes before the statement ends");
    QCOMPARE(notices.at(0).at(0).value<Notice>().message, QStringLiteral("early"));
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.at(1).at(0).value<Notice>().severity, QStringLiteral("WARNING"));
}

void TestConnection::notificationsAreDelivered()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    QList<Notification> received;
    connect(&connection, &Connection::notificationsReceived, this,
            [&received](const NotificationBatch &batch) { received.append(batch.toList()); });
    QVERIFY(run(connection, QStringLiteral("LISTEN \"odd channel\"")).ok());
    // While idle: the socket notifier brings it.
    QVERIFY(db.connection()
                    .exec(QStringLiteral("SELECT pg_notify($1, $2)"),
                          {QStringLiteral("odd channel"), QStringLiteral("idle")})
                    .ok());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
    // Sent while our own query runs: read together with its result.
    connection.query(QStringLiteral("SELECT pg_sleep(0.5)"));
    QTest::qWait(100);
    QVERIFY(db.connection()
                    .exec(QStringLiteral("SELECT pg_notify($1, $2)"),
                          {QStringLiteral("odd channel"), QStringLiteral("busy")})
                    .ok());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 5000);
    const Notification second = received.at(1);
    QCOMPARE(second.channel, QStringLiteral("odd channel"));
    QCOMPARE(second.payload, QStringLiteral("busy"));
    QCOMPARE(second.senderPid, db.connection().backendPid());
    QVERIFY(second.received.isValid());
}

void TestConnection::burstArrivesInBatches()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    QList<NotificationBatch> batches;
    connect(&connection, &Connection::notificationsReceived, this,
            [&batches](const NotificationBatch &batch) { batches.append(batch); });
    QVERIFY(run(connection, QStringLiteral("LISTEN a")).ok());
    QVERIFY(run(connection, QStringLiteral("LISTEN \"événements\"")).ok());
    // Two channels taking turns in runs of 100, in one transaction.
    constexpr int count = 5000;
    QVERIFY(db.connection()
                    .exec(QStringLiteral("SELECT count(pg_notify(CASE WHEN i / 100 % 2 = 0 THEN "
                                         "'a' ELSE 'événements' END, i::text)) "
                                         "FROM generate_series(0, $1::int - 1) AS i"),
                          {QString::number(count)})
                    .ok());
    int received = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            (received = std::accumulate(batches.cbegin(), batches.cend(), 0,
                                        [](int sum, const NotificationBatch &batch) {
                                            return sum + static_cast<int>(batch.size());
                                        }))
                    >= count,
            10000);
    QCOMPARE(received, count);
    QVERIFY2(batches.size() < count, "several notifications of one read come in one emission");
    int next = 0;
    for (const NotificationBatch &batch : std::as_const(batches)) {
        QVERIFY(!batch.isEmpty());
        QVERIFY(batch.received().isValid());
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Notification notification = batch.at(i);
            QCOMPARE(notification.payload, QString::number(next));
            QCOMPARE(notification.channel,
                     next / 100 % 2 == 0 ? QStringLiteral("a") : QStringLiteral("événements"));
            QCOMPARE(batch.payloadUtf8(i).toByteArray(), QByteArray::number(next));
            ++next;
            // One read, one time; one string per channel, however many notifications it has.
            QCOMPARE(notification.received, batch.received());
            QVERIFY(notification.channel.isSharedWith(batch.channels().at(batch.channelIndex(i))));
        }
        QVERIFY(batch.channels().size() <= 2);
    }
}

void TestConnection::destroyedContextSkipsTheCallback()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    bool called = false;
    QSignalSpy finished(&connection, &Connection::finished);
    {
        QObject context;
        connection.query(QStringLiteral("SELECT pg_sleep(0.2)"), {}, &context,
                         [&called](const QueryResult &) { called = true; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(!called);
}

void TestConnection::closeFailsPendingQueries()
{
    TestDatabase db;
    Connection connection;
    QVERIFY(openAndWait(connection, db.conninfo()));
    QList<QueryResult> results;
    for (int i = 0; i < 3; ++i)
        connection.query(QStringLiteral("SELECT pg_sleep(5)"), {},
                         [&results](const QueryResult &r) { results.append(r); });
    QTest::qWait(100);
    connection.close();
    QCOMPARE(results.size(), 3);
    for (const QueryResult &result : std::as_const(results))
        QVERIFY(!result.ok());
    QCOMPARE(connection.state(), Connection::State::Disconnected);
    QCOMPARE(connection.serverVersion(), 0);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
