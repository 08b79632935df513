#include "core/actions/sql/sqlaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/functionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"
#include "core/sql/tablewrites.h"

namespace trigon {

QString renderAction(const SqlAction &action, const FunctionBody &body)
{
    QString block;
    if (!action.declarations.trimmed().isEmpty())
        block += QStringLiteral("DECLARE\n") + indented(action.declarations.trimmed(), 1) + u'\n';
    block += QStringLiteral("BEGIN\n") + indented(action.body.trimmed(), 1)
            + QStringLiteral("\nEND;");
    return body.guarded(block);
}

std::optional<QList<TableWrite>> tableWrites(const SqlAction &action, const TriggerDesign &)
{
    return tableWritesInSql(action.body);
}

bool mayStopRow(const SqlAction &action)
{
    return returnsNull(action.body);
}

} // namespace trigon
