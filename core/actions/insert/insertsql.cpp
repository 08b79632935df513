#include "core/actions/insert/insertaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/functionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

QString renderAction(const InsertAction &action, const FunctionBody &body)
{
    QStringList columns;
    QStringList values;
    bool old = false;
    bool now = false;
    for (const NamedValue &entry : action.values) {
        columns.append(quoteIdentifier(entry.name));
        values.append(renderPayloadValue(entry.value));
        old = old || entry.value.readsRow(RowVersion::Old);
        now = now || entry.value.readsRow(RowVersion::New);
    }
    const QString into
            = QStringLiteral("INSERT INTO %1 (%2)\n")
                      .arg(quoteQualifiedName(action.table), columns.join(QLatin1String(", ")));
    if (body.isRow() || !(old || now)) {
        return body.guarded(into
                            + QStringLiteral("VALUES (\n%1\n);")
                                      .arg(indented(values.join(QLatin1String(",\n")), 1)));
    }
    return into
            + QStringLiteral("SELECT\n%1\n%2;")
                      .arg(indented(values.join(QLatin1String(",\n")), 1),
                           body.rowSource(old, now, true));
}

std::optional<QList<TableWrite>> tableWrites(const InsertAction &action, const TriggerDesign &)
{
    return QList<TableWrite> {{action.table, true, TriggerEvent::Insert, {}}};
}

bool mayStopRow(const InsertAction &)
{
    return false;
}

} // namespace trigon
