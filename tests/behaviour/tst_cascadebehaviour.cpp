// The cascade analysis against what PostgreSQL does: a loop it reports recurses until the server
// stops it, the guard it suggests ends the recursion, and the firing order it predicts is the one
// the triggers leave in a log.

#include "tests/behaviour/deployhelper.h"

#include "core/analysis/cascadegraph.h"
#include "core/catalog/catalogsnapshot.h"
#include "core/io/designfile.h"
#include "core/pg/catalogloader.h"
#include "core/pg/functionchecker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace trigon;
using namespace trigon::test;
using namespace Qt::StringLiterals;

namespace {

QList<TriggerDesign> loopDesigns()
{
    const DesignReadResult read
            = readDesignFile(QStringLiteral(TRIGON_TEST_DATA_DIR "/cascade/loop.trigon.json"));
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.toString()));
    return read.document->triggers;
}

void createLoopTables(TestDatabase &db)
{
    db.mustExec(u"CREATE TABLE orders (id integer PRIMARY KEY, note text);"
                "CREATE TABLE audit (id serial PRIMARY KEY, order_id integer, what text);"
                "CREATE TABLE audit_fanout (audit_id integer);"_s);
}

// A trigger on t for INSERT that logs its name (and the row's id, at row level) in firing_log.
QByteArray loggingTrigger(const char *name, const char *timing, const char *level,
                          const char *extraBody = "")
{
    const bool row = QByteArray(level) == "row";
    return QByteArray("{\"name\": \"") + name + "\", \"table\": {\"name\": \"t\"}, \"timing\": \""
            + timing + "\", \"events\": [\"insert\"], \"level\": \"" + level
            + "\", \"actions\": [{\"kind\": \"sql\", \"body\": \"INSERT INTO firing_log (name, "
              "row_id) VALUES (TG_NAME, "
            + (row ? "NEW.id" : "NULL") + "); " + extraBody + "\"}]}";
}

} // namespace

class TestCascadeBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void theReportedLoopRecursesOnTheServer()
    {
        TestDatabase db;
        createLoopTables(db);
        const QList<TriggerDesign> designs = loopDesigns();
        QCOMPARE(buildCascadeGraph(designs).loops.size(), 1);
        const QString error = deploy(db, designs);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(u"SET max_stack_depth = '512kB'"_s);

        const pg::QueryResult result
                = db.connection().exec(u"INSERT INTO orders VALUES (1, NULL)"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().sqlState, u"54001"_s); // stack depth limit exceeded
        QCOMPARE(scalar(db, u"SELECT count(*) FROM audit"_s), u"0"_s);
    }

    void theSuggestedGuardEndsIt()
    {
        TestDatabase db;
        createLoopTables(db);
        QList<TriggerDesign> designs = loopDesigns();
        designs[0].condition = withDepthGuard(designs[0].condition);
        QVERIFY(buildCascadeGraph(designs).loops.isEmpty());
        const QString error = deploy(db, designs);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        db.mustExec(u"INSERT INTO orders VALUES (1, NULL)"_s);
        // The insert's own audit row, its fan-out, and the order's note; the update that closes
        // the loop runs at depth 3, where the guard keeps orders_audit from firing again.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM audit"_s), u"1"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_fanout"_s), u"1"_s);
        QCOMPARE(scalar(db, u"SELECT note FROM orders"_s), u"audited"_s);
    }

    // Five triggers of mixed timing and one that skips a row: what firingOrder() says, row by
    // row, is the order PostgreSQL logs.
    void thePredictedFiringOrderIsTheServers()
    {
        TestDatabase db;
        db.mustExec(u"CREATE TABLE t (id integer PRIMARY KEY);"
                    "CREATE TABLE firing_log (seq serial, name text, row_id integer);"_s);
        const DesignReadResult read
                = parseDesign("{\"format\": \"trigon\", \"version\": 1, \"triggers\": ["
                              + loggingTrigger("z_after_statement", "after", "statement") + ','
                              + loggingTrigger("b_after_row", "after", "row") + ','
                              + loggingTrigger("d_before_row", "before", "row") + ','
                              + loggingTrigger("c_before_row_skips_2", "before", "row",
                                               "IF NEW.id = 2 THEN RETURN NULL; END IF;")
                              + ',' + loggingTrigger("a_before_row", "before", "row") + ','
                              + loggingTrigger("y_before_statement", "before", "statement") + "]}");
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        const QList<TriggerDesign> designs = read.document->triggers;
        const QString error = deploy(db, designs);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The prediction for rows 1 and 2, where a trigger that may stop the row stops row 2.
        const CascadeGraph graph = buildCascadeGraph(designs);
        const FiringOrder order = firingOrder(graph, {u"public"_s, u"t"_s}, TriggerEvent::Insert);
        const auto stepsOf = [&](FiringStep::Phase phase) {
            QList<qsizetype> triggers;
            for (const FiringStep &step : order.steps) {
                if (step.phase == phase)
                    triggers.append(step.trigger);
            }
            return triggers;
        };
        QStringList predicted;
        for (qsizetype trigger : stepsOf(FiringStep::Phase::BeforeStatement))
            predicted.append(graph.triggers[trigger].name);
        QList<int> insertedRows;
        for (int row : {1, 2}) {
            bool stopped = false;
            for (qsizetype trigger : stepsOf(FiringStep::Phase::BeforeRow)) {
                predicted.append(graph.triggers[trigger].name + u' ' + QString::number(row));
                if (row == 2 && graph.triggers[trigger].mayStopRow) {
                    stopped = true;
                    break;
                }
            }
            if (!stopped)
                insertedRows.append(row);
        }
        for (int row : insertedRows) {
            for (qsizetype trigger : stepsOf(FiringStep::Phase::AfterRow))
                predicted.append(graph.triggers[trigger].name + u' ' + QString::number(row));
        }
        for (qsizetype trigger : stepsOf(FiringStep::Phase::AfterStatement))
            predicted.append(graph.triggers[trigger].name);

        db.mustExec(u"INSERT INTO t VALUES (1), (2)"_s);
        const pg::QueryResult log = db.mustExec(
                u"SELECT name || coalesce(' ' || row_id, '') FROM firing_log ORDER BY seq"_s);
        QStringList logged;
        for (int row = 0; row < log.rowCount(); ++row)
            logged.append(log.value(row, 0));
        QCOMPARE(logged, predicted);
        QCOMPARE(logged,
                 (QStringList {u"y_before_statement"_s, u"a_before_row 1"_s,
                               u"c_before_row_skips_2 1"_s, u"d_before_row 1"_s,
                               u"a_before_row 2"_s, u"c_before_row_skips_2 2"_s, u"b_after_row 1"_s,
                               u"z_after_statement"_s}));
    }

    // An installed function whose own search_path puts its unqualified table in another schema:
    // plpgsql_check's dependency report says which table it is; the search path alone cannot.
    void plpgsqlCheckResolvesUnqualifiedNames()
    {
        TestDatabase db;
        db.mustExec(u"CREATE EXTENSION plpgsql_check;"
                    "CREATE SCHEMA app;"
                    "CREATE TABLE app.audit (order_id integer);"
                    "CREATE TABLE public.audit (order_id integer);"
                    "CREATE TABLE orders (id integer);"
                    "CREATE FUNCTION log_order() RETURNS trigger LANGUAGE plpgsql "
                    "SET search_path = app AS $$BEGIN INSERT INTO audit VALUES (NEW.id); "
                    "RETURN NEW; END$$;"
                    "CREATE TRIGGER orders_log AFTER INSERT ON orders "
                    "FOR EACH ROW EXECUTE FUNCTION log_order();"_s);
        pg::PgError error;
        const std::optional<CatalogSnapshot> catalog = pg::loadCatalog(db.connection(), &error);
        QVERIFY2(catalog, qPrintable(error.toString()));
        const TableRef appAudit {u"app"_s, u"audit"_s};

        const CascadeGraph guessed = buildCascadeGraph({}, &*catalog);
        QCOMPARE(guessed.triggers.size(), 1);
        QCOMPARE(guessed.triggers[0].writes.first().table, (TableRef {u"public"_s, u"audit"_s}));

        const auto functionTables = pg::triggerFunctionTables(db.connection(), &error);
        QVERIFY2(functionTables, qPrintable(error.toString()));
        CascadeOptions options;
        options.functionTables = *functionTables;
        const CascadeGraph reported = buildCascadeGraph({}, &*catalog, options);
        QCOMPARE(reported.triggers[0].writes.first().table, appAudit);

        // trigon-cli graph --db does the same, with the designs of a file beside the installed.
        QProcess cli;
        cli.start(QCoreApplication::applicationDirPath() + u"/trigon-cli"_s,
                  {u"graph"_s, u"--format"_s, u"json"_s, u"--db"_s, db.conninfo(),
                   QStringLiteral(TRIGON_TEST_DATA_DIR "/cascade/noloop.trigon.json")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray triggers
                = QJsonDocument::fromJson(cli.readAllStandardOutput())[u"triggers"_s].toArray();
        QCOMPARE(triggers.size(), 4);
        QCOMPARE(triggers[3][u"name"_s].toString(), u"orders_log"_s);
        QCOMPARE(triggers[3][u"source"_s].toString(), u"installed"_s);
        QCOMPARE(triggers[3][u"writes"_s][0][u"schema"_s].toString(), u"app"_s);

        // And the server agrees: the row went to app.audit.
        db.mustExec(u"INSERT INTO orders VALUES (7)"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM app.audit"_s), u"1"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM public.audit"_s), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestCascadeBehaviour)
#include "tst_cascadebehaviour.moc"
