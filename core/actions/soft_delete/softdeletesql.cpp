#include "core/actions/soft_delete/softdeleteaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/functionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

QString renderAction(const SoftDeleteAction &action, const FunctionBody &body)
{
    if (!body.isRow())
        return QStringLiteral("-- soft_delete needs a row-level trigger");
    QStringList keys;
    for (const QString &key : action.key)
        keys.append(QStringLiteral("%1 = OLD.%1").arg(quoteIdentifier(key)));
    const QString update = QStringLiteral("UPDATE %1\n%2SET %3 = %4\n%2WHERE %5;\nRETURN NULL;")
                                   .arg(quoteQualifiedName(body.trigger().table), indentUnit(),
                                        quoteIdentifier(action.column), jsonLiteral(action.value),
                                        keys.join(QLatin1String(" AND ")));
    return body.onlyFor(TriggerEvent::Delete, update);
}

// The UPDATE that replaces the DELETE fires the table's own UPDATE triggers.
std::optional<QList<TableWrite>> tableWrites(const SoftDeleteAction &action,
                                             const TriggerDesign &trigger)
{
    return QList<TableWrite> {{trigger.table, true, TriggerEvent::Update, {action.column}}};
}

// It skips the DELETE: its function returns NULL for the row.
bool mayStopRow(const SoftDeleteAction &)
{
    return true;
}

} // namespace trigon
