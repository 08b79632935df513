#include "core/pg/functionchecker.h"

#include "core/pg/blockingconnection.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"

namespace trigon::pg {

bool hasPlpgsqlCheck(BlockingConnection &connection)
{
    const QueryResult result = connection.exec(
            QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'plpgsql_check'"));
    return result.ok() && result.value(0, 0) == u'1';
}

std::optional<QList<Diagnostic>> checkFunctions(BlockingConnection &connection,
                                                const QList<TriggerDesign> &designs, PgError *error)
{
    QList<Diagnostic> diagnostics;
    if (designs.isEmpty() || !hasPlpgsqlCheck(connection))
        return diagnostics;
    RenderOptions options;
    options.serverVersion = connection.serverVersion();
    options.singleTransaction = false;
    const auto fail = [&](const QueryResult &result) {
        *error = result.error();
        connection.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    QueryResult result = connection.execScript(QStringLiteral("BEGIN"));
    if (!result.ok())
        return fail(result);
    result = connection.execScriptInTransaction(renderInstallScript(designs, options));
    if (!result.ok())
        return fail(result);
    for (qsizetype i = 0; i < designs.size(); ++i) {
        const TriggerDesign &design = designs.at(i);
        if (design.existingFunction || functionLanguage(design) != QLatin1String("plpgsql"))
            continue; // not Trigon's PL/pgSQL to check
        // A function shared by several tables is checked once, against the first of them.
        const TriggerDesign first = tableTriggers(design).first();
        const FunctionRef function = triggerFunction(first);
        result = connection.exec(
                QStringLiteral("SELECT level, message, lineno, statement"
                               "  FROM plpgsql_check_function_tb(($1 || '()')::regprocedure,"
                               "                                 $2::regclass)"),
                {quoteQualifiedName(function.schema, function.name),
                 quoteQualifiedName(first.table)});
        if (!result.ok())
            return fail(result);
        for (int row = 0; row < result.rowCount(); ++row) {
            Diagnostic diagnostic;
            diagnostic.severity = result.value(row, 0) == QLatin1String("error")
                    ? Diagnostic::Severity::Error
                    : Diagnostic::Severity::Warning;
            diagnostic.triggerIndex = i;
            diagnostic.triggerId = design.id;
            diagnostic.triggerName = design.name;
            diagnostic.field = QStringLiteral("function");
            diagnostic.message = QStringLiteral("plpgsql_check: %1 (line %2, %3)")
                                         .arg(result.value(row, 1), result.value(row, 2),
                                              result.value(row, 3));
            diagnostics.append(diagnostic);
        }
    }
    result = connection.exec(QStringLiteral("ROLLBACK"));
    if (!result.ok()) {
        *error = result.error();
        return std::nullopt;
    }
    return diagnostics;
}

QString triggerFunctionTablesQuery()
{
    // Each trigger function once, against one of its tables (plpgsql_check needs a relation to
    // know NEW and OLD).
    return QStringLiteral(
            "SELECT f.oid, d.schema, d.name"
            "  FROM (SELECT DISTINCT ON (t.tgfoid) t.tgfoid AS oid, t.tgrelid AS relid"
            "          FROM pg_trigger t"
            "          JOIN pg_proc p ON p.oid = t.tgfoid"
            "          JOIN pg_language l ON l.oid = p.prolang"
            "         WHERE NOT t.tgisinternal AND l.lanname = 'plpgsql'"
            "         ORDER BY t.tgfoid, t.tgrelid) f"
            "  CROSS JOIN LATERAL plpgsql_show_dependency_tb(f.oid::regprocedure, f.relid) d"
            " WHERE d.type = 'RELATION'");
}

QHash<quint32, QList<TableRef>> triggerFunctionTablesFrom(const QueryResult &result)
{
    QHash<quint32, QList<TableRef>> tables;
    for (int row = 0; row < result.rowCount(); ++row)
        tables[result.value(row, 0).toUInt()].append({result.value(row, 1), result.value(row, 2)});
    return tables;
}

std::optional<QHash<quint32, QList<TableRef>>> triggerFunctionTables(BlockingConnection &connection,
                                                                     PgError *error)
{
    if (!hasPlpgsqlCheck(connection))
        return QHash<quint32, QList<TableRef>>();
    const QueryResult result = connection.exec(triggerFunctionTablesQuery());
    if (!result.ok()) {
        *error = result.error();
        return std::nullopt;
    }
    return triggerFunctionTablesFrom(result);
}

} // namespace trigon::pg
