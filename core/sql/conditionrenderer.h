#pragma once

#include "core/model/condition.h"

#include <QString>
#include <QStringList>

namespace trigon {

struct TriggerDesign;

// What a condition needs to know about its table to become SQL.
struct ConditionContext
{
    QStringList columns;     // every column of the table, as the design knows them
    QStringList autoColumns; // removed by exclude_auto

    static ConditionContext forTrigger(const TriggerDesign &trigger);
};

// The fields a change condition compares after fields/exclude/exclude_auto are applied; empty
// with `wholeRow` set when an any_change / all_dont_change compares whole rows (no fields, no
// known columns, nothing excluded).
struct ChangeFields
{
    QStringList fields;
    bool wholeRow = false;
};
ChangeFields resolveChangeFields(const Condition &condition, const ConditionContext &context);

// The condition as an SQL boolean expression over OLD and NEW: the WHEN clause of a row trigger,
// or, with OLD/NEW as the aliases of transition-table rows, a filter inside a statement trigger.
// With a (non-null) `wrapIndent`, a long AND/OR puts each operand on its own line, the lines
// after the first starting with `wrapIndent` and the operator.
QString renderCondition(const Condition &condition, const ConditionContext &context,
                        const QString &wrapIndent = QString());

// OLD."column" / NEW."column".
QString renderFieldRef(const FieldRef &field);

} // namespace trigon
