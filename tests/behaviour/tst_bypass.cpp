// Skipping a trigger on purpose: trigon.bypass() inside a transaction skips the bypass-enabled
// trigger of that name until the transaction ends — by COMMIT, ROLLBACK, or a ROLLBACK TO
// SAVEPOINT past the call — in that session only, never a trigger without the option, and logs
// who, when, why and which trigger.

#include "tests/behaviour/deployhelper.h"

#include "core/analysis/designvalidator.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/deployer.h"
#include "core/pg/testrunner.h"
#include "core/sql/scriptrenderer.h"

#include <QTest>

using namespace trigon;
using namespace trigon::test;

namespace {

// no_deletes may be bypassed; no_updates may not.
QList<TriggerDesign> guards()
{
    return {triggerFromJson("{\"name\": \"no_deletes\", \"table\": {\"name\": \"accounts\"}, "
                            "\"timing\": \"before\", \"events\": [\"delete\"], \"bypass\": true, "
                            "\"actions\": [{\"kind\": \"protect\", \"message\": \"no deletes\"}]}"),
            triggerFromJson(
                    "{\"name\": \"no_updates\", \"table\": {\"name\": \"accounts\"}, "
                    "\"timing\": \"before\", \"events\": [\"update\"], "
                    "\"actions\": [{\"kind\": \"protect\", \"message\": \"no updates\"}]}")};
}

void createAccounts(TestDatabase &db)
{
    db.mustExec(QStringLiteral("CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric);"
                               "INSERT INTO accounts SELECT g, 0 FROM generate_series(1, 5) g;"));
    const QString error = deploy(db, guards());
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
}

bool deletes(pg::BlockingConnection &connection, int id)
{
    return connection
            .exec(QStringLiteral("DELETE FROM accounts WHERE id = $1"), {QString::number(id)})
            .ok();
}

} // namespace

class TestBypass : public QObject
{
    Q_OBJECT

private slots:
    void worksInItsTransactionAndEndsWithCommit()
    {
        TestDatabase db;
        createAccounts(db);
        pg::BlockingConnection &session = db.connection();
        QVERIFY(!deletes(session, 1));
        db.mustExec(QStringLiteral("BEGIN"));
        db.mustExec(QStringLiteral("SELECT trigon.bypass('no_deletes', 'closing test accounts')"));
        QVERIFY(deletes(session, 1));
        QVERIFY(deletes(session, 2));
        db.mustExec(QStringLiteral("COMMIT"));
        QVERIFY(!deletes(session, 3));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM accounts")), QStringLiteral("3"));
        // The log: who, when, why, which trigger, in which transaction.
        const pg::QueryResult log = db.mustExec(QStringLiteral(
                "SELECT trigger_name, reason, db_user = current_user, requested_at <= now(), "
                "transaction_id > 0 FROM trigon.bypass_log"));
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.value(0, 0), QStringLiteral("no_deletes"));
        QCOMPARE(log.value(0, 1), QStringLiteral("closing test accounts"));
        QCOMPARE(log.value(0, 2), QStringLiteral("t"));
        QCOMPARE(log.value(0, 3), QStringLiteral("t"));
        QCOMPARE(log.value(0, 4), QStringLiteral("t"));
    }

    void endsWithRollback()
    {
        TestDatabase db;
        createAccounts(db);
        db.mustExec(QStringLiteral("BEGIN"));
        db.mustExec(QStringLiteral("SELECT trigon.bypass('no_deletes')"));
        db.mustExec(QStringLiteral("ROLLBACK"));
        QVERIFY(!deletes(db.connection(), 1));
        // The request's log row went with the transaction that made it.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM trigon.bypass_log")),
                 QStringLiteral("0"));
    }

    void endsWithRollbackToItsSavepoint()
    {
        TestDatabase db;
        createAccounts(db);
        db.mustExec(QStringLiteral("BEGIN"));
        db.mustExec(QStringLiteral("SAVEPOINT before_bypass"));
        db.mustExec(QStringLiteral("SELECT trigon.bypass('no_deletes')"));
        QVERIFY(deletes(db.connection(), 1));
        db.mustExec(QStringLiteral("ROLLBACK TO SAVEPOINT before_bypass"));
        QVERIFY(!deletes(db.connection(), 2));
        db.mustExec(QStringLiteral("ROLLBACK"));
    }

    // Called on its own (no BEGIN), it lasts only as long as its own statement's transaction.
    void doesNothingOutsideATransaction()
    {
        TestDatabase db;
        createAccounts(db);
        // Installed as designed: the WHEN that tests the bypass reads back the same.
        pg::PgError error;
        const std::optional<pg::PreparedPlan> plan
                = pg::preparePlan(db.connection(), guards(), {}, &error);
        QVERIFY2(plan, qPrintable(error.toString()));
        QVERIFY2(plan->plan.isEmpty(), qPrintable(plan->plan.script()));
        db.mustExec(QStringLiteral("SELECT trigon.bypass('no_deletes', 'forgot BEGIN')"));
        QVERIFY(!deletes(db.connection(), 1));
    }

    void doesNotReachAnotherSession()
    {
        TestDatabase db;
        createAccounts(db);
        pg::BlockingConnection other(db.conninfo());
        QVERIFY(other.isOpen());
        db.mustExec(QStringLiteral("BEGIN"));
        db.mustExec(QStringLiteral("SELECT trigon.bypass('no_deletes')"));
        QVERIFY(!deletes(other, 1)); // at the same time, in another session
        QVERIFY(deletes(db.connection(), 1));
        db.mustExec(QStringLiteral("COMMIT"));
    }

    void doesNotReachATriggerWithoutTheOption()
    {
        TestDatabase db;
        createAccounts(db);
        db.mustExec(QStringLiteral("BEGIN"));
        db.mustExec(QStringLiteral("SELECT trigon.bypass('no_updates', 'try')"));
        QVERIFY(!db.connection().exec(QStringLiteral("UPDATE accounts SET balance = 1")).ok());
        db.mustExec(QStringLiteral("ROLLBACK"));
    }

    // A test case can run under a bypass, as the CLI's test and the test bench do.
    void testCaseUnderABypass()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE accounts (id integer PRIMARY KEY, balance "
                                   "numeric); INSERT INTO accounts VALUES (1, 0), (2, 0);"));
        QList<TriggerDesign> designs = guards();
        TriggerTestCase migration;
        migration.name = QStringLiteral("migration deletes");
        migration.bypass = {QStringLiteral("no_deletes")};
        migration.action = QStringLiteral("DELETE FROM accounts WHERE id = 1");
        migration.rowCounts
                = {{TableRef {QStringLiteral("public"), QStringLiteral("accounts")}, -1}};
        migration.firedOrder = QStringList {};
        TriggerTestCase guarded = migration;
        guarded.name = QStringLiteral("everyone else does not");
        guarded.bypass.clear();
        guarded.rowCounts.clear();
        guarded.firedOrder.reset();
        guarded.raises = RaisesExpectation {QStringLiteral("no deletes"), {}};
        designs[0].tests = {migration, guarded};
        for (int testCase : {0, 1}) {
            const pg::TestCaseResult result
                    = pg::runTestCase(db.connection(), designs, 0, testCase);
            QVERIFY2(result.passed, qPrintable(result.failures.join(u'\n')));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM accounts")), QStringLiteral("2"));
    }

    // "bypass": "notice": the skip works as with the log, but trigon.bypass() reports it as a
    // NOTICE (who, when, why, which trigger, which transaction) and writes no log row; the
    // registry row that tells it so comes and goes with the design's install and uninstall, and
    // a change of mode is a change deploy sees and applies.
    void noticeModeReportsInsteadOfLogging()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE ledger (id integer PRIMARY KEY, amount numeric);"
                                   "INSERT INTO ledger VALUES (1, 10), (2, 20);"));
        const QByteArray frozen
                = "{\"name\": \"frozen_ledger\", \"table\": {\"name\": \"ledger\"}, "
                  "\"timing\": \"before\", \"events\": [\"update\"], \"bypass\": %1, "
                  "\"actions\": [{\"kind\": \"protect\", \"message\": \"the ledger is "
                  "frozen\"}]}";
        const TriggerDesign notice
                = triggerFromJson(QByteArray(frozen).replace("%1", "\"notice\""));
        QCOMPARE(notice.bypass, BypassMode::Notice);
        const QString error = deploy(db, {notice});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT audit FROM trigon.bypass_options WHERE "
                                       "trigger_name = 'frozen_ledger'")),
                 QStringLiteral("notice"));
        pg::PgError planError;
        std::optional<pg::PreparedPlan> plan
                = pg::preparePlan(db.connection(), {notice}, {}, &planError);
        QVERIFY2(plan, qPrintable(planError.toString()));
        QVERIFY2(plan->plan.isEmpty(), qPrintable(plan->plan.script()));

        pg::BlockingConnection &session = db.connection();
        // The function raises its notice even where the session asked for warnings only.
        db.mustExec(QStringLiteral("SET client_min_messages = warning"));
        db.mustExec(QStringLiteral("SET application_name = 'ledger fix'"));
        QVERIFY(!session.exec(QStringLiteral("UPDATE ledger SET amount = 0 WHERE id = 1")).ok());
        session.takeNotices();
        db.mustExec(QStringLiteral("BEGIN"));
        const QString transaction = scalar(db, QStringLiteral("SELECT txid_current()::text"));
        db.mustExec(QStringLiteral("SELECT trigon.bypass('frozen_ledger', 'ticket 4711')"));
        const QList<pg::Notice> notices = session.takeNotices();
        QVERIFY(session.exec(QStringLiteral("UPDATE ledger SET amount = 0 WHERE id = 1")).ok());
        db.mustExec(QStringLiteral("COMMIT"));
        QCOMPARE(notices.size(), 1);
        const pg::Notice &report = notices.first();
        QCOMPARE(report.severity, QStringLiteral("NOTICE"));
        for (const QString &part :
             {QStringLiteral("ticket 4711"), QStringLiteral("frozen_ledger"),
              QStringLiteral("transaction ") + transaction,
              QStringLiteral("(application ledger fix)"),
              QStringLiteral(" by ") + scalar(db, QStringLiteral("SELECT current_user::text"))})
            QVERIFY2(report.message.contains(part), qPrintable(report.message));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM trigon.bypass_log")),
                 QStringLiteral("0"));
        // Gone with the transaction.
        QVERIFY(!session.exec(QStringLiteral("UPDATE ledger SET amount = 0 WHERE id = 2")).ok());
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT string_agg(amount::text, ',' ORDER BY id) "
                                       "FROM ledger")),
                 QStringLiteral("0,20"));

        // Back to the log: the trigger is outdated, and deploying it rewrites the registry row.
        const TriggerDesign logged = triggerFromJson(QByteArray(frozen).replace("%1", "true"));
        plan = pg::preparePlan(session, {logged}, {}, &planError);
        QVERIFY2(plan, qPrintable(planError.toString()));
        QVERIFY(!plan->plan.isEmpty());
        const pg::DeployResult applied = pg::applyPlan(session, plan->plan, plan->fingerprint);
        QVERIFY2(applied.ok, qPrintable(pg::describeDeployFailure(plan->plan, applied)));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT audit FROM trigon.bypass_options WHERE "
                                       "trigger_name = 'frozen_ledger'")),
                 QStringLiteral("table"));
        plan = pg::preparePlan(session, {logged}, {}, &planError);
        QVERIFY2(plan && plan->plan.isEmpty(), qPrintable(plan ? plan->plan.script() : QString()));
        db.mustExec(QStringLiteral("BEGIN"));
        db.mustExec(QStringLiteral("SELECT trigon.bypass('frozen_ledger', 'ticket 4712')"));
        db.mustExec(QStringLiteral("COMMIT"));
        QCOMPARE(
                scalar(db, QStringLiteral("SELECT string_agg(reason, ',') FROM trigon.bypass_log")),
                QStringLiteral("ticket 4712"));

        // The uninstall script takes the row away; a name without a row is logged.
        db.mustExec(renderUninstallScript(QList<TriggerDesign> {logged}, RenderOptions {}));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM trigon.bypass_options")),
                 QStringLiteral("0"));
        // And it runs where nothing was installed.
        TestDatabase empty;
        empty.mustExec(renderUninstallScript(QList<TriggerDesign> {notice}, RenderOptions {}));
    }

    void refusedWhereTheFunctionIsNotTrigons()
    {
        const TriggerDesign design = triggerFromJson(
                "{\"name\": \"t\", \"table\": {\"name\": \"accounts\"}, \"timing\": \"before\", "
                "\"events\": [\"update\"], \"bypass\": true, \"function\": {\"schema\": "
                "\"pg_catalog\", \"name\": \"suppress_redundant_updates_trigger\"}}");
        const QList<Diagnostic> diagnostics = validateTrigger(design, 0);
        QVERIFY(hasErrors(diagnostics));
        QCOMPARE(diagnostics.constFirst().field, QStringLiteral("bypass"));
    }
};

QTEST_GUILESS_MAIN(TestBypass)
#include "tst_bypass.moc"
