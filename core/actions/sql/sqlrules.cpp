#include "core/actions/sql/sqlaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const SqlAction &action, TriggerChecks &checks, const QString &path)
{
    if (action.body.trimmed().isEmpty())
        checks.warning(path + QStringLiteral(".body"),
                       TriggerChecks::tr("the custom code is empty"));
}

} // namespace trigon
