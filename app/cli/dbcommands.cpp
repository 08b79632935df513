#include "app/cli/dbcommands.h"

#include "app/cli/clicommand.h"

namespace trigon::cli {

int runCatalog(const QStringList &arguments)
{
    standardError() << arguments.value(0) << ": not available in this build yet" << Qt::endl;
    return ExitUsage;
}

int runImport(const QStringList &arguments)
{
    standardError() << arguments.value(0) << ": not available in this build yet" << Qt::endl;
    return ExitUsage;
}

} // namespace trigon::cli
