#include "core/eventactions/protect/protecteventaction.h"

#include "core/analysis/eventtriggerchecks.h"

namespace trigon {

void checkEventAction(const ProtectAction &action, EventTriggerChecks &checks, const QString &path)
{
    checks.checkSqlState(path + QStringLiteral(".sqlstate"), action.sqlState);
    if (checks.design().event == DdlEvent::Login)
        checks.error(path,
                     EventTriggerChecks::tr("refusing at login would lock every user out, the "
                                            "superusers included"));
}

} // namespace trigon
