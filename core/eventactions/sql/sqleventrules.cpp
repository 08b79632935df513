#include "core/eventactions/sql/sqleventaction.h"

#include "core/analysis/eventtriggerchecks.h"

namespace trigon {

void checkEventAction(const SqlAction &action, EventTriggerChecks &checks, const QString &path)
{
    if (action.body.trimmed().isEmpty())
        checks.error(path + QStringLiteral(".body"), EventTriggerChecks::tr("the body is empty"));
}

} // namespace trigon
