#include "core/eventactions/notify/notifyeventaction.h"

#include "core/sql/eventfunctionbody.h"
#include "core/sql/plpgsqltext.h"

namespace trigon {

QString renderEventAction(const NotifyAction &action, const EventFunctionBody &body)
{
    return body.forEachObject(renderNotifyBlock(
            action, QStringLiteral("'event', TG_EVENT,\n%1'tag', TG_TAG").arg(indentUnit())));
}

} // namespace trigon
