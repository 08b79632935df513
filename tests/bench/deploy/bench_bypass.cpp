// Benchmark of the bypass option: an UPDATE of 100,000 rows under a bypass-enabled trigger
// against the same UPDATE under the same trigger without the option (budget: within 1.05x), beside
// the same UPDATE on a table without a trigger (the floor), which also gives the trigger's own
// share of the time: the option's one current_setting() per row in WHEN shows most there. Rounds
// alternate between the tables and the median counts, as the machine is shared. Starts its own
// throwaway cluster. Exits non-zero when over budget.
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/throwawaycluster.h"
#include "core/sql/scriptrenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace trigon;

namespace {

constexpr int rows = 100000;
constexpr int rounds = 9;
constexpr double budget = 1.05;

// The same set_timestamp trigger on `table`, with or without the bypass option.
TriggerDesign touch(const QString &table, bool bypass)
{
    const QString json
            = QStringLiteral("{\"format\": \"trigon\", \"version\": 1, \"triggers\": [{\"name\": "
                             "\"%1_touch\", "
                             "\"table\": {\"name\": \"%1\"}, \"timing\": \"before\", \"events\": "
                             "[\"update\"], "
                             "\"bypass\": %2, \"actions\": [{\"kind\": \"set_timestamp\"}]}]}")
                      .arg(table, bypass ? QStringLiteral("true") : QStringLiteral("false"));
    const DesignReadResult read = parseDesign(json.toUtf8());
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.toString()));
    return read.document->triggers.constFirst();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    pg::ThrowawayCluster cluster;
    if (!cluster.start()) {
        out << "cannot start a throwaway cluster: " << cluster.error() << Qt::endl;
        return 2;
    }
    pg::BlockingConnection connection(cluster.conninfo());
    const QStringList tables
            = {QStringLiteral("floor"), QStringLiteral("plain"), QStringLiteral("bypassed")};
    for (const QString &table : tables) {
        const pg::QueryResult made = connection.execScript(
                QStringLiteral("CREATE TABLE %1 (id int PRIMARY KEY, n int, updated_at "
                               "timestamptz); INSERT INTO %1 SELECT g, 0, NULL FROM "
                               "generate_series(1, %2) g;")
                        .arg(table)
                        .arg(rows));
        if (!made.ok())
            qFatal("%s", qPrintable(made.error().toString()));
        connection.exec(QStringLiteral("VACUUM ANALYZE %1").arg(table));
    }
    const pg::QueryResult installed = connection.execScript(
            renderInstallScript(QList<TriggerDesign> {touch(QStringLiteral("plain"), false),
                                                      touch(QStringLiteral("bypassed"), true)},
                                RenderOptions {}));
    if (!installed.ok())
        qFatal("%s", qPrintable(installed.error().toString()));

    std::vector<double> times[3];
    for (int round = 0; round < rounds; ++round) {
        for (int t = 0; t < 3; ++t) {
            QElapsedTimer timer;
            timer.start();
            const pg::QueryResult updated
                    = connection.exec(QStringLiteral("UPDATE %1 SET n = n + 1").arg(tables.at(t)));
            if (!updated.ok())
                qFatal("%s", qPrintable(updated.error().toString()));
            times[t].push_back(timer.nsecsElapsed() / 1e6);
        }
    }
    const double floorMs = median(times[0]);
    const double plainMs = median(times[1]);
    const double bypassMs = median(times[2]);
    const double ratio = bypassMs / plainMs;
    const double ownShare = (bypassMs - floorMs) / (plainMs - floorMs);
    out << QStringLiteral("UPDATE of %1 rows, median of %2 rounds:\n").arg(rows).arg(rounds);
    out << QStringLiteral("  no trigger (floor):            %1 ms\n").arg(floorMs, 0, 'f', 1);
    out << QStringLiteral("  trigger without bypass:        %1 ms\n").arg(plainMs, 0, 'f', 1);
    out << QStringLiteral("  trigger with bypass (unused):  %1 ms\n").arg(bypassMs, 0, 'f', 1);
    out << QStringLiteral("  with the option against without: %1x (budget %2x)\n")
                    .arg(ratio, 0, 'f', 3)
                    .arg(budget, 0, 'f', 2);
    out << QStringLiteral("  the trigger's own share (less the floor), with against without: %1x\n")
                    .arg(ownShare, 0, 'f', 3);
    out << (ratio <= budget ? "within budget" : "OVER BUDGET") << Qt::endl;
    return ratio <= budget ? 0 : 1;
}
