#include "core/pg/blockingconnection.h"
#include "core/pg/sandbox.h"
#include "tests/common/serverdirectory.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace trigon::pg;

class TestSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void holdsTheDemoSchema_data();
    void holdsTheDemoSchema();
    void hasPython();
    void survivesARestart();
    void resetStartsAfresh();

private:
    QString dataDir() const { return m_parent.path() + QStringLiteral("/sandbox"); }
    QTemporaryDir m_parent;
};

void TestSandbox::initTestCase()
{
    QVERIFY(m_parent.isValid());
    // As root the server runs as `postgres`, which must be able to reach the data directory.
    trigon::test::openToServer(m_parent.path());
}

void TestSandbox::holdsTheDemoSchema_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::newRow("customers") << QStringLiteral("customers") << 5;
    QTest::newRow("products") << QStringLiteral("products") << 6;
    QTest::newRow("orders") << QStringLiteral("orders") << 6;
    QTest::newRow("order_items") << QStringLiteral("order_items") << 8;
    QTest::newRow("audit_log") << QStringLiteral("audit_log") << 0;
    QTest::newRow("order_summaries (view)") << QStringLiteral("order_summaries") << 6;
}

void TestSandbox::holdsTheDemoSchema()
{
    QFETCH(QString, table);
    QFETCH(int, rows);
    Sandbox sandbox(dataDir());
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    BlockingConnection connection(sandbox.conninfo());
    QVERIFY2(connection.isOpen(), qPrintable(connection.connectionError().message));
    // The table names come from the data table above, not from input: safe to splice.
    const QueryResult result = connection.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(0, 0).toInt(), rows);
    QVERIFY(sandbox.stop());
}

// PL/Python is there for python actions (scripts/setup installs postgresql-plpython3-15).
void TestSandbox::hasPython()
{
    Sandbox sandbox(dataDir());
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    BlockingConnection connection(sandbox.conninfo());
    const QueryResult result = connection.exec(
            QStringLiteral("SELECT count(*) FROM pg_language WHERE lanname = 'plpython3u'"));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(0, 0), QStringLiteral("1"));
    QVERIFY(sandbox.stop());
}

void TestSandbox::survivesARestart()
{
    {
        Sandbox sandbox(dataDir());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        BlockingConnection connection(sandbox.conninfo());
        QVERIFY(connection
                        .exec(QStringLiteral("UPDATE products SET stock = 7 WHERE sku = $1"),
                              {QStringLiteral("LP-14")})
                        .ok());
    } // the destructor stops the server
    Sandbox sandbox(dataDir());
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QVERIFY(!sandbox.wasCreated());
    BlockingConnection connection(sandbox.conninfo());
    const QueryResult result = connection.exec(
            QStringLiteral("SELECT stock FROM products WHERE sku = $1"), {QStringLiteral("LP-14")});
    QCOMPARE(result.value(0, 0), QStringLiteral("7"));
}

void TestSandbox::resetStartsAfresh()
{
    Sandbox sandbox(dataDir());
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QVERIFY2(sandbox.reset(), qPrintable(sandbox.error()));
    QVERIFY(!sandbox.isRunning());
    QVERIFY(!QFileInfo::exists(dataDir()));
    QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
    QVERIFY(sandbox.wasCreated());
    BlockingConnection connection(sandbox.conninfo());
    const QueryResult result = connection.exec(
            QStringLiteral("SELECT stock FROM products WHERE sku = $1"), {QStringLiteral("LP-14")});
    QCOMPARE(result.value(0, 0), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
