// trigon-cli sandbox start|seed|stop, run as scripts run it: a process, its exit status, the
// conninfo on stdout used for the next step. The sandbox lives in a temporary directory.

#include "core/pg/blockingconnection.h"
#include "core/pg/sandbox.h"
#include "tests/common/serverdirectory.h"
#include "tests/common/testdatabase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using trigon::pg::BlockingConnection;
using trigon::test::TestDatabase;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors_data();
    void usageErrors();
    void seedPrintsAConninfoOfAnEmptyCopy();
    void seedAgainNeedsReplace();
    void badSourceSaysWhichStepFailed();
    void seedsFromAUri();
    void startUsesTheRunningServerAndStopStopsIt();
    void parallelStartsShareOneServer();

private:
    Run sandbox(const QStringList &arguments) const;
    QString dataDir() const { return m_parent.path() + QStringLiteral("/sandbox"); }

    QTemporaryDir m_parent;
    std::unique_ptr<TestDatabase> m_source;
};

Run TestSandboxCli::sandbox(const QStringList &arguments) const
{
    QProcess process;
    process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/trigon-cli"),
                  QStringList {QStringLiteral("sandbox")} + arguments
                          + QStringList {QStringLiteral("--data-dir"), dataDir()});
    if (!process.waitForFinished(120000))
        qFatal("trigon-cli did not finish: %s", qPrintable(process.errorString()));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestSandboxCli::initTestCase()
{
    QVERIFY(m_parent.isValid());
    // As root the server runs as `postgres`, which must be able to reach the data directory.
    trigon::test::openToServer(m_parent.path());
    m_source = std::make_unique<TestDatabase>(QStringLiteral("clisource"));
    m_source->mustExec(
            QStringLiteral("CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL);"
                           "CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "NEW.name := upper(NEW.name); RETURN NEW; END $$;"
                           "CREATE TRIGGER items_shout BEFORE INSERT ON items FOR EACH ROW "
                           "EXECUTE FUNCTION shout();"
                           "INSERT INTO items (name) VALUES ('a'), ('b');"));
}

void TestSandboxCli::cleanupTestCase()
{
    // The command leaves the server running on purpose; whatever failed, it stops here.
    trigon::pg::Sandbox leftOver(dataDir());
    if (leftOver.attach())
        QVERIFY2(leftOver.stop(), qPrintable(leftOver.error()));
    m_source.reset();
}

void TestSandboxCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList() << QStringLiteral("give one action");
    QTest::newRow("unknown action")
            << QStringList {QStringLiteral("restart")} << QStringLiteral("give one action");
    QTest::newRow("seed without --from")
            << QStringList {QStringLiteral("seed")} << QStringLiteral("--from");
    QTest::newRow("--from with start")
            << QStringList {QStringLiteral("start"), QStringLiteral("--from"),
                            QStringLiteral("dbname=x")}
            << QStringLiteral("go with seed");
}

void TestSandboxCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = sandbox(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestSandboxCli::seedPrintsAConninfoOfAnEmptyCopy()
{
    const Run run = sandbox({QStringLiteral("seed"), QStringLiteral("--from"), m_source->conninfo(),
                             QStringLiteral("--name"), QStringLiteral("items_copy")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("loading the schema")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("keeps running")), qPrintable(run.err));
    BlockingConnection copy(run.out);
    QVERIFY2(copy.isOpen(),
             qPrintable(run.out + QLatin1Char('\n') + copy.connectionError().message));
    QCOMPARE(copy.exec(QStringLiteral("SELECT current_database(), count(*) FROM items")).rows(),
             (QList<QStringList> {{QStringLiteral("items_copy"), QStringLiteral("0")}}));
    // The trigger came along.
    QVERIFY(copy.exec(QStringLiteral("INSERT INTO items (name) VALUES ('x')")).ok());
    QCOMPARE(copy.exec(QStringLiteral("SELECT name FROM items")).value(0, 0), QStringLiteral("X"));
}

void TestSandboxCli::seedAgainNeedsReplace()
{
    const QStringList seed {QStringLiteral("seed"), QStringLiteral("--from"), m_source->conninfo(),
                            QStringLiteral("--name"), QStringLiteral("again_copy")};
    QVERIFY2(sandbox(seed).exitCode == 0, "first seed");
    Run run = sandbox(seed);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--replace")), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    run = sandbox(seed + QStringList {QStringLiteral("--replace")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("again_copy")));
}

void TestSandboxCli::badSourceSaysWhichStepFailed()
{
    const QString missing = QStringLiteral("missing_%1").arg(QCoreApplication::applicationPid());
    const Run run = sandbox(
            {QStringLiteral("seed"), QStringLiteral("--from"),
             trigon::test::testClusterConninfo(missing) + QStringLiteral(" password=never-shown")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QStringLiteral("failed while connecting to the source")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("never-shown")), qPrintable(run.err));
}

// The source's probe connection refused a URI that pg_dump took.
void TestSandboxCli::seedsFromAUri()
{
    const Run run = sandbox(
            {QStringLiteral("seed"), QStringLiteral("--from"),
             trigon::test::testClusterUri(m_source->name(), trigon::test::testClusterUser()),
             QStringLiteral("--name"), QStringLiteral("uri_copy")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    BlockingConnection copy(run.out);
    QVERIFY2(copy.isOpen(), qPrintable(copy.connectionError().message));
    QCOMPARE(copy.exec(QStringLiteral("SELECT current_database(), count(*) FROM items")).rows(),
             (QList<QStringList> {{QStringLiteral("uri_copy"), QStringLiteral("0")}}));
}

void TestSandboxCli::startUsesTheRunningServerAndStopStopsIt()
{
    Run run = sandbox({QStringLiteral("start")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString demo = run.out;
    QVERIFY2(demo.contains(QStringLiteral("dbname='sandbox'")), qPrintable(demo));
    // Running already (the seeds above started it): the same server, so the same socket.
    QVERIFY2(!run.err.contains(QStringLiteral("starting")), qPrintable(run.err));
    run = sandbox({QStringLiteral("start")});
    QCOMPARE(run.out, demo);

    run = sandbox({QStringLiteral("stop")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!BlockingConnection(demo).isOpen());
    run = sandbox({QStringLiteral("stop")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("not running")), qPrintable(run.err));
}

// Two `sandbox start` at once on a sandbox that does not exist yet: the loser printed initdb's
// raw error ("directory ... exists but is not empty"). Now it waits for the winner and attaches.
void TestSandboxCli::parallelStartsShareOneServer()
{
    const QString parallelDir = m_parent.path() + QStringLiteral("/parallel");
    std::array<QProcess, 2> starts;
    for (QProcess &start : starts)
        start.start(QCoreApplication::applicationDirPath() + QStringLiteral("/trigon-cli"),
                    {QStringLiteral("sandbox"), QStringLiteral("start"),
                     QStringLiteral("--data-dir"), parallelDir});
    QStringList conninfos;
    QString errors;
    for (QProcess &start : starts) {
        QVERIFY(start.waitForFinished(240000));
        const QString err = QString::fromUtf8(start.readAllStandardError());
        errors += err;
        QVERIFY2(start.exitCode() == 0, qPrintable(err));
        conninfos.append(QString::fromUtf8(start.readAllStandardOutput()).trimmed());
    }
    QCOMPARE(conninfos.constFirst(), conninfos.constLast());
    QVERIFY2(!errors.contains(QLatin1String("initdb")), qPrintable(errors));
    QVERIFY(BlockingConnection(conninfos.constFirst()).isOpen());
    trigon::pg::Sandbox started(parallelDir);
    QVERIFY(started.attach());
    QVERIFY2(started.stop(), qPrintable(started.error()));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
