#include "app/cli/listencommand.h"

#include "app/cli/clicommand.h"

namespace trigon::cli {

int runListen(const QStringList &arguments)
{
    standardError() << arguments.value(0) << ": not available in this build yet" << Qt::endl;
    return ExitUsage;
}

} // namespace trigon::cli
