#pragma once

#include "core/actions/actionkind.h"

#include <QJsonValue>
#include <QStringList>

namespace trigon {

// Turn a DELETE into an UPDATE that sets `column` to `value` for the row (found by its key
// columns), and skip the DELETE. BEFORE DELETE, row level.
struct SoftDeleteAction
{
    static constexpr const char *kindName = "soft_delete";
    static constexpr bool changesOutcome = true; // it cancels the DELETE

    QString column = QStringLiteral("is_deleted");
    QJsonValue value = true;
    QStringList key = {QStringLiteral("id")};

    friend bool operator==(const SoftDeleteAction &, const SoftDeleteAction &) = default;
};

void writeActionFields(const SoftDeleteAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, SoftDeleteAction &action);
void checkAction(const SoftDeleteAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const SoftDeleteAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const SoftDeleteAction &action,
                                             const TriggerDesign &trigger);
bool mayStopRow(const SoftDeleteAction &action);

} // namespace trigon
