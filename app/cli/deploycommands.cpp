#include "app/cli/deploycommands.h"

#include "app/cli/clicommand.h"

namespace trigon::cli {

namespace {
int notYet(const QStringList &arguments)
{
    standardError() << arguments.value(0) << ": not available in this build yet" << Qt::endl;
    return ExitUsage;
}
} // namespace

int runStatus(const QStringList &arguments)
{
    return notYet(arguments);
}

int runDeploy(const QStringList &arguments)
{
    return notYet(arguments);
}

int runTest(const QStringList &arguments)
{
    return notYet(arguments);
}

} // namespace trigon::cli
