#pragma once

#include <QStringList>

namespace trigon::cli {

// trigon-cli render FILE... [--uninstall] [--server-version N] [-o OUT]
int runRender(const QStringList &arguments);
// trigon-cli lint FILE...
int runLint(const QStringList &arguments);
// trigon-cli export FILE... --out-dir DIR [--layout single|per-trigger|flyway]
int runExport(const QStringList &arguments);
// trigon-cli graph FILE... [--db CONNINFO] [--format dot|json] [-o OUT]
int runGraph(const QStringList &arguments);

} // namespace trigon::cli
