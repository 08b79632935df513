#pragma once

#include "core/analysis/deployplan.h"
#include "core/analysis/triggerstatus.h"
#include "core/model/designdocument.h"
#include "core/pg/notification.h"
#include "ui/deploy/deployjobs.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableWidget;

namespace trigon::ui {

class DesignController;
class DeployPlanDialog;
class JobRunner;
class Session;
class TestBenchView;
class TestCaseEditor;

// Status, deploy and the test bench for one design document against one connection.
//
// Status: each design trigger (and each orphan) with its state and why. Deploy, and uninstall,
// enable or disable of the selected triggers, first make a plan on a worker thread and show it in
// a DeployPlanDialog (steps, plpgsql_check's findings, the exact script); it runs only when the
// person applies it, in one transaction, and is refused if the triggers changed in between.
// Tests: every case of the document in a tree; run all, the selected ones, or one by
// double-click; results arrive one by one with what was expected against what happened. Beside
// the tree, the test case editor (once the pane has the design controller) edits the current
// trigger's cases; a case chosen in either is chosen in the other.
//
// Database work runs on worker threads (the pane's JobRunner, each job with its own
// BlockingConnection); results come back to the GUI thread as values. A test run still going
// when the pane goes stops after its current case.
class DeployPane : public QWidget
{
    Q_OBJECT

public:
    explicit DeployPane(QWidget *parent = nullptr);

    void setDocument(const DesignDocument &document);
    // The document's controller: the pane then follows its document (setDocument() by itself)
    // and shows the test case editor beside the test bench.
    void setDesignController(DesignController *controller);
    // The database the pane works on: it follows the session's opening and closing, and each job
    // opens a connection of its own there. A protected session's destructive steps need the
    // database's name typed.
    void setSession(Session *session);
    bool isConnected() const;
    bool isBusy() const { return m_busy; }

    // For menus and tests; each is disabled while it cannot run.
    QAction *statusAction() const { return m_statusAction; }
    QAction *deployAction() const { return m_deployAction; }
    QAction *runAllTestsAction() const { return m_runAllAction; }
    QAction *runSelectedTestsAction() const { return m_runSelectedAction; }
    QAction *enableAction() const { return m_enableAction; }
    QAction *disableAction() const { return m_disableAction; }
    QAction *uninstallAction() const { return m_uninstallAction; }

    // Columns: state, table, trigger, enabled, details; one row per status, the event triggers'
    // after the triggers'.
    QTableWidget *statusTable() const { return m_table; }
    // What the last status check found, in the table's order.
    const QList<TriggerStatus> &statuses() const { return m_statuses; }
    const QList<EventTriggerStatus> &eventTriggerStatuses() const { return m_eventStatuses; }
    TestBenchView *testBench() const { return m_tests; }
    // Null until setDesignController().
    TestCaseEditor *testCaseEditor() const { return m_caseEditor; }
    // Shows the Tests tab with the case and field of a diagnostic's path ("tests[2].action") in
    // the test case editor, for the trigger that is current.
    void focusTestCaseField(const QString &fieldPath);
    // The plan waiting to be applied or cancelled, or null.
    DeployPlanDialog *planDialog() const;
    QString log() const;

public slots:
    void refreshStatus();
    void deploy();
    void runAllTests();
    void runSelectedTests();
    void runTests(const QList<trigon::ui::CaseRef> &cases);
    // On the triggers selected in the status table.
    void applyOperation(trigon::TriggerOperation operation);

signals:
    void busyChanged(bool busy);
    void statusRefreshed(bool ok);
    void planReady(); // planDialog() is open
    // A deploy or operation ended: applied (true), or failed, refused or cancelled (false). A
    // plan with nothing to do counts as done.
    void deployFinished(bool ok);
    void testsFinished(int passed, int failed);
    // plpgsql_check's findings on the generated functions, with each deploy plan (empty when
    // there are none, or the database lacks the extension).
    void functionFindings(const QList<trigon::Diagnostic> &findings);
    // RAISE NOTICE and WARNING from the pane's sessions (deploys, test runs).
    void noticeReceived(const QString &source, const trigon::pg::Notice &notice);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setBusy(bool busy, const QString &what = {});
    void updateActions();
    void appendLog(const QString &text);
    void fillStatusTable(const QList<TriggerStatus> &statuses,
                         const QList<EventTriggerStatus> &eventStatuses);
    QList<TriggerTarget> selectedTargets() const;
    void requestPlan(const QString &title, const pg::PlanRequest &request);
    void showStatus(const StatusOutcome &outcome);
    void showPlan(const QString &title, const PlanOutcome &outcome);
    void apply(const DeployPlan &plan, const QString &fingerprint);
    void showApplied(const ApplyOutcome &outcome);
    void showTestsRun(const TestRunTally &tally);
    void refreshTestBench();

    DesignDocument m_document;
    QPointer<Session> m_session; // may go before the pane
    JobRunner *m_jobs;
    bool m_busy = false;
    QList<TriggerStatus> m_statuses;
    QList<EventTriggerStatus> m_eventStatuses;
    QTimer m_testBenchRefresh; // the test tree follows edits, a little behind
    bool m_testBenchStale = false;
    QPointer<DeployPlanDialog> m_planDialog;

    QAction *m_statusAction = nullptr;
    QAction *m_deployAction = nullptr;
    QAction *m_runAllAction = nullptr;
    QAction *m_runSelectedAction = nullptr;
    QAction *m_enableAction = nullptr;
    QAction *m_disableAction = nullptr;
    QAction *m_uninstallAction = nullptr;
    QCheckBox *m_prune = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_log = nullptr;
    TestBenchView *m_tests = nullptr;
    QSplitter *m_testsPage = nullptr; // the test bench, and the test case editor beside it
    TestCaseEditor *m_caseEditor = nullptr;
};

} // namespace trigon::ui
