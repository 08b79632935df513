#pragma once

#include "core/actions/actionkind.h"

#include <QList>

namespace trigon {

struct FsmTransition
{
    QString from;
    QString to;

    friend bool operator==(const FsmTransition &, const FsmTransition &) = default;
};

// A state machine over `column`: an UPDATE that changes it must follow one of the transitions
// (compared as text).
struct FsmAction
{
    static constexpr const char *kindName = "fsm";
    static constexpr bool changesOutcome = true; // it refuses transitions not listed

    QString column = QStringLiteral("status");
    QList<FsmTransition> transitions;
    QString message; // empty: a message naming the column and both states

    friend bool operator==(const FsmAction &, const FsmAction &) = default;
};

void writeActionFields(const FsmAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, FsmAction &action);
void checkAction(const FsmAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const FsmAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const FsmAction &action, const TriggerDesign &trigger);
bool mayStopRow(const FsmAction &action);

} // namespace trigon
