#include "core/eventactions/protect/protecteventaction.h"

#include "core/sql/eventfunctionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

QString renderEventAction(const ProtectAction &action, const EventFunctionBody &)
{
    const QString message = action.message.isEmpty()
            ? QStringLiteral("format('%s is not allowed', TG_TAG)")
            : quoteLiteral(action.message);
    return raiseException(message,
                          action.sqlState.isEmpty() ? QStringLiteral("P0001") : action.sqlState);
}

} // namespace trigon
