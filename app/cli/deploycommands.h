#pragma once

#include <QStringList>

namespace trigon::cli {

// trigon-cli status FILE... --db CONNINFO
int runStatus(const QStringList &arguments);
// trigon-cli deploy FILE... --db CONNINFO [--dry-run] [--prune] [--yes]
int runDeploy(const QStringList &arguments);
// trigon-cli test FILE... --db CONNINFO [--junit OUT.xml] [--trigger NAME] [--case NAME]
// trigon-cli test FILE... --pgtap [--deployed] [-o OUT] [--trigger NAME] [--case NAME]
int runTest(const QStringList &arguments);

} // namespace trigon::cli
