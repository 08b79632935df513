#pragma once

#include <QStringList>

namespace trigon::cli {

// trigon-cli listen --db CONNINFO CHANNEL... [--count N] [--timeout S]
int runListen(const QStringList &arguments);

} // namespace trigon::cli
