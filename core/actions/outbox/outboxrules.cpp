#include "core/actions/outbox/outboxaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const OutboxAction &action, TriggerChecks &checks, const QString &path)
{
    if (action.target.isEmpty())
        checks.error(path + QStringLiteral(".target"),
                     TriggerChecks::tr("name the target the events go to"));
    if (checks.serverVersion() < 130000)
        checks.error(path,
                     TriggerChecks::tr("the outbox needs PostgreSQL 13 or later "
                                       "(gen_random_uuid() for its event ids)"));
    checks.checkValues({{QStringLiteral("key"), action.key}}, path, false);
    if (action.key.kind == PayloadValue::Kind::Literal && action.key.literal.isNull())
        checks.warning(path + QStringLiteral(".key"),
                       TriggerChecks::tr("without a key the events are delivered in no "
                                         "particular order; give the row's id"));
    checks.checkValues(action.payload, path + QStringLiteral(".payload"), false);
}

} // namespace trigon
