// trigon-cli status, attach, deploy and test, run as a process against the throwaway cluster.
#include "core/pg/tablelocks.h"
#include "tests/common/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using trigon::test::TestDatabase;

namespace {

const QByteArray guardDesign = R"sql({"format": "trigon", "version": 1, "triggers": [
  {"name": "guard", "table": {"schema": "public", "name": "orders"},
   "timing": "before", "events": ["delete"],
   "actions": [{"kind": "protect", "message": "no deletes"}],
   "tests": [
     {"name": "refuses", "action": "DELETE FROM orders",
      "expect": {"raises": {"message": "no deletes"}}}%1]}%2]})sql";

// A second trigger for guardDesign's %2, and a case that makes it fire once per row.
const QString seenTrigger = QStringLiteral(R"sql(,
  {"name": "seen", "table": {"schema": "public", "name": "orders"},
   "timing": "after", "events": ["insert"],
   "tests": [{"name": "two rows", "action": "INSERT INTO orders VALUES (2), (3)",
              "expect": {"fired": ["seen", "seen"]}}]})sql");

// guardDesign with `moreTriggers` after it, as guard.json in `dir`.
QString writeGuardDesign(const QTemporaryDir &dir, const QString &moreTriggers)
{
    const QString file = dir.filePath(QStringLiteral("guard.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QString::fromUtf8(guardDesign).arg(QString(), moreTriggers).toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

// Every table in public with a last_update column keeps it current.
const QByteArray touchDesign
        = "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [\n"
          "  {\"name\": \"touch\", \"selector\": {\"schema\": \"public\", \"has_column\": "
          "\"last_update\"},\n"
          "   \"tables\": [{\"name\": \"orders\"}], \"timing\": \"before\", \"events\": "
          "[\"update\"],\n"
          "   \"actions\": [{\"kind\": \"set_timestamp\", \"columns\": [\"last_update\"]}]}]}\n";

struct Run
{
    int exitCode = -1;
    QString output;
};

Run trigonCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TRIGON_CLI), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

QByteArray contents(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// A loopback TCP port in front of the test cluster's socket that cuts the connection at the first
// COMMIT, the way a network cut or a synchronous standby that never answers leaves a client: it
// passes everything through until a client sends COMMIT, then closes that client's side at once
// and either still delivers the COMMIT to the server or drops it with the server's side too.
class CommitCutter
{
public:
    CommitCutter(const QString &conninfo, bool deliverCommit)
        : m_deliverCommit(deliverCommit)
    {
        const QRegularExpressionMatch match
                = QRegularExpression(QStringLiteral("host='?([^' ]+)'? port=(\\d+)"))
                          .match(conninfo);
        m_socketPath = match.captured(1) + QStringLiteral("/.s.PGSQL.") + match.captured(2);
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen: %s", qPrintable(m_server.errorString()));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                pass(client);
        });
    }

    quint16 port() const { return m_server.serverPort(); }

private:
    void pass(QTcpSocket *client)
    {
        auto *backend = new QLocalSocket(&m_server);
        backend->connectToServer(m_socketPath);
        if (!backend->waitForConnected(5000))
            qFatal("cannot reach %s", qPrintable(m_socketPath));
        QObject::connect(client, &QTcpSocket::readyRead, backend, [this, client, backend] {
            const QByteArray data = client->readAll();
            if (m_cut || !data.contains(QByteArray("COMMIT", 7))) {
                backend->write(data);
                return;
            }
            m_cut = true;
            // The COMMIT first: aborting the client disconnects the backend at once.
            if (m_deliverCommit) {
                backend->write(data);
                backend->flush();
            }
            backend->disconnectFromServer();
            client->abort();
        });
        QObject::connect(backend, &QLocalSocket::readyRead, client,
                         [client, backend] { client->write(backend->readAll()); });
        QObject::connect(backend, &QLocalSocket::disconnected, client, &QTcpSocket::close);
        QObject::connect(client, &QTcpSocket::disconnected, backend,
                         &QLocalSocket::disconnectFromServer);
    }

    QTcpServer m_server;
    QString m_socketPath;
    bool m_deliverCommit = true;
    bool m_cut = false;
};

} // namespace

class TestDeployCli : public QObject
{
    Q_OBJECT

private slots:
    void statusDeployAndTest()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1)"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("guard.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QString::fromUtf8(guardDesign).arg(QString(), QString()).toUtf8());
        out.close();
        const QStringList db_ = {QStringLiteral("--db"), db.conninfo()};

        Run run = trigonCli(QStringList {QStringLiteral("status"), file} + db_);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(QLatin1String("missing")), qPrintable(run.output));

        run = trigonCli(QStringList {QStringLiteral("deploy"), file, QStringLiteral("--dry-run")}
                        + db_);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(QLatin1String("CREATE OR REPLACE TRIGGER guard")),
                 qPrintable(run.output));

        run = trigonCli(QStringList {QStringLiteral("deploy"), file} + db_);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        run = trigonCli(QStringList {QStringLiteral("status"), file} + db_);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY(run.output.contains(QLatin1String("installed")));

        // Disabled by hand: status differs, deploy switches it back without --yes.
        db.mustExec(QStringLiteral("ALTER TABLE orders DISABLE TRIGGER guard"));
        run = trigonCli(QStringList {QStringLiteral("status"), file} + db_);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(QLatin1String("drifted")), qPrintable(run.output));
        run = trigonCli(QStringList {QStringLiteral("deploy"), file} + db_);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));

        // Changed by hand: replacing it is destructive and needs --yes.
        db.mustExec(QStringLiteral(
                R"sql(CREATE OR REPLACE FUNCTION orders__guard() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN OLD; END $f$)sql"));
        run = trigonCli(QStringList {QStringLiteral("deploy"), file} + db_);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QLatin1String("--yes")), qPrintable(run.output));
        run = trigonCli(QStringList {QStringLiteral("deploy"), file, QStringLiteral("--yes")}
                        + db_);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));

        const QString junit = dir.filePath(QStringLiteral("results.xml"));
        run = trigonCli(QStringList {QStringLiteral("test"), file, QStringLiteral("--junit"), junit}
                        + db_);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY(QFile::exists(junit));

        // A failing case: exit 3, and the JUnit file says which.
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QString::fromUtf8(guardDesign)
                          .arg(QStringLiteral(R"sql(, {"name": "wrong", "action": "SELECT 1",
                               "expect": {"raises": {}}})sql"),
                               seenTrigger)
                          .toUtf8());
        out.close();
        run = trigonCli(QStringList {QStringLiteral("test"), file, QStringLiteral("--junit"), junit}
                        + db_);
        QCOMPARE(run.exitCode, 3);
        // The triggers each case fired, in order, a row trigger's repeats folded.
        QVERIFY2(run.output.contains(QLatin1String("PASS public.orders guard: refuses")
                                     + QLatin1String(" (")),
                 qPrintable(run.output));
        QVERIFY2(run.output.contains(
                         QLatin1String("    fired: public.orders BEFORE ROW DELETE guard\n")),
                 qPrintable(run.output));
        QVERIFY2(run.output.contains(
                         QLatin1String("    fired: public.orders AFTER ROW INSERT seen (x 2)\n")),
                 qPrintable(run.output));
        QFile xml(junit);
        // Only the passing case: exit 0.
        Run one = trigonCli(QStringList {QStringLiteral("test"), file, QStringLiteral("--trigger"),
                                         QStringLiteral("guard"), QStringLiteral("--case"),
                                         QStringLiteral("refuses")}
                            + db_);
        QVERIFY2(one.exitCode == 0 && one.output.contains(QLatin1String("1 test case, 0 failed")),
                 qPrintable(one.output));
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray text = xml.readAll();
        QVERIFY2(text.contains("failures=\"1\"") && text.contains("<failure"), text.constData());
        QVERIFY2(text.contains("<system-out>fired:\npublic.orders BEFORE ROW DELETE guard"
                               "</system-out>"),
                 text.constData());
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM orders")).value(0, 0),
                 QStringLiteral("1"));
    }

    // A filter that names nothing is a mistake (a typo would otherwise pass as "0 cases").
    void testFiltersNamingNothing_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown case")
                << QStringList {QStringLiteral("--case"), QStringLiteral("nosuch")}
                << "no test case named nosuch";
        QTest::newRow("unknown trigger")
                << QStringList {QStringLiteral("--trigger"), QStringLiteral("nosuch")}
                << "no trigger named nosuch";
        QTest::newRow("case of another trigger")
                << QStringList {QStringLiteral("--trigger"), QStringLiteral("seen"),
                                QStringLiteral("--case"), QStringLiteral("refuses")}
                << "no test case named refuses";
    }

    void testFiltersNamingNothing()
    {
        QFETCH(QStringList, filters);
        QFETCH(QString, message);
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
        QTemporaryDir dir;
        const QString file = writeGuardDesign(dir, seenTrigger);
        const Run run = trigonCli(
                QStringList {QStringLiteral("test"), file, QStringLiteral("--db"), db.conninfo()}
                + filters);
        QVERIFY2(run.exitCode == 2, qPrintable(run.output));
        QVERIFY2(run.output.contains(message), qPrintable(run.output));
        QVERIFY2(!run.output.contains(QLatin1String(" failed")), qPrintable(run.output));
    }

    void nothingEndsTheTransaction_data()
    {
        QTest::addColumn<QString>("moreCases");
        QTest::addColumn<QString>("moreTriggers");
        QTest::addColumn<QStringList>("commands");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        // The probe's raw WHEN: it closed the clause and appended statements of its own, ending
        // in a clause that the rest of CREATE TRIGGER completes, so that the whole script parsed
        // and test committed a table of its choice (and left the capture schema behind).
        QTest::newRow("a WHEN that leaves its clause")
                << QString()
                << QStringLiteral(
                           ", {\"name\": \"escape\", \"table\": {\"name\": \"orders\"}, "
                           "\"timing\": \"before\", \"events\": [\"update\"], "
                           "\"actions\": [{\"kind\": \"protect\"}], \"condition\": {\"sql\": "
                           "\"true) EXECUTE FUNCTION orders__guard(); CREATE TABLE leaked (); "
                           "COMMIT; BEGIN; CREATE TRIGGER z BEFORE UPDATE ON orders FOR EACH ROW "
                           "WHEN (true\"}}")
                << QStringList {QStringLiteral("test"), QStringLiteral("status"),
                                QStringLiteral("deploy")}
                << 1 << "the SQL condition closes a parenthesis it did not open";
        QTest::newRow("a setup that commits")
                << QStringLiteral(
                           R"sql(, {"name": "commits", "setup": "COMMIT; CREATE TABLE leaked ()",
                                   "action": "SELECT 1"})sql")
                << QString() << QStringList {QStringLiteral("test")} << 3
                << "the setup holds \"COMMIT;\", which would end the transaction";
        QTest::newRow("an action that ends the transaction")
                << QStringLiteral(
                           R"sql(, {"name": "ends", "action": "end; CREATE TABLE leaked ()"})sql")
                << QString() << QStringList {QStringLiteral("test")} << 3
                << "the action holds \"end;\", which would end the transaction";
    }

    // A test run rolls back and a status check changes nothing: no text of a design or a case
    // may end their transaction and commit what it did.
    void nothingEndsTheTransaction()
    {
        QFETCH(QString, moreCases);
        QFETCH(QString, moreTriggers);
        QFETCH(QStringList, commands);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("guard.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QString::fromUtf8(guardDesign).arg(moreCases, moreTriggers).toUtf8());
        out.close();
        for (const QString &command : commands) {
            const Run run = trigonCli({command, file, QStringLiteral("--db"), db.conninfo()});
            QVERIFY2(run.exitCode == exitCode,
                     qPrintable(command + QStringLiteral(": ") + run.output));
            QVERIFY2(run.output.contains(message),
                     qPrintable(command + QStringLiteral(": ") + run.output));
            QCOMPARE(db.mustExec(QStringLiteral("SELECT to_regclass('public.leaked') IS NULL"))
                             .value(0, 0),
                     QStringLiteral("t"));
            QCOMPARE(db.mustExec(QStringLiteral(
                                         "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"))
                             .value(0, 0),
                     QStringLiteral("0"));
        }
    }

    void lostCommitIsSettled_data()
    {
        QTest::addColumn<bool>("deliverCommit");
        QTest::addColumn<QString>("message");
        QTest::newRow("the server committed") << true << "the database shows the deploy committed";
        QTest::newRow("the server never saw COMMIT")
                << false << "the database shows nothing committed; it is as before";
    }

    // The connection dies while COMMIT is under way. Deploy said "everything was rolled back",
    // exit 1, even when the server had committed: now it connects again, waits for the old session
    // to end, reads the catalog, says what it found and exits 4.
    void lostCommitIsSettled()
    {
        QFETCH(bool, deliverCommit);
        QFETCH(QString, message);
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
        QTemporaryDir dir;
        const QString file = writeGuardDesign(dir, QString());
        CommitCutter cutter(db.conninfo(), deliverCommit);
        QProcess process;
        process.start(QStringLiteral(TRIGON_CLI),
                      {QStringLiteral("deploy"), file, QStringLiteral("--db"),
                       QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=%3")
                               .arg(cutter.port())
                               .arg(trigon::test::testClusterUser(), db.name())});
        // The cutter works on this thread's event loop, so wait by spinning it.
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        const QString output = QString::fromUtf8(process.readAllStandardOutput()
                                                 + process.readAllStandardError());
        QVERIFY2(process.exitCode() == 4, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("The connection was lost during COMMIT")),
                 qPrintable(output));
        QVERIFY2(output.contains(message), qPrintable(output));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = "
                                            "'guard'"))
                         .value(0, 0),
                 deliverCommit ? QStringLiteral("1") : QStringLiteral("0"));
    }

    // A name holding a line break printed raw could fake a line of its own ("error: ..."), and
    // status said "missing" for a trigger whose table is what is missing.
    void namesPrintOnOneLine()
    {
        TestDatabase db;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fake.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"sql({"format": "trigon", "version": 1, "triggers": [
  {"name": "guard\nerror: fake", "table": {"name": "no\nsuch"},
   "timing": "before", "events": ["delete"], "actions": [{"kind": "protect"}]}]})sql");
        out.close();
        Run run = trigonCli(
                {QStringLiteral("status"), file, QStringLiteral("--db"), db.conninfo()});
        QVERIFY2(run.exitCode == 3, qPrintable(run.output));
        QCOMPARE(run.output,
                 QStringLiteral("missing    public.no\\nsuch guard\\nerror: fake  (the table "
                                "public.no\\nsuch does not exist)\n"));
        // A design error about that trigger: one diagnostic, one line.
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(R"sql({"format": "trigon", "version": 1, "triggers": [
  {"name": "guard\nerror: fake", "table": {"name": "t"},
   "timing": "before", "events": [], "actions": [{"kind": "protect"}]}]})sql");
        out.close();
        run = trigonCli({QStringLiteral("lint"), file});
        QVERIFY2(run.exitCode == 1, qPrintable(run.output));
        const QStringList lines = run.output.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().contains(QLatin1String(": error: guard\\nerror: fake: ")),
                 qPrintable(run.output));
    }

    // Another session holds a lock on the table. Deploy waited without end (holding its locks on
    // the other tables all the while) and status waited 5 s per installed trigger; now catalog
    // and status take a few seconds at most, and deploy says who holds the lock, tries a few
    // times and gives up cleanly.
    void locksAreWaitedForBriefly()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
        db.mustExec(QStringLiteral("CREATE TABLE items (id int PRIMARY KEY)"));
        QTemporaryDir dir;
        const QString file = writeGuardDesign(dir, QString());
        const QStringList db_ {QStringLiteral("--db"), db.conninfo()};
        QCOMPARE(trigonCli(QStringList {QStringLiteral("deploy"), file} + db_).exitCode, 0);
        // A second trigger on a table nobody locks, so that the deploy has something to do on
        // both tables.
        const QString bigger = writeGuardDesign(dir, QStringLiteral(R"sql(,
  {"name": "seen", "table": {"schema": "public", "name": "items"},
   "timing": "after", "events": ["insert"], "actions": [{"kind": "notify", "channel": "c"}]})sql"));

        trigon::pg::BlockingConnection locker(db.conninfo());
        QVERIFY(locker.exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(locker.exec(QStringLiteral("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE")).ok());
        const QString holder = QStringLiteral("pid %1").arg(locker.backendPid());
        QElapsedTimer timer;

        timer.start();
        Run run = trigonCli(QStringList {QStringLiteral("catalog")} + db_);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));

        timer.start();
        run = trigonCli(QStringList {QStringLiteral("status"), bigger} + db_);
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(run.exitCode == 2, qPrintable(run.output));
        QVERIFY2(run.output.contains(QLatin1String("public.orders is locked by ") + holder),
                 qPrintable(run.output));

        // Deploy's own locks: items, where the new trigger goes, is held now.
        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(locker.exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(locker.exec(QStringLiteral("LOCK TABLE items IN ACCESS EXCLUSIVE MODE")).ok());
        timer.start();
        run = trigonCli(QStringList {QStringLiteral("deploy"), bigger} + db_);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(run.exitCode == 1, qPrintable(run.output));
        const QString waiting
                = QLatin1String("trigon-cli deploy: waiting for a lock on public.items held by ")
                + holder + QLatin1String(": LOCK TABLE items IN ACCESS EXCLUSIVE MODE\n");
        QVERIFY2(run.output.count(waiting) == trigon::pg::lockAttempts - 1, qPrintable(run.output));
        QVERIFY2(run.output.contains(QLatin1String("could not lock public.items in 4 tries of 2 s: "
                                                   "held by ")
                                     + holder),
                 qPrintable(run.output));
        QVERIFY2(run.output.contains(QLatin1String("everything was rolled back")),
                 qPrintable(run.output));
        QCOMPARE(
                db.mustExec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'seen'"))
                        .value(0, 0),
                QStringLiteral("0"));

        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")).ok());
        run = trigonCli(QStringList {QStringLiteral("deploy"), bigger} + db_);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    }

    void urisReachEveryCommand_data()
    {
        QTest::addColumn<bool>("userBeforeTheAt");
        QTest::newRow("postgresql:///db?host=...&port=...&user=...") << false;
        QTest::newRow("postgresql://user@/db?host=...&port=...") << true;
    }

    // Every command that connects takes a postgresql:// URI as --db (they all refused one: the
    // keepalive options put in front of it made it an unreadable key=value string).
    void urisReachEveryCommand()
    {
        QFETCH(bool, userBeforeTheAt);
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1)")); // for the case's DELETE
        QTemporaryDir dir;
        const QString file = writeGuardDesign(dir, QString());
        const QStringList db_ {
                QStringLiteral("--db"),
                trigon::test::testClusterUri(
                        db.name(), userBeforeTheAt ? trigon::test::testClusterUser() : QString())};
        const QString imported = dir.filePath(QStringLiteral("imported.json"));
        const QList<QPair<QStringList, int>> commands {
                {{QStringLiteral("catalog")}, 0},
                {{QStringLiteral("status"), file}, 3}, // missing before the deploy
                {{QStringLiteral("deploy"), file}, 0},
                {{QStringLiteral("status"), file}, 0},
                {{QStringLiteral("test"), file}, 0},
                {{QStringLiteral("import"), QStringLiteral("-o"), imported}, 0},
        };
        for (const auto &[command, exitCode] : commands) {
            const Run run = trigonCli(command + db_);
            QVERIFY2(run.exitCode == exitCode,
                     qPrintable(command.join(u' ') + QStringLiteral(": ") + run.output));
        }
        QCOMPARE(db.mustExec(QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
                         .value(0, 0),
                 QStringLiteral("guard"));
        QVERIFY(QFile::exists(imported));
    }

    // deploy --disable, --enable and --uninstall act on installed triggers; the database shows it.
    void operations()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
        QTemporaryDir dir;
        const QString file = writeGuardDesign(dir, seenTrigger);
        const QStringList db_ = {QStringLiteral("--db"), db.conninfo()};
        const auto enabledStates = [&db] {
            QStringList states;
            const trigon::pg::QueryResult result
                    = db.mustExec(QStringLiteral("SELECT tgname || '=' || tgenabled::text FROM "
                                                 "pg_trigger WHERE NOT tgisinternal "
                                                 "ORDER BY tgname"));
            for (int row = 0; row < result.rowCount(); ++row)
                states.append(result.value(row, 0));
            return states.join(u' ');
        };
        const auto deploy = [&](const QStringList &options) {
            return trigonCli(QStringList {QStringLiteral("deploy"), file} + options + db_);
        };

        Run run = deploy({});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(enabledStates(), QStringLiteral("guard=O seen=O"));

        run = deploy({QStringLiteral("--disable"), QStringLiteral("--trigger"),
                      QStringLiteral("guard")});
        QVERIFY2(run.exitCode == 0 && run.output.contains(QLatin1String("applied")),
                 qPrintable(run.output));
        QCOMPARE(enabledStates(), QStringLiteral("guard=D seen=O"));

        run = deploy({QStringLiteral("--enable")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(enabledStates(), QStringLiteral("guard=O seen=O"));

        // Dropping is destructive: refused without --yes, and --dry-run shows the script.
        run = deploy({QStringLiteral("--uninstall")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(enabledStates(), QStringLiteral("guard=O seen=O"));
        run = deploy({QStringLiteral("--uninstall"), QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(QLatin1String("DROP TRIGGER guard ON public.orders;")),
                 qPrintable(run.output));
        run = deploy({QStringLiteral("--uninstall"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(enabledStates(), QString());
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname LIKE "
                                            "'orders\\_\\_%'"))
                         .value(0, 0),
                 QStringLiteral("0"));

        // Usage errors.
        QCOMPARE(deploy({QStringLiteral("--enable"), QStringLiteral("--disable")}).exitCode, 2);
        QCOMPARE(deploy({QStringLiteral("--enable"), QStringLiteral("--prune")}).exitCode, 2);
        QCOMPARE(deploy({QStringLiteral("--trigger"), QStringLiteral("guard")}).exitCode, 2);
        run = deploy({QStringLiteral("--enable"), QStringLiteral("--trigger"),
                      QStringLiteral("nosuch")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(QLatin1String("no trigger named nosuch")),
                 qPrintable(run.output));
    }

    // lint --db adds what only the server knows: a language it lacks, an existing function that
    // is not there, a WHEN it refuses; each an error on its trigger and field. Without --db the
    // same file lints clean.
    void lintAgainstADatabase()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, status text)"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("server.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"format\": \"trigon\", \"version\": 1, \"triggers\": [\n"
                  " {\"name\": \"shout\", \"table\": {\"name\": \"orders\"}, \"timing\": "
                  "\"before\", \"events\": [\"insert\"], \"actions\": [{\"kind\": \"python\", "
                  "\"body\": \"return None\"}]},\n"
                  " {\"name\": \"stamp\", \"table\": {\"name\": \"orders\"}, \"function\": "
                  "{\"name\": \"no_such_function\"}, \"timing\": \"before\", \"events\": "
                  "[\"update\"]},\n"
                  " {\"name\": \"odd\", \"table\": {\"name\": \"orders\"}, \"timing\": "
                  "\"after\", \"events\": [\"update\"], \"condition\": {\"sql\": "
                  "\"NEW.no_such_column > 0\"}, \"actions\": [{\"kind\": \"protect\"}]}]}\n");
        out.close();
        Run run = trigonCli({QStringLiteral("lint"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        run = trigonCli({QStringLiteral("lint"), file, QStringLiteral("--db"), db.conninfo()});
        QVERIFY2(run.exitCode == 1, qPrintable(run.output));
        for (const char *expected :
             {"error: shout: actions: trigger shout is written in plpython3u, which the server "
              "does not have",
              "error: stamp: function: the function public.no_such_function() does not exist",
              "error: odd: condition: the server refuses the WHEN condition of odd on "
              "public.orders"})
            QVERIFY2(run.output.contains(QLatin1String(expected)), qPrintable(run.output));
    }

    // A design whose selector picks its tables: attach fills "tables" from the database,
    // status names a table created later as unattached, attaching again brings it in.
    void attachPicksUpATableCreatedLater()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral(
                "CREATE TABLE orders (id int PRIMARY KEY, last_update timestamptz);"
                "CREATE TABLE customers (id int PRIMARY KEY, last_update timestamptz);"
                "CREATE TABLE notes (id int PRIMARY KEY);"
                "CREATE TABLE events (id int, last_update timestamptz, at date) "
                "PARTITION BY RANGE (at);"
                "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') "
                "TO ('2027-01-01');"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("touch.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(touchDesign) > 0);
        out.close();
        const QString conninfo = db.conninfo();

        // customers is picked and missing from the design; notes has no last_update; the
        // partition is reached through events.
        Run run = trigonCli({QStringLiteral("status"), file, QStringLiteral("--db"), conninfo});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(QLatin1String("unattached public.customers touch")),
                 qPrintable(run.output));

        run = trigonCli({QStringLiteral("attach"), file, QStringLiteral("--db"), conninfo});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(QLatin1String(
                         "touch: 3 tables; attached public.customers, public.events")),
                 qPrintable(run.output));
        QVERIFY(!contents(file).contains("events_2026"));
        QVERIFY(!contents(file).contains("notes"));

        run = trigonCli({QStringLiteral("deploy"), file, QStringLiteral("--db"), conninfo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        run = trigonCli({QStringLiteral("status"), file, QStringLiteral("--db"), conninfo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));

        // A table made after the deploy is not left out in silence.
        db.mustExec(
                QStringLiteral("CREATE TABLE later (id int PRIMARY KEY, last_update timestamptz);"
                               "INSERT INTO later VALUES (1, NULL);"));
        run = trigonCli({QStringLiteral("status"), file, QStringLiteral("--db"), conninfo});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.output.contains(QLatin1String("unattached public.later touch")),
                 qPrintable(run.output));

        run = trigonCli({QStringLiteral("attach"), file, QStringLiteral("--db"), conninfo});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(QLatin1String("attached public.later")),
                 qPrintable(run.output));
        run = trigonCli({QStringLiteral("deploy"), file, QStringLiteral("--db"), conninfo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        run = trigonCli({QStringLiteral("status"), file, QStringLiteral("--db"), conninfo});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        db.mustExec(QStringLiteral("UPDATE later SET id = 2"));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT last_update IS NOT NULL FROM later"))
                         .value(0, 0),
                 QStringLiteral("t"));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'touch'"))
                         .value(0, 0),
                 QStringLiteral("1"));
    }

    // A selector that picks nothing leaves the file as it was.
    void attachRefusesToEmptyADesign()
    {
        TestDatabase db;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("touch.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(touchDesign) > 0);
        out.close();
        const Run run = trigonCli(
                {QStringLiteral("attach"), file, QStringLiteral("--db"), db.conninfo()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains(QLatin1String("the selector of touch picks no table")),
                 qPrintable(run.output));
        QCOMPARE(contents(file), touchDesign);
    }
};

QTEST_GUILESS_MAIN(TestDeployCli)
#include "tst_deploycli.moc"
