#include "core/eventactions/insert/inserteventaction.h"

#include "core/analysis/eventtriggerchecks.h"

namespace trigon {

void checkEventAction(const InsertAction &action, EventTriggerChecks &checks, const QString &path)
{
    if (action.table.name.isEmpty())
        checks.error(path + QStringLiteral(".table"),
                     EventTriggerChecks::tr("the table to insert into is not set"));
    if (action.values.isEmpty())
        checks.error(path + QStringLiteral(".values"),
                     EventTriggerChecks::tr("no columns to insert"));
    checks.checkValues(action.values, path + QStringLiteral(".values"), false);
}

} // namespace trigon
