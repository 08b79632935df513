// trigon-cli render, lint and export, run as a user would: a process with arguments, checking
// exit status, stdout, stderr and the files written.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
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
