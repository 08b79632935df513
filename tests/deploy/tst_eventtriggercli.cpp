// trigon-cli with event triggers: lint, render, status, deploy (drift, prune, uninstall), test,
// run as a process against a database of the throwaway cluster.
#include "tests/common/testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using trigon::test::TestDatabase;

namespace {

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

QString design()
{
    return QStringLiteral(TRIGON_DATA_DIR "/eventtriggers/ddl.trigon.json");
}

QByteArray contents(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace

class TestEventTriggerCli : public QObject
{
    Q_OBJECT

private slots:
    void lintAcceptsTheExample();
    void renderMatchesTheGoldenScript();
    void deployStatusTestAndUninstall();
    void driftIsFoundAndRepaired();
    void aNonSuperuserIsRefusedWithTheReason();
};

void TestEventTriggerCli::lintAcceptsTheExample()
{
    const Run lint = trigonCli({QStringLiteral("lint"), design()});
    QCOMPARE(lint.output, QString());
    QCOMPARE(lint.exitCode, 0);
}

void TestEventTriggerCli::renderMatchesTheGoldenScript()
{
    const Run render = trigonCli({QStringLiteral("render"), design()});
    QCOMPARE(render.exitCode, 0);
    const QString golden = QStringLiteral(TRIGON_DATA_DIR "/eventtriggers/ddl.install.sql");
    if (qEnvironmentVariableIntValue("TRIGON_REGENERATE_GOLDEN") == 1) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(render.output.toUtf8());
    }
    QCOMPARE(render.output, QString::fromUtf8(contents(golden)));
}

void TestEventTriggerCli::deployStatusTestAndUninstall()
{
    TestDatabase database(QStringLiteral("evtcli"));
    database.mustExec(QStringLiteral("CREATE TABLE change_log (tbl text, op text);"
                                     "CREATE TABLE ddl_log (tag text, identity text, type text);"
                                     "CREATE TABLE acc_orders (id int)"));
    const QString db = database.conninfo();
    Run status = trigonCli({QStringLiteral("status"), design(), QStringLiteral("--db"), db});
    QCOMPARE(status.exitCode, 3);
    QVERIFY2(status.output.contains(QLatin1String("missing    event trigger no_drop_schema")),
             qPrintable(status.output));

    const Run deploy = trigonCli({QStringLiteral("deploy"), design(), QStringLiteral("--db"), db});
    QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.output));
    QVERIFY(deploy.output.contains(QLatin1String("create  event trigger log_table_creation")));
    status = trigonCli({QStringLiteral("status"), design(), QStringLiteral("--db"), db});
    QVERIFY2(status.exitCode == 0, qPrintable(status.output));

    // What the installed event triggers do.
    database.mustExec(QStringLiteral("CREATE TABLE acc_new (id int); INSERT INTO acc_new "
                                     "VALUES (1)"));
    QCOMPARE(database.mustExec(QStringLiteral("SELECT tag, identity FROM ddl_log")).value(0, 1),
             QStringLiteral("public.acc_new"));
    QCOMPARE(database.mustExec(QStringLiteral("SELECT tbl FROM change_log")).value(0, 0),
             QStringLiteral("acc_new"));
    const trigon::pg::QueryResult refused
            = database.connection().exec(QStringLiteral("DROP SCHEMA public CASCADE"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().sqlState, QStringLiteral("42501"));

    const Run test = trigonCli({QStringLiteral("test"), design(), QStringLiteral("--db"), db});
    QVERIFY2(test.exitCode == 0, qPrintable(test.output));
    QVERIFY(test.output.contains(QLatin1String("3 test cases, 0 failed")));

    // The attached table's trigger uses the shared function: uninstalling without it would
    // leave the function in use, which the server refuses (and the whole plan rolls back).
    Run uninstall = trigonCli({QStringLiteral("deploy"), design(), QStringLiteral("--db"), db,
                               QStringLiteral("--uninstall"), QStringLiteral("--yes")});
    QCOMPARE(uninstall.exitCode, 1);
    QVERIFY2(uninstall.output.contains(QLatin1String(
                     "trigger audit_all on table acc_new depends on function audit_all()")),
             qPrintable(uninstall.output));
    // Once attach lists the new table in the design, it goes too.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("ddl.json"));
    QVERIFY(QFile::copy(design(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const Run attach = trigonCli({QStringLiteral("attach"), copy, QStringLiteral("--db"), db});
    QVERIFY2(attach.exitCode == 0, qPrintable(attach.output));
    status = trigonCli({QStringLiteral("status"), copy, QStringLiteral("--db"), db});
    QVERIFY2(status.output.contains(QLatin1String(
                     "outdated   public.acc_new audit_all  (attached by an event trigger; a "
                     "deploy gives it Trigon's marker)")),
             qPrintable(status.output));
    uninstall = trigonCli({QStringLiteral("deploy"), copy, QStringLiteral("--db"), db,
                           QStringLiteral("--uninstall"), QStringLiteral("--yes")});
    QVERIFY2(uninstall.exitCode == 0, qPrintable(uninstall.output));
    // Nothing of the designs is left: not the attached trigger, not a function.
    QCOMPARE(database
                     .mustExec(QStringLiteral(
                             "SELECT (SELECT count(*) FROM pg_event_trigger)"
                             " + (SELECT count(*) FROM pg_proc WHERE proname LIKE 'trigon%'"
                             "    OR proname = 'audit_all')"
                             " + (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal)"))
                     .value(0, 0),
             QStringLiteral("0"));
}

void TestEventTriggerCli::driftIsFoundAndRepaired()
{
    TestDatabase database(QStringLiteral("evtdrift"));
    database.mustExec(QStringLiteral("CREATE TABLE change_log (tbl text, op text);"
                                     "CREATE TABLE ddl_log (tag text, identity text, type text);"
                                     "CREATE TABLE acc_orders (id int)"));
    const QString db = database.conninfo();
    QCOMPARE(trigonCli({QStringLiteral("deploy"), design(), QStringLiteral("--db"), db}).exitCode,
             0);
    database.mustExec(QStringLiteral(
            "ALTER EVENT TRIGGER dropped_objects DISABLE;"
            "CREATE OR REPLACE FUNCTION public.trigon_event__no_drop_schema() RETURNS "
            "event_trigger LANGUAGE plpgsql AS 'BEGIN END'"));
    const Run status = trigonCli({QStringLiteral("status"), design(), QStringLiteral("--db"), db});
    QCOMPARE(status.exitCode, 3);
    QVERIFY2(status.output.contains(QLatin1String(
                     "drifted    event trigger no_drop_schema  (its function was changed by "
                     "hand)")),
             qPrintable(status.output));
    QVERIFY(status.output.contains(
            QLatin1String("drifted    event trigger dropped_objects  (enabled state is disabled, "
                          "the design says origin)")));
    // The hand-made change is lost in a replace: confirmed with --yes only.
    Run deploy = trigonCli({QStringLiteral("deploy"), design(), QStringLiteral("--db"), db});
    QCOMPARE(deploy.exitCode, 2);
    QVERIFY(deploy.output.contains(QLatin1String("replace event trigger no_drop_schema  "
                                                 "[destructive]")));
    deploy = trigonCli({QStringLiteral("deploy"), design(), QStringLiteral("--db"), db,
                        QStringLiteral("--yes")});
    QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.output));
    QCOMPARE(trigonCli({QStringLiteral("status"), design(), QStringLiteral("--db"), db}).exitCode,
             0);

    // An event trigger no design names any more is an orphan, dropped by --prune.
    QTemporaryDir dir;
    const QString fewer = dir.filePath(QStringLiteral("fewer.json"));
    QByteArray text = contents(design());
    text.replace("\"name\": \"dropped_objects\"", "\"name\": \"dropped_objects_renamed\"");
    QFile out(fewer);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) > 0);
    out.close();
    const Run orphan = trigonCli({QStringLiteral("status"), fewer, QStringLiteral("--db"), db});
    QVERIFY2(orphan.output.contains(QLatin1String(
                     "orphaned   event trigger dropped_objects  (made by Trigon, in no given "
                     "design)")),
             qPrintable(orphan.output));
    deploy = trigonCli({QStringLiteral("deploy"), fewer, QStringLiteral("--db"), db,
                        QStringLiteral("--prune"), QStringLiteral("--yes")});
    QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.output));
    QCOMPARE(database.mustExec(
                             QStringLiteral("SELECT string_agg(evtname, ',' ORDER BY evtname) FROM "
                                            "pg_event_trigger"))
                     .value(0, 0),
             QStringLiteral("dropped_objects_renamed,log_table_creation,no_drop_schema"));
}

void TestEventTriggerCli::aNonSuperuserIsRefusedWithTheReason()
{
    TestDatabase database(QStringLiteral("evtrole"));
    database.mustExec(QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'evt_plain') THEN "
            "CREATE ROLE evt_plain LOGIN; END IF; END $$"));
    database.mustExec(QStringLiteral("GRANT ALL ON SCHEMA public TO evt_plain;"
                                     "CREATE TABLE acc_orders (id int);"
                                     "ALTER TABLE acc_orders OWNER TO evt_plain"));
    const QString db = database.conninfo() + QStringLiteral(" user=evt_plain");
    const Run deploy = trigonCli({QStringLiteral("deploy"), design(), QStringLiteral("--db"), db});
    QCOMPARE(deploy.exitCode, 2);
    QVERIFY2(deploy.output.contains(QLatin1String(
                     "only a superuser can create event triggers, and evt_plain is not one")),
             qPrintable(deploy.output));
    // Refused before anything ran: not even the table trigger is there.
    QCOMPARE(database.mustExec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT "
                                              "tgisinternal"))
                     .value(0, 0),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestEventTriggerCli)

#include "tst_eventtriggercli.moc"
