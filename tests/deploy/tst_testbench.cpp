// The test bench: test cases in design files, run against the throwaway cluster, leaving
// nothing behind.
#include "core/catalog/catalogsnapshot.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"
#include "core/pg/testrunner.h"
#include "tests/common/testdatabase.h"

#include <QTest>

#include <memory>
#include <optional>

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

// Triggers whose firing order PostgreSQL fixes: statement and row level, BEFORE and AFTER (same
// timing and level in name order), one whose WHEN is false unless qty < 0, one that writes
// another table whose trigger then fires, one INSTEAD OF on a view. %1 is a_stmt_before's tests.
const char firingDesign[] = R"sql({"format": "trigon", "version": 1, "triggers": [
  {"name": "a_stmt_before", "table": {"schema": "public", "name": "items"},
   "timing": "before", "events": ["update"], "level": "statement", "tests": [%1]},
  {"name": "b_row_before", "table": {"schema": "public", "name": "items"},
   "timing": "before", "events": ["update"],
   "actions": [{"kind": "validate", "check": {"q": {"new__qty__lt": 100}},
                "message": "too many items", "sqlstate": "23514"}]},
  {"name": "c_row_after_when", "table": {"schema": "public", "name": "items"},
   "timing": "after", "events": ["update"], "condition": {"q": {"new__qty__lt": 0}}},
  {"name": "d_stmt_after", "table": {"schema": "public", "name": "items"},
   "timing": "after", "events": ["insert", "update", "truncate"], "level": "statement",
   "actions": [{"kind": "sql", "body": "RAISE NOTICE 'statement done';"}]},
  {"name": "e_row_after", "table": {"schema": "public", "name": "items"},
   "timing": "after", "events": ["insert", "update"],
   "actions": [{"kind": "insert", "table": {"schema": "public", "name": "items_log"},
                "values": {"item_id": {"new": "id"}}}]},
  {"name": "log_seen", "table": {"schema": "public", "name": "items_log"},
   "timing": "after", "events": ["insert"],
   "actions": [{"kind": "notify", "channel": "items_logged",
                "payload": {"id": {"new": "item_id"}}}]},
  {"name": "v_instead", "table": {"schema": "public", "name": "items_view"},
   "timing": "instead_of", "events": ["insert"]}]})sql";

QList<TriggerDesign> parsed(const QByteArray &text)
{
    const DesignReadResult read = parseDesign(text);
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return read.document->triggers;
}

QList<TriggerDesign> triggers()
{
    return parsed(design);
}

// The firing design with `testCase` (JSON) as a_stmt_before's only case.
QList<TriggerDesign> firingTriggers(const QString &testCase = QString())
{
    return parsed(QString::fromUtf8(firingDesign).arg(testCase).toUtf8());
}

// "public.items BEFORE ROW UPDATE b_row_before", as trigon-cli test prints a firing.
QStringList firedLines(const QList<pg::FiredTrigger> &fired)
{
    QStringList lines;
    for (const pg::FiredTrigger &f : fired)
        lines.append(QStringList {f.table, f.timing, f.level, f.event, f.trigger}.join(u' '));
    return lines;
}

QStringList firedNames(const QList<pg::FiredTrigger> &fired)
{
    QStringList names;
    for (const pg::FiredTrigger &f : fired)
        names.append(f.trigger);
    return names;
}

QString itemsRows(pg::BlockingConnection &connection)
{
    return connection
            .exec(QStringLiteral(
                    "SELECT (SELECT string_agg(id || ':' || qty, ',' ORDER BY id) FROM items) "
                    "|| '/' || (SELECT count(*) FROM items_log)"))
            .value(0, 0);
}

} // namespace

class TestTestBench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_items = std::make_unique<TestDatabase>();
        m_items->mustExec(QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, qty int)"));
        m_items->mustExec(QStringLiteral("INSERT INTO items VALUES (1, 1), (2, 2)"));
        m_items->mustExec(QStringLiteral("CREATE TABLE items_log (item_id int)"));
        m_items->mustExec(QStringLiteral("CREATE VIEW items_view AS SELECT * FROM items"));
        pg::PgError error;
        m_itemsCatalog = pg::loadCatalog(m_items->connection(), &error);
        QVERIFY2(m_itemsCatalog, qPrintable(error.toString()));
        m_itemsRows = itemsRows(m_items->connection());
    }

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

    // The exact firing sequence, read back from the database for each action.
    void recordsFiringOrder_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("expected");
        const QString items = QStringLiteral("public.items ");
        const QString aBefore = items + QStringLiteral("BEFORE STATEMENT UPDATE a_stmt_before");
        const QString bBefore = items + QStringLiteral("BEFORE ROW UPDATE b_row_before");
        const QString cWhen = items + QStringLiteral("AFTER ROW UPDATE c_row_after_when");
        const QString dAfter = items + QStringLiteral("AFTER STATEMENT UPDATE d_stmt_after");
        const QString eAfter = items + QStringLiteral("AFTER ROW UPDATE e_row_after");
        const QString logSeen = QStringLiteral("public.items_log AFTER ROW INSERT log_seen");
        QTest::newRow("two rows, WHEN false")
                << QString() << QStringLiteral("UPDATE items SET qty = qty + 1")
                << QStringList {aBefore, bBefore, bBefore, eAfter,
                                logSeen, eAfter,  logSeen, dAfter};
        QTest::newRow("one row, WHEN true")
                << QString() << QStringLiteral("UPDATE items SET qty = -1 WHERE id = 1")
                << QStringList {aBefore, bBefore, cWhen, eAfter, logSeen, dAfter};
        QTest::newRow("no row: statement triggers only")
                << QString() << QStringLiteral("UPDATE items SET qty = 0 WHERE false")
                << QStringList {aBefore, dAfter};
        QTest::newRow("insert")
                << QString() << QStringLiteral("INSERT INTO items VALUES (3, 3)")
                << QStringList {items + QStringLiteral("AFTER ROW INSERT e_row_after"), logSeen,
                                items + QStringLiteral("AFTER STATEMENT INSERT d_stmt_after")};
        // The firings before the error are kept although the action is rolled back.
        QTest::newRow("action fails in a BEFORE ROW trigger")
                << QString() << QStringLiteral("UPDATE items SET qty = 1000 WHERE id = 1")
                << QStringList {aBefore, bBefore};
        QTest::newRow("truncate")
                << QString() << QStringLiteral("TRUNCATE items, items_log")
                << QStringList {items + QStringLiteral("AFTER STATEMENT TRUNCATE d_stmt_after")};
        QTest::newRow("instead of")
                << QString() << QStringLiteral("INSERT INTO items_view VALUES (9, 9)")
                << QStringList {
                           QStringLiteral("public.items_view INSTEAD OF ROW INSERT v_instead")};
        QTest::newRow("setup not recorded") << QStringLiteral("UPDATE items SET qty = 5")
                                            << QStringLiteral("SELECT 1") << QStringList {};
        QTest::newRow("whatever client_min_messages says")
                << QStringLiteral("SET LOCAL client_min_messages = error")
                << QStringLiteral("INSERT INTO items_view VALUES (9, 9)")
                << QStringList {
                           QStringLiteral("public.items_view INSTEAD OF ROW INSERT v_instead")};
        QTest::newRow("trigger not in the design is not traced")
                << QStringLiteral(
                           "CREATE FUNCTION by_hand() RETURNS trigger LANGUAGE plpgsql AS "
                           "$$BEGIN RETURN NULL; END$$; CREATE TRIGGER by_hand AFTER INSERT ON "
                           "items_log FOR EACH STATEMENT EXECUTE FUNCTION by_hand()")
                << QStringLiteral("INSERT INTO items_log VALUES (1)") << QStringList {logSeen};
    }

    void recordsFiringOrder()
    {
        QFETCH(QString, setup);
        QFETCH(QString, action);
        QFETCH(QStringList, expected);
        const pg::TestCaseResult result = runOnItems(setup, action, std::nullopt);
        QCOMPARE(firedLines(result.fired), expected);
        // The firing records are not notices of the action; d_stmt_after's own notice is.
        for (const pg::Notice &notice : result.notices)
            QCOMPARE(notice.message, QStringLiteral("statement done"));
        QVERIFY(result.expectations.size() == 1 && result.expectations.at(0).kind == u"raises");
    }

    void firedExpectation_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("failure");
        const QStringList whenTrue
                = {QStringLiteral("a_stmt_before"),    QStringLiteral("b_row_before"),
                   QStringLiteral("c_row_after_when"), QStringLiteral("e_row_after"),
                   QStringLiteral("log_seen"),         QStringLiteral("d_stmt_after")};
        const QString updateOne = QStringLiteral("UPDATE items SET qty = -1 WHERE id = 1");
        QTest::newRow("exact order") << updateOne << whenTrue << QString();
        QStringList swapped = whenTrue;
        swapped.swapItemsAt(0, 1);
        QTest::newRow("wrong order")
                << updateOne << swapped
                << QStringLiteral("expected the triggers fired to be b_row_before, a_stmt_before, "
                                  "c_row_after_when, e_row_after, log_seen, d_stmt_after, got "
                                  "a_stmt_before, b_row_before, c_row_after_when, e_row_after, "
                                  "log_seen, d_stmt_after");
        QTest::newRow("once per row")
                << QStringLiteral("UPDATE items SET qty = 3")
                << QStringList {QStringLiteral("a_stmt_before"), QStringLiteral("b_row_before"),
                                QStringLiteral("e_row_after"), QStringLiteral("log_seen"),
                                QStringLiteral("d_stmt_after")}
                << QStringLiteral("expected the triggers fired to be a_stmt_before, b_row_before, "
                                  "e_row_after, log_seen, d_stmt_after, got a_stmt_before, "
                                  "b_row_before, b_row_before, e_row_after, log_seen, "
                                  "e_row_after, log_seen, d_stmt_after");
        QTest::newRow("none fires, none expected")
                << QStringLiteral("SELECT 1") << QStringList {} << QString();
        QTest::newRow("one fires, none expected")
                << QStringLiteral("INSERT INTO items_view VALUES (9, 9)") << QStringList {}
                << QStringLiteral("expected the triggers fired to be none, got v_instead");
    }

    void firedExpectation()
    {
        QFETCH(QString, action);
        QFETCH(QStringList, expected);
        QFETCH(QString, failure);
        const pg::TestCaseResult result = runOnItems(QString(), action, expected);
        QCOMPARE(result.passed, failure.isEmpty());
        QCOMPARE(result.failures, failure.isEmpty() ? QStringList {} : QStringList {failure});
        QCOMPARE(result.expectations.size(), 2);
        const pg::ExpectationOutcome &fired = result.expectations.at(1);
        QCOMPARE(fired.kind, QStringLiteral("fired"));
        QCOMPARE(fired.met, failure.isEmpty());
        QCOMPARE(fired.expected, expected.join(u'\n'));
        QCOMPARE(fired.actual, firedNames(result.fired).join(u'\n'));
    }

    // The last outcome of a case with one expectation (after the implicit "the action succeeds"
    // unless it expects an error): both sides, one item per line.
    void expectationOutcomes_data()
    {
        QTest::addColumn<QString>("testCase");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<bool>("met");
        const auto row
                = [](const char *name, const QString &action, const QString &expect,
                     const QString &kind, const QString &description, const QString &expected,
                     const QString &actual, bool met) {
                      QTest::newRow(name)
                              << QStringLiteral(R"({"name": "x", "action": "%1", "expect": {%2}})")
                                         .arg(action, expect)
                              << kind << description << expected << actual << met;
                  };
        const QString tooMany = QStringLiteral("UPDATE items SET qty = 1000 WHERE id = 1");
        const QString increment = QStringLiteral("UPDATE items SET qty = qty + 1");
        const QString insert = QStringLiteral("INSERT INTO items VALUES (3, 3)");
        const QString select = QStringLiteral("SELECT id, qty FROM items ORDER BY id");
        const QString notify3 = QStringLiteral(
                R"("notify": [{"channel": "items_logged", "payload": {"id": 3}}])");
        const QString fails = QStringLiteral("the action fails");
        const QString fired = QStringLiteral("the design triggers that fire, in order");

        row("raises, met", tooMany, R"("raises": {"message": "too many", "sqlstate": "23514"})",
            "raises", fails, "error\nSQLSTATE 23514\nmessage containing: too many",
            "error\nSQLSTATE 23514\nmessage: too many items", true);
        row("raises, not met", "SELECT 1", R"("raises": {"sqlstate": "23514"})", "raises", fails,
            "error\nSQLSTATE 23514", "no error", false);
        row("succeeds, not met", tooMany, QString(), "raises", "the action succeeds", "no error",
            "error\nSQLSTATE 23514\nmessage: too many items", false);
        row("query, met", increment,
            QStringLiteral(R"("query": [{"sql": "%1", "rows": [["1", "2"], ["2", "3"]]}])")
                    .arg(select),
            "query", select, "(1, 2)\n(2, 3)", "(1, 2)\n(2, 3)", true);
        row("query, not met", increment,
            QStringLiteral(R"("query": [{"sql": "%1", "rows": [["1", "1"]]}])").arg(select),
            "query", select, "(1, 1)", "(1, 2)\n(2, 3)", false);
        row("query, no rows expected", "SELECT 1",
            R"("query": [{"sql": "SELECT NULL", "rows": []}])", "query", "SELECT NULL", "",
            "(NULL)", false);
        row("row count, met", insert,
            R"("row_count": [{"table": {"schema": "public", "name": "items"}, "change": 1}])",
            "row count", "change of the row count of public.items", "+1", "+1", true);
        row("row count, not met", insert,
            R"("row_count": [{"table": {"name": "items_log"}, "change": -2}])", "row count",
            "change of the row count of public.items_log", "-2", "+1", false);
        row("notification, met", insert, notify3, "notification", "items_logged",
            R"(items_logged {"id":3})", R"(items_logged {"id" : 3})", true);
        row("notification, not met", increment, notify3, "notification", "items_logged",
            R"(items_logged {"id":3})", "items_logged {\"id\" : 1}\nitems_logged {\"id\" : 2}",
            false);
        row("notice, met", increment, R"("notice": ["done"])", "notice", "done", "done",
            "statement done", true);
        row("notice, not met", "SELECT 1", R"("notice": ["done"])", "notice", "done", "done", "",
            false);
        row("fired, met", "INSERT INTO items_view VALUES (9, 9)", R"("fired": ["v_instead"])",
            "fired", fired, "v_instead", "v_instead", true);
        row("fired, not met", insert, R"("fired": ["d_stmt_after", "e_row_after"])", "fired", fired,
            "d_stmt_after\ne_row_after", "e_row_after\nlog_seen\nd_stmt_after", false);
    }

    void expectationOutcomes()
    {
        QFETCH(QString, testCase);
        QFETCH(QString, kind);
        QFETCH(QString, description);
        QFETCH(QString, expected);
        QFETCH(QString, actual);
        QFETCH(bool, met);
        const pg::TestCaseResult result
                = pg::runTestCase(m_items->connection(), firingTriggers(testCase), 0, 0);
        QVERIFY(!result.expectations.isEmpty());
        const pg::ExpectationOutcome &outcome = result.expectations.last();
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.description, description);
        QCOMPARE(outcome.expected, expected);
        QCOMPARE(outcome.actual, actual);
        QCOMPARE(outcome.met, met);
        QCOMPARE(result.passed, met);
        // One failure line per unmet outcome (an unmet "raises" may give two).
        QCOMPARE(result.failures.isEmpty(), met);
    }

    // All the cases above ran in one database: it is exactly as before.
    void firingCasesLeaveNothingBehind()
    {
        pg::PgError error;
        const std::optional<CatalogSnapshot> after = pg::loadCatalog(m_items->connection(), &error);
        QVERIFY2(after, qPrintable(error.toString()));
        QVERIFY(*after == *m_itemsCatalog);
        QCOMPARE(itemsRows(m_items->connection()), m_itemsRows);
    }

    void cleanupTestCase() { m_items.reset(); }

    void listenersReceiveNothing()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, status text)"));
        pg::BlockingConnection listener(db.conninfo());
        QVERIFY(listener.exec(QStringLiteral("LISTEN orders_new")).ok());
        pg::runAllTestCases(db.connection(), triggers());
        QVERIFY(listener.waitForNotifications(300).isEmpty());
    }

private:
    // Runs one case of the firing design in the items database.
    pg::TestCaseResult runOnItems(const QString &setup, const QString &action,
                                  const std::optional<QStringList> &firedOrder)
    {
        QList<TriggerDesign> designs = firingTriggers();
        TriggerTestCase test;
        test.name = QStringLiteral("firing");
        test.setup = setup;
        test.action = action;
        test.firedOrder = firedOrder;
        designs[0].tests = {test};
        return pg::runTestCase(m_items->connection(), designs, 0, 0);
    }

    // The database of the firing cases, shared by them so that the last can check that none
    // of them left anything behind.
    std::unique_ptr<TestDatabase> m_items;
    std::optional<CatalogSnapshot> m_itemsCatalog;
    QString m_itemsRows;
};

QTEST_GUILESS_MAIN(TestTestBench)
#include "tst_testbench.moc"
