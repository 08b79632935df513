#include "core/actions/set_timestamp/settimestampaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/functionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

QString renderAction(const SetTimestampAction &action, const FunctionBody &body)
{
    if (!body.isRow())
        return QStringLiteral("-- set_timestamp needs a row-level trigger");
    QStringList lines;
    for (const QString &column : action.columns)
        lines.append(QStringLiteral("NEW.%1 := now();").arg(quoteIdentifier(column)));
    const QString assignments = lines.join(u'\n');
    if (!body.trigger().hasEvent(TriggerEvent::Delete))
        return assignments;
    return ifBlock(QStringLiteral("TG_OP <> 'DELETE'"), assignments);
}

std::optional<QList<TableWrite>> tableWrites(const SetTimestampAction &, const TriggerDesign &)
{
    return QList<TableWrite>();
}

bool mayStopRow(const SetTimestampAction &)
{
    return false;
}

} // namespace trigon
