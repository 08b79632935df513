#include "core/analysis/cascadegraph.h"

#include "core/catalog/catalogsnapshot.h"
#include "core/model/action.h"
#include "core/sql/scriptrenderer.h"
#include "core/sql/tablewrites.h"
#include "core/sql/whenexpression.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace trigon {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CascadeGraph)
};

// Whether raw SQL anywhere in the condition checks pg_trigger_depth(), in WHEN or in the function.
bool conditionGuardsDepth(const Condition &condition)
{
    if (condition.kind == ConditionKind::Sql || condition.kind == ConditionKind::Exists)
        return mentionsTriggerDepth(condition.sql);
    return std::any_of(condition.operands.cbegin(), condition.operands.cend(),
                       conditionGuardsDepth);
}

// What an installed function does to the cascade, read from its PL/pgSQL source. One that is
// not there (a design's existing function while not connected) or not PL/pgSQL (C, internal,
// another language) cannot be read: its writes are unknown and it may do anything.
void readFunction(const CatalogFunction *function, CascadeTrigger &cascade)
{
    if (!function || function->language != u"plpgsql") {
        cascade.writesKnown = false;
        cascade.mayStopRow = true;
        cascade.changesOutcome = true;
        return;
    }
    PlpgsqlReading reading = readPlpgsql(function->source);
    cascade.writes = std::move(reading.writes);
    cascade.mayStopRow = reading.returnsNull;
    cascade.changesOutcome = reading.returnsNull || reading.assignsNewRow;
    cascade.depthGuarded = cascade.depthGuarded || reading.mentionsTriggerDepth;
}

CascadeTrigger designTrigger(const TriggerDesign &trigger, qsizetype index,
                             const CatalogSnapshot *installed)
{
    CascadeTrigger cascade;
    cascade.source = CascadeTrigger::Source::Design;
    cascade.designIndex = index;
    cascade.designId = trigger.id;
    cascade.name = trigger.name;
    cascade.table = trigger.table;
    cascade.timing = trigger.timing;
    cascade.events = trigger.events;
    cascade.columns = trigger.columns;
    cascade.level = trigger.level;
    cascade.constraint = trigger.constraint.has_value();
    cascade.initiallyDeferred = trigger.constraint && trigger.constraint->initiallyDeferred;
    cascade.enabled = trigger.enabled;
    cascade.when = trigger.condition ? whenClause(renderTriggerDefinition(trigger, {})) : QString();
    const FunctionRef function = triggerFunction(trigger);
    cascade.function = function.displayName();
    cascade.depthGuarded = trigger.condition && conditionGuardsDepth(*trigger.condition);

    if (trigger.existingFunction) {
        // Trigon does not make this function: what it does is in the database, when connected.
        readFunction(installed ? installed->function(function.schema, function.name) : nullptr,
                     cascade);
        return cascade;
    }
    for (const Action &action : trigger.actions) {
        const std::optional<QList<TableWrite>> writes
                = std::visit([&](const auto &kind) { return tableWrites(kind, trigger); }, action);
        if (writes)
            cascade.writes.append(*writes);
        else
            cascade.writesKnown = false;
        cascade.changesOutcome = cascade.changesOutcome || actionChangesOutcome(action);
        cascade.mayStopRow = cascade.mayStopRow
                || std::visit([](const auto &kind) { return mayStopRow(kind); }, action);
        if (const auto *sql = std::get_if<SqlAction>(&action))
            cascade.depthGuarded = cascade.depthGuarded || mentionsTriggerDepth(sql->body);
    }
    return cascade;
}

CascadeTrigger installedTrigger(const CatalogTrigger &trigger, const CatalogSnapshot &catalog)
{
    CascadeTrigger cascade;
    cascade.source = CascadeTrigger::Source::Installed;
    cascade.name = trigger.name;
    cascade.table = {trigger.schema, trigger.table};
    cascade.timing = trigger.timing;
    cascade.events = trigger.events;
    cascade.columns = trigger.columns;
    cascade.level = trigger.level;
    cascade.constraint = trigger.isConstraint;
    cascade.initiallyDeferred = trigger.initiallyDeferred;
    cascade.enabled = trigger.enabled;
    cascade.when = trigger.when;
    cascade.depthGuarded = mentionsTriggerDepth(trigger.when);
    const CatalogFunction *function = catalog.function(trigger.function);
    if (function) {
        cascade.function = function->schema + u'.' + function->name;
        cascade.functionOid = function->oid;
    }
    readFunction(function, cascade);
    return cascade;
}

// Finds the schema of each unqualified write: the one plpgsql_check's report gives for the
// function, else the first schema of the search path that has such a table, as PostgreSQL
// resolves the name when the function runs; the first schema of the path when none is known.
void resolveSchemas(QList<CascadeTrigger> &triggers, const QSet<TableRef> &knownTables,
                    const CascadeOptions &options)
{
    const QStringList &searchPath = options.searchPath;
    const QString fallback = searchPath.value(0, QStringLiteral("public"));
    for (CascadeTrigger &trigger : triggers) {
        const QList<TableRef> reported = options.functionTables.value(trigger.functionOid);
        for (TableWrite &write : trigger.writes) {
            if (write.qualified)
                continue;
            write.qualified = true;
            const auto named
                    = std::find_if(reported.cbegin(), reported.cend(), [&](const TableRef &table) {
                          return table.name == write.table.name;
                      });
            if (named != reported.cend()) {
                write.table.schema = named->schema;
                continue;
            }
            write.table.schema = fallback;
            for (const QString &schema : searchPath) {
                if (knownTables.contains(TableRef {schema, write.table.name})) {
                    write.table.schema = schema;
                    break;
                }
            }
        }
    }
}

bool writeFires(const TableWrite &write, const CascadeTrigger &trigger)
{
    if (!trigger.firesNormally() || trigger.table != write.table
        || !trigger.events.contains(write.event))
        return false;
    // TRUNCATE fires statement triggers only.
    if (write.event == TriggerEvent::Truncate && trigger.level == TriggerLevel::Row)
        return false;
    if (write.event != TriggerEvent::Update || trigger.columns.isEmpty() || write.columns.isEmpty())
        return true;
    return std::any_of(write.columns.cbegin(), write.columns.cend(),
                       [&](const QString &column) { return trigger.columns.contains(column); });
}

// The loops of the graph, one per strongly connected component (and per trigger firing itself),
// each the shortest cycle through the component's first trigger. A trigger that checks
// pg_trigger_depth() breaks the loops through it.
QList<CascadeLoop> findLoops(const CascadeGraph &graph)
{
    const qsizetype count = graph.triggers.size();
    QList<QList<qsizetype>> next(count);
    for (const CascadeEdge &edge : graph.edges) {
        if (!graph.triggers[edge.to].depthGuarded && !graph.triggers[edge.from].depthGuarded
            && !next[edge.from].contains(edge.to))
            next[edge.from].append(edge.to);
    }

    // Tarjan's algorithm, iterative so that long chains cannot exhaust the stack.
    QList<qsizetype> index(count, -1), lowLink(count, 0), component(count, -1);
    QList<bool> onStack(count, false);
    QList<qsizetype> stack;
    qsizetype counter = 0, components = 0;
    struct Frame
    {
        qsizetype node;
        qsizetype edge;
    };
    for (qsizetype root = 0; root < count; ++root) {
        if (index[root] >= 0)
            continue;
        QList<Frame> frames {{root, 0}};
        index[root] = lowLink[root] = counter++;
        stack.append(root);
        onStack[root] = true;
        while (!frames.isEmpty()) {
            Frame &frame = frames.last();
            if (frame.edge < next[frame.node].size()) {
                const qsizetype to = next[frame.node][frame.edge++];
                if (index[to] < 0) {
                    index[to] = lowLink[to] = counter++;
                    stack.append(to);
                    onStack[to] = true;
                    frames.append({to, 0});
                } else if (onStack[to]) {
                    lowLink[frame.node] = std::min(lowLink[frame.node], index[to]);
                }
                continue;
            }
            const qsizetype node = frame.node;
            frames.removeLast();
            if (!frames.isEmpty())
                lowLink[frames.last().node] = std::min(lowLink[frames.last().node], lowLink[node]);
            if (lowLink[node] == index[node]) {
                qsizetype member;
                do {
                    member = stack.takeLast();
                    onStack[member] = false;
                    component[member] = components;
                } while (member != node);
                ++components;
            }
        }
    }

    QList<CascadeLoop> loops;
    QList<bool> seen(components, false);
    // Shared by the searches below, each resetting what it set: most components are one trigger.
    QList<qsizetype> parent(count, -1);
    for (qsizetype start = 0; start < count; ++start) {
        const qsizetype c = component[start];
        if (seen[c])
            continue;
        // Breadth-first from `start` within its component back to `start`.
        QList<qsizetype> queue {start};
        qsizetype closing = -1;
        for (qsizetype head = 0; head < queue.size() && closing < 0; ++head) {
            for (qsizetype to : next[queue[head]]) {
                if (to == start) {
                    closing = queue[head];
                    break;
                }
                if (component[to] == c && parent[to] < 0 && to != start) {
                    parent[to] = queue[head];
                    queue.append(to);
                }
            }
        }
        CascadeLoop loop;
        if (closing >= 0) {
            for (qsizetype at = closing; at != start; at = parent[at])
                loop.triggers.prepend(at);
            loop.triggers.prepend(start);
        }
        for (qsizetype visited : std::as_const(queue))
            parent[visited] = -1;
        if (closing < 0)
            continue; // a component of one trigger that does not fire itself
        seen[c] = true;
        QStringList path;
        for (qsizetype trigger : loop.triggers) {
            path.append(graph.triggers[trigger].table.displayName());
            path.append(graph.triggers[trigger].name);
        }
        path.append(graph.triggers[start].table.displayName());
        loop.path = path.join(QStringLiteral(" → "));
        loops.append(loop);
    }
    return loops;
}

} // namespace

QList<qsizetype> CascadeGraph::triggersFiredBy(const TableRef &table, TriggerEvent event) const
{
    QList<qsizetype> fired;
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        if (writeFires(TableWrite {table, true, event, {}}, triggers[i]))
            fired.append(i);
    }
    return fired;
}

QList<const CascadeLoop *> CascadeGraph::loopsThrough(qsizetype trigger) const
{
    QList<const CascadeLoop *> through;
    for (const CascadeLoop &loop : loops) {
        if (loop.triggers.contains(trigger))
            through.append(&loop);
    }
    return through;
}

CascadeGraph buildCascadeGraph(const QList<TriggerDesign> &designs,
                               const CatalogSnapshot *installed, const CascadeOptions &options)
{
    CascadeGraph graph;
    QSet<TableRef> knownTables;
    QSet<std::pair<TableRef, QString>> designed;
    for (qsizetype i = 0; i < designs.size(); ++i) {
        for (const TriggerDesign &trigger : tableTriggers(designs[i])) {
            graph.triggers.append(designTrigger(trigger, i, installed));
            knownTables.insert(trigger.table);
            designed.insert({trigger.table, trigger.name});
        }
    }
    if (installed) {
        for (const CatalogRelation &relation : installed->relations)
            knownTables.insert({relation.schema, relation.name});
        for (const CatalogTrigger &trigger : installed->triggers) {
            // A clone on a partition fires as its parent's trigger, which the graph has already.
            if (trigger.isClone
                || designed.contains({{trigger.schema, trigger.table}, trigger.name}))
                continue;
            graph.triggers.append(installedTrigger(trigger, *installed));
        }
    }
    resolveSchemas(graph.triggers, knownTables, options);

    // Edges through a hash of the triggers by table, so that thousands of triggers stay fast.
    QHash<TableRef, QList<qsizetype>> triggersByTable;
    QSet<TableRef> tables;
    for (qsizetype i = 0; i < graph.triggers.size(); ++i) {
        triggersByTable[graph.triggers[i].table].append(i);
        tables.insert(graph.triggers[i].table);
    }
    for (qsizetype from = 0; from < graph.triggers.size(); ++from) {
        // Duplicates can only come from this trigger's own writes, so only its edges are searched.
        const qsizetype firstEdge = graph.edges.size();
        for (const TableWrite &write : graph.triggers[from].writes) {
            tables.insert(write.table);
            for (qsizetype to : triggersByTable.value(write.table)) {
                const CascadeEdge edge {from, to, write.event};
                if (writeFires(write, graph.triggers[to])
                    && std::find(graph.edges.cbegin() + firstEdge, graph.edges.cend(), edge)
                            == graph.edges.cend())
                    graph.edges.append(edge);
            }
        }
    }
    graph.tables = QList<TableRef>(tables.cbegin(), tables.cend());
    std::sort(graph.tables.begin(), graph.tables.end(), [](const TableRef &a, const TableRef &b) {
        return std::tie(a.schema, a.name) < std::tie(b.schema, b.name);
    });
    graph.loops = findLoops(graph);
    return graph;
}

QList<QList<qsizetype>> cascadeStages(const CascadeGraph &graph, const TableRef &table,
                                      TriggerEvent event, QList<qsizetype> *repeated)
{
    QList<QList<qsizetype>> stages;
    QSet<qsizetype> fired;
    QList<qsizetype> stage = graph.triggersFiredBy(table, event);
    while (!stage.isEmpty()) {
        QList<qsizetype> again;
        for (qsizetype trigger : stage) {
            if (fired.contains(trigger))
                again.append(trigger);
        }
        if (!again.isEmpty()) {
            if (repeated)
                *repeated = again;
            break;
        }
        stages.append(stage);
        fired.unite(QSet<qsizetype>(stage.cbegin(), stage.cend()));
        QList<qsizetype> following;
        for (const CascadeEdge &edge : graph.edges) {
            if (stage.contains(edge.from) && !following.contains(edge.to))
                following.append(edge.to);
        }
        stage = following;
    }
    return stages;
}

FiringOrder firingOrder(const CascadeGraph &graph, const TableRef &table, TriggerEvent event)
{
    QList<qsizetype> fired = graph.triggersFiredBy(table, event);
    // PostgreSQL sorts a table's triggers by name in byte order (strcmp).
    std::sort(fired.begin(), fired.end(), [&](qsizetype a, qsizetype b) {
        return graph.triggers[a].name.toUtf8() < graph.triggers[b].name.toUtf8();
    });
    using Phase = FiringStep::Phase;
    const auto phaseOf = [&](const CascadeTrigger &trigger) {
        const bool row = trigger.level == TriggerLevel::Row;
        switch (trigger.timing) {
        case TriggerTiming::Before:
            return row ? Phase::BeforeRow : Phase::BeforeStatement;
        case TriggerTiming::InsteadOf:
            return Phase::InsteadOfRow;
        case TriggerTiming::After:
            break;
        }
        if (trigger.constraint && trigger.initiallyDeferred)
            return Phase::AtCommit;
        return row ? Phase::AfterRow : Phase::AfterStatement;
    };
    FiringOrder order;
    for (Phase phase :
         {Phase::BeforeStatement, Phase::BeforeRow, Phase::InsteadOfRow, Phase::RowChange,
          Phase::AfterRow, Phase::AfterStatement, Phase::AtCommit}) {
        if (phase == Phase::RowChange) {
            order.steps.append({Phase::RowChange, -1});
            continue;
        }
        for (qsizetype trigger : fired) {
            if (phaseOf(graph.triggers[trigger]) == phase)
                order.steps.append({phase, trigger});
        }
    }
    QList<qsizetype> changingDesigns;
    for (const FiringStep &step : order.steps) {
        if (step.phase != Phase::BeforeRow)
            continue;
        const CascadeTrigger &trigger = graph.triggers[step.trigger];
        if (trigger.source == CascadeTrigger::Source::Design && trigger.changesOutcome)
            changingDesigns.append(step.trigger);
    }
    for (qsizetype i = 0; i < changingDesigns.size(); ++i) {
        for (qsizetype j = i + 1; j < changingDesigns.size(); ++j) {
            if (graph.triggers[changingDesigns[i]].designIndex
                != graph.triggers[changingDesigns[j]].designIndex)
                order.nameOrderPairs.append({changingDesigns[i], changingDesigns[j]});
        }
    }
    return order;
}

QList<Diagnostic> cascadeDiagnostics(const CascadeGraph &graph)
{
    QList<Diagnostic> diagnostics;
    const auto add = [&](const CascadeTrigger &trigger, const QString &message) {
        Diagnostic diagnostic;
        diagnostic.severity = Diagnostic::Severity::Warning;
        diagnostic.triggerIndex = trigger.designIndex;
        diagnostic.triggerId = trigger.designId;
        diagnostic.triggerName = trigger.name;
        diagnostic.field = QStringLiteral("cascade");
        diagnostic.message = message;
        if (!diagnostics.contains(diagnostic))
            diagnostics.append(diagnostic);
    };
    for (const CascadeLoop &loop : graph.loops) {
        for (qsizetype index : loop.triggers) {
            const CascadeTrigger &trigger = graph.triggers[index];
            if (trigger.source == CascadeTrigger::Source::Design)
                add(trigger,
                    Text::tr("it is part of a loop: %1; each trigger fires the next without end "
                             "unless "
                             "a condition stops it (add pg_trigger_depth() < 2 to a WHEN to guard "
                             "it)")
                            .arg(loop.path));
        }
    }
    // Name order matters per table and event; each pair is reported once, on both triggers. Only
    // tables with a design's BEFORE row trigger that changes the row can have such pairs.
    QSet<TableRef> candidates;
    for (const CascadeTrigger &trigger : graph.triggers) {
        if (trigger.source == CascadeTrigger::Source::Design && trigger.changesOutcome
            && trigger.timing == TriggerTiming::Before && trigger.level == TriggerLevel::Row)
            candidates.insert(trigger.table);
    }
    QSet<std::pair<qsizetype, qsizetype>> reported;
    for (const TableRef &table : std::as_const(candidates)) {
        for (TriggerEvent event :
             {TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete}) {
            for (const auto &[first, second] : firingOrder(graph, table, event).nameOrderPairs) {
                if (reported.contains({first, second}))
                    continue;
                reported.insert({first, second});
                const CascadeTrigger &a = graph.triggers[first];
                const CascadeTrigger &b = graph.triggers[second];
                add(a,
                    Text::tr("it runs before %1 on %2 only because its name sorts first; both can "
                             "change or stop the row, so renaming either changes the outcome")
                            .arg(b.name, table.displayName()));
                add(b,
                    Text::tr("it runs after %1 on %2 only because its name sorts later; both can "
                             "change or stop the row, so renaming either changes the outcome")
                            .arg(a.name, table.displayName()));
            }
        }
    }
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return a.triggerIndex < b.triggerIndex;
                     });
    return diagnostics;
}

Condition withDepthGuard(const std::optional<Condition> &condition, int maxDepth)
{
    const Condition guard
            = Condition::rawSql(QStringLiteral("pg_trigger_depth() < %1").arg(maxDepth));
    if (!condition)
        return guard;
    if (condition->kind == ConditionKind::And) {
        Condition guarded = *condition;
        guarded.operands.append(guard);
        return guarded;
    }
    return Condition::allOf({*condition, guard});
}

} // namespace trigon
