#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

namespace trigon::bench {

// The large catalog both catalog benchmarks read: 10,000 tables x 20 columns and 5,000 triggers.
constexpr int largeCatalogTables = 10000;
constexpr int largeCatalogTriggers = 5000;

// Creates the large catalog in the database of `conninfo` and says how long it took on `out`.
// False, with the reason on `out`, when a statement fails.
bool generateLargeCatalog(const QString &conninfo, QTextStream &out);

// The floor of a catalog read: psql's arguments for one plain query returning the columns of
// every table, as the snapshot's widest query reads them, printed to /dev/null.
QStringList floorPsqlArguments(const QString &conninfo);

double median(QList<double> values);

} // namespace trigon::bench
