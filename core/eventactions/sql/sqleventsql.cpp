#include "core/eventactions/sql/sqleventaction.h"

#include "core/sql/eventfunctionbody.h"
#include "core/sql/plpgsqltext.h"

namespace trigon {

QString renderEventAction(const SqlAction &action, const EventFunctionBody &)
{
    QString block;
    if (!action.declarations.trimmed().isEmpty())
        block += QStringLiteral("DECLARE\n") + indented(action.declarations.trimmed(), 1) + u'\n';
    return block + QStringLiteral("BEGIN\n") + indented(action.body.trimmed(), 1)
            + QStringLiteral("\nEND;");
}

} // namespace trigon
