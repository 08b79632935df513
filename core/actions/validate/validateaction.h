#pragma once

#include "core/actions/actionkind.h"
#include "core/model/condition.h"

namespace trigon {

// An assertion: the statement fails with `message` when `check` is false (NULL passes, as in
// a CHECK constraint).
struct ValidateAction
{
    static constexpr const char *kindName = "validate";
    static constexpr bool changesOutcome = true; // it refuses rows that fail the check

    Condition check = Condition::rawSql(QStringLiteral("true"));
    QString message;
    QString sqlState; // empty: 23514 (check_violation)

    friend bool operator==(const ValidateAction &, const ValidateAction &) = default;
};

void writeActionFields(const ValidateAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, ValidateAction &action);
void checkAction(const ValidateAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const ValidateAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const ValidateAction &action,
                                             const TriggerDesign &trigger);
bool mayStopRow(const ValidateAction &action);

} // namespace trigon
