// bench_listen: how fast `trigon-cli listen` passes a flood of notifications on to a pipe.
//
// A throwaway cluster of its own; another connection commits a burst of notifications in one
// transaction. Measured side by side in one run:
//   - the floor: a bare libpq loop that only counts notifications (poll, PQconsumeInput,
//     PQnotifies);
//   - trigon-cli listen --count N, its JSON lines read from a pipe by this process, and the CPU
//     time the process used.
// Each as events per second over the burst (from the moment the sender starts, which includes
// the server's own work of queueing and sending, as the issue measured: 0.29 s for the floor),
// and from the first event to the last (the receiving side alone, where the floor is a tight loop
// over libpq's buffer). Budget (issue #13): trigon-cli at least half the floor's rate over the
// burst. Exit code 0 when it holds.
//
//   bench_listen [EVENTS]        (default 200000)
//   TRIGON_CLI=path bench_listen measures another build of trigon-cli (an older one, to compare).

#include "core/pg/blockingconnection.h"
#include "core/pg/throwawaycluster.h"
#include "tests/bench/monitor/notificationburst.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <poll.h>
#include <sys/resource.h>

#include <cstdio>
#include <thread>

using namespace trigon;

namespace {

constexpr int timeoutMs = 300000;
constexpr double budgetShareOfFloor = 0.5;

struct Rates
{
    double overBurst = 0;   // events per second from the sender's start to the last event
    double firstToLast = 0; // events per second from the first event to the last
    double cpuSeconds = 0;  // of trigon-cli
};

Rates ratesOf(int count, qint64 first, qint64 last)
{
    return {count / (static_cast<double>(last) / 1e9),
            (count - 1) / (static_cast<double>(last - first) / 1e9), 0};
}

// Zero rates when not all arrived.
Rates floorRates(const QString &conninfo, int count)
{
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::fprintf(stderr, "floor: cannot connect: %s\n", PQerrorMessage(conn));
        PQfinish(conn);
        return {};
    }
    PQclear(PQexec(conn, "LISTEN floor"));
    QElapsedTimer clock;
    clock.start();
    std::thread sender = bench::sendBurst(conninfo, QStringLiteral("floor"), count);
    int received = 0;
    qint64 first = -1;
    qint64 last = 0;
    while (received < count && clock.elapsed() < timeoutMs) {
        pollfd fd {PQsocket(conn), POLLIN, 0};
        poll(&fd, 1, 1000);
        PQconsumeInput(conn);
        while (PGnotify *notify = PQnotifies(conn)) {
            if (first < 0)
                first = clock.nsecsElapsed();
            ++received;
            PQfreemem(notify);
        }
        last = clock.nsecsElapsed();
    }
    sender.join();
    PQfinish(conn);
    if (received < count)
        return {};
    return ratesOf(count, first, last);
}

Rates cliRates(const QString &conninfo, int count)
{
    Rates run;
    QProcess listen;
    listen.start(qEnvironmentVariableIsEmpty("TRIGON_CLI") ? QStringLiteral(TRIGON_CLI)
                                                           : qEnvironmentVariable("TRIGON_CLI"),
                 {QStringLiteral("listen"), QStringLiteral("--db"), conninfo,
                  QStringLiteral("--count"), QString::number(count), QStringLiteral("bench")});
    // Listening once it says so on stderr.
    while (!listen.readAllStandardError().contains("listening on")) {
        if (!listen.waitForReadyRead(30000) && listen.state() != QProcess::Running) {
            std::fprintf(stderr, "trigon-cli listen did not start listening\n");
            return run;
        }
    }
    rusage before {};
    getrusage(RUSAGE_CHILDREN, &before);
    QElapsedTimer clock;
    clock.start();
    std::thread sender = bench::sendBurst(conninfo, QStringLiteral("bench"), count);
    qint64 first = -1;
    qint64 last = 0;
    qint64 lines = 0;
    while (lines < count && clock.elapsed() < timeoutMs) {
        if (!listen.waitForReadyRead(1000) && listen.state() != QProcess::Running)
            break;
        const QByteArray out = listen.readAllStandardOutput();
        if (out.isEmpty())
            continue;
        if (first < 0)
            first = clock.nsecsElapsed();
        lines += out.count('\n');
        last = clock.nsecsElapsed();
    }
    sender.join();
    listen.waitForFinished(30000);
    rusage after {};
    getrusage(RUSAGE_CHILDREN, &after);
    if (lines < count) {
        std::fprintf(stderr, "trigon-cli listen: only %lld of %d lines arrived\n",
                     static_cast<long long>(lines), count);
        return run;
    }
    const auto seconds = [](const timeval &time) {
        return time.tv_sec + time.tv_usec / 1e6;
    };
    run = ratesOf(count, first, last);
    run.cpuSeconds = seconds(after.ru_utime) + seconds(after.ru_stime) - seconds(before.ru_utime)
            - seconds(before.ru_stime);
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    if (count < 2) {
        std::fprintf(stderr, "usage: bench_listen [EVENTS >= 2]\n");
        return 2;
    }
    pg::ThrowawayCluster cluster;
    if (!cluster.start()) {
        std::fprintf(stderr, "cannot start a cluster: %s\n", qPrintable(cluster.error()));
        return 2;
    }
    const QString conninfo = cluster.conninfo();
    std::printf("bench_listen: %d notifications per burst, one transaction each\n", count);
    const Rates floor = floorRates(conninfo, count);
    const Rates cli = cliRates(conninfo, count);
    const double share = floor.overBurst > 0 ? cli.overBurst / floor.overBurst : 0;
    const bool withinBudget = share >= budgetShareOfFloor;
    std::printf("floor (bare libpq loop):      over the burst %9.0f events/s (%.2f s), first to "
                "last %9.0f events/s\n",
                floor.overBurst, floor.overBurst > 0 ? count / floor.overBurst : 0.0,
                floor.firstToLast);
    std::printf("trigon-cli listen, to a pipe: over the burst %9.0f events/s (%.2f s), first to "
                "last %9.0f events/s, %.2f s CPU\n",
                cli.overBurst, cli.overBurst > 0 ? count / cli.overBurst : 0.0, cli.firstToLast,
                cli.cpuSeconds);
    std::printf("over the burst: %.0f%% of the floor (budget %.0f%%)  %s; first to last: %.0f%%\n",
                100 * share, 100 * budgetShareOfFloor, withinBudget ? "ok" : "UNDER BUDGET",
                floor.firstToLast > 0 ? 100 * cli.firstToLast / floor.firstToLast : 0.0);
    return withinBudget ? 0 : 1;
}
