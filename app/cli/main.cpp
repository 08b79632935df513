#include "app/cli/cli.h"
#include "core/i18n/translations.h"
#include "core/version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trigon-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Trigon"));
    QCoreApplication::setApplicationVersion(trigon::applicationVersion());
    // The CLI follows the locale alone (LC_ALL, LC_MESSAGES, LANG): scripts set it per call.
    trigon::installTranslations(app, trigon::chooseLanguage({}));
    // The copy first: arguments() reads argv again, and argv loses its passwords next.
    const QStringList arguments = QCoreApplication::arguments();
    trigon::cli::hidePasswordsInArgv(argc, argv);
    return trigon::cli::runCli(arguments);
}
