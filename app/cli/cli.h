#pragma once

#include <QStringList>

namespace trigon::cli {

// The whole of trigon-cli: `arguments` as main() gets them (the program's name first). Returns
// the exit code. A QCoreApplication must exist; the commands print to stdout and stderr.
int runCli(const QStringList &arguments);

} // namespace trigon::cli
