#include "core/pg/blockingconnection.h"
#include "tests/common/passwordforms.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace trigon::pg;
using trigon::test::TestDatabase;

class TestBlockingConnection : public QObject
{
    Q_OBJECT
private slots:
    void parametersTravelAsValues_data();
    void parametersTravelAsValues();
    void nullIsNotEmpty();
    void serverErrorsAreValues();
    void unreachableServerIsAClearError();
    void notificationsArriveAfterCommit();
    void noticesAreCollected();
    void lostConnectionIsReported();
    void scriptStopsAtFirstError();
    void scriptsStayInsideTheTransaction_data();
    void scriptsStayInsideTheTransaction();
    void urisConnect_data();
    void urisConnect();
    void errorsHideThePassword_data();
    void errorsHideThePassword();
};

void TestBlockingConnection::parametersTravelAsValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("hello");
    QTest::newRow("quote injection") << QStringLiteral("x'); DROP TABLE t; --");
    QTest::newRow("unicode") << QStringLiteral("naïve 日本語 🐘");
    QTest::newRow("backslash") << QStringLiteral("a\\b\\'c");
    QTest::newRow("dollar quote") << QStringLiteral("$$; SELECT 1; $$");
}

void TestBlockingConnection::parametersTravelAsValues()
{
    QFETCH(QString, value);
    TestDatabase db;
    db.mustExec(QStringLiteral("CREATE TABLE t (v text)"));
    const QueryResult inserted
            = db.connection().exec(QStringLiteral("INSERT INTO t VALUES ($1)"), {value});
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
    QCOMPARE(inserted.rowsAffected(), 1);
    const QueryResult selected = db.connection().exec(QStringLiteral("SELECT v FROM t"));
    QCOMPARE(selected.rowCount(), 1);
    QCOMPARE(selected.value(0, 0), value);
}

void TestBlockingConnection::nullIsNotEmpty()
{
    TestDatabase db;
    const QueryResult result = db.connection().exec(
            QStringLiteral("SELECT NULL::text AS a, ''::text AS b, $1::text AS c"), {QString()});
    QVERIFY(result.ok());
    QCOMPARE(result.columnNames(), (QStringList {"a", "b", "c"}));
    QVERIFY(result.isNull(0, 0));
    QVERIFY(!result.isNull(0, 1));
    QCOMPARE(result.value(0, 1), QString(""));
    QVERIFY(result.isNull(0, 2));
}

void TestBlockingConnection::serverErrorsAreValues()
{
    TestDatabase db;
    const QString statement = QStringLiteral("SELECT * FROM no_such_table");
    const QueryResult result = db.connection().exec(statement);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().sqlState, QStringLiteral("42P01"));
    QCOMPARE(result.error().message, QStringLiteral("relation \"no_such_table\" does not exist"));
    QCOMPARE(result.error().position, 15);
    QCOMPARE(result.error().statement, statement);
    QVERIFY(result.error().isServerError());
    // The session goes on after an error.
    QVERIFY(db.connection().exec(QStringLiteral("SELECT 1")).ok());
}

void TestBlockingConnection::unreachableServerIsAClearError()
{
    BlockingConnection connection(
            QStringLiteral("host=/nonexistent-socket-dir port=1 user=nobody connect_timeout=2"));
    QVERIFY(!connection.isOpen());
    QVERIFY2(connection.connectionError().message.contains(
                     QStringLiteral("/nonexistent-socket-dir")),
             qPrintable(connection.connectionError().message));
    const QueryResult result = connection.exec(QStringLiteral("SELECT 1"));
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isServerError());
}

void TestBlockingConnection::notificationsArriveAfterCommit()
{
    TestDatabase db;
    BlockingConnection listener(db.conninfo());
    QVERIFY(listener.exec(QStringLiteral("LISTEN \"odd channel\"")).ok());
    BlockingConnection sender(db.conninfo());
    QVERIFY(sender.exec(QStringLiteral("BEGIN")).ok());
    QVERIFY(sender.exec(QStringLiteral("SELECT pg_notify($1, $2)"),
                        {QStringLiteral("odd channel"), QStringLiteral("{\"id\": 1}")})
                    .ok());
    QVERIFY(listener.waitForNotifications(200).isEmpty()); // not before the commit
    QVERIFY(sender.exec(QStringLiteral("COMMIT")).ok());
    const QList<Notification> received = listener.waitForNotifications(5000);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].channel, QStringLiteral("odd channel"));
    QCOMPARE(received[0].payload, QStringLiteral("{\"id\": 1}"));
    QCOMPARE(received[0].senderPid, sender.backendPid());
}

void TestBlockingConnection::noticesAreCollected()
{
    TestDatabase db;
    QVERIFY(db.connection()
                    .exec(QStringLiteral("DO $$ BEGIN RAISE NOTICE 'first %', 1; "
                                         "RAISE WARNING 'second'; END $$"))
                    .ok());
    const QList<Notice> notices = db.connection().takeNotices();
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices[0].severity, QStringLiteral("NOTICE"));
    QCOMPARE(notices[0].message, QStringLiteral("first 1"));
    QCOMPARE(notices[1].severity, QStringLiteral("WARNING"));
    QVERIFY(db.connection().takeNotices().isEmpty());
}

void TestBlockingConnection::lostConnectionIsReported()
{
    TestDatabase db;
    BlockingConnection victim(db.conninfo());
    QVERIFY(victim.isOpen());
    const QueryResult killed
            = db.connection().exec(QStringLiteral("SELECT pg_terminate_backend($1)"),
                                   {QString::number(victim.backendPid())});
    QVERIFY(killed.ok());
    QCOMPARE(killed.value(0, 0), QStringLiteral("t"));
    // Gone for sure, so that the server's reason is in the socket before the next query.
    QTRY_COMPARE(
            db.connection()
                    .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1"),
                          {QString::number(victim.backendPid())})
                    .value(0, 0),
            QStringLiteral("0"));
    const QueryResult result = victim.exec(QStringLiteral("SELECT 1"));
    QVERIFY(!result.ok());
    QVERIFY(!victim.isOpen());
    // The server's own reason, not libpq's "server closed the connection unexpectedly".
    QCOMPARE(result.error().message,
             QStringLiteral("terminating connection due to administrator command"));
    QCOMPARE(victim.connectionError().message, result.error().message);
}

void TestBlockingConnection::scriptStopsAtFirstError()
{
    TestDatabase db;
    const QueryResult result = db.connection().execScript(
            QStringLiteral("CREATE TABLE a (id int); SELECT 1/0; CREATE TABLE b (id int);"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().sqlState, QStringLiteral("22012"));
    // The simple protocol runs a script as one implicit transaction: nothing of it stays.
    const QueryResult tables = db.connection().exec(
            QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename IN ('a', 'b')"));
    QCOMPARE(tables.value(0, 0), QStringLiteral("0"));
}

void TestBlockingConnection::scriptsStayInsideTheTransaction_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("refusal"); // the start of the message; empty when it runs
    QTest::newRow("statements") << "CREATE TABLE a (id int); SAVEPOINT s; ROLLBACK TO s"
                                << QString();
    QTest::newRow("commit") << "CREATE TABLE a (id int); COMMIT; CREATE TABLE b (id int)"
                            << "refused to run \"COMMIT;\": it would end the transaction";
    QTest::newRow("rollback and begin") << "ROLLBACK; BEGIN"
                                        << "refused to run \"ROLLBACK;\": it would end";
}

// What a test run, a status check and a deploy run inside their transaction never ends it.
void TestBlockingConnection::scriptsStayInsideTheTransaction()
{
    QFETCH(QString, script);
    QFETCH(QString, refusal);
    TestDatabase db;
    QVERIFY(db.connection().execScript(QStringLiteral("BEGIN")).ok());
    const QueryResult result = db.connection().execScriptInTransaction(script);
    QCOMPARE(result.ok(), refusal.isEmpty());
    QVERIFY2(result.error().message.startsWith(refusal), qPrintable(result.error().message));
    // Still inside: the rollback takes back whatever ran.
    QVERIFY(db.connection().exec(QStringLiteral("ROLLBACK")).ok());
    QCOMPARE(db.connection()
                     .exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename IN "
                                          "('a', 'b')"))
                     .value(0, 0),
             QStringLiteral("0"));
}

void TestBlockingConnection::urisConnect_data()
{
    // How the row writes the conninfo of the test's own database; the database is made by the
    // test function, so the rows only name the form.
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("applicationName");
    QTest::newRow("URI, socket and port as parameters")
            << QStringLiteral("uri") << QStringLiteral("uri-form");
    QTest::newRow("URI with a user, keepalives overridden")
            << QStringLiteral("uri with user and keepalives") << QStringLiteral("uri-keepalives");
    QTest::newRow("key=value") << QStringLiteral("key=value") << QStringLiteral("kv-form");
}

// Keepalives used to be put in front of the conninfo as text, after which libpq no longer saw a
// URI ("missing "=" after "postgresql://..."").
void TestBlockingConnection::urisConnect()
{
    QFETCH(QString, form);
    QFETCH(QString, applicationName);
    TestDatabase db;
    const QString nameParameter = QStringLiteral("&application_name=") + applicationName;
    QString conninfo;
    if (form == QLatin1String("uri"))
        conninfo = trigon::test::testClusterUri(db.name(), {}, nameParameter);
    else if (form == QLatin1String("uri with user and keepalives"))
        conninfo = trigon::test::testClusterUri(db.name(), trigon::test::testClusterUser(),
                                                QStringLiteral("&keepalives=0") + nameParameter);
    else
        conninfo = db.conninfo() + QStringLiteral(" application_name=") + applicationName;
    BlockingConnection connection(conninfo);
    QVERIFY2(connection.isOpen(), qPrintable(connection.connectionError().message));
    const QueryResult result = connection.exec(
            QStringLiteral("SELECT current_database(), current_setting('application_name')"));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.rows(), (QList<QStringList> {{db.name(), applicationName}}));
}

void TestBlockingConnection::errorsHideThePassword_data()
{
    trigon::test::addPasswordFormRows();
}

void TestBlockingConnection::errorsHideThePassword()
{
    QFETCH(QString, conninfo);
    QFETCH(QStringList, secrets);
    BlockingConnection connection(conninfo);
    QVERIFY(!connection.isOpen());
    const QString message = connection.connectionError().toString();
    QVERIFY(!message.isEmpty());
    QVERIFY(trigon::test::showsNoSecret(message, secrets));
    QVERIFY(trigon::test::showsNoSecret(connection.exec(QStringLiteral("SELECT 1")).error().message,
                                        secrets));
}

QTEST_GUILESS_MAIN(TestBlockingConnection)
#include "tst_blockingconnection.moc"
