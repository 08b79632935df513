#include "tests/behaviour/deployhelper.h"

#include "core/analysis/designvalidator.h"
#include "core/io/designfile.h"
#include "core/sql/scriptrenderer.h"

namespace trigon::test {

TriggerDesign triggerFromJson(const QByteArray &json)
{
    const DesignReadResult read
            = parseDesign(R"({"format": "trigon", "version": 1, "triggers": [)" + json + "]}");
    if (!read.ok())
        qFatal("test design does not read: %s", qPrintable(read.error.toString()));
    return read.document->triggers.first();
}

QString deploy(TestDatabase &db, const QList<TriggerDesign> &triggers)
{
    DesignDocument document;
    document.triggers = triggers;
    QStringList errors;
    for (const Diagnostic &diagnostic : validateDesign(document)) {
        if (diagnostic.isError())
            errors.append(diagnostic.toString());
    }
    if (!errors.isEmpty())
        return errors.join(u'\n');
    const QString script = renderInstallScript(document, RenderOptions {});
    for (int run = 1; run <= 2; ++run) {
        const pg::QueryResult result = db.connection().execScript(script);
        if (!result.ok())
            return QStringLiteral("run %1 of the install script failed: %2\n%3")
                    .arg(run)
                    .arg(result.error().toString(), script);
    }
    return {};
}

QString scalar(TestDatabase &db, const QString &sql, const QStringList &params)
{
    const pg::QueryResult result = db.mustExec(sql, params);
    if (result.rowCount() < 1)
        qFatal("no row from: %s", qPrintable(sql));
    return result.value(0, 0);
}

} // namespace trigon::test
