// The cascade analysis: which tables trigger code writes (read with the one lexer), the graph of
// triggers firing triggers, its loops, Gel's stages and PostgreSQL's firing order.

#include "core/analysis/cascadeexport.h"
#include "core/analysis/cascadegraph.h"
#include "core/catalog/catalogsnapshot.h"
#include "core/io/designfile.h"
#include "core/sql/tablewrites.h"

#include <QJsonArray>
#include <QTest>

using namespace trigon;
using namespace Qt::StringLiterals;

namespace {

QList<TriggerDesign> designsFromFile(const QString &name)
{
    const DesignReadResult read
            = readDesignFile(QStringLiteral(TRIGON_TEST_DATA_DIR "/cascade/") + name);
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.toString()));
    return read.document->triggers;
}

QList<TriggerDesign> designsFromJson(const QByteArray &triggers)
{
    const DesignReadResult read = parseDesign(
            "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [" + triggers + "]}");
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.toString()));
    return read.document->triggers;
}

// "insert public.audit", "update public.orders (note, status)", one per write.
QStringList describe(const QList<TableWrite> &writes)
{
    QStringList lines;
    for (const TableWrite &write : writes) {
        QString line = eventName(write.event) + u' '
                + (write.qualified ? write.table.displayName() : write.table.name);
        if (!write.columns.isEmpty())
            line += u" ("_s + write.columns.join(u", "_s) + u')';
        lines.append(line);
    }
    return lines;
}

QStringList names(const CascadeGraph &graph, const QList<qsizetype> &triggers)
{
    QStringList result;
    for (qsizetype trigger : triggers)
        result.append(graph.triggers[trigger].name);
    return result;
}

// A trigger on `table` of the kinds the firing order cares about, as a design file has it.
QByteArray trigger(const char *name, const char *timing, const char *level,
                   const QByteArray &actions)
{
    return QByteArray("{\"name\": \"") + name + "\", \"table\": {\"name\": \"t\"}, \"timing\": \""
            + timing + "\", \"events\": [\"insert\"], \"level\": \"" + level + "\", \"actions\": ["
            + actions + "]}";
}

} // namespace

class TestCascadeGraph : public QObject
{
    Q_OBJECT

private slots:
    void tableWrites_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("writes");

        QTest::newRow("insert") << u"INSERT INTO audit (id) VALUES (NEW.id);"_s
                                << QStringList {u"insert audit"_s};
        QTest::newRow("qualified and quoted") << u"insert into \"Logs\".\"Audit Trail\" select 1;"_s
                                              << QStringList {u"insert Logs.Audit Trail"_s};
        QTest::newRow("update with alias and columns")
                << u"UPDATE ONLY orders AS o SET note = 'x', status = lower(o.status) "
                   "FROM audit a WHERE a.id = 1;"_s
                << QStringList {u"update orders (note, status)"_s};
        QTest::newRow("update of a row of columns")
                << u"UPDATE public.orders SET (note, total) = ('a', 1);"_s
                << QStringList {u"update public.orders (note, total)"_s};
        QTest::newRow("delete") << u"DELETE FROM public.sessions WHERE user_id = OLD.id;"_s
                                << QStringList {u"delete public.sessions"_s};
        QTest::newRow("upsert")
                << u"INSERT INTO counts AS c VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = "
                   "c.n + 1;"_s
                << QStringList {u"insert counts"_s, u"update counts (n)"_s};
        QTest::newRow("merge") << u"MERGE INTO stock s USING (SELECT 1 AS id) d ON s.id = d.id "
                                  "WHEN MATCHED THEN UPDATE SET qty = s.qty - 1 "
                                  "WHEN NOT MATCHED THEN INSERT VALUES (d.id, 0);"_s
                               << QStringList {u"update stock (qty)"_s, u"insert stock"_s};
        QTest::newRow("truncate several") << u"TRUNCATE TABLE a, ONLY b.c;"_s
                                          << QStringList {u"truncate a"_s, u"truncate b.c"_s};
        QTest::newRow("data-modifying CTE")
                << u"WITH gone AS (DELETE FROM queue RETURNING *) INSERT INTO done SELECT * "
                   "FROM gone;"_s
                << QStringList {u"delete queue"_s, u"insert done"_s};
        QTest::newRow("constant dynamic SQL")
                << u"EXECUTE 'UPDATE counters SET n = n + 1'; "
                   "EXECUTE format($q$DELETE FROM archive WHERE id = %s$q$, OLD.id);"_s
                << QStringList {u"update counters (n)"_s, u"delete archive"_s};
        QTest::newRow("a name built at run time is left out")
                << u"EXECUTE format('INSERT INTO %I VALUES (1)', TG_TABLE_NAME || '_log');"_s
                << QStringList {};
        QTest::newRow("keywords that write nothing")
                << u"PERFORM 1 FROM orders FOR UPDATE; "
                   "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
                   "-- INSERT INTO commented\n"
                   "RAISE NOTICE 'UPDATE x SET y = 1';"_s
                << QStringList {};
        QTest::newRow("statements inside IF")
                << u"IF NEW.total > 100 THEN UPDATE customers SET vip = true WHERE id = "
                   "NEW.customer_id; ELSE DELETE FROM vip_queue; END IF;"_s
                << QStringList {u"update customers (vip)"_s, u"delete vip_queue"_s};
        QTest::newRow("unterminated code")
                << u"INSERT INTO audit VALUES ('"_s << QStringList {u"insert audit"_s};
    }

    void tableWrites()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, writes);
        QCOMPARE(describe(tableWritesInSql(code)), writes);
    }

    void findsTheThreeTriggerLoop()
    {
        const CascadeGraph graph = buildCascadeGraph(designsFromFile(u"loop.trigon.json"_s));
        QCOMPARE(graph.loops.size(), 1);
        QCOMPARE(names(graph, graph.loops.first().triggers),
                 (QStringList {u"orders_audit"_s, u"audit_fanout"_s, u"fanout_touch_order"_s}));
        QCOMPARE(graph.loops.first().path,
                 u"public.orders → orders_audit → public.audit → audit_fanout → "
                 "public.audit_fanout → fanout_touch_order → public.orders"_s);

        const QList<Diagnostic> diagnostics = cascadeDiagnostics(graph);
        QCOMPARE(diagnostics.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(diagnostics[i].triggerIndex, i);
            QCOMPARE(diagnostics[i].severity, Diagnostic::Severity::Warning);
            QVERIFY(diagnostics[i].message.contains(graph.loops.first().path));
        }

        // Stages: the statement's trigger, then the ones it sets off, until one would fire again.
        QList<qsizetype> repeated;
        const QList<QList<qsizetype>> stages
                = cascadeStages(graph, {u"public"_s, u"orders"_s}, TriggerEvent::Insert, &repeated);
        QCOMPARE(stages.size(), 3);
        QCOMPARE(names(graph, stages[2]), QStringList {u"fanout_touch_order"_s});
        QCOMPARE(names(graph, repeated), QStringList {u"orders_audit"_s});
    }

    void aDepthGuardBreaksTheLoop()
    {
        const CascadeGraph guarded = buildCascadeGraph(designsFromFile(u"noloop.trigon.json"_s));
        QVERIFY(guarded.loops.isEmpty());
        QCOMPARE(guarded.edges.size(), 3); // still drawn: the guard bounds it, the edges stay
        QVERIFY(cascadeDiagnostics(guarded).isEmpty());

        // The one-click guard does the same to the unguarded design.
        QList<TriggerDesign> designs = designsFromFile(u"loop.trigon.json"_s);
        designs[1].condition = withDepthGuard(designs[1].condition);
        QCOMPARE(designs[1].condition->sql, u"pg_trigger_depth() < 2"_s);
        QVERIFY(buildCascadeGraph(designs).loops.isEmpty());
    }

    void updateOfColumnsThatAreNotSetFiresNothing()
    {
        const CascadeGraph graph = buildCascadeGraph(designsFromJson(
                "{\"name\": \"a\", \"table\": {\"name\": \"a\"}, \"timing\": \"after\", "
                "\"events\": [\"update\"], \"columns\": [\"status\"], \"actions\": [{\"kind\": "
                "\"sql\", \"body\": \"UPDATE a SET note = 'x' WHERE id = NEW.id;\"}]}"));
        QVERIFY(graph.edges.isEmpty());
        QVERIFY(graph.loops.isEmpty());
    }

    // Installed triggers join the graph; a design replaces the installed trigger of its name, and
    // unqualified names resolve through the search path.
    void joinsInstalledTriggers()
    {
        CatalogSnapshot catalog;
        for (const QString &name : {u"audit"_s, u"orders"_s}) {
            CatalogRelation relation;
            relation.oid = catalog.relations.size() + 1;
            relation.schema = u"app"_s;
            relation.name = name;
            catalog.relations.append(relation);
        }
        CatalogFunction function;
        function.oid = 10;
        function.schema = u"app"_s;
        function.name = u"log_order"_s;
        function.language = u"plpgsql"_s;
        function.source = u"BEGIN INSERT INTO audit VALUES (NEW.id); RETURN NEW; END"_s;
        catalog.functions.append(function);
        CatalogTrigger installed;
        installed.oid = 20;
        installed.relation = 2;
        installed.schema = u"app"_s;
        installed.table = u"orders"_s;
        installed.name = u"orders_log"_s;
        installed.events = {TriggerEvent::Insert};
        installed.function = 10;
        catalog.triggers.append(installed);
        installed.name = u"orders_replaced"_s;
        catalog.triggers.append(installed);

        const QList<TriggerDesign> designs = designsFromJson(
                "{\"name\": \"orders_replaced\", \"table\": {\"schema\": \"app\", \"name\": "
                "\"orders\"}, \"timing\": \"after\", \"events\": [\"insert\"], \"actions\": "
                "[{\"kind\": \"notify\", "
                "\"channel\": \"c\"}]},"
                "{\"name\": \"audit_watch\", \"table\": {\"schema\": \"app\", \"name\": "
                "\"audit\"}, \"timing\": \"after\", \"events\": [\"insert\"], \"actions\": "
                "[{\"kind\": \"notify\", "
                "\"channel\": \"c\"}]}");
        CascadeOptions options;
        options.searchPath = {u"app"_s, u"public"_s};
        const CascadeGraph graph = buildCascadeGraph(designs, &catalog, options);
        QCOMPARE(names(graph, {0, 1, 2}),
                 (QStringList {u"orders_replaced"_s, u"audit_watch"_s, u"orders_log"_s}));
        QCOMPARE(graph.triggers.size(), 3);
        QCOMPARE(graph.triggers[2].source, CascadeTrigger::Source::Installed);
        QCOMPARE(graph.triggers[2].writes.first().table, (TableRef {u"app"_s, u"audit"_s}));
        QCOMPARE(graph.edges, (QList<CascadeEdge> {{2, 1, TriggerEvent::Insert}}));
    }

    // BEFORE statement, BEFORE row (name order), the change, AFTER row, AFTER statement, then
    // deferred constraint triggers at commit.
    void firingOrderFollowsPostgres()
    {
        const QByteArray notify = "{\"kind\": \"notify\", \"channel\": \"c\"}";
        const QByteArray stops = "{\"kind\": \"sql\", \"body\": \"RETURN NULL;\"}";
        const QByteArray touch = "{\"kind\": \"set_timestamp\", \"columns\": [\"at\"]}";
        const QList<TriggerDesign> designs
                = designsFromJson(trigger("z_after_statement", "after", "statement", notify) + ','
                                  + trigger("b_after_row", "after", "row", notify) + ','
                                  + trigger("c_before_row_stops", "before", "row", stops) + ','
                                  + trigger("a_before_row_touch", "before", "row", touch) + ','
                                  + trigger("y_before_statement", "before", "statement", notify));
        const CascadeGraph graph = buildCascadeGraph(designs);
        const FiringOrder order = firingOrder(graph, {u"public"_s, u"t"_s}, TriggerEvent::Insert);
        QStringList steps;
        for (const FiringStep &step : order.steps)
            steps.append(step.trigger < 0 ? u"(row change)"_s : graph.triggers[step.trigger].name);
        QCOMPARE(steps,
                 (QStringList {u"y_before_statement"_s, u"a_before_row_touch"_s,
                               u"c_before_row_stops"_s, u"(row change)"_s, u"b_after_row"_s,
                               u"z_after_statement"_s}));
        QVERIFY(graph.triggers[2].mayStopRow);
        QVERIFY(!graph.triggers[3].mayStopRow);
        // Both BEFORE row triggers change or stop the row: their order is their names'.
        QCOMPARE(order.nameOrderPairs.size(), 1);
        QCOMPARE(names(graph, {order.nameOrderPairs[0].first, order.nameOrderPairs[0].second}),
                 (QStringList {u"a_before_row_touch"_s, u"c_before_row_stops"_s}));
        QCOMPARE(cascadeDiagnostics(graph).size(), 2);
    }

    void dotAndJson()
    {
        const CascadeGraph graph = buildCascadeGraph(designsFromFile(u"loop.trigon.json"_s));
        const QString dot = cascadeDot(graph);
        QVERIFY(dot.startsWith(u"digraph cascade {"_s));
        QVERIFY2(dot.contains(u"trigger2 -> table2 [label=\"UPDATE\", color=red];"_s),
                 qPrintable(dot));
        QVERIFY2(dot.contains(u"table2 -> trigger0 [label=\"INSERT OR UPDATE\", color=red];"_s),
                 qPrintable(dot));
        const QJsonObject json = cascadeJson(graph);
        QCOMPARE(json[u"triggers"_s].toArray().size(), 3);
        QCOMPARE(json[u"loops"_s].toArray().first()[u"path"_s].toString(),
                 graph.loops.first().path);
    }

    void dotQuotesNames()
    {
        const CascadeGraph graph = buildCascadeGraph(designsFromJson(
                "{\"name\": \"evil\\\"]; x [label=\\\"\", \"table\": {\"name\": \"a\\\\b\"}, "
                "\"timing\": \"after\", \"events\": [\"insert\"], \"actions\": [{\"kind\": "
                "\"notify\", \"channel\": "
                "\"c\"}]}"));
        const QString dot = cascadeDot(graph);
        QVERIFY2(dot.contains(u"label=\"evil\\\"]; x [label=\\\"\\nAFTER ROW\"]"_s),
                 qPrintable(dot));
        QVERIFY2(dot.contains(u"label=\"public.a\\\\b\""_s), qPrintable(dot));
    }
};

QTEST_GUILESS_MAIN(TestCascadeGraph)
#include "tst_cascadegraph.moc"
