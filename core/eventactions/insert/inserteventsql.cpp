#include "core/eventactions/insert/inserteventaction.h"

#include "core/sql/eventfunctionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

QString renderEventAction(const InsertAction &action, const EventFunctionBody &body)
{
    QStringList columns;
    QStringList values;
    for (const NamedValue &entry : action.values) {
        columns.append(quoteIdentifier(entry.name));
        values.append(renderPayloadValue(entry.value));
    }
    return body.forEachObject(QStringLiteral("INSERT INTO %1 (%2)\nVALUES (\n%3\n);")
                                      .arg(quoteQualifiedName(action.table),
                                           columns.join(QLatin1String(", ")),
                                           indented(values.join(QLatin1String(",\n")), 1)));
}

} // namespace trigon
