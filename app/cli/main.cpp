#include "app/cli/cli.h"
#include "core/version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trigon-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Trigon"));
    QCoreApplication::setApplicationVersion(trigon::applicationVersion());
    return trigon::cli::runCli(QCoreApplication::arguments());
}
