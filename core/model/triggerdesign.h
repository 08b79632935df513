#pragma once

#include "core/model/action.h"
#include "core/model/condition.h"
#include "core/model/tableref.h"
#include "core/model/tableselector.h"
#include "core/model/triggertestcase.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

enum class TriggerTiming { Before, After, InsteadOf };
enum class TriggerEvent { Insert, Update, Delete, Truncate };
enum class TriggerLevel { Row, Statement };
// pg_trigger.tgenabled: O, D, R, A.
enum class TriggerEnabled { Origin, Disabled, Replica, Always };
// "bypass" in the file: false (or absent), true, "notice". Whether a transaction may skip the
// trigger through trigon.bypass(), and how that call reports the skip: a row in
// trigon.bypass_log, or a NOTICE to the client (core/sql/bypass.h).
enum class BypassMode { Off, AuditTable, Notice };

// REFERENCING OLD TABLE AS ... NEW TABLE AS ...; an empty name means "not referenced".
struct TransitionTables
{
    QString oldTable;
    QString newTable;

    bool isEmpty() const { return oldTable.isEmpty() && newTable.isEmpty(); }
    friend bool operator==(const TransitionTables &, const TransitionTables &) = default;
};

// What makes a trigger a CREATE CONSTRAINT TRIGGER.
struct ConstraintOptions
{
    bool deferrable = false;
    bool initiallyDeferred = false;
    std::optional<TableRef> from; // FROM referenced_table

    friend bool operator==(const ConstraintOptions &, const ConstraintOptions &) = default;
};

// One trigger with everything CREATE TRIGGER can say, plus the condition and the actions its
// function runs.
struct TriggerDesign
{
    // Stable within a document (undo commands refer to triggers by it); never shown in SQL.
    QString id;
    QString name;
    // The table of a one-table design ("table" and "table_columns" in the file). For a design over
    // several tables these are empty, except in the per-table triggers tableTriggers() makes.
    TableRef table;
    QList<TableColumn> tableColumns;
    // A design over several tables ("tables" in the file): a trigger of this name on each, all
    // executing one shared function that is named after the trigger.
    QList<DesignTable> tables;
    // "selector": the rule that picks `tables` from a database (trigon-cli attach applies it).
    std::optional<TableSelector> selector;
    // "function" in the file: the trigger executes this function, which exists already (a built-in
    // such as tsvector_update_trigger, or a hand-written one) and which Trigon neither creates nor
    // drops; `actions` is then empty. Without it Trigon generates the function from the actions.
    std::optional<FunctionRef> existingFunction;
    TriggerTiming timing = TriggerTiming::After;
    QList<TriggerEvent> events;
    QStringList columns; // UPDATE OF
    TriggerLevel level = TriggerLevel::Row;
    TransitionTables referencing;
    std::optional<ConstraintOptions> constraint;
    QStringList arguments; // TG_ARGV
    TriggerEnabled enabled = TriggerEnabled::Origin;
    QString comment;
    std::optional<Condition> condition;
    QList<Action> actions;
    // "bypass": a transaction can skip this trigger on purpose through trigon.bypass() (see
    // core/sql/bypass.h), unless Off.
    BypassMode bypass = BypassMode::Off;
    // Its document's "table_reading_functions" (DesignDocument keeps this copy equal to its own):
    // calls of these in raw SQL conditions count as reading other tables, so that part of the
    // condition is tested in the function (whenexpression.h). A copy on the trigger because a
    // trigger is rendered, hashed, deployed and checked for drift alone, far from its document
    // (the deploy jobs, status, the CLI rendering the triggers of several files together), and
    // all of them must split its condition the same way. Never written per trigger.
    QStringList tableReadingFunctions;
    QList<TriggerTestCase> tests; // the test bench's cases; never part of the rendered SQL

    bool hasEvent(TriggerEvent event) const { return events.contains(event); }
    // The names of table_columns, in order; for a design over several tables, the names every
    // one of its tables has, in its first table's order: the fields a condition or an action of
    // the design can use.
    QStringList columnNames() const;
    // Its table for people ("public.orders"), or its tables ("public.a, public.b and 3 more").
    QString tablesDisplayName() const;
    // Columns the database maintains itself: marked auto, or set by a set_timestamp action.
    QStringList autoColumns() const;
    // Lists "tables" (a design over several tables, or one of its per-table triggers).
    bool coversSeveralTables() const { return !tables.isEmpty(); }
    // A design over several tables as the file has it, not one of its per-table triggers.
    bool isOverSeveralTables() const { return !tables.isEmpty() && table.isEmpty(); }

    friend bool operator==(const TriggerDesign &, const TriggerDesign &) = default;
};

// The triggers a design puts in a database, one per table: the design itself when it has one
// table; for a design over several tables, a copy per table with `table` and `tableColumns` set
// to that table's (and `tables` kept, so that triggerFunction() still names the shared function).
// A per-table trigger gives itself.
QList<TriggerDesign> tableTriggers(const TriggerDesign &design);
QList<TriggerDesign> tableTriggers(const QList<TriggerDesign> &designs);

// Names as written in design files ("before", "instead_of", "update", "statement", ...).
QString timingName(TriggerTiming timing);
std::optional<TriggerTiming> timingFromName(const QString &name);
QString eventName(TriggerEvent event);
std::optional<TriggerEvent> eventFromName(const QString &name);
QString levelName(TriggerLevel level);
std::optional<TriggerLevel> levelFromName(const QString &name);
QString enabledName(TriggerEnabled enabled);
std::optional<TriggerEnabled> enabledFromName(const QString &name);

} // namespace trigon
