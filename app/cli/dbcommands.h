#pragma once

#include <QStringList>

namespace trigon::cli {

// trigon-cli catalog --db CONNINFO [--json]
int runCatalog(const QStringList &arguments);
// trigon-cli import --db CONNINFO [--schema S] [--table T] -o FILE
int runImport(const QStringList &arguments);
// trigon-cli attach FILE --db CONNINFO
int runAttach(const QStringList &arguments);

} // namespace trigon::cli
