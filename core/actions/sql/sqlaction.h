#pragma once

#include "core/actions/actionkind.h"

namespace trigon {

// Custom PL/pgSQL, run as its own block: `declarations` go into DECLARE, `body` between BEGIN
// and END.
struct SqlAction
{
    static constexpr const char *kindName = "sql";
    // Custom code may do anything, so a BEFORE trigger running it is not suspicious.
    static constexpr bool changesOutcome = true;

    QString declarations;
    QString body;

    friend bool operator==(const SqlAction &, const SqlAction &) = default;
};

void writeActionFields(const SqlAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, SqlAction &action);
void checkAction(const SqlAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const SqlAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const SqlAction &action, const TriggerDesign &trigger);
bool mayStopRow(const SqlAction &action);

} // namespace trigon
