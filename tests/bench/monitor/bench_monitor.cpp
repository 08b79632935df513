// bench_monitor: how the event monitor copes with a flood of notifications.
//
// A throwaway cluster of its own; another connection (on a worker thread) commits a burst of
// notifications in one transaction. Measured:
//   - the floor: a bare libpq loop that only counts notifications (poll, PQconsumeInput,
//     PQnotifies), events per second from the first to the last;
//   - the pane: events per second into MonitorPane's model (shown, on the offscreen platform),
//     from the first notification to the read that brings the last one into the model, and
//     how long after that the flush shows it in the table (the pane flushes every 100 ms);
//   - the longest GUI event-loop stall during the pane's burst (a 5 ms QTimer probe);
//   - memory: ru_maxrss after each of two bursts and the buffer's size against its cap.
// Before the measured bursts, a small one (2,000) warms up the pane's drawing, then is cleared.
// Budgets: pane rate >= half the floor, no stall over 50 ms, buffer within its cap and memory
// flat from the first burst to the second. Exit code 0 when all hold.
//
//   bench_monitor [EVENTS]        (default 200000)

#include "core/pg/blockingconnection.h"
#include "core/pg/listener.h"
#include "core/pg/throwawaycluster.h"
#include "tests/bench/monitor/notificationburst.h"
#include "ui/monitor/eventmodel.h"
#include "ui/monitor/monitorpane.h"
#include "ui/session/session.h"

#include <libpq-fe.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <poll.h>
#include <sys/resource.h>
#include <time.h>

#include <cstdio>
#include <thread>

using namespace trigon;

namespace {

constexpr int timeoutMs = 300000;

// CPU time of the calling thread: the machine this runs on is shared, so wall-clock figures
// include time the thread was not even scheduled; CPU time says what the work itself costs.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// How long the calling thread has waited, runnable, for a core (the second field of Linux's
// schedstat): the part of the wall-clock time that was neither work nor waiting for input.
qint64 threadRunQueueWaitNs()
{
    std::FILE *file = std::fopen("/proc/thread-self/schedstat", "r");
    if (!file)
        return 0;
    long long running = 0;
    long long waiting = 0;
    const int read = std::fscanf(file, "%lld %lld", &running, &waiting);
    std::fclose(file);
    return read == 2 ? waiting : 0;
}

long maxRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Run
{
    double rate = 0;           // events per wall-clock second into the model, first to last
    qint64 shownAfterMs = 0;   // from the last event in the model to the flush that shows it
    double shownRate = 0;      // events per second, first to the flush that shows the last
    double cpuNsPerEvent = 0;  // GUI (main) thread CPU time per event
    qint64 longestStallMs = 0; // the longest wait between two probe ticks, beyond their 5 ms
    qint64 longestBusyMs = 0;  // CPU time the GUI thread spent within one such wait
    qint64 runQueueMs = 0;     // time the GUI thread waited for a core, first to last
    long maxRssKiB = 0;
    bool complete = false;
};

// The floor: nothing but libpq, counting.
Run bareLoop(const QString &conninfo, int count)
{
    Run run;
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::fprintf(stderr, "floor: cannot connect: %s\n", PQerrorMessage(conn));
        PQfinish(conn);
        return run;
    }
    PQclear(PQexec(conn, "LISTEN floor"));
    std::thread sender = bench::sendBurst(conninfo, QStringLiteral("floor"), count);
    int received = 0;
    QElapsedTimer clock;
    qint64 first = -1;
    qint64 last = 0;
    qint64 cpuFirst = 0;
    clock.start();
    while (received < count && clock.elapsed() < timeoutMs) {
        pollfd fd {PQsocket(conn), POLLIN, 0};
        poll(&fd, 1, 1000);
        PQconsumeInput(conn);
        while (PGnotify *notify = PQnotifies(conn)) {
            if (first < 0) {
                first = clock.nsecsElapsed();
                cpuFirst = threadCpuNs();
            }
            ++received;
            PQfreemem(notify);
        }
        last = clock.nsecsElapsed();
    }
    const qint64 cpuLast = threadCpuNs();
    sender.join();
    PQfinish(conn);
    if (received < count) {
        std::fprintf(stderr, "floor: only %d of %d arrived\n", received, count);
        return run;
    }
    run.complete = true;
    run.rate = (count - 1) / (static_cast<double>(last - first) / 1e9);
    run.cpuNsPerEvent = static_cast<double>(cpuLast - cpuFirst) / count;
    return run;
}

Run paneBurst(const QString &conninfo, ui::MonitorPane &pane, int count)
{
    Run run;
    ui::EventModel *model = pane.eventModel();
    const qint64 start = model->totalReceived();
    const qint64 target = start + count;
    QElapsedTimer clock;
    clock.start();
    qint64 first = -1;
    qint64 cpuFirst = 0;
    qint64 waitFirst = 0;
    QObject context;
    qint64 received = 0; // when the read holding the last event was in the model
    // Connected after the pane's own connection: runs once the pane has taken the batch.
    QObject::connect(pane.listener(), &pg::Listener::notificationsReceived, &context, [&] {
        if (first < 0) {
            first = clock.nsecsElapsed();
            cpuFirst = threadCpuNs();
            waitFirst = threadRunQueueWaitNs();
        }
        if (received == 0 && model->totalReceived() >= target)
            received = clock.nsecsElapsed();
    });
    // The stall probe: a timer that should tick every 5 ms; the longest wait between two ticks
    // beyond that is how long the event loop was busy.
    QTimer probe;
    probe.setInterval(5);
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 cpuAtTick = threadCpuNs();
    QObject::connect(&probe, &QTimer::timeout, &context, [&] {
        const qint64 waited = sinceTick.restart();
        const qint64 cpu = threadCpuNs();
        if (first >= 0) {
            run.longestStallMs = qMax(run.longestStallMs, waited - 5);
            run.longestBusyMs = qMax(run.longestBusyMs, (cpu - cpuAtTick) / 1000000);
        }
        cpuAtTick = cpu;
    });
    probe.start();
    // Done when the last event has been flushed into the rows (or dropped to make room). The
    // wait is a real event loop, as in the application: QCoreApplication::processEvents() with a
    // time limit never blocks, and spinning through it would steal the CPU the pane needs.
    QEventLoop loop;
    qint64 last = 0;
    qint64 cpuLast = 0;
    const auto shown = [&] {
        if (model->totalReceived() >= target && model->pendingCount() == 0 && !run.complete) {
            last = clock.nsecsElapsed();
            cpuLast = threadCpuNs();
            run.runQueueMs = (threadRunQueueWaitNs() - waitFirst) / 1000000;
            run.complete = true;
            loop.quit();
        }
    };
    // Rows come as an insertion, or as a reset when all the rows shown before were dropped.
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &context, shown);
    QObject::connect(model, &QAbstractItemModel::modelReset, &context, shown);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    std::thread sender = bench::sendBurst(conninfo, QStringLiteral("bench"), count);
    loop.exec();
    probe.stop();
    sender.join();
    if (run.complete && first >= 0) {
        run.rate = (count - 1) / (static_cast<double>(received - first) / 1e9);
        run.shownAfterMs = (last - received) / 1000000;
        run.shownRate = (count - 1) / (static_cast<double>(last - first) / 1e9);
        run.cpuNsPerEvent = static_cast<double>(cpuLast - cpuFirst) / count;
    }
    run.maxRssKiB = maxRssKiB();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    if (count < 2) {
        std::fprintf(stderr, "usage: bench_monitor [EVENTS >= 2]\n");
        return 2;
    }

    pg::ThrowawayCluster cluster;
    if (!cluster.start()) {
        std::fprintf(stderr, "cannot start a cluster: %s\n", qPrintable(cluster.error()));
        return 2;
    }
    const QString conninfo = cluster.conninfo();
    std::printf("bench_monitor: %d notifications per burst, one transaction each\n", count);

    const Run floor = bareLoop(conninfo, count);
    std::printf("floor (bare libpq loop): %9.0f events/s, %6.0f ns CPU per event\n", floor.rate,
                floor.cpuNsPerEvent);

    ui::Session session;
    session.open(conninfo, ui::Session::Kind::Regular, false);
    ui::MonitorPane pane;
    pane.resize(1200, 600);
    pane.show();
    pane.setChannels({QStringLiteral("bench")});
    pane.setSession(&session);
    {
        QEventLoop loop;
        QObject::connect(pane.listener(), &pg::Listener::listening, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!pane.listener()->isListening()) {
        std::fprintf(stderr, "the pane did not start listening: %s\n",
                     qPrintable(pane.statusText()));
        return 2;
    }
    // A pane in use has drawn rows before: a small burst first, so that loading fonts and
    // shaping the first rows' glyphs is not counted against the flood.
    paneBurst(conninfo, pane, 2000);
    pane.clear();
    const long rssBefore = maxRssKiB();
    const Run first = paneBurst(conninfo, pane, count);
    const Run second = paneBurst(conninfo, pane, count);
    const ui::EventModel *model = pane.eventModel();

    for (const Run *run : {&first, &second}) {
        std::printf("pane, burst %d:           %9.0f events/s (%3.0f%% of the floor), %6.0f ns CPU "
                    "per event (%.1fx the floor), %lld ms waiting for a core; longest stall %lld "
                    "ms wall, %lld ms busy; the last shown %lld ms after it arrived (%.0f%% of "
                    "the floor counted to then)\n",
                    run == &first ? 1 : 2, run->rate,
                    floor.rate > 0 ? 100 * run->rate / floor.rate : 0.0, run->cpuNsPerEvent,
                    floor.cpuNsPerEvent > 0 ? run->cpuNsPerEvent / floor.cpuNsPerEvent : 0.0,
                    static_cast<long long>(run->runQueueMs),
                    static_cast<long long>(run->longestStallMs),
                    static_cast<long long>(run->longestBusyMs),
                    static_cast<long long>(run->shownAfterMs),
                    floor.rate > 0 ? 100 * run->shownRate / floor.rate : 0.0);
    }
    std::printf("buffer: %d rows + %d queued of a %d cap, %lld dropped\n", model->rowCount(),
                model->pendingCount(), model->capacity(),
                static_cast<long long>(model->droppedCount()));
    std::printf("max RSS: %ld KiB before the bursts, %ld KiB after the first, %ld KiB after the "
                "second\n",
                rssBefore, first.maxRssKiB, second.maxRssKiB);

    const bool complete = floor.complete && first.complete && second.complete;
    const bool rateOk = first.rate >= floor.rate / 2 && second.rate >= floor.rate / 2;
    const bool stallOk = first.longestStallMs <= 50 && second.longestStallMs <= 50;
    const bool bufferOk = model->rowCount() + model->pendingCount() <= model->capacity();
    // Flat: the second burst, which only replaces events in a full buffer, may not grow the peak
    // by more than a tenth of what the first one took.
    const bool flatOk = second.maxRssKiB - first.maxRssKiB <= (first.maxRssKiB - rssBefore) / 10;
    std::printf("budgets: all events %s, rate >= 1/2 floor %s, stall <= 50 ms %s, buffer within "
                "cap %s, memory flat %s\n",
                complete ? "ok" : "FAIL", rateOk ? "ok" : "FAIL", stallOk ? "ok" : "FAIL",
                bufferOk ? "ok" : "FAIL", flatOk ? "ok" : "FAIL");
    session.close();
    cluster.stop();
    return complete && rateOk && stallOk && bufferOk && flatOk ? 0 : 1;
}
