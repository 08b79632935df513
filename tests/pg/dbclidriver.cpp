// trigon-db-driver: the `catalog` and `import` commands of trigon-cli on their own, so that their
// test does not depend on the command table in app/cli/main.cpp. Usage: trigon-db-driver
// catalog|import [options].
#include "app/cli/dbcommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    if (arguments.isEmpty())
        return 2;
    arguments[0] = QStringLiteral("trigon-cli ") + command;
    return command == QLatin1String("import") ? trigon::cli::runImport(arguments)
                                              : trigon::cli::runCatalog(arguments);
}
