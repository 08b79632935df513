#include "core/actions/validate/validateaction.h"

#include "core/analysis/triggerchecks.h"

namespace trigon {

void checkAction(const ValidateAction &action, TriggerChecks &checks, const QString &path)
{
    const QString checkPath = path + QStringLiteral(".check");
    checks.checkConditionTree(action.check, checkPath);
    checks.checkSqlState(path + QStringLiteral(".sqlstate"), action.sqlState);
    const ConditionReferences references = action.check.references();
    if (checks.isRow()) {
        checks.checkRowReads(checkPath, references, false);
        return;
    }
    const TransitionTables &tables = checks.trigger().referencing;
    if ((references.oldRow && tables.oldTable.isEmpty())
        || (references.newRow && tables.newTable.isEmpty())) {
        checks.error(checkPath,
                     TriggerChecks::tr("at statement level a check reads rows only through "
                                       "REFERENCING OLD/NEW TABLE"));
    } else {
        checks.checkPairing(checkPath, references.oldRow, references.newRow);
    }
}

} // namespace trigon
