#pragma once

#include <QString>
#include <QStringList>

namespace trigon {

// "selector" in a design file: the rule that picks a design's tables from a database's catalog,
// so that a table created later is found too (trigon-cli attach writes what it picks into
// "tables"; status names what it picks and the design lacks). It picks the tables (ordinary and
// partitioned, not views) of `schema` whose name matches `pattern` (a glob: * any run, ? one
// character), is not in `exclude`, and, when `hasColumn` is set, that have such a column.
struct TableSelector
{
    QString schema = QStringLiteral("public");
    QString pattern = QStringLiteral("*");
    QStringList exclude;
    QString hasColumn;

    friend bool operator==(const TableSelector &, const TableSelector &) = default;
};

} // namespace trigon
