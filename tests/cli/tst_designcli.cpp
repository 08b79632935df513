// trigon-cli render, lint and export, run as a user would: a process with arguments, checking
// exit status, stdout, stderr and the files written.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// How the process is started: its stdout sent to a file, or a limit on the size of the files it
// writes (which fail with EFBIG beyond it, as on a full disk).
struct Setup
{
    QString standardOutputFile;
    qint64 fileSizeLimit = -1;
};

Run runCli(const QStringList &arguments, const Setup &setup = {})
{
    QProcess process;
    if (!setup.standardOutputFile.isEmpty())
        process.setStandardOutputFile(setup.standardOutputFile);
    if (setup.fileSizeLimit >= 0) {
        const auto limit = static_cast<rlim_t>(setup.fileSizeLimit);
        process.setChildProcessModifier([limit] {
            const rlimit fileSize {limit, limit};
            setrlimit(RLIMIT_FSIZE, &fileSize);
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing
        });
    }
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/trigon-cli"),
                  arguments);
    if (!process.waitForFinished(30000))
        qFatal("trigon-cli did not finish: %s", qPrintable(process.errorString()));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString data(const QString &relative)
{
    return QStringLiteral(TRIGON_TEST_DATA_DIR "/") + relative;
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestDesignCli : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutStart");    // empty: stdout must be empty
        QTest::addColumn<QString>("stderrContains"); // empty: stderr must be empty
        const QString valid = data(QStringLiteral("render/protect_paid.json"));
        const QString invalid = data(QStringLiteral("designs/issue_example.json"));
        QTest::newRow("render") << QStringList {QStringLiteral("render"), valid} << 0
                                << "-- Trigon install script: 2 triggers"
                                << "";
        QTest::newRow("render two files")
                << QStringList {QStringLiteral("render"), valid,
                                data(QStringLiteral("render/row_actions.json"))}
                << 0 << "-- Trigon install script: 3 triggers"
                << "row_actions.json: warning: docs_before_write";
        QTest::newRow("render uninstall")
                << QStringList {QStringLiteral("render"), QStringLiteral("--uninstall"), valid} << 0
                << "-- Trigon uninstall script"
                << "";
        QTest::newRow("render the same trigger twice")
                << QStringList {QStringLiteral("render"), valid, valid} << 1 << ""
                << "protect_paid.json: error: orders_protect_paid: name: ";
        QTest::newRow("render warnings go to stderr")
                << QStringList {QStringLiteral("render"),
                                data(QStringLiteral("render/notify.json"))}
                << 0 << "-- Trigon install script"
                << "warning: orders_notify: actions[0].payload";
        QTest::newRow("render design errors")
                << QStringList {QStringLiteral("render"), invalid} << 1 << ""
                << "issue_example.json: error: orders_protect_paid: condition: reads NEW";
        QTest::newRow("render missing file")
                << QStringList {QStringLiteral("render"), QStringLiteral("/nonexistent.json")} << 2
                << ""
                << "/nonexistent.json: ";
        QTest::newRow("render no file") << QStringList {QStringLiteral("render")} << 2 << ""
                                        << "no design file";
        QTest::newRow("render bad version")
                << QStringList {QStringLiteral("render"), QStringLiteral("--server-version"),
                                QStringLiteral("banana"), valid}
                << 2 << ""
                << "--server-version";
        QTest::newRow("render unknown version 99")
                << QStringList {QStringLiteral("render"), QStringLiteral("--server-version"),
                                QStringLiteral("99"), valid}
                << 2 << ""
                << "--server-version: Trigon knows PostgreSQL 9.6 to 17, got '99'";
        QTest::newRow("render unknown version 18")
                << QStringList {QStringLiteral("lint"), QStringLiteral("--server-version"),
                                QStringLiteral("180000"), valid}
                << 2 << ""
                << "--server-version: Trigon knows PostgreSQL 9.6 to 17, got '180000'";
        QTest::newRow("render version 9.5")
                << QStringList {QStringLiteral("render"), QStringLiteral("--server-version"),
                                QStringLiteral("9.5"), valid}
                << 2 << ""
                << "--server-version";
        QTest::newRow("render version 17")
                << QStringList {QStringLiteral("render"), QStringLiteral("--server-version"),
                                QStringLiteral("17"), valid}
                << 0 << "-- Trigon install script: 2 triggers, for PostgreSQL 17 or later."
                << "";
        QTest::newRow("render unknown option")
                << QStringList {QStringLiteral("render"), QStringLiteral("--frobnicate"), valid}
                << 2 << ""
                << "frobnicate";
        QTest::newRow("lint clean") << QStringList {QStringLiteral("lint"), valid} << 0 << ""
                                    << "";
        QTest::newRow("lint warnings")
                << QStringList {QStringLiteral("lint"), data(QStringLiteral("render/notify.json"))}
                << 0 << data(QStringLiteral("render/notify.json")) + ": warning: "
                << "";
        QTest::newRow("lint errors") << QStringList {QStringLiteral("lint"), invalid} << 1
                                     << invalid + ": error: orders_protect_paid: condition: "
                                     << "";
        const QString loop = data(QStringLiteral("cascade/loop.trigon.json"));
        QTest::newRow("lint loop") << QStringList {QStringLiteral("lint"), loop} << 0
                                   << loop
                        + ": warning: orders_audit: cascade: it is part of a loop: public.orders → "
                          "orders_audit → public.audit"
                                   << "";
        QTest::newRow("graph dot")
                << QStringList {QStringLiteral("graph"), loop} << 0 << "digraph cascade {"
                << loop + ": warning: fanout_touch_order: cascade: ";
        QTest::newRow("graph json")
                << QStringList {QStringLiteral("graph"), QStringLiteral("--format"),
                                QStringLiteral("json"),
                                data(QStringLiteral("cascade/noloop.trigon.json"))}
                << 0 << "{\n    \"edges\": ["
                << "";
        QTest::newRow("graph bad format")
                << QStringList {QStringLiteral("graph"), QStringLiteral("--format"),
                                QStringLiteral("svg"), loop}
                << 2 << ""
                << "unknown format \"svg\" (dot or json)";
        QTest::newRow("export without dir")
                << QStringList {QStringLiteral("export"), valid} << 2 << ""
                << "--out-dir";
        QTest::newRow("export bad layout")
                << QStringList {QStringLiteral("export"),    valid,
                                QStringLiteral("--out-dir"), QDir::tempPath(),
                                QStringLiteral("--layout"),  QStringLiteral("zip")}
                << 2 << ""
                << "--layout";
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutStart);
        QFETCH(QString, stderrContains);
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
                                    .arg(run.exitCode)
                                    .arg(run.out.left(500), run.err)));
        if (stdoutStart.isEmpty())
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out.left(500)));
        else
            QVERIFY2(run.out.startsWith(stdoutStart), qPrintable(run.out.left(500)));
        if (stderrContains.isEmpty())
            QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        else
            QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
    }

    void renderServerVersion()
    {
        const QString valid = data(QStringLiteral("render/protect_paid.json"));
        Run run = runCli({QStringLiteral("render"), QStringLiteral("--server-version"),
                          QStringLiteral("10"), valid});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("EXECUTE PROCEDURE")));
        QVERIFY(run.out.contains(QLatin1String("DROP TRIGGER IF EXISTS")));
        run = runCli({QStringLiteral("render"), QStringLiteral("--server-version"),
                      QStringLiteral("9.6"), valid});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("for PostgreSQL 9.6 or later")));
        QVERIFY(run.out.contains(QLatin1String("EXECUTE PROCEDURE")));
        run = runCli({QStringLiteral("render"), QStringLiteral("--server-version"),
                      QStringLiteral("160000"), valid});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("CREATE OR REPLACE TRIGGER")));
    }

    void corruptFile()
    {
        QTemporaryDir dir;
        const QString path
                = writeTemp(dir, QStringLiteral("broken.json"),
                            "{\"format\": \"trigon\",\n  \"version\": 1,\n  \"triggers\": [\n}");
        const Run run = runCli({QStringLiteral("render"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(path + QStringLiteral(":4:1: ")), qPrintable(run.err));
        const QString wrongType = writeTemp(dir, QStringLiteral("type.json"),
                                            R"({"format": "trigon", "version": 1, "triggers": [
            {"name": 5, "table": {"name": "t"}, "timing": "after", "events": []}]})");
        const Run lint = runCli({QStringLiteral("lint"), wrongType});
        QCOMPARE(lint.exitCode, 2);
        QVERIFY2(lint.err.contains(
                         QLatin1String("triggers[0].name: expected a string, found a number")),
                 qPrintable(lint.err));
    }

    void renderToFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("install.sql"));
        const Run run = runCli({QStringLiteral("render"),
                                data(QStringLiteral("render/protect_paid.json")),
                                QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
                QString::fromUtf8(file.readAll()),
                runCli({QStringLiteral("render"), data(QStringLiteral("render/protect_paid.json"))})
                        .out);
    }

    // Output that does not all arrive is an error: exit 2 and a message naming what and why.
    void fullStandardOutput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString valid = data(QStringLiteral("render/protect_paid.json"));
        QTest::newRow("render") << QStringList {QStringLiteral("render"), valid};
        QTest::newRow("render -o -") << QStringList {QStringLiteral("render"), valid,
                                                     QStringLiteral("-o"), QStringLiteral("-")};
        QTest::newRow("lint") << QStringList {QStringLiteral("lint"),
                                              data(QStringLiteral("render/notify.json"))};
        QTest::newRow("help") << QStringList {QStringLiteral("render"), QStringLiteral("--help")};
        QTest::newRow("version") << QStringList {QStringLiteral("--version")};
    }

    void fullStandardOutput()
    {
        QFETCH(QStringList, arguments);
        Setup setup;
        setup.standardOutputFile = QStringLiteral("/dev/full");
        const Run run = runCli(arguments, setup);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(QLatin1String("cannot write to standard output: No space left "
                                                "on device")),
                 qPrintable(run.err));
    }

    // -o where no file can be: exit 2 naming the file and the OS's reason, nothing written.
    void outputNowhere()
    {
        QTemporaryDir dir;
        const QString valid = data(QStringLiteral("render/protect_paid.json"));
        const QString plainFile = writeTemp(dir, QStringLiteral("plain"), "keep\n");
        const QString under = plainFile + QStringLiteral("/install.sql");
        Run run = runCli({QStringLiteral("render"), valid, QStringLiteral("-o"), under});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write %1: ").arg(under)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Not a directory")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(readAll(plainFile), QByteArray("keep\n"));

        run = runCli({QStringLiteral("render"), valid, QStringLiteral("-o"), dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write %1: ").arg(dir.path())),
                 qPrintable(run.err));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("plain")});

        // A device is written, not replaced by a plain file (as a temporary renamed over it
        // would, for root).
        const QString device = QStringLiteral("/dev/full");
        QVERIFY(QFileInfo::exists(device) && !QFileInfo(device).isFile());
        run = runCli({QStringLiteral("render"), valid, QStringLiteral("-o"), device});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("cannot write /dev/full: No space left on device")),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo(device).isFile());
    }

    // A write that fails half way (a disk that fills up) leaves the old file as it was and no
    // temporary behind.
    void failedWriteKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString valid = data(QStringLiteral("render/protect_paid.json"));
        const QString out = writeTemp(dir, QStringLiteral("install.sql"), "-- the old script\n");
        QVERIFY(runCli({QStringLiteral("render"), valid}).out.size() > 1500);
        Setup setup;
        setup.fileSizeLimit = 1024;
        const Run run = runCli({QStringLiteral("render"), valid, QStringLiteral("-o"), out}, setup);
        QVERIFY2(run.exitCode == 2, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("cannot write %1: File too large").arg(out)),
                 qPrintable(run.err));
        QCOMPARE(readAll(out), QByteArray("-- the old script\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("install.sql")});

        // stdout into a file that stops growing.
        setup.standardOutputFile = dir.filePath(QStringLiteral("stdout.sql"));
        const Run piped = runCli({QStringLiteral("render"), valid}, setup);
        QVERIFY2(piped.exitCode == 2, qPrintable(piped.err));
        QVERIFY2(piped.err.contains(QLatin1String("cannot write to standard output: File too "
                                                  "large")),
                 qPrintable(piped.err));
        QVERIFY(QFile::remove(setup.standardOutputFile));
        setup.standardOutputFile.clear();

        // export too, file by file.
        const QString outDir = dir.filePath(QStringLiteral("scripts"));
        const Run exported = runCli(
                {QStringLiteral("export"), valid, QStringLiteral("--out-dir"), outDir}, setup);
        QVERIFY2(exported.exitCode == 2, qPrintable(exported.err));
        QVERIFY2(exported.err.contains(QLatin1String("File too large")), qPrintable(exported.err));
        QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // lint refuses what a design file cannot hold, naming the place.
    void lintRefusesNul()
    {
        QTemporaryDir dir;
        const QString path = writeTemp(dir, QStringLiteral("nul.json"),
                                       R"({"format": "trigon", "version": 1, "triggers": [
{"name": "a", "table": {"name": "x"}, "timing": "before", "events": ["update"],
 "actions": [{"kind": "protect", "message": "paid\u0000"}]}]})");
        const Run run = runCli({QStringLiteral("lint"), path});
        QVERIFY2(run.exitCode == 2, qPrintable(run.out + run.err));
        QVERIFY2(run.err.startsWith(path
                                    + QStringLiteral(":3:50: triggers[0].actions[0].message: a NUL "
                                                     "character")),
                 qPrintable(run.err));
        const QString utf8 = writeTemp(dir, QStringLiteral("latin1.json"),
                                       "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [\n"
                                       "{\"name\": \"caf\xe9\", \"table\": {\"name\": \"x\"}, "
                                       "\"timing\": \"before\", \"events\": [\"update\"]}]}");
        const Run latin1 = runCli({QStringLiteral("lint"), utf8});
        QCOMPARE(latin1.exitCode, 2);
        QVERIFY2(latin1.err.startsWith(utf8 + QStringLiteral(":2:14: ")), qPrintable(latin1.err));
    }

    void exportLayouts_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("single") << "single"
                                << QStringList {QStringLiteral("install.sql"),
                                                QStringLiteral("uninstall.sql")};
        QTest::newRow("per-trigger")
                << "per-trigger"
                << QStringList {QStringLiteral("001_orders_protect_paid.sql"),
                                QStringLiteral("001_orders_protect_paid.undo.sql"),
                                QStringLiteral("002_orders_protect_paid_delete.sql"),
                                QStringLiteral("002_orders_protect_paid_delete.undo.sql"),
                                QStringLiteral("003_Trigger_quoted_DROP_TABLE_x_--.sql"),
                                QStringLiteral("003_Trigger_quoted_DROP_TABLE_x_--.undo.sql")};
        QTest::newRow("flyway")
                << "flyway"
                << QStringList {QStringLiteral("U1__orders_protect_paid.sql"),
                                QStringLiteral("U2__orders_protect_paid_delete.sql"),
                                QStringLiteral("U3__Trigger_quoted_DROP_TABLE_x_--.sql"),
                                QStringLiteral("V1__orders_protect_paid.sql"),
                                QStringLiteral("V2__orders_protect_paid_delete.sql"),
                                QStringLiteral("V3__Trigger_quoted_DROP_TABLE_x_--.sql")};
    }

    void exportLayouts()
    {
        QFETCH(QString, layout);
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        const QString outDir = dir.filePath(QStringLiteral("out/nested"));
        const Run run = runCli(
                {QStringLiteral("export"), data(QStringLiteral("render/protect_paid.json")),
                 data(QStringLiteral("render/hostile.json")), QStringLiteral("--out-dir"), outDir,
                 QStringLiteral("--layout"), layout});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList written = QDir(outDir).entryList(QDir::Files, QDir::Name);
        std::sort(files.begin(), files.end());
        std::sort(written.begin(), written.end());
        QCOMPARE(written, files);
        QCOMPARE(run.out.count(u'\n'), files.size());
        for (const QString &name : files) {
            QFile file(QDir(outDir).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const bool undo = name.startsWith(u'U') || name.contains(QLatin1String("undo"))
                    || name.startsWith(QLatin1String("uninstall"));
            QVERIFY2(text.contains(undo ? QLatin1String("DROP FUNCTION IF EXISTS")
                                        : QLatin1String("CREATE OR REPLACE FUNCTION")),
                     qPrintable(name));
            // Flyway runs each migration in its own transaction.
            QCOMPARE(text.contains(QLatin1String("\nBEGIN;\n")), layout != QLatin1String("flyway"));
        }
    }

    void exportRefusesErrors()
    {
        QTemporaryDir dir;
        const QString outDir = dir.filePath(QStringLiteral("out"));
        const Run run = runCli({QStringLiteral("export"),
                                data(QStringLiteral("designs/issue_example.json")),
                                QStringLiteral("--out-dir"), outDir});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QDir(outDir).exists());
    }
};

QTEST_GUILESS_MAIN(TestDesignCli)
#include "tst_designcli.moc"
