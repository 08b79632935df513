#include "tests/common/testdatabase.h"
#include "ui/session/session.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;

// The window's database session against the test cluster: opening, the catalog, closing, what
// is remembered, and what a bad connection string gives.
class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensLoadsTheCatalogAndCloses();
    void readsPlpgsqlChecksReportForTheCascade();
    void remembersOnlyWhatItShould_data();
    void remembersOnlyWhatItShould();
    void invalidConnectionStringFails();
};

void TestSession::initTestCase()
{
    // Settings go to a throwaway location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// A function whose own search_path puts its unqualified table in another schema: the window's
// cascade graph finds that table through plpgsql_check's report, as trigon-cli graph does.
void TestSession::readsPlpgsqlChecksReportForTheCascade()
{
    test::TestDatabase database(QStringLiteral("session"));
    database.mustExec(QStringLiteral(
            "CREATE EXTENSION plpgsql_check;"
            "CREATE SCHEMA app;"
            "CREATE TABLE app.audit (order_id integer);"
            "CREATE TABLE orders (id integer);"
            "CREATE FUNCTION log_order() RETURNS trigger LANGUAGE plpgsql "
            "SET search_path = app AS $$BEGIN INSERT INTO audit VALUES (NEW.id); RETURN NEW; "
            "END$$;"
            "CREATE TRIGGER orders_log AFTER INSERT ON orders "
            "FOR EACH ROW EXECUTE FUNCTION log_order();"));
    Session session;
    QSignalSpy catalogChanged(&session, &Session::catalogChanged);
    session.open(database.conninfo(), Session::Kind::Regular, false);
    QVERIFY(catalogChanged.wait(30'000));
    QVERIFY(session.catalog());
    const CascadeGraph graph
            = buildCascadeGraph({}, session.catalog().get(), session.cascadeOptions());
    QCOMPARE(graph.triggers.size(), 1);
    QCOMPARE(graph.triggers[0].writes.first().table,
             (TableRef {QStringLiteral("app"), QStringLiteral("audit")}));
    session.close();
    QVERIFY(session.cascadeOptions().functionTables.isEmpty());
}

void TestSession::opensLoadsTheCatalogAndCloses()
{
    test::TestDatabase database(QStringLiteral("session"));
    database.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, status text)"));
    database.mustExec(QStringLiteral("CREATE SCHEMA app"));
    database.mustExec(QStringLiteral("ALTER DATABASE %1 SET search_path = app, public, missing")
                              .arg(database.name()));
    Session session;
    QSignalSpy opened(&session, &Session::opened);
    QSignalSpy catalogChanged(&session, &Session::catalogChanged);
    session.open(database.conninfo(), Session::Kind::Regular, false);
    QVERIFY(opened.wait(30'000));
    QVERIFY(session.isOpen());
    QCOMPARE(session.database(), database.name());
    QVERIFY(session.serverVersion() >= 110000);
    QVERIFY(!session.conninfo().isEmpty());

    QVERIFY(catalogChanged.wait(30'000));
    QVERIFY(session.catalog());
    QVERIFY(session.catalog()->relation(QStringLiteral("public"), QStringLiteral("orders")));
    // The schemas of the search path that exist, for the cascade graph's unqualified names.
    QCOMPARE(session.searchPath(), QStringList({QStringLiteral("app"), QStringLiteral("public")}));

    session.close();
    QVERIFY(!session.isOpen());
    QVERIFY(!session.catalog());
    QVERIFY(session.conninfo().isEmpty());
    QCOMPARE(session.searchPath(), QStringList {QStringLiteral("public")});
    QCOMPARE(catalogChanged.count(), 2);
    QVERIFY(!catalogChanged.last().at(0).value<std::shared_ptr<const CatalogSnapshot>>());
}

void TestSession::remembersOnlyWhatItShould_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("remember");
    QTest::addColumn<bool>("remembered");
    QTest::newRow("asked to") << int(Session::Kind::Regular) << true << true;
    QTest::newRow("not asked to") << int(Session::Kind::Regular) << false << false;
    QTest::newRow("the sandbox, never") << int(Session::Kind::Sandbox) << true << false;
}

void TestSession::remembersOnlyWhatItShould()
{
    QFETCH(int, kind);
    QFETCH(bool, remember);
    QFETCH(bool, remembered);
    QSettings().clear();
    test::TestDatabase database(QStringLiteral("session"));
    Session session;
    QSignalSpy opened(&session, &Session::opened);
    // The test cluster trusts local connections: the password is only carried, never needed.
    session.open(database.conninfo() + QStringLiteral(" password=never-on-disk"),
                 Session::Kind(kind), remember);
    QVERIFY(opened.wait(30'000));
    QCOMPARE(session.isSandbox(), Session::Kind(kind) == Session::Kind::Sandbox);
    QVERIFY(session.conninfo().contains(QLatin1String("never-on-disk")));
    QCOMPARE(Session::hasLastProfile(), remembered);
    if (remembered) {
        QCOMPARE(Session::lastProfile().displayName(), session.profile().displayName());
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("never-on-disk")));
        QVERIFY(!Session::lastProfile().toConninfo().contains(QLatin1String("never-on-disk")));
    }
}

void TestSession::invalidConnectionStringFails()
{
    QSettings().clear();
    Session session;
    QSignalSpy failed(&session, &Session::openFailed);
    session.open(QStringLiteral("host='unterminated"), Session::Kind::Regular, true);
    QCOMPARE(failed.count(), 1); // at once: nothing was sent anywhere
    QVERIFY2(failed.first().at(0).toString().contains(QLatin1String("not valid")),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(!session.isOpen());
    QVERIFY(session.conninfo().isEmpty());
    QVERIFY(!Session::hasLastProfile());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
