#include "core/actions/audit/auditaction.h"

#include "core/analysis/triggerchecks.h"
#include "core/sql/scriptrenderer.h"

namespace trigon {

void checkAction(const AuditAction &action, TriggerChecks &checks, const QString &path)
{
    const TriggerDesign &trigger = checks.trigger();
    checks.checkIdentifier(path + QStringLiteral(".table.name"),
                           TriggerChecks::tr("audit table name"), action.table.name);
    if (action.createTable && checks.serverVersion() < 100000) {
        checks.error(
                path + QStringLiteral(".create_table"),
                TriggerChecks::tr("the audit table Trigon creates has an identity column, which "
                                  "needs PostgreSQL 10 or later"));
    }
    if (!checks.isRow() && conditionEvaluatedInFunction(trigger)) {
        // The audit reads the matching rows of every transition table the trigger has.
        checks.checkPairing(path, !trigger.referencing.oldTable.isEmpty(),
                            !trigger.referencing.newTable.isEmpty());
    }
    if (action.mode == AuditAction::Mode::ChangedFields && !checks.isRow()) {
        checks.warning(
                path + QStringLiteral(".mode"),
                TriggerChecks::tr("changed_fields applies to row-level triggers; at statement "
                                  "level whole rows are stored"));
    }
}

} // namespace trigon
