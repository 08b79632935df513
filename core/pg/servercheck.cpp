#include "core/pg/servercheck.h"

#include "core/pg/blockingconnection.h"
#include "core/pg/conditionparser.h"
#include "core/sql/quoting.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace trigon::pg {

namespace {

// The first design of `designs` (from `from`) whose language the server lacks, as an error, or
// its index -1 when none; a failed query's error with index -2.
std::pair<qsizetype, PgError> missingLanguage(BlockingConnection &connection,
                                              const QList<TriggerDesign> &designs,
                                              qsizetype from = 0)
{
    QHash<QString, bool> present;
    for (qsizetype i = from; i < designs.size(); ++i) {
        const TriggerDesign &design = designs.at(i);
        if (design.existingFunction)
            continue;
        const QString language = functionLanguage(design);
        if (language == QLatin1String("plpgsql") || present.value(language, false))
            continue;
        const QueryResult found = connection.exec(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_language WHERE lanname = $1),"
                               " EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = $1)"),
                {language});
        if (!found.ok())
            return {-2, found.error()};
        present.insert(language, found.value(0, 0) == u't');
        if (found.value(0, 0) == u't')
            continue;
        PgError missing;
        missing.message
                = QCoreApplication::translate("trigon::pg::ServerCheck",
                                              "trigger %1 is written in %2, which the server "
                                              "does not have")
                          .arg(design.name, language);
        missing.hint = found.value(0, 1) == u't'
                ? QCoreApplication::translate("trigon::pg::ServerCheck",
                                              "A superuser can add it to this database: CREATE "
                                              "EXTENSION %1;")
                          .arg(language)
                : QCoreApplication::translate("trigon::pg::ServerCheck",
                                              "The server cannot add it either: install the "
                                              "language's package on the server (on Debian "
                                              "postgresql-plpython3-15 for PostgreSQL 15), then "
                                              "CREATE EXTENSION %1;")
                          .arg(language);
        return {i, missing};
    }
    return {-1, {}};
}

} // namespace

std::optional<PgError> checkFunctionLanguages(BlockingConnection &connection,
                                              const QList<TriggerDesign> &designs)
{
    const auto [index, error] = missingLanguage(connection, designs);
    return index == -1 ? std::nullopt : std::optional<PgError>(error);
}

std::optional<QList<Diagnostic>> serverDiagnostics(BlockingConnection &connection,
                                                   const QList<TriggerDesign> &designs,
                                                   PgError *error)
{
    QList<Diagnostic> diagnostics;
    const auto add = [&](qsizetype index, const QString &field, const PgError &found) {
        const TriggerDesign &design = designs.at(index);
        QString message = found.message;
        if (!found.hint.isEmpty())
            message += QStringLiteral(" (") + found.hint + u')';
        diagnostics.append(
                {Diagnostic::Severity::Error, index, design.id, design.name, field, message});
    };
    for (qsizetype from = 0; from < designs.size();) {
        const auto [index, found] = missingLanguage(connection, designs, from);
        if (index == -2) {
            *error = found;
            return std::nullopt;
        }
        if (index == -1)
            break;
        add(index, QStringLiteral("actions"), found);
        from = index + 1;
    }
    for (qsizetype i = 0; i < designs.size(); ++i) {
        const TriggerDesign &design = designs.at(i);
        if (design.existingFunction) {
            const QueryResult exists
                    = connection.exec(QStringLiteral("SELECT to_regprocedure($1) IS NOT NULL"),
                                      {quoteQualifiedName(design.existingFunction->schema,
                                                          design.existingFunction->name)
                                       + QStringLiteral("()")});
            if (!exists.ok()) {
                *error = exists.error();
                return std::nullopt;
            }
            if (exists.value(0, 0) != u't') {
                PgError missing;
                missing.message = QCoreApplication::translate(
                                          "trigon::pg::ServerCheck",
                                          "the function %1() does not exist in the database")
                                          .arg(design.existingFunction->displayName());
                add(i, QStringLiteral("function"), missing);
            }
        }
        if (const std::optional<PgError> refused = parseRawConditions(connection, {design})) {
            if (!refused->isServerError()) {
                *error = *refused;
                return std::nullopt;
            }
            add(i, QStringLiteral("condition"), *refused);
        }
    }
    return diagnostics;
}

} // namespace trigon::pg
