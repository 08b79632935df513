// Status, plans and deploys against the ctest run's throwaway cluster.
#include "core/analysis/deployplan.h"
#include "core/analysis/sqlstatements.h"
#include "core/analysis/triggerstatus.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/deployer.h"
#include "core/pg/testrunner.h"
#include "core/sql/definitionmarker.h"
#include "core/sql/scriptrenderer.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace trigon;
using trigon::test::TestDatabase;

namespace {

// A protect trigger on public.orders; `message` and `events` vary between design versions.
TriggerDesign ordersTrigger(const QString &name, const QString &message = QStringLiteral("no"),
                            const QString &events = QStringLiteral(R"sql(["delete"])sql"))
{
    const QString json = QStringLiteral(R"sql({"format": "trigon", "version": 1, "triggers": [
        {"name": "%1", "table": {"schema": "public", "name": "orders"},
         "timing": "before", "events": %3,
         "actions": [{"kind": "protect", "message": "%2"}]}]})sql")
                                 .arg(name, message, events);
    const DesignReadResult read = parseDesign(json.toUtf8());
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return read.document->triggers.constFirst();
}

// A protect trigger "guard" on public.orders with `extra` design-file members.
TriggerDesign guardWith(const QString &extra)
{
    const QString json = QStringLiteral(R"sql({"format": "trigon", "version": 1, "triggers": [
        {"name": "guard", "table": {"schema": "public", "name": "orders"},
         "timing": "before", "events": ["delete"],
         "actions": [{"kind": "protect", "message": "no"}]%1}]})sql")
                                 .arg(extra.isEmpty() ? QString() : u',' + extra);
    const DesignReadResult read = parseDesign(json.toUtf8());
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return read.document->triggers.constFirst();
}

void createOrders(TestDatabase &db)
{
    db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, status text)"));
    db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1, 'new'), (2, 'paid')"));
}

void install(TestDatabase &db, const QList<TriggerDesign> &triggers)
{
    RenderOptions options;
    db.mustExec(QStringLiteral("SELECT 1")); // keeps the session open before the script
    const pg::QueryResult result
            = db.connection().execScript(renderInstallScript(triggers, options));
    if (!result.ok())
        qFatal("install failed: %s", qPrintable(result.error().toString()));
}

pg::StatusReport status(TestDatabase &db, const QList<TriggerDesign> &designs)
{
    pg::PgError error;
    const std::optional<pg::StatusReport> report
            = pg::checkStatus(db.connection(), designs, &error);
    if (!report)
        qFatal("status failed: %s", qPrintable(error.toString()));
    return *report;
}

bool triggerExists(TestDatabase &db, const QString &name)
{
    return db.mustExec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = $1"), {name})
                   .value(0, 0)
            == u'1';
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

private slots:
    void states_data()
    {
        QTest::addColumn<QString>("change"); // applied after installing version 1
        QTest::addColumn<bool>("newDesign"); // check against version 2 of the design
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("onlyEnabled");

        QTest::newRow("missing") << QStringLiteral("uninstall") << false << "missing" << false;
        QTest::newRow("installed") << QString() << false << "installed" << false;
        QTest::newRow("outdated") << QString() << true << "outdated" << false;
        QTest::newRow("function changed by hand")
                << QStringLiteral(R"sql(CREATE OR REPLACE FUNCTION public.orders__guard()
RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN OLD; END $f$)sql")
                << false << "drifted" << false;
        QTest::newRow("trigger changed by hand")
                << QStringLiteral(R"sql(CREATE OR REPLACE TRIGGER guard BEFORE DELETE OR UPDATE
ON orders FOR EACH ROW EXECUTE FUNCTION orders__guard())sql")
                << false << "drifted" << false;
        QTest::newRow("disabled by hand")
                << QStringLiteral("ALTER TABLE orders DISABLE TRIGGER guard") << false << "drifted"
                << true;
        QTest::newRow("not made by Trigon")
                << QStringLiteral("COMMENT ON TRIGGER guard ON orders IS 'mine'") << false
                << "drifted" << false;
        QTest::newRow("changed by hand and in the design")
                << QStringLiteral(R"sql(CREATE OR REPLACE FUNCTION public.orders__guard()
RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN OLD; END $f$)sql")
                << true << "drifted" << false;
    }

    // Every state, then a deploy brings each back to installed.
    void states()
    {
        QFETCH(QString, change);
        QFETCH(bool, newDesign);
        QFETCH(QString, expected);
        QFETCH(bool, onlyEnabled);
        TestDatabase db;
        createOrders(db);
        const TriggerDesign v1 = ordersTrigger(QStringLiteral("guard"));
        install(db, {v1});
        if (change == QLatin1String("uninstall"))
            db.connection().execScript(renderUninstallScript({v1}, {}));
        else if (!change.isEmpty())
            db.mustExec(change);
        const TriggerDesign design
                = newDesign ? ordersTrigger(QStringLiteral("guard"), QStringLiteral("v2")) : v1;

        const pg::StatusReport report = status(db, {design});
        QCOMPARE(report.statuses.size(), 1);
        QCOMPARE(triggerStateName(report.statuses.at(0).state), expected);
        QCOMPARE(report.statuses.at(0).onlyEnabledDiffers, onlyEnabled);

        DeployOptions options;
        const DeployPlan plan = buildDeployPlan({design}, report.statuses, options);
        QCOMPARE(plan.hasDestructiveSteps(), expected == QLatin1String("drifted") && !onlyEnabled);
        const pg::DeployResult result = pg::applyPlan(db.connection(), plan, report.fingerprint);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        const pg::StatusReport after = status(db, {design});
        QCOMPARE(triggerStateName(after.statuses.at(0).state), QStringLiteral("installed"));
    }

    // Every property of a design that reaches the database: changing only it makes the trigger
    // differ, and a deploy brings the database to it.
    void everyPropertyIsDeployed_data()
    {
        QTest::addColumn<QString>("before"); // design-file members of the deployed version
        QTest::addColumn<QString>("after");  // ... of the design checked and deployed next
        QTest::addColumn<QString>("query");  // what the database holds for "guard"
        QTest::addColumn<QString>("expected");
        const QString comment = QStringLiteral(
                "SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger WHERE tgname = 'guard'");
        QTest::newRow("comment added")
                << QString() << QStringLiteral("\"comment\": \"guards the orders\"") << comment
                << "guards the orders";
        QTest::newRow("comment changed")
                << QStringLiteral("\"comment\": \"old words\"")
                << QStringLiteral("\"comment\": \"new words\"") << comment << "new words";
        QTest::newRow("comment removed")
                << QStringLiteral("\"comment\": \"old words\"") << QString() << comment << "";
        QTest::newRow("enabled")
                << QString() << QStringLiteral("\"enabled\": \"replica\"")
                << QStringLiteral("SELECT tgenabled FROM pg_trigger WHERE tgname = 'guard'") << "R";
        QTest::newRow("arguments")
                << QStringLiteral("\"arguments\": [\"a\"]")
                << QStringLiteral("\"arguments\": [\"a\", \"it's\"]")
                << QStringLiteral("SELECT tgnargs FROM pg_trigger WHERE tgname = 'guard'") << "2";
    }

    void everyPropertyIsDeployed()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        TestDatabase db;
        createOrders(db);
        install(db, {guardWith(before)});
        QVERIFY(allInstalled(status(db, {guardWith(before)}).statuses));

        const TriggerDesign design = guardWith(after);
        const pg::StatusReport report = status(db, {design});
        QCOMPARE(report.statuses.size(), 1);
        QVERIFY2(report.statuses.at(0).state != TriggerState::Installed,
                 "a changed design reads as installed");
        const DeployPlan plan = buildDeployPlan({design}, report.statuses, DeployOptions {});
        QVERIFY(!plan.isEmpty());
        QVERIFY(!plan.hasDestructiveSteps());
        const pg::DeployResult result = pg::applyPlan(db.connection(), plan, report.fingerprint);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));

        QString value = db.mustExec(query).value(0, 0);
        if (query.contains(QLatin1String("obj_description")))
            value = parseObjectComment(value).text; // without Trigon's marker line
        QCOMPARE(value, expected);
        QVERIFY(allInstalled(status(db, {design}).statuses));
        // And the status says what changed.
        if (query.contains(QLatin1String("obj_description")))
            QVERIFY2(report.statuses.at(0).reasons.contains(
                             QStringLiteral("comment changed in the design")),
                     qPrintable(report.statuses.at(0).reasons.join(u'\n')));
    }

    void orphansArePrunedOnlyWhenAsked()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign kept = ordersTrigger(QStringLiteral("guard"));
        const TriggerDesign gone = ordersTrigger(QStringLiteral("old_guard"));
        install(db, {kept, gone});
        // A trigger nobody made with Trigon is never an orphan.
        db.mustExec(QStringLiteral(
                R"sql(CREATE FUNCTION mine() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN NULL; END $f$)sql"));
        db.mustExec(QStringLiteral("CREATE TRIGGER handmade AFTER INSERT ON orders FOR EACH ROW "
                                   "EXECUTE FUNCTION mine()"));

        pg::StatusReport report = status(db, {kept});
        QCOMPARE(report.statuses.size(), 2);
        QCOMPARE(report.statuses.at(1).state, TriggerState::Orphaned);
        QCOMPARE(report.statuses.at(1).name, QStringLiteral("old_guard"));

        DeployOptions options;
        QVERIFY(buildDeployPlan({kept}, report.statuses, options).isEmpty());
        options.prune = true;
        const DeployPlan plan = buildDeployPlan({kept}, report.statuses, options);
        QVERIFY(plan.hasDestructiveSteps());
        QCOMPARE(plan.steps.at(1).action, DeployAction::Drop);
        const pg::DeployResult result = pg::applyPlan(db.connection(), plan, report.fingerprint);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));
        QVERIFY(!triggerExists(db, QStringLiteral("old_guard")));
        QVERIFY(triggerExists(db, QStringLiteral("handmade")));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = "
                                            "'orders__old_guard'"))
                         .value(0, 0),
                 QStringLiteral("0"));
        QVERIFY(allInstalled(status(db, {kept}).statuses));
    }

    // Issue #16, item 6: renaming a deployed trigger left the old one running beside the new.
    void renamesDeployAsRenames()
    {
        TestDatabase db;
        createOrders(db);
        install(db, {ordersTrigger(QStringLiteral("guard_a"))});
        const TriggerDesign renamed = ordersTrigger(QStringLiteral("guard_b"));

        pg::StatusReport report = status(db, {renamed});
        const DeployPlan plan = buildDeployPlan({renamed}, report.statuses, {});
        QCOMPARE(plan.steps.size(), 2);
        QCOMPARE(plan.steps.at(0).action, DeployAction::Rename);
        QCOMPARE(plan.steps.at(0).reason, QStringLiteral("renamed from guard_a"));
        QCOMPARE(plan.steps.at(1).action, DeployAction::Drop);
        QCOMPARE(plan.steps.at(1).reason, QStringLiteral("renamed to guard_b"));
        QVERIFY(!plan.hasDestructiveSteps());
        const pg::DeployResult result = pg::applyPlan(db.connection(), plan, report.fingerprint);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));

        QVERIFY(!triggerExists(db, QStringLiteral("guard_a")));
        QVERIFY(triggerExists(db, QStringLiteral("guard_b")));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT string_agg(proname, ',') FROM pg_proc WHERE "
                                            "proname LIKE 'orders\\_\\_guard%'"))
                         .value(0, 0),
                 QStringLiteral("orders__guard_b"));
        QVERIFY(allInstalled(status(db, {renamed}).statuses));

        // Renamed and changed is another trigger: created beside the orphan, which only prune
        // drops.
        const TriggerDesign changed = ordersTrigger(QStringLiteral("guard_c"), QStringLiteral("?"));
        report = status(db, {changed});
        const DeployPlan other = buildDeployPlan({changed}, report.statuses, {});
        QCOMPARE(other.steps.at(0).action, DeployAction::Create);
        QCOMPARE(other.steps.at(1).action, DeployAction::None);
    }

    void operations_data()
    {
        QTest::addColumn<QString>("before"); // run after installing "guard" (a delete guard)
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("action"); // of the step, "none" when nothing is to be done
        QTest::addColumn<bool>("destructive");
        QTest::addColumn<bool>("deleteRefused"); // does the guard still stop a DELETE afterwards
        QTest::addColumn<QString>("tgenabled");  // afterwards; empty: the trigger is gone
        QTest::addColumn<int>("functions");      // orders__guard functions left

        QTest::newRow("disable") << QString() << "disable"
                                 << "disable" << false << false << "D" << 1;
        QTest::newRow("disable a disabled one")
                << QStringLiteral("ALTER TABLE orders DISABLE TRIGGER guard") << "disable"
                << "none" << false << false << "D" << 1;
        QTest::newRow("enable a disabled one")
                << QStringLiteral("ALTER TABLE orders DISABLE TRIGGER guard") << "enable"
                << "enable" << false << true << "O" << 1;
        QTest::newRow("enable an enabled one") << QString() << "enable"
                                               << "none" << false << true << "O" << 1;
        QTest::newRow("uninstall") << QString() << "uninstall"
                                   << "drop" << true << false << QString() << 0;
        QTest::newRow("uninstall leaves a hand-made one alone")
                << QStringLiteral("COMMENT ON TRIGGER guard ON orders IS 'mine'") << "uninstall"
                << "none" << false << true << "O" << 1;
    }

    // Uninstall, enable and disable, applied like a deploy; the database shows the effect.
    void operations()
    {
        QFETCH(QString, before);
        QFETCH(QString, operation);
        QFETCH(QString, action);
        QFETCH(bool, destructive);
        QFETCH(bool, deleteRefused);
        QFETCH(QString, tgenabled);
        QFETCH(int, functions);
        TestDatabase db;
        createOrders(db);
        const TriggerDesign design = ordersTrigger(QStringLiteral("guard"));
        install(db, {design});
        if (!before.isEmpty())
            db.mustExec(before);

        const pg::StatusReport report = status(db, {design});
        const std::optional<TriggerOperation> parsed = triggerOperationFromName(operation);
        QVERIFY(parsed);
        const DeployPlan plan = buildOperationPlan(*parsed, report.statuses);
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(deployActionName(plan.steps.at(0).action), action);
        QCOMPARE(plan.hasDestructiveSteps(), destructive);
        const pg::DeployResult result = pg::applyPlan(db.connection(), plan, report.fingerprint);
        QVERIFY2(result.ok, qPrintable(result.error.toString()));

        const pg::QueryResult deleted
                = db.connection().exec(QStringLiteral("DELETE FROM orders WHERE id = 1"));
        QCOMPARE(!deleted.ok(), deleteRefused);
        const pg::QueryResult state = db.mustExec(
                QStringLiteral("SELECT tgenabled FROM pg_trigger WHERE tgname = 'guard'"));
        QCOMPARE(state.rowCount() == 0 ? QString() : state.value(0, 0), tgenabled);
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = "
                                            "'orders__guard'"))
                         .value(0, 0),
                 QString::number(functions));
    }

    void operationsSkipTriggersThatAreNotInstalled()
    {
        TriggerStatus missing;
        missing.table = {QStringLiteral("public"), QStringLiteral("orders")};
        missing.name = QStringLiteral("guard");
        for (const TriggerOperation operation :
             {TriggerOperation::Uninstall, TriggerOperation::Enable, TriggerOperation::Disable}) {
            const DeployPlan plan = buildOperationPlan(operation, {missing});
            QVERIFY(plan.isEmpty());
            QCOMPARE(plan.steps.at(0).reason, QStringLiteral("not installed"));
        }
        QVERIFY(!triggerOperationFromName(QStringLiteral("drop")));
    }

    // The second trigger's table does not exist: the first one must not stay behind.
    void failingStatementRollsEverythingBack()
    {
        TestDatabase db;
        createOrders(db);
        TriggerDesign first = ordersTrigger(QStringLiteral("guard"));
        TriggerDesign broken = ordersTrigger(QStringLiteral("other"));
        broken.table.name = QStringLiteral("no_such_table");
        const pg::StatusReport report = status(db, {first, broken});
        const DeployPlan plan = buildDeployPlan({first, broken}, report.statuses, {});
        const pg::DeployResult result = pg::applyPlan(db.connection(), plan, report.fingerprint);
        QVERIFY(!result.ok);
        QCOMPARE(result.failedStep, 1);
        QCOMPARE(result.error.sqlState, QStringLiteral("42P01"));
        QVERIFY2(result.error.statement.startsWith(QLatin1String("CREATE OR REPLACE TRIGGER")),
                 qPrintable(result.error.statement));
        QVERIFY(result.error.statement.contains(QLatin1String("no_such_table")));
        // What the CLI and the deploy pane print: the step, the message, the SQLSTATE, the line.
        const QStringList described = pg::describeDeployFailure(plan, result).split(u'\n');
        QCOMPARE(described.value(0), QStringLiteral("Failed, everything was rolled back."));
        QVERIFY2(described.value(1).startsWith(QLatin1String("Step: ")), qPrintable(described[1]));
        QVERIFY(described.value(1).endsWith(QLatin1String(" other")));
        QVERIFY(described.contains(QStringLiteral("SQLSTATE 42P01")));
        // The server names no position for a missing relation in CREATE TRIGGER.
        QCOMPARE(described.constLast(), QStringLiteral("SQLSTATE 42P01"));
        QVERIFY(!triggerExists(db, QStringLiteral("guard")));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = "
                                            "'orders__guard'"))
                         .value(0, 0),
                 QStringLiteral("0"));
    }

    void theServerParsesRawConditions_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("refusal"); // empty when the condition parses
        // Past the lexer check of the validator (which status, deploy and test run first): in
        // the one statement the server prepares, the rest of the text cannot follow.
        QTest::newRow("leaves its clause")
                << "true) EXECUTE FUNCTION orders__guard(); CREATE TABLE leaked (); COMMIT; "
                   "BEGIN; CREATE TRIGGER z BEFORE DELETE ON orders FOR EACH ROW WHEN (true"
                << "the server refuses the WHEN condition of guard on public.orders: syntax "
                   "error at or near \"EXECUTE\"";
        QTest::newRow("unknown column")
                << "new.nosuch > 0"
                << "the server refuses the WHEN condition of guard on public.orders: column "
                   "new.nosuch does not exist";
        QTest::newRow("parses") << "old.status <> 'shipped'" << QString();
    }

    // Status, the deploy plan and a test run have the server parse a raw WHEN before anything
    // of the designs runs, and nothing of it reaches the database.
    void theServerParsesRawConditions()
    {
        QFETCH(QString, sql);
        QFETCH(QString, refusal);
        TestDatabase db;
        createOrders(db);
        TriggerDesign design = guardWith(QStringLiteral(
                R"sql("tests": [{"name": "refuses", "action": "DELETE FROM orders",
                                  "expect": {"raises": {}}}])sql"));
        design.condition = Condition::rawSql(sql);
        pg::PgError error;
        const bool statusOk = pg::checkStatus(db.connection(), {design}, &error).has_value();
        QCOMPARE(statusOk, refusal.isEmpty());
        if (!refusal.isEmpty())
            QCOMPARE(error.message, refusal);
        const bool planOk = pg::preparePlan(db.connection(), {design}, {}, &error).has_value();
        QCOMPARE(planOk, refusal.isEmpty());
        if (!refusal.isEmpty())
            QCOMPARE(error.message, refusal);
        const pg::TestCaseResult run = pg::runTestCase(db.connection(), {design}, 0, 0);
        QCOMPARE(run.passed, refusal.isEmpty());
        if (!refusal.isEmpty())
            QCOMPARE(run.failures.value(0), refusal);
        QCOMPARE(db.mustExec(QStringLiteral("SELECT to_regclass('public.leaked') IS NULL "
                                            "AND to_regnamespace('trigon_test_capture') IS NULL"))
                         .value(0, 0),
                 QStringLiteral("t"));
        QVERIFY(!triggerExists(db, QStringLiteral("guard")));
    }

    // The session is killed after the first step: the server rolls back on its own.
    void killedConnectionLeavesTheDatabaseAsItWas()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign design = ordersTrigger(QStringLiteral("guard"));
        pg::BlockingConnection deployer(db.conninfo());
        QVERIFY(deployer.isOpen());
        pg::PgError error;
        const std::optional<pg::StatusReport> report = pg::checkStatus(deployer, {design}, &error);
        QVERIFY(report);
        DeployPlan plan = buildDeployPlan({design}, report->statuses, {});
        DeployStep kill;
        kill.action = DeployAction::None;
        kill.table = design.table;
        kill.sql = QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid());");
        plan.steps.append(kill);
        const pg::DeployResult result = pg::applyPlan(deployer, plan, report->fingerprint);
        QVERIFY(!result.ok);
        QCOMPARE(result.failedStep, 1);
        QVERIFY(!triggerExists(db, QStringLiteral("guard")));
    }

    void splitsStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("plain") << QStringLiteral("SELECT 1; SELECT 2;")
                               << QStringList {QStringLiteral("SELECT 1;"),
                                               QStringLiteral("SELECT 2;")};
        QTest::newRow("quotes and comments")
                << QStringLiteral("SELECT ';' AS \"a;b\"; -- x;y\n/* ; */ SELECT 'it''s;';")
                << QStringList {QStringLiteral("SELECT ';' AS \"a;b\";"),
                                QStringLiteral("-- x;y\n/* ; */ SELECT 'it''s;';")};
        QTest::newRow("dollar quotes")
                << QStringLiteral(
                           "CREATE FUNCTION f() RETURNS int AS $f$ SELECT 1; $f$ LANGUAGE sql; "
                           "SELECT $1;")
                << QStringList {
                           QStringLiteral("CREATE FUNCTION f() RETURNS int AS $f$ SELECT 1; $f$ "
                                          "LANGUAGE sql;"),
                           QStringLiteral("SELECT $1;")};
        QTest::newRow("only a comment at the end") << QStringLiteral("SELECT 1;\n-- done\n")
                                                   << QStringList {QStringLiteral("SELECT 1;")};
    }

    void splitsStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(splitSqlStatements(script), statements);
    }

    void concurrentChangeBetweenPlanAndApplyIsRefused()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign v1 = ordersTrigger(QStringLiteral("guard"));
        install(db, {v1});
        const TriggerDesign v2 = ordersTrigger(QStringLiteral("guard"), QStringLiteral("v2"));
        const pg::StatusReport report = status(db, {v2});
        const DeployPlan plan = buildDeployPlan({v2}, report.statuses, {});
        QCOMPARE(plan.steps.at(0).action, DeployAction::Replace);

        pg::BlockingConnection other(db.conninfo());
        QVERIFY(other.exec(QStringLiteral("ALTER TABLE orders DISABLE TRIGGER guard")).ok());

        const pg::DeployResult result = pg::applyPlan(db.connection(), plan, report.fingerprint);
        QVERIFY(!result.ok);
        QVERIFY(result.changedSincePlan);
        QVERIFY(pg::describeDeployFailure(plan, result).contains(QLatin1String("nothing was run")));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT tgenabled FROM pg_trigger WHERE tgname = "
                                            "'guard'"))
                         .value(0, 0),
                 QStringLiteral("D"));
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
