// The deploy pane against the throwaway cluster: status, plans that run only once applied (and
// confirmed when destructive, with the database name on a protected connection), uninstall,
// enable and disable, and the test bench with its expected-versus-actual view.
#include "core/io/designfile.h"
#include "tests/common/screenshot.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/opensession.h"
#include "ui/deploy/deploypane.h"
#include "ui/deploy/deployplandialog.h"
#include "ui/deploy/testbenchview.h"

#include <QAction>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeWidget>

#include <memory>

using namespace trigon;
using trigon::test::openSession;
using trigon::test::TestDatabase;

namespace {

// A delete guard with two cases: one that passes, one whose expected message is wrong.
const QByteArray design = R"sql({"format": "trigon", "version": 1, "triggers": [
  {"name": "guard", "table": {"schema": "public", "name": "orders"},
   "timing": "before", "events": ["delete"],
   "actions": [{"kind": "protect", "message": "no deletes"}],
   "tests": [{"name": "refuses", "action": "DELETE FROM orders",
              "expect": {"raises": {"message": "no deletes"}}},
             {"name": "wrong message", "action": "DELETE FROM orders",
              "expect": {"raises": {"message": "deletes are fine"}}}]}]})sql";

const QString handChangedFunction = QStringLiteral(
        R"sql(CREATE OR REPLACE FUNCTION orders__guard() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN OLD; END $f$)sql");

DesignDocument document()
{
    const DesignReadResult read = parseDesign(design);
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return *read.document;
}

void createOrders(TestDatabase &db)
{
    db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
    db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1)"));
}

QString stateOfFirstRow(const ui::DeployPane &pane)
{
    return pane.statusTable()->item(0, 0)->text();
}

QString tgenabled(TestDatabase &db)
{
    const pg::QueryResult result = db.mustExec(
            QStringLiteral("SELECT tgenabled FROM pg_trigger WHERE tgname = 'guard'"));
    return result.rowCount() == 0 ? QStringLiteral("gone") : result.value(0, 0);
}

// Starts a plan with `start` and waits for its dialog.
ui::DeployPlanDialog *waitForPlan(ui::DeployPane &pane, const std::function<void()> &start)
{
    QSignalSpy ready(&pane, &ui::DeployPane::planReady);
    start();
    if (!ready.wait(20000))
        return nullptr;
    return pane.planDialog();
}

// Presses Apply (or Cancel) and waits for the deploy to end; its ok flag.
bool finish(ui::DeployPane &pane, ui::DeployPlanDialog *dialog, bool apply)
{
    QSignalSpy finished(&pane, &ui::DeployPane::deployFinished);
    if (apply)
        dialog->applyButton()->click();
    else
        dialog->reject();
    // Cancel ends at once; Apply once the worker is done.
    if (finished.isEmpty() && !finished.wait(20000))
        qFatal("the deploy did not finish");
    return finished.at(0).at(0).toBool();
}

void refresh(ui::DeployPane &pane)
{
    QSignalSpy status(&pane, &ui::DeployPane::statusRefreshed);
    pane.refreshStatus();
    if (!status.wait(20000) || !status.at(0).at(0).toBool())
        qFatal("no status");
}

} // namespace

class TestDeployPane : public QObject
{
    Q_OBJECT

private slots:
    // What quitting does to a test run: the pane goes, and its run stops after the case at
    // hand instead of running the other seven (half a second each).
    void testRunStopsWhenThePaneGoes()
    {
        TestDatabase db;
        createOrders(db);
        QByteArrayList cases;
        for (int i = 0; i < 8; ++i)
            cases.append(R"json({"name": "slow )json" + QByteArray::number(i)
                         + R"json(", "action": "SELECT pg_sleep(0.5)",
                             "expect": {"raises": {"message": "no deletes"}}})json");
        const DesignReadResult read = parseDesign(R"json({"format": "trigon", "version": 1,
            "triggers": [{"name": "guard", "table": {"schema": "public", "name": "orders"},
                          "timing": "before", "events": ["delete"],
                          "actions": [{"kind": "protect", "message": "no deletes"}],
                          "tests": [)json" + cases.join(',')
                                                  + "]}]}");
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        auto pane = std::make_unique<ui::DeployPane>();
        pane->setDocument(*read.document);
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        pane->setSession(&session);
        pane->runAllTests();
        QVERIFY(pane->isBusy());
        ui::TestBenchView *bench = pane->testBench();
        QTRY_VERIFY_WITH_TIMEOUT(bench->result({0, 0}), 10000);
        QElapsedTimer timer;
        timer.start();
        pane.reset();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void deployRunsOnlyOnceApplied()
    {
        TestDatabase db;
        createOrders(db);
        ui::DeployPane pane;
        pane.setDocument(document());
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        pane.setSession(&session);
        refresh(pane);
        QCOMPARE(stateOfFirstRow(pane), QStringLiteral("missing"));

        ui::DeployPlanDialog *dialog = waitForPlan(pane, [&] { pane.deploy(); });
        QVERIFY(dialog);
        QCOMPARE(dialog->plan().steps.size(), 1);
        QCOMPARE(dialog->plan().steps.at(0).action, DeployAction::Create);
        QVERIFY(!dialog->confirmation()); // nothing destructive
        QVERIFY(dialog->applyButton()->isEnabled());
        QCOMPARE(tgenabled(db), QStringLiteral("gone")); // the plan alone changes nothing
        QVERIFY(finish(pane, dialog, true));
        QCOMPARE(stateOfFirstRow(pane), QStringLiteral("installed"));
        QVERIFY(!db.connection().exec(QStringLiteral("DELETE FROM orders")).ok());

        // Up to date: no dialog, nothing to do.
        QSignalSpy finished(&pane, &ui::DeployPane::deployFinished);
        pane.deploy();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!pane.planDialog());
        QVERIFY(pane.log().contains(QLatin1String("nothing to do")));
    }

    // An event trigger of the document is a row of its own, deployed in the same plan, and
    // uninstalled by selecting it.
    void eventTriggersDeployAndUninstall()
    {
        TestDatabase db;
        createOrders(db);
        DesignDocument withEvents = document();
        EventTriggerDesign forbid;
        forbid.name = QStringLiteral("no_drop_table");
        forbid.event = DdlEvent::DdlCommandStart;
        forbid.tags = {QStringLiteral("DROP TABLE")};
        forbid.actions = {ProtectAction {QStringLiteral("tables stay"), QString()}};
        withEvents.addEventTrigger(forbid);
        ui::DeployPane pane;
        pane.setDocument(withEvents);
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        pane.setSession(&session);
        refresh(pane);
        QCOMPARE(pane.statusTable()->rowCount(), 2);
        QCOMPARE(pane.statusTable()->item(1, 0)->text(), QStringLiteral("missing"));
        QCOMPARE(pane.statusTable()->item(1, 2)->text(), QStringLiteral("no_drop_table"));

        ui::DeployPlanDialog *dialog = waitForPlan(pane, [&] { pane.deploy(); });
        QVERIFY(dialog);
        QCOMPARE(dialog->plan().steps.size(), 2);
        QVERIFY(dialog->plan().steps.at(1).eventTrigger);
        QVERIFY(finish(pane, dialog, true));
        QCOMPARE(pane.statusTable()->item(1, 0)->text(), QStringLiteral("installed"));
        const pg::QueryResult refused = db.connection().exec(QStringLiteral("DROP TABLE orders"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("tables stay")));

        pane.statusTable()->selectRow(1);
        dialog = waitForPlan(pane, [&] { pane.uninstallAction()->trigger(); });
        QVERIFY(dialog);
        QCOMPARE(dialog->plan().steps.size(), 1);
        QCOMPARE(dialog->plan().steps.at(0).action, DeployAction::Drop);
        dialog->confirmation()->setChecked(true);
        QVERIFY(finish(pane, dialog, true));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_event_trigger")).value(0, 0),
                 QStringLiteral("0"));
        QVERIFY(db.connection().exec(QStringLiteral("DROP TABLE orders")).ok());
    }

    void destructiveStepsNeedConfirmation_data()
    {
        QTest::addColumn<bool>("isProtected");
        QTest::newRow("checkbox") << false;
        QTest::newRow("protected: type the database name") << true;
    }

    void destructiveStepsNeedConfirmation()
    {
        QFETCH(bool, isProtected);
        TestDatabase db;
        createOrders(db);
        ui::DeployPane pane;
        pane.setDocument(document());
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo(), isProtected));
        pane.setSession(&session);
        QVERIFY(finish(pane, waitForPlan(pane, [&] { pane.deploy(); }), true));
        db.mustExec(handChangedFunction);

        // Cancelled: the hand change stays.
        ui::DeployPlanDialog *dialog = waitForPlan(pane, [&] { pane.deploy(); });
        QVERIFY(dialog);
        QVERIFY(dialog->plan().hasDestructiveSteps());
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY(!finish(pane, dialog, false));
        QVERIFY(db.connection().exec(QStringLiteral("DELETE FROM orders WHERE id = 1")).ok());
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1)"));

        dialog = waitForPlan(pane, [&] { pane.deploy(); });
        QVERIFY(dialog);
        if (isProtected) {
            QVERIFY(!dialog->confirmation());
            QVERIFY(dialog->databaseNameEdit());
            QTest::keyClicks(dialog->databaseNameEdit(), QStringLiteral("postgres"));
            QVERIFY(!dialog->applyButton()->isEnabled());
            dialog->databaseNameEdit()->clear();
            QTest::keyClicks(dialog->databaseNameEdit(), db.name());
            test::saveScreenshot(dialog, QStringLiteral("deploy-plan"));
        } else {
            QVERIFY(!dialog->databaseNameEdit());
            dialog->confirmation()->setChecked(true);
        }
        QVERIFY(dialog->applyButton()->isEnabled());
        QVERIFY(finish(pane, dialog, true));
        QCOMPARE(stateOfFirstRow(pane), QStringLiteral("installed"));
        QVERIFY(!db.connection().exec(QStringLiteral("DELETE FROM orders")).ok());
    }

    void changeBetweenPlanAndApplyIsRefused()
    {
        TestDatabase db;
        createOrders(db);
        ui::DeployPane pane;
        pane.setDocument(document());
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        pane.setSession(&session);
        ui::DeployPlanDialog *dialog = waitForPlan(pane, [&] { pane.deploy(); });
        QVERIFY(dialog);
        db.mustExec(QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $f$ "
                                   "BEGIN RETURN NULL; END $f$"));
        db.mustExec(QStringLiteral(
                "CREATE TRIGGER guard AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION f()"));
        QVERIFY(!finish(pane, dialog, true));
        QVERIFY2(pane.log().contains(QLatin1String("changed in the database since the plan")),
                 qPrintable(pane.log()));
    }

    void operationsOnTheSelectedTriggers()
    {
        TestDatabase db;
        createOrders(db);
        ui::DeployPane pane;
        pane.setDocument(document());
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        pane.setSession(&session);
        QVERIFY(finish(pane, waitForPlan(pane, [&] { pane.deploy(); }), true));
        QVERIFY(!pane.disableAction()->isEnabled()); // nothing selected
        pane.statusTable()->selectRow(0);
        QVERIFY(pane.disableAction()->isEnabled());

        QVERIFY(finish(pane, waitForPlan(pane, [&] { pane.disableAction()->trigger(); }), true));
        QCOMPARE(tgenabled(db), QStringLiteral("D"));
        QCOMPARE(stateOfFirstRow(pane), QStringLiteral("drifted"));
        QVERIFY(db.connection().exec(QStringLiteral("DELETE FROM orders")).ok());

        pane.statusTable()->selectRow(0);
        QVERIFY(finish(pane, waitForPlan(pane, [&] { pane.enableAction()->trigger(); }), true));
        QCOMPARE(tgenabled(db), QStringLiteral("O"));
        QCOMPARE(stateOfFirstRow(pane), QStringLiteral("installed"));

        pane.statusTable()->selectRow(0);
        ui::DeployPlanDialog *dialog
                = waitForPlan(pane, [&] { pane.uninstallAction()->trigger(); });
        QVERIFY(dialog);
        QVERIFY(dialog->confirmation()); // dropping is destructive
        dialog->confirmation()->setChecked(true);
        QVERIFY(finish(pane, dialog, true));
        QCOMPARE(tgenabled(db), QStringLiteral("gone"));
        QCOMPARE(stateOfFirstRow(pane), QStringLiteral("missing"));
    }

    void testBenchShowsResultsAndDiffs()
    {
        TestDatabase db;
        createOrders(db);
        ui::DeployPane pane;
        pane.resize(1100, 520);
        pane.setDocument(document());
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        pane.setSession(&session);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        ui::TestBenchView *bench = pane.testBench();
        QTRY_COMPARE(bench->allCases().size(), 2);

        QSignalSpy tests(&pane, &ui::DeployPane::testsFinished);
        pane.runAllTestsAction()->trigger();
        QVERIFY(tests.wait(20000));
        QCOMPARE(tests.at(0).at(0).toInt(), 1);
        QCOMPARE(tests.at(0).at(1).toInt(), 1);
        QCOMPARE(tgenabled(db), QStringLiteral("gone")); // the run left nothing behind

        const pg::TestCaseResult *passed = bench->result({0, 0});
        QVERIFY(passed && passed->passed);
        QCOMPARE(passed->fired.size(), 1);
        QCOMPARE(passed->fired.at(0).trigger, QStringLiteral("guard"));
        const pg::TestCaseResult *failed = bench->result({0, 1});
        QVERIFY(failed && !failed->passed);

        QTreeWidgetItem *failedItem = bench->tree()->topLevelItem(0)->child(1);
        QCOMPARE(failedItem->text(1), QStringLiteral("failed"));
        QCOMPARE(bench->tree()->topLevelItem(0)->text(1), QStringLiteral("1 of 2 passed"));
        bench->tree()->setCurrentItem(failedItem);
        const QString details = bench->details()->toPlainText();
        QVERIFY2(details.contains(QLatin1String("- message containing: deletes are fine")),
                 qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("+ message: no deletes")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("guard on public.orders")), qPrintable(details));
        test::saveScreenshot(&pane, QStringLiteral("test-bench"));

        // One case alone: only its result is replaced.
        tests.clear();
        bench->tree()->clearSelection();
        failedItem->setSelected(true);
        pane.runSelectedTestsAction()->trigger();
        QVERIFY(tests.wait(20000));
        QCOMPARE(tests.at(0).at(0).toInt(), 0);
        QCOMPARE(tests.at(0).at(1).toInt(), 1);
        QVERIFY(bench->result({0, 0}));
    }

    // plpgsql_check finds NEW.nope: the plan shows it, Apply stays off, the findings go out.
    void plpgsqlCheckErrorsBlockTheDeploy()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
        db.mustExec(QStringLiteral("CREATE EXTENSION plpgsql_check"));
        const DesignReadResult read = parseDesign(R"sql({"format": "trigon", "version": 1,
          "triggers": [{"name": "checked", "table": {"schema": "public", "name": "orders"},
           "timing": "before", "events": ["update"],
           "actions": [{"kind": "sql", "body": "NEW.nope := 1;"}]}]})sql");
        QVERIFY(read.ok());
        ui::DeployPane pane;
        pane.setDocument(*read.document);
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        pane.setSession(&session);
        QSignalSpy findings(&pane, &ui::DeployPane::functionFindings);
        ui::DeployPlanDialog *dialog = waitForPlan(pane, [&] { pane.deploy(); });
        QVERIFY(dialog);
        QCOMPARE(findings.size(), 1);
        const auto diagnostics = findings.at(0).at(0).value<QList<Diagnostic>>();
        QVERIFY(hasErrors(diagnostics));
        QVERIFY(diagnostics.constFirst().message.contains(QLatin1String("nope")));
        QVERIFY(!dialog->applyButton()->isEnabled());
        QVERIFY(!finish(pane, dialog, false));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = "
                                            "'orders__checked'"))
                         .value(0, 0),
                 QStringLiteral("0"));
    }

    void deployFailureShowsTheServersError()
    {
        TestDatabase db; // no orders table: CREATE TRIGGER fails
        ui::DeployPane pane;
        pane.setDocument(document());
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        pane.setSession(&session);
        ui::DeployPlanDialog *dialog = waitForPlan(pane, [&] { pane.deploy(); });
        QVERIFY(dialog);
        QVERIFY(!finish(pane, dialog, true));
        QVERIFY2(pane.log().contains(QLatin1String("rolled back")), qPrintable(pane.log()));
        QVERIFY2(pane.log().contains(QLatin1String("orders")), qPrintable(pane.log()));
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = "
                                            "'orders__guard'"))
                         .value(0, 0),
                 QStringLiteral("0"));
    }
};

QTEST_MAIN(TestDeployPane)
#include "tst_deploypane.moc"
