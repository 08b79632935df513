#include "ui/deploy/deploypane.h"

#include "ui/deploy/deployplandialog.h"
#include "ui/deploy/testbenchview.h"
#include "ui/document/designcontroller.h"
#include "ui/jobs/jobrunner.h"
#include "ui/session/session.h"
#include "ui/testcases/testcaseeditor.h"
#include "ui/triggericons.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace trigon::ui {

namespace {

enum StatusColumn { StateColumn, TableColumn, TriggerColumn, EnabledColumn, DetailsColumn };

// The title of the plan dialog and the log's word for an operation.
QString operationTitle(TriggerOperation operation)
{
    switch (operation) {
    case TriggerOperation::Uninstall:
        return DeployPane::tr("Uninstall Triggers");
    case TriggerOperation::Enable:
        return DeployPane::tr("Enable Triggers");
    case TriggerOperation::Disable:
        return DeployPane::tr("Disable Triggers");
    }
    return {};
}

} // namespace

DeployPane::DeployPane(QWidget *parent)
    : QWidget(parent)
    , m_jobs(new JobRunner(this))
    , m_statusAction(new QAction(tr("Check &Status"), this))
    , m_deployAction(new QAction(tr("&Deploy…"), this))
    , m_runAllAction(new QAction(tr("Run &All Tests"), this))
    , m_runSelectedAction(new QAction(tr("Run &Selected Tests"), this))
    , m_enableAction(new QAction(tr("&Enable"), this))
    , m_disableAction(new QAction(tr("D&isable"), this))
    , m_uninstallAction(new QAction(tr("&Uninstall…"), this))
    , m_prune(new QCheckBox(tr("Drop orphans"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_log(new QPlainTextEdit(this))
    , m_tests(new TestBenchView(this))
    , m_testsPage(new QSplitter(Qt::Horizontal, this))
{
    m_statusAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_statusAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_statusAction->setToolTip(tr("Compare the designs with what the database holds"));
    m_deployAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_deployAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_deployAction->setToolTip(tr("Show the plan that brings the database to the designs, then "
                                  "apply it in one transaction"));
    m_runAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_runAllAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_runAllAction->setToolTip(tr("Run every test case of the design; nothing stays behind"));
    m_runSelectedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    m_runSelectedAction->setToolTip(tr("Run the selected cases, or all cases of the selected "
                                       "triggers"));
    m_enableAction->setToolTip(tr("Switch the selected triggers on in the database"));
    m_disableAction->setToolTip(tr("Switch the selected triggers off in the database"));
    m_uninstallAction->setToolTip(tr("Drop the selected triggers, and their functions, from the "
                                     "database (only what Trigon made)"));
    m_prune->setToolTip(tr("Deploy also drops orphans: triggers Trigon made that no design of "
                           "this file names"));
    for (QAction *action : {m_statusAction, m_deployAction, m_runAllAction, m_runSelectedAction})
        addAction(action);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_statusAction);
    toolbar->addAction(m_deployAction);
    toolbar->addWidget(m_prune);
    toolbar->addSeparator();
    toolbar->addAction(m_runAllAction);
    toolbar->addAction(m_runSelectedAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_summary);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_table->setHorizontalHeaderLabels(
            {tr("State"), tr("Table"), tr("Trigger"), tr("Enabled"), tr("Details")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("What deploys and operations did, with the server's errors."));
    m_log->setMaximumBlockCount(5000);

    auto *operations = new QToolBar(this);
    operations->addAction(m_enableAction);
    operations->addAction(m_disableAction);
    operations->addAction(m_uninstallAction);
    auto *statusPage = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(statusPage);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(operations);
    auto *statusSplitter = new QSplitter(Qt::Vertical, statusPage);
    statusSplitter->addWidget(m_table);
    statusSplitter->addWidget(m_log);
    statusSplitter->setStretchFactor(0, 2);
    statusSplitter->setStretchFactor(1, 1);
    statusLayout->addWidget(statusSplitter);
    m_tabs->addTab(statusPage, tr("Status"));
    m_testsPage->addWidget(m_tests);
    m_tabs->addTab(m_testsPage, tr("Tests"));

    auto *top = new QHBoxLayout;
    top->addWidget(toolbar, 1);
    top->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_statusAction, &QAction::triggered, this, &DeployPane::refreshStatus);
    connect(m_deployAction, &QAction::triggered, this, &DeployPane::deploy);
    connect(m_runAllAction, &QAction::triggered, this, &DeployPane::runAllTests);
    connect(m_runSelectedAction, &QAction::triggered, this, &DeployPane::runSelectedTests);
    connect(m_enableAction, &QAction::triggered, this,
            [this] { applyOperation(TriggerOperation::Enable); });
    connect(m_disableAction, &QAction::triggered, this,
            [this] { applyOperation(TriggerOperation::Disable); });
    connect(m_uninstallAction, &QAction::triggered, this,
            [this] { applyOperation(TriggerOperation::Uninstall); });
    connect(m_tests, &TestBenchView::runRequested, this, &DeployPane::runTests);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeployPane::updateActions);
    connect(m_tests->tree(), &QTreeWidget::itemSelectionChanged, this, &DeployPane::updateActions);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addActions({m_enableAction, m_disableAction, m_uninstallAction});
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    m_testBenchRefresh.setSingleShot(true);
    m_testBenchRefresh.setInterval(150);
    connect(&m_testBenchRefresh, &QTimer::timeout, this, &DeployPane::refreshTestBench);
    updateActions();
}

void DeployPane::setDocument(const DesignDocument &document)
{
    m_document = document;
    m_testBenchStale = true;
    // Hidden (a tab behind another dock), the tree waits until it is shown.
    if (isVisible())
        m_testBenchRefresh.start();
}

void DeployPane::setDesignController(DesignController *controller)
{
    setDocument(controller->document());
    connect(controller, &DesignController::documentChanged, this,
            [this, controller] { setDocument(controller->document()); });
    m_caseEditor = new TestCaseEditor(controller, m_testsPage);
    m_testsPage->addWidget(m_caseEditor);
    m_testsPage->setStretchFactor(0, 1);
    m_testsPage->setStretchFactor(1, 1);
    m_caseEditor->setResultLookup([this](const QString &triggerId, const QString &caseName) {
        return m_tests->resultOf(triggerId, caseName);
    });
    connect(m_caseEditor, &TestCaseEditor::runRequested, this,
            [this](const QString &triggerId, int caseIndex) {
                const qsizetype trigger = m_document.indexOfId(triggerId);
                if (trigger >= 0)
                    runTests({CaseRef {trigger, caseIndex}});
            });
    // A case chosen in the bench is edited; the case edited shows its last run in the bench.
    connect(m_tests, &TestBenchView::caseChosen, this,
            [this, controller](const QString &triggerId, int caseIndex) {
                controller->setCurrentTriggerId(triggerId);
                m_caseEditor->setCurrentCase(caseIndex);
            });
    connect(m_caseEditor, &TestCaseEditor::currentCaseChanged, m_tests, &TestBenchView::selectCase);
    updateActions();
}

void DeployPane::focusTestCaseField(const QString &fieldPath)
{
    if (!m_caseEditor)
        return;
    m_tabs->setCurrentWidget(m_testsPage);
    m_caseEditor->focusField(fieldPath);
}

void DeployPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_testBenchStale)
        refreshTestBench();
}

void DeployPane::refreshTestBench()
{
    m_testBenchStale = false;
    m_tests->setDocument(m_document);
    if (m_caseEditor)
        m_tests->selectCase(m_caseEditor->triggerId(), m_caseEditor->currentCase());
    updateActions();
}

void DeployPane::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    const auto follow = [this] {
        if (!isConnected()) {
            fillStatusTable({}, {});
            m_summary->setText(tr("Not connected."));
        } else {
            m_summary->setText(m_session->isProtected()
                                       ? tr("Protected: destructive steps need the database name.")
                                       : QString());
        }
        updateActions();
    };
    if (m_session) {
        connect(m_session, &Session::opened, this, follow);
        connect(m_session, &Session::closed, this, follow);
        connect(m_session, &Session::lost, this, follow);
    }
    follow();
}

bool DeployPane::isConnected() const
{
    return m_session && m_session->isOpen();
}

DeployPlanDialog *DeployPane::planDialog() const
{
    return m_planDialog;
}

QString DeployPane::log() const
{
    return m_log->toPlainText();
}

void DeployPane::setBusy(bool busy, const QString &what)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // moving until a job reports steps
        m_summary->setText(what);
    }
    updateActions();
    if (changed)
        emit busyChanged(busy);
}

void DeployPane::updateActions()
{
    const bool ready = !m_busy && isConnected();
    const bool hasTests
            = m_testBenchStale ? !m_document.triggers.isEmpty() : !m_tests->allCases().isEmpty();
    m_statusAction->setEnabled(ready);
    m_deployAction->setEnabled(ready && !m_document.triggers.isEmpty());
    m_runAllAction->setEnabled(ready && hasTests);
    m_runSelectedAction->setEnabled(ready && !m_tests->selectedCases().isEmpty());
    if (m_caseEditor)
        m_caseEditor->setRunnable(ready);
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    for (QAction *action : {m_enableAction, m_disableAction, m_uninstallAction})
        action->setEnabled(ready && hasSelection);
}

void DeployPane::appendLog(const QString &text)
{
    m_log->appendPlainText(QStringLiteral("[%1] %2").arg(
            QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text.trimmed()));
}

void DeployPane::fillStatusTable(const QList<TriggerStatus> &statuses,
                                 const QList<EventTriggerStatus> &eventStatuses)
{
    m_statuses = statuses;
    m_eventStatuses = eventStatuses;
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(statuses.size() + eventStatuses.size()));
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon differs = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const auto fillRow = [&](int row, TriggerState state, const QStringList &cells) {
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(DetailsColumn));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, StateColumn)->setIcon(state == TriggerState::Installed ? ok : differs);
    };
    const auto enabledText = [](const std::optional<TriggerEnabled> &enabled) {
        return enabled ? enabledStateLabel(*enabled) : QString();
    };
    int row = 0;
    for (const TriggerStatus &status : statuses) {
        fillRow(row++, status.state,
                {triggerStateName(status.state), status.table.displayName(), status.name,
                 enabledText(status.installedEnabled), status.reasons.join(QStringLiteral("; "))});
    }
    for (const EventTriggerStatus &status : eventStatuses) {
        fillRow(row++, status.state,
                {triggerStateName(status.state), tr("(event trigger)"), status.name,
                 enabledText(status.installedEnabled), status.reasons.join(QStringLiteral("; "))});
    }
    m_table->resizeColumnsToContents();
    updateActions();
}

QList<TriggerTarget> DeployPane::selectedTargets() const
{
    QList<TriggerTarget> targets;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const qsizetype row = index.row();
        // An event trigger is a target by its name alone.
        if (row < m_statuses.size())
            targets.append({m_statuses.at(row).table, m_statuses.at(row).name});
        else
            targets.append({TableRef {}, m_eventStatuses.at(row - m_statuses.size()).name});
    }
    return targets;
}

void DeployPane::refreshStatus()
{
    if (m_busy || !isConnected())
        return;
    setBusy(true, tr("Checking the status…"));
    m_jobs->run(
            this,
            [conninfo = m_session->conninfo(), document = m_document](JobControl &) {
                return loadStatus(conninfo, document);
            },
            [this](const StatusOutcome &outcome) { showStatus(outcome); });
}

void DeployPane::showStatus(const StatusOutcome &outcome)
{
    setBusy(false);
    if (outcome.report) {
        fillStatusTable(outcome.report->statuses, outcome.report->eventTriggerStatuses);
        m_summary->setText(allInstalled(outcome.report->statuses)
                                           && allInstalled(outcome.report->eventTriggerStatuses)
                                   ? tr("Everything is installed as designed.")
                                   : tr("Some triggers differ from the design."));
    } else {
        m_summary->setText(tr("The status could not be read."));
        appendLog(tr("Status failed: %1").arg(outcome.error));
    }
    emit statusRefreshed(outcome.report.has_value());
}

void DeployPane::deploy()
{
    pg::PlanRequest request;
    request.prune = m_prune->isChecked();
    requestPlan(tr("Deploy"), request);
}

void DeployPane::applyOperation(TriggerOperation operation)
{
    pg::PlanRequest request;
    request.operation = operation;
    request.targets = selectedTargets();
    if (request.targets.isEmpty())
        return;
    requestPlan(operationTitle(operation), request);
}

void DeployPane::requestPlan(const QString &title, const pg::PlanRequest &request)
{
    if (m_busy || !isConnected())
        return;
    setBusy(true, tr("Making the plan…"));
    m_jobs->run(
            this,
            [conninfo = m_session->conninfo(), document = m_document, request](JobControl &) {
                return preparePlan(conninfo, document, request);
            },
            [this, title, isDeploy = !request.operation](const PlanOutcome &outcome) {
                if (isDeploy && outcome.prepared)
                    emit functionFindings(outcome.prepared->findings);
                showPlan(title, outcome);
            });
}

void DeployPane::showPlan(const QString &title, const PlanOutcome &outcome)
{
    if (!outcome.prepared) {
        setBusy(false);
        m_summary->setText(tr("No plan could be made."));
        appendLog(tr("%1: no plan could be made: %2").arg(title, outcome.error));
        emit deployFinished(false);
        return;
    }
    const pg::PreparedPlan &prepared = *outcome.prepared;
    for (const Diagnostic &finding : prepared.findings)
        appendLog(QStringLiteral("plpgsql_check: %1").arg(finding.toString()));
    if (prepared.plan.isEmpty() && !hasErrors(prepared.findings)) {
        setBusy(false);
        m_summary->setText(tr("Nothing to do."));
        appendLog(tr("%1: nothing to do.").arg(title));
        emit deployFinished(true);
        return;
    }
    // Stays busy while the plan is open: it was made for this document and this status.
    m_summary->setText(tr("Waiting for the plan to be applied…"));
    const QString protectedDatabase
            = isConnected() && m_session->isProtected() ? m_session->database() : QString();
    m_planDialog = new DeployPlanDialog(title, prepared.plan, prepared.findings, protectedDatabase,
                                        this);
    m_planDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_planDialog, &QDialog::finished, this,
            [this, title, plan = prepared.plan, fingerprint = prepared.fingerprint](int result) {
                m_planDialog = nullptr; // deletes itself once closed
                if (result != QDialog::Accepted) {
                    setBusy(false);
                    m_summary->setText(tr("Cancelled; nothing was run."));
                    appendLog(tr("%1: cancelled, nothing was run.").arg(title));
                    emit deployFinished(false);
                    return;
                }
                // A variable, not the expression: lupdate 6.4 skips a %n whose count is one.
                const int steps = static_cast<int>(
                        std::count_if(plan.steps.cbegin(), plan.steps.cend(),
                                      [](const DeployStep &step) { return !step.sql.isEmpty(); }));
                appendLog(tr("%1: applying %n step(s)…", nullptr, steps).arg(title));
                apply(plan, fingerprint);
            });
    m_planDialog->open();
    emit planReady();
}

void DeployPane::apply(const DeployPlan &plan, const QString &fingerprint)
{
    // The session may have closed while the plan was open: a job must never fall back to
    // libpq's default server.
    if (!isConnected()) {
        setBusy(false);
        m_summary->setText(tr("Not connected."));
        appendLog(tr("The connection closed before the plan was applied; nothing was run."));
        emit deployFinished(false);
        return;
    }
    setBusy(true, tr("Applying the plan…"));
    for (const DeployStep &step : plan.steps) {
        if (!step.sql.isEmpty())
            appendLog(QStringLiteral("  %1 %2 %3%4")
                              .arg(deployActionName(step.action),
                                   step.eventTrigger ? tr("(event trigger)")
                                                     : step.table.displayName(),
                                   step.name, step.destructive ? tr(" [destructive]") : QString()));
    }
    m_jobs->run(
            this,
            [conninfo = m_session->conninfo(), document = m_document, plan, fingerprint](
                    JobControl &) { return applyPlan(conninfo, document, plan, fingerprint); },
            [this](const ApplyOutcome &outcome) { showApplied(outcome); });
}

void DeployPane::showApplied(const ApplyOutcome &outcome)
{
    setBusy(false);
    appendLog(outcome.message);
    for (const pg::Notice &notice : outcome.notices)
        emit noticeReceived(tr("Deploy"), notice);
    if (!outcome.statuses.isEmpty() || !outcome.eventTriggerStatuses.isEmpty())
        fillStatusTable(outcome.statuses, outcome.eventTriggerStatuses);
    m_summary->setText(outcome.ok ? tr("Applied.") : tr("Not applied; see the log."));
    if (!outcome.ok)
        m_tabs->setCurrentIndex(0);
    emit deployFinished(outcome.ok);
}

void DeployPane::runAllTests()
{
    if (m_testBenchStale)
        refreshTestBench();
    runTests(m_tests->allCases());
}

void DeployPane::runSelectedTests()
{
    // The selection names cases by position in the tree: it must be the current document's.
    if (m_testBenchStale)
        refreshTestBench();
    runTests(m_tests->selectedCases());
}

void DeployPane::runTests(const QList<CaseRef> &cases)
{
    if (m_busy || !isConnected() || cases.isEmpty())
        return;
    if (m_testBenchStale)
        refreshTestBench();
    m_tabs->setCurrentWidget(m_testsPage);
    setBusy(true, tr("Running %n test case(s)…", nullptr, static_cast<int>(cases.size())));
    m_progress->setRange(0, static_cast<int>(cases.size()));
    m_progress->setValue(0);
    m_tests->clearResults(cases);
    // The run keeps the designs it started with; results find their case again by trigger id.
    const QList<TriggerDesign> designs = m_document.triggers;
    m_jobs->runSteps<pg::TestCaseResult>(
            this,
            [conninfo = m_session->conninfo(), designs,
             cases](JobControl &control, const std::function<void(pg::TestCaseResult)> &report) {
                return runTestCases(control, report, conninfo, designs, cases);
            },
            [this, designs, cases, next = qsizetype(0)](const pg::TestCaseResult &result) mutable {
                // Results arrive in the order of the cases.
                m_tests->addResult(designs.at(cases.at(next++).trigger).id, result);
                if (m_caseEditor)
                    m_caseEditor->resultsChanged();
                for (const pg::Notice &notice : result.notices)
                    emit noticeReceived(tr("Test %1").arg(result.testCase), notice);
            },
            [this](const TestRunTally &tally) { showTestsRun(tally); },
            [this](const JobProgress &progress) { m_progress->setValue(progress.value); });
}

void DeployPane::showTestsRun(const TestRunTally &tally)
{
    setBusy(false);
    // One plural per sentence is what Qt Linguist offers: "failed" reads the same for any count.
    m_summary->setText(
            tr("%n test case(s) passed, %1 failed", nullptr, tally.passed).arg(tally.failed));
    appendLog(m_summary->text());
    emit testsFinished(tally.passed, tally.failed);
}

} // namespace trigon::ui
