// trigon-listen-driver: the `listen` command of trigon-cli on its own, so that its test does not
// depend on the command table in app/cli/main.cpp.
#include "app/cli/listencommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    arguments.prepend(QStringLiteral("trigon-cli listen"));
    return trigon::cli::runListen(arguments);
}
