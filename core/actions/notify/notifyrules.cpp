#include "core/actions/notify/notifyaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const NotifyAction &action, TriggerChecks &checks, const QString &path)
{
    checks.checkIdentifier(path + QStringLiteral(".channel"), TriggerChecks::tr("channel name"),
                           action.channel);
    checks.checkValues(action.payload, path + QStringLiteral(".payload"), true);
    bool mayOverflow = false;
    for (const NamedValue &value : action.payload)
        mayOverflow = mayOverflow || checks.unbounded(value.value);
    if (!mayOverflow)
        return;
    const QString outcome = action.onOverflow == NotifyAction::Overflow::Truncate
            ? TriggerChecks::tr("a short {\"truncated\": true, ...} payload is sent instead")
            : action.onOverflow == NotifyAction::Overflow::Skip
            ? TriggerChecks::tr("the notification is skipped with a warning")
            : TriggerChecks::tr("the statement fails");
    checks.warning(path + QStringLiteral(".payload"),
                   TriggerChecks::tr("the payload can exceed PostgreSQL's 8000-byte limit; then %1")
                           .arg(outcome));
}

} // namespace trigon
