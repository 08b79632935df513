#pragma once

#include "core/model/condition.h"
#include "core/model/triggerdesign.h"

#include <QString>

#include <optional>

namespace trigon {

// What a raw SQL condition holds that a trigger's WHEN clause cannot, as PostgreSQL's parser
// sees it, found with the one lexer (what is inside strings, quoted names and comments never
// counts). WHEN may read only the row through OLD and NEW and call plain functions.
struct WhenExpressionReads
{
    bool subquery = false; // SELECT or VALUES in parentheses: it reads other tables
    QString aggregate;     // count(, sum(, ... as written
    QString window;        // the function before OVER
    QString setReturning;  // generate_series(, unnest(, ...
    QString otherTable;    // a qualified column of a table other than OLD or NEW ("c.flag")
};
WhenExpressionReads scanWhenExpression(const QString &sql);

// A condition whose parts read other tables (a subquery) cannot stay in WHEN: those parts are
// evaluated in the trigger function instead, as an IF at its start, and the rest stays in WHEN
// where the server filters before the function runs. A top-level AND is split by operand; any
// other condition goes whole to one side.
struct ConditionSplit
{
    std::optional<Condition> inWhen;
    std::optional<Condition> inFunction;
};
ConditionSplit splitCondition(const Condition &condition);
// Whether any raw SQL in `condition` holds a subquery.
bool conditionReadsOtherTables(const Condition &condition);

// Whether Trigon's function for `trigger` can test a condition first: not when the trigger
// executes an existing function or one in PL/Python, and not for INSTEAD OF (which has no WHEN,
// so nothing to move from).
bool functionCanTestConditions(const TriggerDesign &trigger);

// The part of `trigger`'s condition its WHEN clause holds, and the part its function tests
// first, for the row-level and statement-level conditions WHEN can hold otherwise
// (conditionEvaluatedInFunction() moves a statement trigger's row condition whole instead).
// Where the function cannot test it, all stays in WHEN, for the validator and the server to
// refuse alike.
ConditionSplit triggerConditionSplit(const TriggerDesign &trigger);

} // namespace trigon
