#pragma once

#include <QStringList>

namespace trigon::cli {

// trigon-cli relay FILE... --db CONNINFO [--once] [--timeout S] [--retry-dead]
int runRelay(const QStringList &arguments);

} // namespace trigon::cli
