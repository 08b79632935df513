#include "core/actions/fsm/fsmaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const FsmAction &action, TriggerChecks &checks, const QString &path)
{
    checks.requireRowLevel(path, QStringLiteral("fsm"));
    if (!checks.has(TriggerEvent::Update))
        checks.error(
                path,
                TriggerChecks::tr("a state machine checks changes: the trigger needs the update "
                                  "event"));
    checks.checkColumnKnown(path + QStringLiteral(".column"), action.column,
                            TriggerChecks::tr("state column"));
    if (action.transitions.isEmpty())
        checks.error(path + QStringLiteral(".transitions"),
                     TriggerChecks::tr("list at least one allowed transition"));
}

} // namespace trigon
