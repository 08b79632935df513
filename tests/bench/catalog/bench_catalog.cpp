// Catalog loading benchmark: a throwaway cluster with 10,000 tables x 20 columns and 5,000
// triggers; the full snapshot through trigon_pg (blocking and asynchronous) against the floor,
// psql running one plain query that returns the columns of every table. Prints times, peak
// memory and the verdict against the budget (2x the floor, 200 MB).

#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"
#include "core/pg/connection.h"
#include "core/pg/throwawaycluster.h"
#include "tests/bench/catalog/largecatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace trigon;
using namespace trigon::pg;

namespace {

constexpr int runs = 5;
constexpr double timeBudgetFactor = 2.0;
constexpr double memoryBudgetMb = 200.0;

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    ThrowawayCluster cluster;
    if (!cluster.start()) {
        out << "cannot start a throwaway cluster: " << cluster.error() << Qt::endl;
        return 1;
    }
    if (!bench::generateLargeCatalog(cluster.conninfo(), out))
        return 1;

    const double baseline = peakMegabytes();
    QString error;
    const ServerBinaries binaries = findServerBinaries(&error);
    const QString psql = binaries.binDir + QStringLiteral("/psql");
    QList<double> floorTimes, blockingTimes, asyncTimes;
    qsizetype columns = 0, triggers = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(psql, bench::floorPsqlArguments(cluster.conninfo()));
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            out << "psql failed: " << process.readAllStandardError() << Qt::endl;
            return 1;
        }
        floorTimes.append(timer.nsecsElapsed() / 1e6);

        // Through trigon_pg, blocking: connect, one round trip, build the snapshot.
        timer.restart();
        {
            BlockingConnection connection(cluster.conninfo());
            PgError loadError;
            const auto snapshot = loadCatalog(connection, &loadError);
            if (!snapshot) {
                out << "loading failed: " << loadError.toString() << Qt::endl;
                return 1;
            }
            blockingTimes.append(timer.nsecsElapsed() / 1e6);
            columns = 0;
            for (const CatalogRelation &relation : snapshot->relations)
                columns += relation.columns.size();
            triggers = snapshot->triggers.size();
        }

        // Through the GUI's asynchronous connection and an event loop.
        timer.restart();
        {
            Connection connection;
            QEventLoop loop;
            bool loaded = false;
            QObject::connect(&connection, &Connection::connected, &loop, [&] {
                loadCatalog(connection, &loop,
                            [&](const std::optional<CatalogSnapshot> &snapshot, const PgError &) {
                                loaded = snapshot.has_value();
                                loop.quit();
                            });
            });
            QObject::connect(&connection, &Connection::connectionFailed, &loop, &QEventLoop::quit);
            connection.open(cluster.conninfo());
            loop.exec();
            if (!loaded) {
                out << "asynchronous loading failed" << Qt::endl;
                return 1;
            }
            asyncTimes.append(timer.nsecsElapsed() / 1e6);
        }
    }

    const double floor = bench::median(floorTimes);
    const double blocking = bench::median(blockingTimes);
    const double async = bench::median(asyncTimes);
    const double peak = peakMegabytes();
    out << "snapshot: " << columns << " columns, " << triggers << " triggers\n"
        << "median of " << runs << " runs, connection included:\n"
        << "  floor (psql, one plain query):  " << floor << " ms\n"
        << "  trigon_pg blocking snapshot:    " << blocking << " ms (" << blocking / floor << "x)\n"
        << "  trigon_pg async snapshot:       " << async << " ms (" << async / floor << "x)\n"
        << "peak memory (ru_maxrss): " << peak << " MB, " << baseline
        << " MB before the first load\n";
    const bool timeOk = std::max(blocking, async) <= timeBudgetFactor * floor;
    const bool memoryOk = peak < memoryBudgetMb;
    out << "budget: time " << (timeOk ? "met" : "MISSED") << " (<= " << timeBudgetFactor
        << "x floor), memory " << (memoryOk ? "met" : "MISSED") << " (< " << memoryBudgetMb
        << " MB)" << Qt::endl;
    cluster.stop();
    return timeOk && memoryOk ? 0 : 2;
}
