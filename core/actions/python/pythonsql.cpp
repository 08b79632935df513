#include "core/actions/python/pythonaction.h"

#include "core/model/tablewrite.h"
#include "core/model/triggerdesign.h"
#include "core/sql/functionbody.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"

#include <algorithm>

namespace trigon {

QString functionLanguage(const TriggerDesign &trigger)
{
    const bool python = std::any_of(
            trigger.actions.cbegin(), trigger.actions.cend(),
            [](const Action &action) { return std::holds_alternative<PythonAction>(action); });
    return python ? QStringLiteral("plpython3u") : QStringLiteral("plpgsql");
}

QString renderAction(const PythonAction &, const FunctionBody &)
{
    return QStringLiteral("-- (a python action cannot run in PL/pgSQL)");
}

QString renderPythonFunctionBody(const TriggerDesign &trigger, bool traceFiring)
{
    QString body;
    if (traceFiring) {
        body += QStringLiteral("plpy.execute(plpy.prepare(\"SELECT %1($1, $2, $3, $4, $5, $6)\", "
                               "[\"text\"] * 6), [TD[\"name\"], TD[\"table_schema\"], "
                               "TD[\"table_name\"], TD[\"when\"], TD[\"level\"], TD[\"event\"]])\n")
                        .arg(firingTraceFunction());
    }
    for (const Action &action : trigger.actions) {
        const auto *python = std::get_if<PythonAction>(&action);
        if (!python)
            continue;
        // Leading blank lines and trailing space go, and the indentation all lines share:
        // Python reads each line's indentation against the others', the trace line's included.
        QStringList lines = python->body.split(u'\n');
        while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
            lines.removeFirst();
        qsizetype common = -1;
        for (const QString &line : std::as_const(lines)) {
            if (line.trimmed().isEmpty())
                continue;
            qsizetype indent = 0;
            while (indent < line.size() && (line.at(indent) == u' ' || line.at(indent) == u'\t'))
                ++indent;
            common = common < 0 ? indent : std::min(common, indent);
        }
        for (QString &line : lines) {
            if (common > 0)
                line.remove(0, std::min(common, line.size()));
        }
        QString text = lines.join(u'\n');
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        if (!text.isEmpty())
            body += text + u'\n';
    }
    return body;
}

std::optional<QList<TableWrite>> tableWrites(const PythonAction &, const TriggerDesign &)
{
    return std::nullopt;
}

// "SKIP" from a PL/Python trigger skips the row.
bool mayStopRow(const PythonAction &action)
{
    return action.body.contains(u"SKIP");
}

} // namespace trigon
