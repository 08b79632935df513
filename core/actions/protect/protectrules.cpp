#include "core/actions/protect/protectaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const ProtectAction &action, TriggerChecks &checks, const QString &path)
{
    checks.checkSqlState(path + QStringLiteral(".sqlstate"), action.sqlState);
}

} // namespace trigon
