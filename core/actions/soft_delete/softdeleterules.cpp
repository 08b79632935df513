#include "core/actions/soft_delete/softdeleteaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const SoftDeleteAction &action, TriggerChecks &checks, const QString &path)
{
    checks.requireRowLevel(path, QStringLiteral("soft_delete"));
    checks.requireBefore(path, QStringLiteral("soft_delete"),
                         TriggerChecks::tr("so it can cancel the DELETE"));
    if (!checks.has(TriggerEvent::Delete))
        checks.error(
                path,
                TriggerChecks::tr("soft_delete turns a DELETE into an UPDATE: the trigger needs "
                                  "the delete event"));
    checks.checkColumnKnown(path + QStringLiteral(".column"), action.column,
                            TriggerChecks::tr("flag column"));
    if (action.key.isEmpty())
        checks.error(path + QStringLiteral(".key"),
                     TriggerChecks::tr("soft_delete needs the key columns that find the row"));
    for (qsizetype k = 0; k < action.key.size(); ++k)
        checks.checkColumnKnown(path + QStringLiteral(".key[%1]").arg(k), action.key.at(k),
                                TriggerChecks::tr("key column"));
}

} // namespace trigon
