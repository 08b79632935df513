// trigon-cli test --pgtap: the script it writes, run by pg_prove against the throwaway cluster,
// passing for the shop example and reporting a case that fails as failing.
#include "core/pg/sandbox.h"
#include "tests/common/testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using trigon::test::TestDatabase;

namespace {

const QString shopDesign = QStringLiteral(TRIGON_EXAMPLES_DIR "/shop.trigon.json");

// A trigger of the demo's orders with a case that passes and one that expects what does not
// happen.
const QByteArray designWithFailingCase
        = "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [\n"
          "  {\"name\": \"orders_note\", \"table\": {\"schema\": \"public\", \"name\": "
          "\"orders\"},\n"
          "   \"timing\": \"before\", \"events\": [\"update\"],\n"
          "   \"actions\": [{\"kind\": \"set_timestamp\", \"columns\": [\"updated_at\"]}],\n"
          "   \"tests\": [\n"
          "     {\"name\": \"keeps the status\", \"action\": \"UPDATE orders SET note = 'x' "
          "WHERE id = 3\",\n"
          "      \"expect\": {\"query\": [{\"sql\": \"SELECT status FROM orders WHERE id = 3\", "
          "\"rows\": [[\"draft\"]]}]}},\n"
          "     {\"name\": \"deliberately wrong\", \"action\": \"UPDATE orders SET note = 'x' "
          "WHERE id = 3\",\n"
          "      \"expect\": {\"query\": [{\"sql\": \"SELECT status FROM orders WHERE id = 3\", "
          "\"rows\": [[\"shipped\"]]}]}}]}]}\n";

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

Run trigonCli(const QStringList &arguments)
{
    return run(QStringLiteral(TRIGON_CLI), arguments);
}

// The environment that points psql, and so pg_prove, at `db` on the test's own cluster and
// nowhere else: every PG* variable of the caller is dropped first, so none can lead elsewhere.
// The socket directory, port and role are the server's own answer on the test's connection.
QProcessEnvironment databaseEnvironment(TestDatabase &db)
{
    const trigon::pg::QueryResult where
            = db.mustExec(u"SELECT split_part(current_setting('unix_socket_directories'), ',', 1), "
                          "current_setting('port'), current_user, current_database()"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(u"PG"_s))
            environment.remove(name);
    }
    environment.insert(u"PGHOST"_s, where.value(0, 0).trimmed());
    environment.insert(u"PGPORT"_s, where.value(0, 1));
    environment.insert(u"PGUSER"_s, where.value(0, 2));
    environment.insert(u"PGDATABASE"_s, where.value(0, 3));
    return environment;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestPgTap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // scripts/setup installs both, so a missing one is a broken setup, not a reason to skip.
        m_pgProve = QStandardPaths::findExecutable(u"pg_prove"_s);
        QVERIFY2(!m_pgProve.isEmpty(),
                 "pg_prove is not installed: run scripts/setup (Debian package "
                 "libtap-parser-sourcehandler-pgtap-perl)");
        TestDatabase db(u"pgtapcheck"_s);
        QVERIFY2(db.mustExec(u"SELECT count(*) FROM pg_available_extensions WHERE name = 'pgtap'"_s)
                                 .value(0, 0)
                         == u"1"_s,
                 "the test cluster's PostgreSQL has no pgTAP: run scripts/setup (Debian package "
                 "postgresql-15-pgtap)");
    }

    void shopExamplePasses()
    {
        TestDatabase db(u"pgtapshop"_s);
        db.mustExec(trigon::pg::Sandbox::demoSchemaScript());
        QTemporaryDir dir;
        const QString script = dir.filePath(u"shop.sql"_s);
        const Run written = trigonCli({u"test"_s, shopDesign, u"--pgtap"_s, u"-o"_s, script});
        QVERIFY2(written.exitCode == 0, qPrintable(written.output));

        const Run proved = run(m_pgProve, {u"--verbose"_s, script}, databaseEnvironment(db));
        QVERIFY2(proved.exitCode == 0, qPrintable(proved.output));
        QVERIFY2(proved.output.contains(u"All tests successful."_s), qPrintable(proved.output));
        QVERIFY2(!proved.output.contains(u"not ok"_s), qPrintable(proved.output));
        // Every case of the example ran, and none was skipped but for what SQL cannot see.
        QVERIFY2(proved.output.contains(u"ok 33 - public.orders orders_protect_paid: a note may "
                                        "still change: SELECT note FROM orders WHERE id = 1 "
                                        "returns the expected rows\n"_s),
                 qPrintable(proved.output));
        QVERIFY2(proved.output.contains(u"ok 36 - public.orders orders_status_changed: paying a "
                                        "draft notifies: a notification on order_status with "
                                        "{\"from\":\"draft\",\"id\":3,\"to\":\"paid\"}\n"_s),
                 qPrintable(proved.output));
        QCOMPARE(proved.output.count(u"# SKIP"_s), 1);

        // The run left nothing behind, pgTAP included.
        QCOMPARE(db.mustExec(u"SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'pgtap')"
                             " + (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal)"
                             " + (SELECT count(*) FROM pg_namespace"
                             "    WHERE nspname IN ('trigon', 'trigon_test_capture'))"_s)
                         .value(0, 0),
                 u"0"_s);
    }

    void failingCaseIsReported()
    {
        TestDatabase db(u"pgtapfail"_s);
        db.mustExec(trigon::pg::Sandbox::demoSchemaScript());
        QTemporaryDir dir;
        const QString design = writeFile(dir, u"failing.json"_s, designWithFailingCase);
        const QString script = dir.filePath(u"failing.sql"_s);
        const Run written = trigonCli({u"test"_s, design, u"--pgtap"_s, u"-o"_s, script});
        QVERIFY2(written.exitCode == 0, qPrintable(written.output));

        const Run proved = run(m_pgProve, {u"--verbose"_s, script}, databaseEnvironment(db));
        QVERIFY2(proved.exitCode != 0, qPrintable(proved.output));
        const QRegularExpression failing(
                u"^not ok (\\d+) - public\\.orders orders_note: deliberately wrong: SELECT status "
                "FROM orders WHERE id = 3 returns the expected rows$"_s,
                QRegularExpression::MultilineOption);
        QVERIFY2(failing.match(proved.output).hasMatch(), qPrintable(proved.output));
        QVERIFY2(proved.output.contains(u"#         have: (draft)\n#         want: (shipped)\n"_s),
                 qPrintable(proved.output));
        // Only that one: the same check passes in the case before.
        QCOMPARE(proved.output.count(u"not ok"_s), 1);
        QVERIFY2(proved.output.contains(u"\nok 9 - public.orders orders_note: keeps the status: "
                                        "SELECT status FROM orders WHERE id = 3 returns the "
                                        "expected rows\n"_s),
                 qPrintable(proved.output));
        // pgTAP's own count survived the rollback of each case.
        QVERIFY2(proved.output.contains(u"# Looks like you failed 1 test of 11\n"_s),
                 qPrintable(proved.output));
    }

    void deployedTriggersAreChecked()
    {
        TestDatabase db(u"pgtapdeployed"_s);
        db.mustExec(trigon::pg::Sandbox::demoSchemaScript());
        const Run deployed
                = trigonCli({u"deploy"_s, shopDesign, u"--db"_s, db.conninfo(), u"--yes"_s});
        QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.output));
        QTemporaryDir dir;
        const QString script = dir.filePath(u"deployed.sql"_s);
        const Run written = trigonCli(
                {u"test"_s, shopDesign, u"--pgtap"_s, u"--deployed"_s, u"--output"_s, script});
        QVERIFY2(written.exitCode == 0, qPrintable(written.output));
        const QByteArray text = [&] {
            QFile file(script);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!text.contains("CREATE OR REPLACE FUNCTION public.orders__orders_protect_paid()"));

        Run proved = run(m_pgProve, {u"--verbose"_s, script}, databaseEnvironment(db));
        QVERIFY2(proved.exitCode == 0, qPrintable(proved.output));

        // Changed by hand after the deploy: the script sees it.
        db.mustExec(u"ALTER TABLE orders DISABLE TRIGGER orders_status_changed"_s);
        db.mustExec(u"CREATE OR REPLACE TRIGGER orders_protect_paid BEFORE UPDATE ON orders "
                    "FOR EACH ROW WHEN (OLD.status = 'shipped') "
                    "EXECUTE FUNCTION orders__orders_protect_paid()"_s);
        proved = run(m_pgProve, {u"--verbose"_s, script}, databaseEnvironment(db));
        QVERIFY2(proved.exitCode != 0, qPrintable(proved.output));
        for (const QString &line :
             {u"not ok 6 - public.orders orders_protect_paid has the designed WHEN clause\n"_s,
              u"#         have: (old.status = 'shipped'::text)\n"_s,
              u"not ok 14 - public.orders orders_status_changed has the enabled state origin "
              "(pg_trigger.tgenabled O)\n"_s})
            QVERIFY2(proved.output.contains(line), qPrintable(proved.output));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        const QString connectionFree = u"--pgtap connects to no database"_s;
        QTest::newRow("--db") << QStringList {u"--pgtap"_s, u"--db"_s, u"dbname=x"_s}
                              << connectionFree;
        QTest::newRow("--junit") << QStringList {u"--pgtap"_s, u"--junit"_s, u"out.xml"_s}
                                 << connectionFree;
        QTest::newRow("--deployed alone") << QStringList {u"--deployed"_s} << connectionFree;
        QTest::newRow("--output alone") << QStringList {u"-o"_s, u"out.sql"_s} << connectionFree;
        QTest::newRow("a case named nowhere")
                << QStringList {u"--pgtap"_s, u"--case"_s, u"no such case"_s}
                << u"no test case named no such case"_s;
    }

    void usage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Run result = trigonCli(QStringList {u"test"_s, shopDesign} + options);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.output.contains(message), qPrintable(result.output));
    }

    void filtersChooseTheCases()
    {
        const Run result = trigonCli(
                {u"test"_s, shopDesign, u"--pgtap"_s, u"--case"_s, u"a note may still change"_s});
        QCOMPARE(result.exitCode, 0);
        // Every trigger's 7 structure checks, and that case's 3 tests.
        QVERIFY2(result.output.contains(u"\nSELECT plan(31);\n"_s), qPrintable(result.output));
        QVERIFY(result.output.contains(u": a note may still change: "_s));
        QVERIFY(!result.output.contains(u": paying a draft notifies: "_s));
    }

private:
    QString m_pgProve;
};

QTEST_GUILESS_MAIN(TestPgTap)
#include "tst_pgtap.moc"
