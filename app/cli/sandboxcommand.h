#pragma once

#include <QStringList>

namespace trigon::cli {

// trigon-cli sandbox start|seed|stop [--data-dir DIR]
//   seed --from CONNINFO [--name DB] [--replace]
int runSandbox(const QStringList &arguments);

} // namespace trigon::cli
