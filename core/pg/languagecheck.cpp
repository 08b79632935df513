#include "core/pg/languagecheck.h"

#include "core/pg/blockingconnection.h"

#include <QCoreApplication>
#include <QSet>

namespace trigon::pg {

std::optional<PgError> checkFunctionLanguages(BlockingConnection &connection,
                                              const QList<TriggerDesign> &designs)
{
    QSet<QString> checked;
    for (const TriggerDesign &design : designs) {
        if (design.existingFunction)
            continue;
        const QString language = functionLanguage(design);
        if (language == QLatin1String("plpgsql") || checked.contains(language))
            continue;
        checked.insert(language);
        const QueryResult found = connection.exec(
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_language WHERE lanname = $1),"
                               " EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = $1)"),
                {language});
        if (!found.ok())
            return found.error();
        if (found.value(0, 0) == u't')
            continue;
        PgError missing;
        missing.message
                = QCoreApplication::translate("trigon::pg::LanguageCheck",
                                              "trigger %1 is written in %2, which the server "
                                              "does not have")
                          .arg(design.name, language);
        missing.hint = found.value(0, 1) == u't'
                ? QCoreApplication::translate("trigon::pg::LanguageCheck",
                                              "A superuser can add it to this database: CREATE "
                                              "EXTENSION %1;")
                          .arg(language)
                : QCoreApplication::translate("trigon::pg::LanguageCheck",
                                              "The server cannot add it either: install the "
                                              "language's package on the server (on Debian "
                                              "postgresql-plpython3-15 for PostgreSQL 15), then "
                                              "CREATE EXTENSION %1;")
                          .arg(language);
        return missing;
    }
    return std::nullopt;
}

} // namespace trigon::pg
