// The functions triggers execute beyond one generated function per trigger: one design over
// several tables (one shared function, a trigger on each table, each table's own WHEN), deployed
// through status and plan and taken apart again without dropping a function that a trigger still
// uses; existing functions (built-in or hand-written), which Trigon never creates or drops; and
// functions written in PL/Python.

#include "tests/behaviour/deployhelper.h"

#include "core/analysis/deployplan.h"
#include "core/analysis/designvalidator.h"
#include "core/pg/deployer.h"
#include "core/pg/testrunner.h"
#include "core/sql/scriptrenderer.h"

#include <QTest>

using namespace trigon;
using namespace trigon::test;

namespace {

// Three tables with different columns; orders.updated_at is maintained by the database.
void createTables(TestDatabase &db)
{
    db.mustExec(QStringLiteral(
            "CREATE SCHEMA sales;"
            "CREATE TABLE orders (id integer PRIMARY KEY, status text, updated_at timestamptz);"
            "CREATE TABLE customers (id integer PRIMARY KEY, email text);"
            "CREATE TABLE sales.items (id integer PRIMARY KEY, qty integer);"
            "INSERT INTO orders VALUES (1, 'new', NULL);"
            "INSERT INTO customers VALUES (1, 'a@example.org');"
            "INSERT INTO sales.items VALUES (1, 1);"));
}

// An audit of every real change on the three tables; `tables` is the design file's list.
TriggerDesign auditDesign(const QByteArray &tables = {})
{
    const QByteArray allTables
            = "{\"schema\": \"public\", \"name\": \"orders\", \"columns\": ["
              "{\"name\": \"id\", \"type\": \"integer\"}, {\"name\": \"status\", \"type\": "
              "\"text\"}, {\"name\": \"updated_at\", \"type\": \"timestamptz\", \"auto\": true}]},"
              "{\"schema\": \"public\", \"name\": \"customers\", \"columns\": ["
              "{\"name\": \"id\", \"type\": \"integer\"}, {\"name\": \"email\", \"type\": "
              "\"text\"}]},"
              "{\"schema\": \"sales\", \"name\": \"items\", \"columns\": ["
              "{\"name\": \"id\", \"type\": \"integer\"}, {\"name\": \"qty\", \"type\": "
              "\"integer\"}]}";
    return triggerFromJson(
            "{\"name\": \"audit_changes\", \"tables\": [" + (tables.isEmpty() ? allTables : tables)
            + "], \"timing\": \"after\", \"events\": [\"update\"],"
              " \"condition\": {\"any_change\": {\"exclude_auto\": true}},"
              " \"actions\": [{\"kind\": \"audit\", \"table\": {\"schema\": \"public\", "
              "\"name\": \"audit_log\"}, \"create_table\": true}]}");
}

pg::PreparedPlan plan(TestDatabase &db, const QList<TriggerDesign> &designs,
                      const pg::PlanRequest &request = {})
{
    pg::PgError error;
    const std::optional<pg::PreparedPlan> prepared
            = pg::preparePlan(db.connection(), designs, request, &error);
    if (!prepared)
        qFatal("plan failed: %s", qPrintable(error.toString()));
    return *prepared;
}

QString apply(TestDatabase &db, const pg::PreparedPlan &prepared)
{
    const pg::DeployResult result
            = pg::applyPlan(db.connection(), prepared.plan, prepared.fingerprint);
    return result.ok ? QString() : result.error.toString();
}

QString count(TestDatabase &db, const QString &sql)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM (%1) s").arg(sql));
}

// A design that executes an existing function with `arguments`, BEFORE `events` on `table`.
TriggerDesign existingFunctionDesign(const QByteArray &name, const QByteArray &table,
                                     const QByteArray &function, const QByteArray &events,
                                     const QByteArray &arguments = "[]")
{
    return triggerFromJson("{\"name\": \"" + name + "\", \"table\": {\"name\": \"" + table
                           + "\"}, \"function\": " + function
                           + ", \"timing\": \"before\", \"events\": " + events
                           + ", \"arguments\": " + arguments + "}");
}

// People, a log of them, and PL/Python in the database.
void createPeople(TestDatabase &db)
{
    db.mustExec(QStringLiteral("CREATE EXTENSION plpython3u;"
                               "CREATE TABLE people (id integer PRIMARY KEY, name text, "
                               "name_upper text);"
                               "CREATE TABLE people_log (name text, op text);"));
}

// A trigger on people whose function is `body` in PL/Python.
TriggerDesign pythonDesign(const QByteArray &name, const QByteArray &timing, const QByteArray &body)
{
    QByteArray escaped = body;
    escaped.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return triggerFromJson("{\"name\": \"" + name
                           + "\", \"table\": {\"name\": \"people\"}, \"timing\": \"" + timing
                           + "\", \"events\": [\"insert\", \"update\"], \"actions\": "
                             "[{\"kind\": \"python\", \"body\": \""
                           + escaped + "\"}]}");
}

// Upper-cases the name into name_upper by modifying TD["new"].
TriggerDesign pythonUpperCase()
{
    return pythonDesign("people_upper", "before",
                        "TD[\"new\"][\"name_upper\"] = TD[\"new\"][\"name\"].upper()\n"
                        "return \"MODIFY\"\n");
}

const QString sharedFunctions
        = QStringLiteral("SELECT 1 FROM pg_proc WHERE proname = 'audit_changes' AND pronamespace = "
                         "'public'::regnamespace");
const QString auditTriggers
        = QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = 'audit_changes'");

} // namespace

class TestTriggerFunctions : public QObject
{
    Q_OBJECT

private slots:
    // The script: the function once, then three CREATE TRIGGERs, each with its table's columns.
    void rendersOneFunctionAndATriggerPerTable()
    {
        const TriggerDesign design = auditDesign();
        const QString sql = renderTriggerInstall(design, RenderOptions {});
        QCOMPARE(sql.count(QLatin1String("CREATE OR REPLACE FUNCTION public.audit_changes()")), 1);
        QCOMPARE(sql.count(QLatin1String("EXECUTE FUNCTION public.audit_changes()")), 3);
        QVERIFY2(sql.contains(QLatin1String("OLD.status IS DISTINCT FROM NEW.status")),
                 qPrintable(sql));
        QVERIFY(sql.contains(QLatin1String("OLD.email IS DISTINCT FROM NEW.email")));
        QVERIFY(sql.contains(QLatin1String("OLD.qty IS DISTINCT FROM NEW.qty")));
        QVERIFY(!sql.contains(QLatin1String("OLD.updated_at"))); // an auto column
        QCOMPARE(triggerFunction(design), (FunctionRef {"public", "audit_changes"}));
    }

    // Deployed through status and plan: one function, three triggers; each table's changes are
    // audited with the table's name, and an update that changes nothing real is not.
    void auditsEachTableThroughOneFunction()
    {
        TestDatabase db;
        createTables(db);
        const TriggerDesign design = auditDesign();
        QVERIFY(!hasErrors(validateTrigger(design, 0)));
        const pg::PreparedPlan prepared = plan(db, {design});
        QCOMPARE(prepared.plan.steps.size(), 3);
        QCOMPARE(prepared.plan.script().count(QLatin1String("CREATE OR REPLACE FUNCTION")), 1);
        const QString error = apply(db, prepared);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QCOMPARE(count(db, sharedFunctions), QStringLiteral("1"));
        QCOMPARE(count(db, auditTriggers), QStringLiteral("3"));
        QCOMPARE(count(db,
                       QStringLiteral("SELECT DISTINCT tgfoid FROM pg_trigger WHERE tgname = "
                                      "'audit_changes'")),
                 QStringLiteral("1"));

        db.mustExec(QStringLiteral("UPDATE orders SET status = 'paid';"
                                   "UPDATE orders SET updated_at = now();" // auto: no audit
                                   "UPDATE customers SET email = 'b@example.org';"
                                   "UPDATE customers SET email = email;" // no change
                                   "UPDATE sales.items SET qty = 2;"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT string_agg(table_schema || '.' || table_name, ', ' "
                                       "ORDER BY id) FROM audit_log")),
                 QStringLiteral("public.orders, public.customers, sales.items"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT new_data->>'email' FROM audit_log WHERE "
                                       "table_name = 'customers'")),
                 QStringLiteral("b@example.org"));

        const pg::PreparedPlan again = plan(db, {design});
        QVERIFY2(again.plan.isEmpty(), qPrintable(again.plan.script()));
    }

    // Taking one table out of the design and pruning drops that table's trigger and keeps the
    // function; uninstalling one of the rest keeps it too; the last one takes it along.
    void dropsTheFunctionWithItsLastTrigger()
    {
        TestDatabase db;
        createTables(db);
        QVERIFY(apply(db, plan(db, {auditDesign()})).isEmpty());

        const TriggerDesign twoTables = auditDesign(
                "{\"name\": \"orders\"}, {\"schema\": \"sales\", \"name\": \"items\"}");
        pg::PlanRequest prune;
        prune.prune = true;
        const pg::PreparedPlan pruned = plan(db, {twoTables}, prune);
        QVERIFY2(!pruned.plan.script().contains(QLatin1String("DROP FUNCTION")),
                 qPrintable(pruned.plan.script()));
        QVERIFY(apply(db, pruned).isEmpty());
        QCOMPARE(count(db, auditTriggers), QStringLiteral("2"));
        QCOMPARE(count(db, sharedFunctions), QStringLiteral("1"));

        pg::PlanRequest uninstall;
        uninstall.operation = TriggerOperation::Uninstall;
        uninstall.targets = {{TableRef {"public", "orders"}, QStringLiteral("audit_changes")}};
        const pg::PreparedPlan one = plan(db, {twoTables}, uninstall);
        QVERIFY(!one.plan.script().contains(QLatin1String("DROP FUNCTION")));
        QVERIFY(apply(db, one).isEmpty());
        QCOMPARE(count(db, auditTriggers), QStringLiteral("1"));
        QCOMPARE(count(db, sharedFunctions), QStringLiteral("1"));

        uninstall.targets = {{TableRef {"sales", "items"}, QStringLiteral("audit_changes")}};
        const pg::PreparedPlan last = plan(db, {twoTables}, uninstall);
        QCOMPARE(last.plan.script().count(QLatin1String("DROP FUNCTION")), 1);
        QVERIFY(apply(db, last).isEmpty());
        QCOMPARE(count(db, auditTriggers), QStringLiteral("0"));
        QCOMPARE(count(db, sharedFunctions), QStringLiteral("0"));
    }

    // A one-table design that grows to several tables moves its trigger to the shared function;
    // the function it had is dropped with the move, since no trigger uses it any more.
    void growingToSeveralTablesDropsTheOldFunction()
    {
        TestDatabase db;
        createTables(db);
        const TriggerDesign three = auditDesign();
        TriggerDesign one = tableTriggers(three).constFirst();
        one.tables.clear();
        QVERIFY(apply(db, plan(db, {one})).isEmpty());
        const QString oldFunction
                = QStringLiteral("SELECT 1 FROM pg_proc WHERE proname = 'orders__audit_changes'");
        QCOMPARE(count(db, oldFunction), QStringLiteral("1"));

        const pg::PreparedPlan grown = plan(db, {three});
        QVERIFY2(grown.plan.script().contains(
                         QLatin1String("DROP FUNCTION public.orders__audit_changes() RESTRICT")),
                 qPrintable(grown.plan.script()));
        const QString error = apply(db, grown);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count(db, oldFunction), QStringLiteral("0"));
        QCOMPARE(count(db, sharedFunctions), QStringLiteral("1"));
        QCOMPARE(count(db, auditTriggers), QStringLiteral("3"));
        QVERIFY(plan(db, {three}).plan.isEmpty());
    }

    // A function of the shared function's name that someone wrote by hand is not replaced in
    // silence: the plan says so and the step needs confirming.
    void replacingAHandWrittenFunctionIsDestructive()
    {
        TestDatabase db;
        createTables(db);
        db.mustExec(QStringLiteral("CREATE FUNCTION public.audit_changes() RETURNS trigger "
                                   "LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END'"));
        const pg::PreparedPlan prepared = plan(db, {auditDesign()});
        QVERIFY(prepared.plan.hasDestructiveSteps());
        QVERIFY2(
                prepared.plan.steps.at(0).reason.contains(QLatin1String(
                        "replaces the function public.audit_changes(), which Trigon did not make")),
                qPrintable(prepared.plan.steps.at(0).reason));
    }

    // The uninstall script drops every table's trigger and then the function, once.
    void uninstallScriptRemovesEverything()
    {
        TestDatabase db;
        createTables(db);
        const TriggerDesign design = auditDesign();
        QVERIFY(deploy(db, {design}).isEmpty());
        const QString script = renderUninstallScript({design}, RenderOptions {});
        QCOMPARE(script.count(QLatin1String("DROP FUNCTION")), 1);
        const pg::QueryResult result = db.connection().execScript(script);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(count(db, auditTriggers), QStringLiteral("0"));
        QCOMPARE(count(db, sharedFunctions), QStringLiteral("0"));
    }

    // tsvector_update_trigger from pg_catalog keeps a search column up to date; Trigon's install
    // script creates only the trigger, status is clean, and uninstalling leaves the function.
    void executesTsvectorUpdateTrigger()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE docs (id integer PRIMARY KEY, title text, "
                                   "description text, fulltext tsvector)"));
        const TriggerDesign design = existingFunctionDesign(
                "docs_fulltext", "docs",
                "{\"schema\": \"pg_catalog\", \"name\": \"tsvector_update_trigger\"}",
                "[\"insert\", \"update\"]",
                "[\"fulltext\", \"pg_catalog.english\", \"title\", \"description\"]");
        QVERIFY(!hasErrors(validateTrigger(design, 0)));
        const QString script = renderTriggerInstall(design, RenderOptions {});
        QVERIFY2(!script.contains(QLatin1String("CREATE OR REPLACE FUNCTION")), qPrintable(script));
        QVERIFY2(script.contains(QLatin1String(
                         "EXECUTE FUNCTION pg_catalog.tsvector_update_trigger('fulltext', "
                         "'pg_catalog.english', 'title', 'description');")),
                 qPrintable(script));
        const QString error = apply(db, plan(db, {design}));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        db.mustExec(QStringLiteral("INSERT INTO docs VALUES (1, 'Cats', 'sleeping all day')"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT fulltext @@ to_tsquery('english', 'sleep') "
                                       "FROM docs")),
                 QStringLiteral("t"));
        QVERIFY(plan(db, {design}).plan.isEmpty());

        pg::PlanRequest uninstall;
        uninstall.operation = TriggerOperation::Uninstall;
        uninstall.targets = {{TableRef {"public", "docs"}, QStringLiteral("docs_fulltext")}};
        const pg::PreparedPlan removal = plan(db, {design}, uninstall);
        QVERIFY(!removal.plan.script().contains(QLatin1String("DROP FUNCTION")));
        QVERIFY(apply(db, removal).isEmpty());
        QCOMPARE(count(db,
                       QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = 'docs_fulltext'")),
                 QStringLiteral("0"));
        QVERIFY(!renderUninstallScript({design}, RenderOptions {})
                         .contains(QLatin1String("DROP FUNCTION")));
    }

    // suppress_redundant_updates_trigger: an UPDATE that changes nothing writes no row version.
    void executesSuppressRedundantUpdatesTrigger()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE prices (id integer PRIMARY KEY, amount numeric);"
                                   "INSERT INTO prices VALUES (1, 10);"));
        const TriggerDesign design
                = existingFunctionDesign("prices_skip_same", "prices",
                                         "{\"schema\": \"pg_catalog\", \"name\": "
                                         "\"suppress_redundant_updates_trigger\"}",
                                         "[\"update\"]");
        QVERIFY(apply(db, plan(db, {design})).isEmpty());
        QCOMPARE(db.mustExec(QStringLiteral("UPDATE prices SET amount = 10")).rowsAffected(), 0);
        QCOMPARE(db.mustExec(QStringLiteral("UPDATE prices SET amount = 11")).rowsAffected(), 1);
    }

    // A hand-written function: status says when it is missing; deploying, pruning and the
    // uninstall script never drop it.
    void leavesAHandWrittenFunctionAlone()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE notes (id integer PRIMARY KEY, body text, "
                                   "touched boolean DEFAULT false)"));
        const TriggerDesign design = existingFunctionDesign(
                "notes_touch", "notes", "{\"name\": \"touch\"}", "[\"update\"]");
        const pg::StatusReport missing = [&] {
            pg::PgError error;
            return *pg::checkStatus(db.connection(), {design}, &error);
        }();
        QCOMPARE(missing.statuses.at(0).state, TriggerState::Missing);
        QVERIFY2(missing.statuses.at(0).reasons.contains(
                         QStringLiteral("the function public.touch() does not exist")),
                 qPrintable(missing.statuses.at(0).reasons.join(u'\n')));

        db.mustExec(QStringLiteral("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
                                   "'BEGIN NEW.touched := true; RETURN NEW; END'"));
        QVERIFY(apply(db, plan(db, {design})).isEmpty());
        db.mustExec(
                QStringLiteral("INSERT INTO notes VALUES (1, 'a'); UPDATE notes SET body = 'b'"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT touched FROM notes")), QStringLiteral("t"));

        // Out of the design and pruned: the trigger goes, the function stays.
        pg::PlanRequest prune;
        prune.prune = true;
        const pg::PreparedPlan pruned = plan(db, {}, prune);
        QVERIFY2(!pruned.plan.script().contains(QLatin1String("DROP FUNCTION")),
                 qPrintable(pruned.plan.script()));
        QVERIFY(apply(db, pruned).isEmpty());
        QCOMPARE(count(db, QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = 'notes_touch'")),
                 QStringLiteral("0"));
        QCOMPARE(count(db, QStringLiteral("SELECT 1 FROM pg_proc WHERE proname = 'touch'")),
                 QStringLiteral("1"));
    }

    void refusesActionsBesideAnExistingFunction()
    {
        TriggerDesign design = existingFunctionDesign("notes_touch", "notes",
                                                      "{\"name\": \"touch\"}", "[\"update\"]");
        design.actions.append(ProtectAction {});
        const QList<Diagnostic> diagnostics = validateTrigger(design, 0);
        QVERIFY(hasErrors(diagnostics));
        QCOMPARE(diagnostics.at(0).field, QStringLiteral("actions"));
        QVERIFY2(diagnostics.at(0).message.contains(QLatin1String("public.touch()")),
                 qPrintable(diagnostics.at(0).message));
    }

    // A PL/Python function that modifies NEW: deployed through status and plan, it does its work,
    // and status afterwards finds it installed (its language is part of the compared definition).
    void pythonModifiesNew()
    {
        TestDatabase db;
        createPeople(db);
        const TriggerDesign design = pythonUpperCase();
        QVERIFY(!hasErrors(validateTrigger(design, 0)));
        const QString sql = renderTriggerInstall(design, RenderOptions {});
        QVERIFY2(sql.contains(QLatin1String("LANGUAGE plpython3u")), qPrintable(sql));
        const QString error = apply(db, plan(db, {design}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("INSERT INTO people (id, name) VALUES (1, 'Ada');"
                                   "UPDATE people SET name = 'Grace'"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT name_upper FROM people")),
                 QStringLiteral("GRACE"));
        const pg::PreparedPlan again = plan(db, {design});
        QVERIFY2(again.plan.isEmpty(), qPrintable(again.plan.script()));
    }

    // A PL/Python function that inserts through a prepared plan, kept in SD between calls; the
    // body is indented as a whole, which the render takes away.
    void pythonInsertsThroughAPreparedPlan()
    {
        TestDatabase db;
        createPeople(db);
        const TriggerDesign design = pythonDesign(
                "people_log", "after",
                "    if \"plan\" not in SD:\n"
                "        SD[\"plan\"] = plpy.prepare(\"INSERT INTO people_log (name, op) VALUES "
                "($1, $2)\", [\"text\", \"text\"])\n"
                "    plpy.execute(SD[\"plan\"], [TD[\"new\"][\"name\"], TD[\"event\"]])\n");
        QVERIFY(apply(db, plan(db, {design})).isEmpty());
        db.mustExec(QStringLiteral("INSERT INTO people (id, name) VALUES (1, 'Ada'), (2, 'Bob');"
                                   "UPDATE people SET name = 'Eve' WHERE id = 2"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT string_agg(name || ':' || op, ', ' ORDER BY "
                                       "ctid) FROM people_log")),
                 QStringLiteral("Ada:INSERT, Bob:INSERT, Eve:UPDATE"));
    }

    // The test bench runs a PL/Python trigger like any other, firing trace included.
    void testBenchRunsPython()
    {
        TestDatabase db;
        createPeople(db);
        TriggerDesign design = pythonUpperCase();
        TriggerTestCase test;
        test.name = QStringLiteral("upper-cases");
        test.action = QStringLiteral("INSERT INTO people (id, name) VALUES (7, 'Lin')");
        test.queries = {{QStringLiteral("SELECT name_upper FROM people WHERE id = 7"),
                         {{QStringLiteral("LIN")}}}};
        test.firedOrder = QStringList {QStringLiteral("people_upper")};
        design.tests = {test};
        const pg::TestCaseResult result = pg::runTestCase(db.connection(), {design}, 0, 0);
        QVERIFY2(result.passed, qPrintable(result.failures.join(u'\n')));
    }

    // Without PL/Python in the database, deploy says so before anything runs, and how to add it.
    void refusesPythonWhereTheServerLacksIt()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE people (id integer, name text, name_upper text)"));
        pg::PgError error;
        QVERIFY(!pg::preparePlan(db.connection(), {pythonUpperCase()}, {}, &error));
        QCOMPARE(error.message,
                 QStringLiteral("trigger people_upper is written in plpython3u, "
                                "which the server does not have"));
        QVERIFY2(error.hint.contains(QLatin1String("CREATE EXTENSION plpython3u")),
                 qPrintable(error.hint));
    }

    void refusesPythonBesideOtherActions()
    {
        TriggerDesign design = pythonUpperCase();
        design.actions.prepend(ProtectAction {});
        const QList<Diagnostic> diagnostics = validateTrigger(design, 0);
        const auto python
                = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
                      return d.field == QLatin1String("actions[1]");
                  });
        QVERIFY(python != diagnostics.cend());
        QVERIFY(python->isError());
        QVERIFY2(python->message.contains(QLatin1String("cannot be combined")),
                 qPrintable(python->message));
    }

    // The pickers of a design over several tables offer the columns all its tables have.
    void offersTheColumnsEveryTableHas()
    {
        TriggerDesign design = auditDesign();
        QCOMPARE(design.columnNames(), QStringList {QStringLiteral("id")});
        QCOMPARE(design.tablesDisplayName(),
                 QStringLiteral("public.orders, public.customers, sales.items"));
        design.tables.append(DesignTable {TableRef {QStringLiteral("public"), QStringLiteral("x")},
                                          {{QStringLiteral("id"), QStringLiteral("int")}}});
        QCOMPARE(design.tablesDisplayName(),
                 QStringLiteral("public.orders, public.customers, sales.items and 1 more"));
    }

    // A field one of the tables lacks is an error naming that table.
    void namesTheTableThatLacksAField_data()
    {
        QTest::addColumn<QString>("field"); // of the diagnostics expected
        QTest::addColumn<bool>("inAction");
        QTest::newRow("in a condition") << "condition.any_change.fields[0]" << false;
        QTest::newRow("in an action") << "actions[1].columns[0]" << true;
    }

    // status is a column of orders only: the other two tables are named, each once.
    void namesTheTableThatLacksAField()
    {
        QFETCH(QString, field);
        QFETCH(bool, inAction);
        TriggerDesign design = auditDesign();
        if (inAction) {
            design.timing = TriggerTiming::Before;
            design.actions.append(SetTimestampAction {{QStringLiteral("status")}});
        } else {
            design.condition
                    = Condition::change(ConditionKind::AnyChange, {QStringLiteral("status")});
        }
        QStringList errors;
        for (const Diagnostic &diagnostic : validateTrigger(design, 0)) {
            if (diagnostic.isError() && diagnostic.field == field)
                errors.append(diagnostic.message);
        }
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QLatin1String("public.customers")),
                 qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QLatin1String("sales.items")), qPrintable(errors.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestTriggerFunctions)
#include "tst_triggerfunctions.moc"
