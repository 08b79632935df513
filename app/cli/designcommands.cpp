#include "app/cli/designcommands.h"

#include "app/cli/clicommand.h"

namespace trigon::cli {

namespace {
int notYet(const QStringList &arguments)
{
    standardError() << arguments.value(0) << ": not available in this build yet" << Qt::endl;
    return ExitUsage;
}
} // namespace

int runRender(const QStringList &arguments)
{
    return notYet(arguments);
}

int runLint(const QStringList &arguments)
{
    return notYet(arguments);
}

int runExport(const QStringList &arguments)
{
    return notYet(arguments);
}

} // namespace trigon::cli
