#include "ui/deploy/deploypane.h"

#include "core/analysis/deployplan.h"
#include "core/analysis/triggerstatus.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/deployer.h"
#include "core/pg/testrunner.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace trigon::ui {

namespace {

// What a worker job hands back to the GUI thread.
struct StatusOutcome
{
    std::optional<pg::StatusReport> report;
    QString error;
};

struct DeployOutcome
{
    QList<TriggerStatus> statuses; // after the deploy (or before, when it did not run)
    QString log;
    bool ok = false;
};

StatusOutcome loadStatus(const QString &conninfo, const QList<TriggerDesign> &triggers)
{
    pg::BlockingConnection connection(conninfo);
    if (!connection.isOpen())
        return {std::nullopt, connection.connectionError().toString()};
    pg::PgError error;
    std::optional<pg::StatusReport> report = pg::checkStatus(connection, triggers, &error);
    return {std::move(report), error.toString()};
}

DeployOutcome runDeploy(const QString &conninfo, const QList<TriggerDesign> &triggers,
                        bool confirmDestructive)
{
    DeployOutcome outcome;
    pg::BlockingConnection connection(conninfo);
    if (!connection.isOpen()) {
        outcome.log = connection.connectionError().toString();
        return outcome;
    }
    pg::PgError error;
    std::optional<pg::StatusReport> report = pg::checkStatus(connection, triggers, &error);
    if (!report) {
        outcome.log = error.toString();
        return outcome;
    }
    outcome.statuses = report->statuses;
    DeployOptions options;
    options.render.serverVersion = connection.serverVersion();
    const DeployPlan plan = buildDeployPlan(triggers, report->statuses, options);
    for (const DeployStep &step : plan.steps) {
        if (step.action != DeployAction::None)
            outcome.log += QStringLiteral("%1 %2 %3%4\n")
                                   .arg(deployActionName(step.action), step.table.displayName(),
                                        step.name,
                                        step.destructive ? QStringLiteral(" [destructive]")
                                                         : QString());
    }
    if (plan.isEmpty()) {
        outcome.log += QStringLiteral("Nothing to deploy.\n");
        outcome.ok = true;
        return outcome;
    }
    if (plan.hasDestructiveSteps() && !confirmDestructive) {
        outcome.log += QStringLiteral(
                "Refused: the plan has destructive steps; check \"Confirm destructive steps\".\n");
        return outcome;
    }
    const pg::DeployResult result = pg::applyPlan(connection, plan, report->fingerprint);
    if (!result.ok) {
        outcome.log += QStringLiteral("Deploy failed, everything was rolled back:\n%1\n%2\n")
                               .arg(result.error.toString(), result.error.statement);
        return outcome;
    }
    outcome.log += QStringLiteral("Deployed.\n");
    outcome.ok = true;
    report = pg::checkStatus(connection, triggers, &error);
    if (report)
        outcome.statuses = report->statuses;
    return outcome;
}

QList<pg::TestCaseResult> runCases(const QString &conninfo, const QList<TriggerDesign> &triggers)
{
    pg::BlockingConnection connection(conninfo);
    if (!connection.isOpen()) {
        pg::TestCaseResult failed;
        failed.testCase = QStringLiteral("(connection)");
        failed.failures.append(connection.connectionError().toString());
        return {failed};
    }
    return pg::runAllTestCases(connection, triggers);
}

} // namespace

DeployPane::DeployPane(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_log(new QPlainTextEdit(this))
    , m_confirm(new QCheckBox(tr("Confirm destructive steps"), this))
    , m_statusButton(new QPushButton(tr("Check status"), this))
    , m_deployButton(new QPushButton(tr("Deploy"), this))
    , m_testButton(new QPushButton(tr("Run tests"), this))
    , m_summary(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels({tr("State"), tr("Table"), tr("Trigger"), tr("Details")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setReadOnly(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusButton);
    buttons->addWidget(m_deployButton);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_confirm);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_log, 1);
    connect(m_statusButton, &QPushButton::clicked, this, &DeployPane::refreshStatus);
    connect(m_deployButton, &QPushButton::clicked, this, &DeployPane::deploy);
    connect(m_testButton, &QPushButton::clicked, this, &DeployPane::runTests);
    setBusy(false);
}

DeployPane::~DeployPane() = default;

void DeployPane::setDocument(const DesignDocument &document)
{
    m_document = document;
}

void DeployPane::setConnectionInfo(const QString &conninfo)
{
    m_conninfo = conninfo;
    setBusy(m_busy);
}

QString DeployPane::log() const
{
    return m_log->toPlainText();
}

void DeployPane::setConfirmDestructive(bool confirm)
{
    m_confirm->setChecked(confirm);
}

void DeployPane::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    for (QPushButton *button : {m_statusButton, m_deployButton, m_testButton})
        button->setEnabled(!busy && !m_conninfo.isEmpty());
    if (changed)
        emit busyChanged(busy);
}

void DeployPane::appendLog(const QString &text)
{
    m_log->appendPlainText(text.trimmed());
}

namespace {

void fillTable(QTableWidget *table, const QList<TriggerStatus> &statuses)
{
    table->setRowCount(static_cast<int>(statuses.size()));
    for (int row = 0; row < statuses.size(); ++row) {
        const TriggerStatus &status = statuses.at(row);
        const QStringList cells = {triggerStateName(status.state), status.table.displayName(),
                                   status.name, status.reasons.join(QStringLiteral("; "))};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace

void DeployPane::refreshStatus()
{
    if (m_busy || m_conninfo.isEmpty())
        return;
    setBusy(true);
    auto *watcher = new QFutureWatcher<StatusOutcome>(this);
    connect(watcher, &QFutureWatcher<StatusOutcome>::finished, this, [this, watcher] {
        const StatusOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (outcome.report) {
            fillTable(m_table, outcome.report->statuses);
            m_summary->setText(allInstalled(outcome.report->statuses)
                                       ? tr("Everything is installed as designed.")
                                       : tr("Some triggers differ from the design."));
        } else {
            appendLog(outcome.error);
        }
        setBusy(false);
        emit statusRefreshed(outcome.report.has_value());
    });
    watcher->setFuture(QtConcurrent::run(loadStatus, m_conninfo, m_document.triggers));
}

void DeployPane::deploy()
{
    if (m_busy || m_conninfo.isEmpty())
        return;
    setBusy(true);
    auto *watcher = new QFutureWatcher<DeployOutcome>(this);
    connect(watcher, &QFutureWatcher<DeployOutcome>::finished, this, [this, watcher] {
        const DeployOutcome outcome = watcher->result();
        watcher->deleteLater();
        appendLog(outcome.log);
        if (!outcome.statuses.isEmpty())
            fillTable(m_table, outcome.statuses);
        setBusy(false);
        emit deployFinished(outcome.ok);
    });
    watcher->setFuture(
            QtConcurrent::run(runDeploy, m_conninfo, m_document.triggers, m_confirm->isChecked()));
}

void DeployPane::runTests()
{
    if (m_busy || m_conninfo.isEmpty())
        return;
    setBusy(true);
    auto *watcher = new QFutureWatcher<QList<pg::TestCaseResult>>(this);
    connect(watcher, &QFutureWatcher<QList<pg::TestCaseResult>>::finished, this, [this, watcher] {
        const QList<pg::TestCaseResult> results = watcher->result();
        watcher->deleteLater();
        int passed = 0;
        for (const pg::TestCaseResult &result : results) {
            passed += result.passed ? 1 : 0;
            appendLog(QStringLiteral("%1 %2: %3 (%4 ms)")
                              .arg(result.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                                   result.trigger, result.testCase)
                              .arg(result.elapsedMs));
            for (const QString &failure : result.failures)
                appendLog(QStringLiteral("    ") + failure);
        }
        const int failed = static_cast<int>(results.size()) - passed;
        m_summary->setText(tr("%1 test case(s) passed, %2 failed").arg(passed).arg(failed));
        setBusy(false);
        emit testsFinished(passed, failed);
    });
    watcher->setFuture(QtConcurrent::run(runCases, m_conninfo, m_document.triggers));
}

} // namespace trigon::ui
