// The test bench: test cases in design files, run against the throwaway cluster, leaving
// nothing behind.
#include "core/catalog/catalogsnapshot.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"
#include "core/pg/testrunner.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace trigon;
using trigon::test::TestDatabase;

namespace {

// Two triggers on orders: a guard refusing deletes of paid orders, a notify on insert. Each case
// name says whether it should pass.
const QByteArray design = R"sql({"format": "trigon", "version": 1, "triggers": [
  {"name": "guard", "table": {"schema": "public", "name": "orders"},
   "timing": "before", "events": ["delete"],
   "condition": {"q": {"old__status": "paid"}},
   "actions": [{"kind": "protect", "message": "paid orders are final", "sqlstate": "P0042"}],
   "tests": [
     {"name": "pass: refuses a paid order", "action": "DELETE FROM orders WHERE id = 2",
      "expect": {"raises": {"message": "paid orders are final", "sqlstate": "P0042"},
                 "row_count": [{"table": {"schema": "public", "name": "orders"}, "change": 0}]}},
     {"name": "pass: deletes a new order", "action": "DELETE FROM orders WHERE id = 1",
      "expect": {"row_count": [{"table": {"schema": "public", "name": "orders"}, "change": -1}],
                 "query": [{"sql": "SELECT id, status FROM orders ORDER BY id",
                            "rows": [["2", "paid"]]}]}},
     {"name": "fail: wrong message", "action": "DELETE FROM orders WHERE id = 2",
      "expect": {"raises": {"message": "something else"}}},
     {"name": "fail: unexpected error", "action": "DELETE FROM orders WHERE id = 2"}]},
  {"name": "announce", "table": {"schema": "public", "name": "orders"},
   "timing": "after", "events": ["insert"],
   "actions": [{"kind": "notify", "channel": "orders_new",
                "payload": {"op": {"tg": "op"}, "id": {"new": "id"}}},
               {"kind": "sql", "body": "RAISE NOTICE 'order % arrived', NEW.id;"}],
   "tests": [
     {"name": "pass: notifies and notices",
      "setup": "DELETE FROM orders WHERE id = 1",
      "action": "INSERT INTO orders VALUES (7, 'new')",
      "expect": {"notify": [{"channel": "orders_new", "payload": {"op": "INSERT", "id": 7}}],
                 "notice": ["order 7 arrived"],
                 "row_count": [{"table": {"schema": "public", "name": "orders"}, "change": 1}]}},
     {"name": "fail: other payload", "action": "INSERT INTO orders VALUES (8, 'new')",
      "expect": {"notify": [{"channel": "orders_new", "payload": {"id": 9}}]}}]}]})sql";

QList<TriggerDesign> triggers()
{
    const DesignReadResult read = parseDesign(design);
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return read.document->triggers;
}

} // namespace

class TestTestBench : public QObject
{
    Q_OBJECT

private slots:
    void designFileKeepsTestCases()
    {
        const DesignReadResult read = parseDesign(design);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(read.document->triggers.at(0).tests.size(), 4);
        const TriggerTestCase &notify = read.document->triggers.at(1).tests.at(0);
        QCOMPARE(notify.notifications.at(0).fields.value(QStringLiteral("id")).toInt(), 7);
        QCOMPARE(notify.rowCounts.at(0).change, 1);
        const DesignReadResult again = parseDesign(serializeDesign(*read.document));
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QCOMPARE(*again.document, *read.document);
    }

    void unknownExpectationIsAnError()
    {
        const DesignReadResult read = parseDesign(R"sql({"format": "trigon", "version": 1,
            "triggers": [{"name": "g", "table": {"name": "t"}, "timing": "after",
            "events": ["insert"], "tests": [{"name": "x", "action": "SELECT 1",
            "expect": {"raisez": {}}}]}]})sql");
        QVERIFY(!read.ok());
        QCOMPARE(read.error.path, QStringLiteral("triggers[0].tests[0].expect.raisez"));
    }

    void runsCasesAndLeavesNothingBehind()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, status text)"));
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1, 'new'), (2, 'paid')"));
        pg::PgError error;
        const std::optional<CatalogSnapshot> before = pg::loadCatalog(db.connection(), &error);
        QVERIFY2(before, qPrintable(error.toString()));

        const QList<pg::TestCaseResult> results = pg::runAllTestCases(db.connection(), triggers());
        QCOMPARE(results.size(), 6);
        for (const pg::TestCaseResult &result : results) {
            const bool shouldPass = result.testCase.startsWith(QLatin1String("pass"));
            QVERIFY2(result.passed == shouldPass,
                     qPrintable(result.testCase + u':' + result.failures.join(u'\n')));
            if (!shouldPass)
                QVERIFY(!result.failures.isEmpty());
        }
        QCOMPARE(results.at(4).notifications.size(), 1);
        QCOMPARE(results.at(4).notifications.at(0).channel, QStringLiteral("orders_new"));
        QVERIFY(results.at(2).failures.at(0).contains(QLatin1String("something else")));

        // Exactly as before: the catalog, the rows, and no notification was delivered.
        const std::optional<CatalogSnapshot> after = pg::loadCatalog(db.connection(), &error);
        QVERIFY2(after, qPrintable(error.toString()));
        QCOMPARE(after->triggers.size(), before->triggers.size());
        QCOMPARE(after->functions.size(), before->functions.size());
        QCOMPARE(after->schemas.size(), before->schemas.size());
        QVERIFY(*after == *before);
        QCOMPARE(db.mustExec(QStringLiteral("SELECT string_agg(id || status, ',' ORDER BY id) "
                                            "FROM orders"))
                         .value(0, 0),
                 QStringLiteral("1new,2paid"));
    }

    void listenersReceiveNothing()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, status text)"));
        pg::BlockingConnection listener(db.conninfo());
        QVERIFY(listener.exec(QStringLiteral("LISTEN orders_new")).ok());
        pg::runAllTestCases(db.connection(), triggers());
        QVERIFY(listener.waitForNotifications(300).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTestBench)
#include "tst_testbench.moc"
