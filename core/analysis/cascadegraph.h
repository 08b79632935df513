#pragma once

#include "core/analysis/diagnostic.h"
#include "core/model/tablewrite.h"
#include "core/model/triggerdesign.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

struct CatalogSnapshot;

// One trigger as the cascade analysis sees it: designed (what a deploy would install) or
// installed in the connected database.
struct CascadeTrigger
{
    enum class Source { Design, Installed };

    Source source = Source::Design;
    // Of a design: its index and id in the document, for diagnostics and for selecting it.
    qsizetype designIndex = -1;
    QString designId;
    QString name;
    TableRef table;
    TriggerTiming timing = TriggerTiming::After;
    QList<TriggerEvent> events;
    QStringList columns; // UPDATE OF
    TriggerLevel level = TriggerLevel::Row;
    bool constraint = false;
    bool initiallyDeferred = false;
    TriggerEnabled enabled = TriggerEnabled::Origin;
    QString when;            // the WHEN expression, empty when none
    QString function;        // "schema.name" of the function it executes
    quint32 functionOid = 0; // of an installed trigger's function
    // What its function writes, schemas resolved through the search path.
    QList<TableWrite> writes;
    // False when its function's code cannot be read (C, internal, PL/Python): its writes are
    // unknown, not none.
    bool writesKnown = true;
    // It may stop the row (return NULL, raise): later BEFORE triggers may not run.
    bool mayStopRow = false;
    // It may change the row (NEW) or stop it; two such BEFORE triggers depend on name order.
    bool changesOutcome = false;
    // Its WHEN or its function checks pg_trigger_depth(), which bounds how deep it cascades.
    bool depthGuarded = false;

    // PostgreSQL fires triggers that are enabled for origin (or always); replica ones only in
    // sessions with session_replication_role = replica.
    bool firesNormally() const
    {
        return enabled == TriggerEnabled::Origin || enabled == TriggerEnabled::Always;
    }
    // "public.orders.orders_audit", unique in a graph.
    QString displayName() const { return table.displayName() + u'.' + name; }
};

// `from`'s function writes `table` with `event`, which fires trigger `to` (indices into
// CascadeGraph::triggers).
struct CascadeEdge
{
    qsizetype from = -1;
    qsizetype to = -1;
    TriggerEvent event = TriggerEvent::Insert;

    friend bool operator==(const CascadeEdge &, const CascadeEdge &) = default;
};

// A loop: triggers each firing the next, the last firing the first.
struct CascadeLoop
{
    QList<qsizetype> triggers;
    // "public.orders → orders_audit → public.audit → audit_fanout → public.orders"
    QString path;
};

struct CascadeGraph
{
    QList<CascadeTrigger> triggers; // designs first, in document order, then installed ones
    QList<CascadeEdge> edges;       // by `from`, then in the order its writes are written
    // Every table that has a trigger or is written by one, by schema and name.
    QList<TableRef> tables;
    QList<CascadeLoop> loops;

    // The triggers on `table` that fire for `event`, in the order given.
    QList<qsizetype> triggersFiredBy(const TableRef &table, TriggerEvent event) const;
    // The loops `trigger` is part of.
    QList<const CascadeLoop *> loopsThrough(qsizetype trigger) const;
};

struct CascadeOptions
{
    // Where unqualified table names in function bodies are looked up, as PostgreSQL's
    // search_path would ("$user" is left out).
    QStringList searchPath = {QStringLiteral("public")};
    // The tables each installed function refers to, by function oid, as plpgsql_check's
    // dependency report resolves them (pg::triggerFunctionTables()): where it names a table, an
    // unqualified name in that function takes its schema instead of the search path's guess.
    QHash<quint32, QList<TableRef>> functionTables;
};

// The graph of every trigger in `designs` (a multi-table design gives one trigger per table) and,
// when `installed` is given, every trigger installed there that no design replaces (the same name
// on the same table). Writes come from the designs' actions and from the installed functions'
// sources, read with the one lexer. Loops are found too.
CascadeGraph buildCascadeGraph(const QList<TriggerDesign> &designs,
                               const CatalogSnapshot *installed = nullptr,
                               const CascadeOptions &options = {});

// The stages a statement passes through, as Gel describes them: the triggers `event` on `table`
// fires, then the triggers those fire, and so on. A loop ends the list at the stage where a
// trigger would fire again; `repeated` receives the triggers found in more than one stage (which
// Gel refuses, and which PostgreSQL runs nested).
QList<QList<qsizetype>> cascadeStages(const CascadeGraph &graph, const TableRef &table,
                                      TriggerEvent event, QList<qsizetype> *repeated = nullptr);

// Where each trigger of one table and event runs when a statement changes rows.
struct FiringStep
{
    enum class Phase {
        BeforeStatement,
        BeforeRow, // per row, in name order; one that stops the row skips the rest
        InsteadOfRow,
        RowChange, // the row is inserted, updated or deleted (no trigger)
        AfterRow,  // queued per row, run at the end of the statement in name order
        AfterStatement,
        AtCommit, // deferred constraint triggers
    };
    Phase phase = Phase::RowChange;
    qsizetype trigger = -1; // -1 for RowChange
};

struct FiringOrder
{
    QList<FiringStep> steps;
    // Pairs of BEFORE row triggers from designs that both change or stop the row: their order
    // comes from their names alone.
    QList<std::pair<qsizetype, qsizetype>> nameOrderPairs;
};

// PostgreSQL's order for `event` on `table`: statement triggers around row triggers, each group
// in name order (byte order, as PostgreSQL sorts them), deferred constraint triggers at commit.
FiringOrder firingOrder(const CascadeGraph &graph, const TableRef &table, TriggerEvent event);

// Diagnostics for the designs in the graph: a warning on each trigger of a loop naming its path,
// and one on each BEFORE trigger whose order against another design's relies on names.
QList<Diagnostic> cascadeDiagnostics(const CascadeGraph &graph);

// `condition` with "pg_trigger_depth() < maxDepth" added (AND), the guard that ends a loop.
Condition withDepthGuard(const std::optional<Condition> &condition, int maxDepth = 2);

} // namespace trigon
