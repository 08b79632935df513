// `trigon-cli catalog --json` benchmark (issue #13): the large catalog of largecatalog.h, then,
// side by side in one run, the floor (psql, one plain query returning the columns of every table)
// and trigon-cli printing the catalog as JSON, both to /dev/null. Prints the median wall times,
// the peak RSS of each trigon-cli process and the verdict against the budget (1.5x the floor,
// under 200 MB); checks on the way that the output is QJsonDocument's indented form of the
// snapshot.
//
// Usage: bench_catalogjson [--runs N] [--cli PATH]...
// --cli names the trigon-cli to measure (the one built with this benchmark by default); given
// more than once, the builds are measured in turn on the same cluster (before and after a change).

#include "core/catalog/catalogjson.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"
#include "core/pg/throwawaycluster.h"
#include "tests/bench/catalog/largecatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

extern char **environ;

using namespace trigon;

namespace {

constexpr int defaultRuns = 5;
constexpr double timeBudgetFactor = 1.5;
constexpr double memoryBudgetMb = 200.0;

struct ChildRun
{
    bool ok = false;
    double milliseconds = 0;
    double peakMegabytes = 0; // the child's own ru_maxrss, from wait4()
};

// Runs `program` with its stdout on `outputPath`, stderr inherited, and waits for it. QProcess
// cannot tell one child's peak memory; wait4() can. fork() rather than posix_spawn(), whose
// vfork-like child would report this process's own peak: Linux carries the peak of the address
// space a process had before exec() into its ru_maxrss, and a fork() child's starts at this
// process's current size (small, as long as nothing big is held while measuring).
ChildRun runChild(const QString &program, const QStringList &arguments, const QString &outputPath)
{
    QList<QByteArray> encoded {QFile::encodeName(program)};
    for (const QString &argument : arguments)
        encoded.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray output = QFile::encodeName(outputPath);

    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        // Only async-signal-safe calls between fork() and exec().
        const int fd = open(output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
            _exit(127);
        close(fd);
        execve(argv.front(), argv.data(), environ);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.milliseconds = timer.nsecsElapsed() / 1e6;
    run.peakMegabytes = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

// This process's resident size now, which a fork() child's peak starts from.
double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Measured
{
    QString program;
    QList<double> times;
    QList<double> peaks;
};

// The first byte where two outputs part, or -1 when they are the same.
qsizetype firstDifference(const QByteArray &a, const QByteArray &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i) != b.at(i))
            return i;
    }
    return a.size() == b.size() ? -1 : common;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    int runs = defaultRuns;
    QList<Measured> measured;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (argument == QLatin1String("--runs") && i + 1 < arguments.size()) {
            runs = std::max(1, arguments.at(++i).toInt());
        } else if (argument == QLatin1String("--cli") && i + 1 < arguments.size()) {
            measured.append({arguments.at(++i), {}, {}});
        } else {
            out << "usage: bench_catalogjson [--runs N] [--cli PATH]..." << Qt::endl;
            return 1;
        }
    }
    if (measured.isEmpty())
        measured.append({QStringLiteral(TRIGON_CLI), {}, {}});

    pg::ThrowawayCluster cluster;
    if (!cluster.start()) {
        out << "cannot start a throwaway cluster: " << cluster.error() << Qt::endl;
        return 1;
    }
    if (!bench::generateLargeCatalog(cluster.conninfo(), out))
        return 1;

    QTemporaryDir scratch;
    const QString nullPath = QStringLiteral("/dev/null");
    const QString psql = cluster.binaries().binDir + QStringLiteral("/psql");
    const QStringList floorArguments = bench::floorPsqlArguments(cluster.conninfo());
    const QStringList cliArguments {QStringLiteral("catalog"), QStringLiteral("--json"),
                                    QStringLiteral("--db"), cluster.conninfo()};

    // A first run of each, untimed, warms the caches; trigon-cli's output is kept for the check.
    for (qsizetype i = 0; i < measured.size(); ++i) {
        if (!runChild(measured.at(i).program, cliArguments,
                      scratch.filePath(QStringLiteral("catalog%1.json").arg(i)))
                     .ok) {
            out << measured.at(i).program << " catalog --json failed" << Qt::endl;
            return 1;
        }
    }
    if (!runChild(psql, floorArguments, nullPath).ok) {
        out << "psql failed" << Qt::endl;
        return 1;
    }

    const double baseline = residentMegabytes();
    QList<double> floorTimes, floorPeaks;
    for (int run = 0; run < runs; ++run) {
        const ChildRun floor = runChild(psql, floorArguments, nullPath);
        if (!floor.ok) {
            out << "psql failed" << Qt::endl;
            return 1;
        }
        floorTimes.append(floor.milliseconds);
        floorPeaks.append(floor.peakMegabytes);
        for (Measured &cli : measured) {
            const ChildRun json = runChild(cli.program, cliArguments, nullPath);
            if (!json.ok) {
                out << cli.program << " catalog --json failed" << Qt::endl;
                return 1;
            }
            cli.times.append(json.milliseconds);
            cli.peaks.append(json.peakMegabytes);
        }
    }

    const double floor = bench::median(floorTimes);
    out << "median of " << runs << " runs, process start and connection included, stdout to "
        << nullPath << "; peaks are the children's ru_maxrss (at least the " << baseline
        << " MB this process had when it forked them):\n"
        << "  floor (psql, one plain query):  " << floor << " ms, peak "
        << *std::max_element(floorPeaks.cbegin(), floorPeaks.cend()) << " MB\n";
    bool budgetMet = true;
    for (const Measured &cli : std::as_const(measured)) {
        const double time = bench::median(cli.times);
        const double peak = *std::max_element(cli.peaks.cbegin(), cli.peaks.cend());
        const bool timeOk = time <= timeBudgetFactor * floor;
        const bool memoryOk = peak < memoryBudgetMb;
        out << "  trigon-cli catalog --json:      " << time << " ms (" << time / floor
            << "x), peak " << peak << " MB  [" << cli.program << "]\n"
            << "    budget: time " << (timeOk ? "met" : "MISSED") << " (<= " << timeBudgetFactor
            << "x floor), memory " << (memoryOk ? "met" : "MISSED") << " (< " << memoryBudgetMb
            << " MB)\n";
        budgetMet = budgetMet && timeOk && memoryOk;
    }
    out.flush();

    // Last, as it makes this process big: the output must be the snapshot through QJsonDocument,
    // keys sorted, four spaces a level.
    QByteArray expected;
    {
        pg::BlockingConnection connection(cluster.conninfo());
        pg::PgError error;
        const auto snapshot = pg::loadCatalog(connection, &error);
        if (!snapshot) {
            out << "loading failed: " << error.toString() << Qt::endl;
            return 1;
        }
        expected = QJsonDocument(catalogToJson(*snapshot)).toJson(QJsonDocument::Indented);
    }
    bool outputOk = true;
    for (qsizetype i = 0; i < measured.size(); ++i) {
        QFile written(scratch.filePath(QStringLiteral("catalog%1.json").arg(i)));
        written.open(QIODevice::ReadOnly);
        const QByteArray json = written.readAll();
        const qsizetype difference = firstDifference(json, expected);
        out << "output of " << measured.at(i).program << ": " << json.size() << " bytes, "
            << (difference < 0 ? QStringLiteral("QJsonDocument's indented form of the snapshot")
                               : QStringLiteral("DIFFERS from QJsonDocument's indented form of "
                                                "the snapshot at byte %1")
                                         .arg(difference))
            << '\n';
        outputOk = outputOk && difference < 0;
    }
    out.flush();
    cluster.stop();
    if (!outputOk)
        return 1;
    return budgetMet ? 0 : 2;
}
