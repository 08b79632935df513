#include "core/actions/validate/validateaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/conditionrenderer.h"
#include "core/sql/functionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

QString renderAction(const ValidateAction &action, const FunctionBody &body)
{
    // Not translated: the message is part of the function's SQL, which must not depend on the
    // language of whoever deployed it (the definition hash, golden files, tests that expect it).
    const QString message
            = quoteLiteral(action.message.isEmpty() ? QStringLiteral("check failed: ")
                                           + renderCondition(action.check, body.conditionContext())
                                                    : action.message);
    const QString sqlState = action.sqlState.isEmpty() ? QStringLiteral("23514") : action.sqlState;
    const QString check = renderCondition(action.check, body.conditionContext());
    const ConditionReferences references = action.check.references();
    if (body.isRow() || !(references.oldRow || references.newRow))
        return body.guarded(
                ifBlock(QStringLiteral("NOT (%1)").arg(check), raiseException(message, sqlState)));
    // Statement level: fails when any (matching) transition row fails the check.
    QString source = body.rowSource(references.oldRow || body.conditionReferences().oldRow,
                                    references.newRow || body.conditionReferences().newRow, false);
    if (body.conditionInBody())
        source += QStringLiteral("\nWHERE (%1)\n  AND NOT (%2)").arg(body.conditionSql(), check);
    else
        source += QStringLiteral("\nWHERE NOT (%1)").arg(check);
    return ifBlock(
            QStringLiteral("EXISTS (\n%1SELECT\n%2\n)").arg(indentUnit(), indented(source, 1)),
            raiseException(message, sqlState));
}

std::optional<QList<TableWrite>> tableWrites(const ValidateAction &, const TriggerDesign &)
{
    return QList<TableWrite>();
}

bool mayStopRow(const ValidateAction &)
{
    return false;
}

} // namespace trigon
