#include "core/actions/fsm/fsmaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const FsmAction &action, TriggerChecks &checks, const QString &path)
{
    checks.requireRowLevel(path, QStringLiteral("fsm"));
    if (!checks.has(TriggerEvent::Update))
        checks.error(path,
                     QStringLiteral("a state machine checks changes: the trigger needs the update "
                                    "event"));
    checks.checkColumnKnown(path + QStringLiteral(".column"), action.column,
                            QStringLiteral("state column"));
    if (action.transitions.isEmpty())
        checks.error(path + QStringLiteral(".transitions"),
                     QStringLiteral("list at least one allowed transition"));
}

} // namespace trigon
