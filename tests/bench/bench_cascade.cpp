// The cascade graph of a large database: 5,000 installed triggers on 1,000 tables, each with its
// own PL/pgSQL function that writes other tables (so that the graph has edges, chains and
// loops). Budget: the whole graph (reading every function, the edges, the loops, the
// diagnostics and the DOT text) in under 1 s. The floor beside it: lexing the same function
// sources once, which any reading of them costs.
// A plain executable (not a ctest test): run build/bin/bench_cascade; it exits 1 over budget.

#include "core/analysis/cascadeexport.h"
#include "core/analysis/cascadegraph.h"
#include "core/catalog/catalogsnapshot.h"
#include "core/sql/sqllexer.h"
#include "tests/bench/cpuseconds.h"

#include <cstdio>

using namespace trigon;
using trigon::bench::cpuSeconds;

namespace {

constexpr int tableCount = 1000;
constexpr int triggersPerTable = 5;
constexpr double budgetSeconds = 1.0;

QString tableName(int table)
{
    return QStringLiteral("t%1").arg(table, 4, 10, QLatin1Char('0'));
}

// A function body of the usual size: a guard, an audit insert, an update of the next table (and
// of the table 10 before it, which closes loops), a notification.
QString functionSource(int table, int trigger)
{
    const QString next = tableName((table + 1) % tableCount);
    const QString back = tableName((table + tableCount - 10) % tableCount);
    return QStringLiteral(
                   "\nDECLARE\n  changed integer;\nBEGIN\n"
                   "  IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN\n"
                   "    RETURN NEW;\n  END IF;\n"
                   "  INSERT INTO audit_log (table_name, op, row_data, at)\n"
                   "    VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW), now());\n"
                   "  UPDATE %1 SET touched_at = now(), note = 'from %3' WHERE id = NEW.id;\n"
                   "  GET DIAGNOSTICS changed = ROW_COUNT;\n"
                   "  IF %4 = 0 THEN\n"
                   "    DELETE FROM %2 WHERE parent_id = NEW.id;\n  END IF;\n"
                   "  PERFORM pg_notify('changes', json_build_object('t', TG_TABLE_NAME, 'n', "
                   "changed)::text);\n"
                   "  RETURN NEW;\nEND\n")
            .arg(next, back, tableName(table))
            .arg(trigger);
}

CatalogSnapshot largeCatalog()
{
    CatalogSnapshot catalog;
    quint32 oid = 1;
    for (int table = 0; table < tableCount; ++table) {
        CatalogRelation relation;
        relation.oid = oid++;
        relation.schema = QStringLiteral("public");
        relation.name = tableName(table);
        catalog.relations.append(relation);
    }
    for (int table = 0; table < tableCount; ++table) {
        for (int trigger = 0; trigger < triggersPerTable; ++trigger) {
            CatalogFunction function;
            function.oid = oid++;
            function.schema = QStringLiteral("public");
            function.name = QStringLiteral("%1_trigger_%2").arg(tableName(table)).arg(trigger);
            function.language = QStringLiteral("plpgsql");
            function.source = functionSource(table, trigger);
            catalog.functions.append(function);

            CatalogTrigger installed;
            installed.oid = oid++;
            installed.relation = catalog.relations[table].oid;
            installed.schema = QStringLiteral("public");
            installed.table = tableName(table);
            installed.name = QStringLiteral("trigger_%1").arg(trigger);
            installed.timing = trigger < 2 ? TriggerTiming::Before : TriggerTiming::After;
            installed.events = {TriggerEvent::Insert, TriggerEvent::Update};
            // Some fire on UPDATE OF a column the functions never set.
            if (trigger == 4)
                installed.columns = {QStringLiteral("status")};
            installed.function = function.oid;
            catalog.triggers.append(installed);
        }
    }
    return catalog;
}

} // namespace

int main()
{
    const CatalogSnapshot catalog = largeCatalog();
    qsizetype tokens = 0;
    const double floor = cpuSeconds([&] {
        for (const CatalogFunction &function : catalog.functions)
            tokens += significantSqlTokens(function.source).size();
    });
    CascadeGraph graph;
    qsizetype dotSize = 0;
    qsizetype diagnostics = 0;
    const double whole = cpuSeconds([&] {
        graph = buildCascadeGraph({}, &catalog);
        diagnostics = cascadeDiagnostics(graph).size();
        dotSize = cascadeDot(graph).size();
    });
    std::printf("%lld installed triggers, %lld edges, %lld loops, %lld diagnostics, DOT %lld "
                "characters\n",
                qlonglong(graph.triggers.size()), qlonglong(graph.edges.size()),
                qlonglong(graph.loops.size()), qlonglong(diagnostics), qlonglong(dotSize));
    std::printf("floor: lexing the %lld functions once (%lld tokens): %.3f s\n",
                qlonglong(catalog.functions.size()), qlonglong(tokens), floor);
    std::printf("graph, loops, diagnostics and DOT:                  %.3f s (budget %.1f s, "
                "%.1fx the floor)\n",
                whole, budgetSeconds, whole / floor);
    if (graph.triggers.size() != tableCount * triggersPerTable || graph.loops.isEmpty()) {
        std::printf("FAIL: the graph is not what the catalog holds\n");
        return 1;
    }
    if (whole > budgetSeconds) {
        std::printf("FAIL: over budget\n");
        return 1;
    }
    std::printf("PASS\n");
    return 0;
}
