#pragma once

#include "core/actions/actionkind.h"

namespace trigon {

// Raise an error: the statement (and its transaction) fails.
struct ProtectAction
{
    static constexpr const char *kindName = "protect";
    static constexpr bool changesOutcome = true; // it can refuse the change

    QString message;  // empty: "<TG_OP> on <table> is not allowed"
    QString sqlState; // five characters; empty: P0001 (raise_exception)

    friend bool operator==(const ProtectAction &, const ProtectAction &) = default;
};

void writeActionFields(const ProtectAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, ProtectAction &action);
void checkAction(const ProtectAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const ProtectAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const ProtectAction &action,
                                             const TriggerDesign &trigger);
bool mayStopRow(const ProtectAction &action);

} // namespace trigon
