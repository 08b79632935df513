#pragma once

#include "core/model/condition.h"
#include "core/model/triggerdesign.h"

#include <QString>
#include <QStringList>

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
    // A call of a function the design marks as reading other tables, as written
    // ("audit.flagged"): it counts as a subquery does.
    QString tableReadingCall;
};
// `tableReadingFunctions` is the design's "table_reading_functions": function names, optionally
// schema-qualified, read as PostgreSQL reads names (an unquoted part folds to lower case, a
// quoted one is taken exactly). A call `name(` or `schema.name(` is one of them when the names
// match and, where both the call and the entry name a schema, the schemas do too: an unqualified
// call may reach a qualified entry's function through search_path, and the other way round.
// One entry of "table_reading_functions" as the names it stands for: `schema` empty when the
// entry names none. Nothing when the entry is no function name ("fn()", "a.b.c", "").
struct QualifiedFunctionName
{
    QString schema;
    QString name;

    friend bool operator==(const QualifiedFunctionName &, const QualifiedFunctionName &) = default;
};
std::optional<QualifiedFunctionName> parseFunctionName(const QString &entry);

WhenExpressionReads scanWhenExpression(const QString &sql,
                                       const QStringList &tableReadingFunctions = {});

// A condition whose parts read other tables (a subquery, or a call of one of the design's
// table-reading functions) cannot stay in WHEN, or, for such a function, should not: those parts
// are evaluated in the trigger function instead, as an IF at its start, and the rest stays in WHEN
// where the server filters before the function runs. A top-level AND is split by operand; any
// other condition goes whole to one side.
struct ConditionSplit
{
    std::optional<Condition> inWhen;
    std::optional<Condition> inFunction;
};
ConditionSplit splitCondition(const Condition &condition,
                              const QStringList &tableReadingFunctions = {});
// Whether `condition` is an exists condition or any raw SQL in it holds a subquery or a call of
// one of `tableReadingFunctions` (as scanWhenExpression() finds them).
bool conditionReadsOtherTables(const Condition &condition,
                               const QStringList &tableReadingFunctions = {});

// Whether Trigon's function for `trigger` can test a condition first: not when the trigger
// executes an existing function or one in PL/Python, and not for INSTEAD OF (which has no WHEN,
// so nothing to move from).
bool functionCanTestConditions(const TriggerDesign &trigger);

// The part of `trigger`'s condition its WHEN clause holds, and the part its function tests
// first, for the row-level and statement-level conditions WHEN can hold otherwise
// (conditionEvaluatedInFunction() moves a statement trigger's row condition whole instead).
// Where the function cannot test it, all stays in WHEN, for the validator and the server to
// refuse alike. The trigger's tableReadingFunctions (its document's) count as subqueries.
ConditionSplit triggerConditionSplit(const TriggerDesign &trigger);

// The expression of a CREATE TRIGGER text's WHEN clause (pg_get_triggerdef()'s or Trigon's own),
// without "WHEN (" and ")"; empty when it has none. Quoted names and strings that look like
// keywords are skipped.
QString whenClause(const QString &triggerDefinition);

} // namespace trigon
