#pragma once

#include <QStringList>

namespace trigon::cli {

// The whole of trigon-cli: `arguments` as main() gets them (the program's name first). Returns
// the exit code. A QCoreApplication must exist; the commands print to stdout and stderr.
int runCli(const QStringList &arguments);

// Overwrites with '*', in the process's own argv, every password an argument carries (a --db
// conninfo or URI), so that ps and /proc/PID/cmdline stop showing it while a long command runs.
// What the command reads must have been copied first: QCoreApplication::arguments() reads argv
// again on every call. Other users may still catch the password before this runs, which is why
// the documentation sends passwords to ~/.pgpass or PGPASSWORD.
void hidePasswordsInArgv(int argc, char **argv);

} // namespace trigon::cli
