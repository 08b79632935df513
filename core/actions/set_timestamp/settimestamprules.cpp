#include "core/actions/set_timestamp/settimestampaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const SetTimestampAction &action, TriggerChecks &checks, const QString &path)
{
    checks.requireRowLevel(path, QStringLiteral("set_timestamp"));
    checks.requireBefore(path, QStringLiteral("set_timestamp"),
                         TriggerChecks::tr("while the new row can still be changed"));
    if (!checks.has(TriggerEvent::Insert) && !checks.has(TriggerEvent::Update))
        checks.error(
                path,
                TriggerChecks::tr("set_timestamp changes the new row: the trigger needs insert "
                                  "or update"));
    if (action.columns.isEmpty())
        checks.error(path + QStringLiteral(".columns"),
                     TriggerChecks::tr("name the timestamp column(s) to set"));
    for (qsizetype c = 0; c < action.columns.size(); ++c)
        checks.checkColumnKnown(path + QStringLiteral(".columns[%1]").arg(c), action.columns.at(c),
                                TriggerChecks::tr("timestamp column"));
}

} // namespace trigon
