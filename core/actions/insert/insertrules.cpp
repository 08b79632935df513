#include "core/actions/insert/insertaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const InsertAction &action, TriggerChecks &checks, const QString &path)
{
    checks.checkIdentifier(path + QStringLiteral(".table.name"),
                           TriggerChecks::tr("target table name"), action.table.name);
    if (action.values.isEmpty())
        checks.error(path + QStringLiteral(".values"),
                     TriggerChecks::tr("name at least one column and its value"));
    checks.checkValues(action.values, path + QStringLiteral(".values"), false);
}

} // namespace trigon
