#pragma once

#include "core/model/action.h"
#include "core/model/condition.h"
#include "core/model/tableref.h"
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
    TableRef table;
    QList<TableColumn> tableColumns;
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
    QList<TriggerTestCase> tests; // the test bench's cases; never part of the rendered SQL

    bool hasEvent(TriggerEvent event) const { return events.contains(event); }
    // The names of table_columns, in order.
    QStringList columnNames() const;
    // Columns the database maintains itself: marked auto, or set by a set_timestamp action.
    QStringList autoColumns() const;

    friend bool operator==(const TriggerDesign &, const TriggerDesign &) = default;
};

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
