#include "core/actions/protect/protectaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/functionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

QString renderAction(const ProtectAction &action, const FunctionBody &body)
{
    const QString message = action.message.isEmpty()
            ? QStringLiteral("format('%s on %s is not allowed', TG_OP, TG_TABLE_NAME)")
            : quoteLiteral(action.message);
    return body.guarded(raiseException(
            message, action.sqlState.isEmpty() ? QStringLiteral("P0001") : action.sqlState));
}

std::optional<QList<TableWrite>> tableWrites(const ProtectAction &, const TriggerDesign &)
{
    return QList<TableWrite>();
}

bool mayStopRow(const ProtectAction &)
{
    return false;
}

} // namespace trigon
