#include "core/eventactions/notify/notifyeventaction.h"

#include "core/analysis/eventtriggerchecks.h"

namespace trigon {

void checkEventAction(const NotifyAction &action, EventTriggerChecks &checks, const QString &path)
{
    if (action.channel.isEmpty())
        checks.error(path + QStringLiteral(".channel"),
                     EventTriggerChecks::tr("the channel is empty"));
    checks.checkValues(action.payload, path + QStringLiteral(".payload"), true);
}

} // namespace trigon
