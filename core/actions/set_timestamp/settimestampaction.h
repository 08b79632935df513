#pragma once

#include "core/actions/actionkind.h"

#include <QStringList>

namespace trigon {

// NEW.column := now(), for each column. BEFORE INSERT/UPDATE, row level.
struct SetTimestampAction
{
    static constexpr const char *kindName = "set_timestamp";
    static constexpr bool changesOutcome = true; // it modifies the new row

    QStringList columns = {QStringLiteral("updated_at")};

    friend bool operator==(const SetTimestampAction &, const SetTimestampAction &) = default;
};

void writeActionFields(const SetTimestampAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, SetTimestampAction &action);
void checkAction(const SetTimestampAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const SetTimestampAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const SetTimestampAction &action,
                                             const TriggerDesign &trigger);
bool mayStopRow(const SetTimestampAction &action);

} // namespace trigon
