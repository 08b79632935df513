#include "ui/jobs/jobrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>

using namespace trigon::ui;

// The job runner on its own, with jobs that stand in for database work: outcomes, steps and
// progress come back on the GUI thread; cancelling, a context going and the runner going stop
// jobs instead of waiting for them.
class TestJobRunner : public QObject
{
    Q_OBJECT
private slots:
    void outcomeArrivesOnTheGuiThread_data();
    void outcomeArrivesOnTheGuiThread();
    void progressAndStepsArriveInOrderBeforeTheOutcome_data();
    void progressAndStepsArriveInOrderBeforeTheOutcome();
    void cancelledJobStopsAndItsOutcomeIsDropped_data();
    void cancelledJobStopsAndItsOutcomeIsDropped();
    void contextDestroyedBeforeTheEndCancelsAndDrops();
    void runnerGoingCancelsEveryJobWithoutWaiting_data();
    void runnerGoingCancelsEveryJobWithoutWaiting();
};

namespace {

// Keeps a job busy until it is cancelled, the way a test run checks between its cases.
bool runUntilCancelled(const JobControl &control, int pollMs = 5)
{
    QElapsedTimer timer;
    timer.start();
    while (!control.isCancelled()) {
        if (timer.hasExpired(10'000))
            return false;
        QThread::msleep(pollMs);
    }
    return true;
}

} // namespace

void TestJobRunner::outcomeArrivesOnTheGuiThread_data()
{
    QTest::addColumn<int>("jobs");
    QTest::newRow("one job") << 1;
    QTest::newRow("more jobs than worker threads")
            << QThreadPool::globalInstance()->maxThreadCount() * 4;
}

void TestJobRunner::outcomeArrivesOnTheGuiThread()
{
    QFETCH(int, jobs);
    JobRunner runner;
    QObject context;
    QThread *const gui = QThread::currentThread();
    std::atomic_int onGuiThread {0};
    QList<int> outcomes;
    QList<JobRunner::JobId> ids;
    for (int job = 0; job < jobs; ++job) {
        ids.append(runner.run(
                &context,
                [&onGuiThread, gui, job](JobControl &) {
                    onGuiThread += QThread::currentThread() == gui ? 1 : 0;
                    return job * 10;
                },
                [&outcomes, gui](int outcome) {
                    QCOMPARE(QThread::currentThread(), gui);
                    outcomes.append(outcome);
                }));
    }
    QVERIFY(runner.isRunning(ids.constFirst()));
    QTRY_COMPARE(outcomes.size(), jobs);
    QCOMPARE(onGuiThread.load(), 0);
    std::sort(outcomes.begin(), outcomes.end());
    for (int job = 0; job < jobs; ++job)
        QCOMPARE(outcomes.at(job), job * 10);
    for (const JobRunner::JobId id : std::as_const(ids))
        QVERIFY(!runner.isRunning(id));
}

void TestJobRunner::progressAndStepsArriveInOrderBeforeTheOutcome_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<bool>("withText");
    QTest::newRow("no steps") << 0 << false;
    QTest::newRow("one step, counted") << 1 << false;
    QTest::newRow("many steps, counted and said") << 200 << true;
}

void TestJobRunner::progressAndStepsArriveInOrderBeforeTheOutcome()
{
    QFETCH(int, steps);
    QFETCH(bool, withText);
    JobRunner runner;
    QObject context;
    QList<JobProgress> progress;
    QList<QString> reported;
    std::optional<int> outcome;
    runner.runSteps<QString>(
            &context,
            [steps, withText](JobControl &control, const std::function<void(QString)> &report) {
                for (int step = 1; step <= steps; ++step) {
                    report(QStringLiteral("result %1").arg(step));
                    control.setProgress(step, steps);
                    if (withText)
                        control.setProgressText(QStringLiteral("step %1").arg(step));
                }
                return steps;
            },
            [&](const QString &step) {
                QVERIFY(!outcome);
                reported.append(step);
            },
            [&](int done) { outcome = done; },
            [&](const JobProgress &now) {
                QVERIFY(!outcome);
                progress.append(now);
            });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(*outcome, steps);
    QCOMPARE(reported.size(), steps);
    for (int step = 1; step <= steps; ++step)
        QCOMPARE(reported.at(step - 1), QStringLiteral("result %1").arg(step));
    QCOMPARE(progress.size(), withText ? 2 * steps : steps);
    for (qsizetype at = 1; at < progress.size(); ++at)
        QVERIFY(progress.at(at).value >= progress.at(at - 1).value);
    if (steps > 0) {
        QCOMPARE(progress.constLast().value, steps);
        QCOMPARE(progress.constLast().maximum, steps);
        QCOMPARE(progress.constLast().text,
                 withText ? QStringLiteral("step %1").arg(steps) : QString());
    }
}

void TestJobRunner::cancelledJobStopsAndItsOutcomeIsDropped_data()
{
    QTest::addColumn<bool>("wait");
    QTest::newRow("cancel") << false;
    QTest::newRow("cancel and wait") << true;
}

void TestJobRunner::cancelledJobStopsAndItsOutcomeIsDropped()
{
    QFETCH(bool, wait);
    JobRunner runner;
    QObject context;
    QSemaphore started;
    std::atomic_bool sawCancel {false};
    std::atomic_bool ended {false};
    bool delivered = false;
    bool progressAfterCancel = false;
    bool cancelled = false;
    const JobRunner::JobId id = runner.run(
            &context,
            [&](JobControl &control) {
                started.release();
                sawCancel = runUntilCancelled(control);
                control.setProgress(1, 1); // too late: nobody listens
                ended = true;
                return 1;
            },
            [&](int) { delivered = true; },
            [&](const JobProgress &) { progressAfterCancel = cancelled; });
    QVERIFY(started.tryAcquire(1, 10'000));
    cancelled = true;
    if (wait) {
        runner.cancelAndWait(id);
        QVERIFY(ended);
    } else {
        runner.cancel(id);
    }
    QTRY_VERIFY(!runner.isRunning(id));
    QTRY_VERIFY(ended.load());
    QCoreApplication::processEvents();
    QVERIFY(sawCancel);
    QVERIFY(!delivered);
    QVERIFY(!progressAfterCancel);
}

void TestJobRunner::contextDestroyedBeforeTheEndCancelsAndDrops()
{
    JobRunner runner;
    auto context = std::make_unique<QObject>();
    QSemaphore started;
    std::atomic_bool sawCancel {false};
    bool delivered = false;
    const JobRunner::JobId id = runner.run(
            context.get(),
            [&](JobControl &control) {
                started.release();
                sawCancel = runUntilCancelled(control);
                return 1;
            },
            [&](int) { delivered = true; });
    QVERIFY(started.tryAcquire(1, 10'000));
    context.reset();
    QTRY_VERIFY(!runner.isRunning(id));
    QVERIFY(sawCancel);
    QVERIFY(!delivered);
}

void TestJobRunner::runnerGoingCancelsEveryJobWithoutWaiting_data()
{
    QTest::addColumn<int>("jobs");
    QTest::newRow("as many as worker threads") << QThreadPool::globalInstance()->maxThreadCount();
    QTest::newRow("many queued behind them") << 50;
}

// What quitting does: the runner goes with the window; running jobs stop at their next check,
// queued ones never start, and the window does not wait for either.
void TestJobRunner::runnerGoingCancelsEveryJobWithoutWaiting()
{
    QFETCH(int, jobs);
    auto runner = std::make_unique<JobRunner>();
    QObject context;
    auto started = std::make_shared<QSemaphore>();
    auto ran = std::make_shared<std::atomic_int>(0);
    auto stopped = std::make_shared<std::atomic_int>(0);
    int delivered = 0;
    for (int job = 0; job < jobs; ++job) {
        runner->run(
                &context,
                [started, ran, stopped](JobControl &control) {
                    ++*ran;
                    started->release();
                    if (runUntilCancelled(control, 300))
                        ++*stopped;
                    return 0;
                },
                [&delivered](int) { ++delivered; });
    }
    const int workers = std::min(jobs, QThreadPool::globalInstance()->maxThreadCount());
    QVERIFY(started->tryAcquire(workers, 10'000));
    QElapsedTimer timer;
    timer.start();
    runner.reset();
    // The jobs look every 300 ms: waiting for them would take longer than this.
    QVERIFY2(timer.elapsed() < 150, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10'000));
    QCOMPARE(ran->load(), workers);
    QCOMPARE(stopped->load(), ran->load());
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
