#include "ui/deliveries/deliveriespane.h"

#include "ui/deliveries/outboxproblemsmodel.h"
#include "ui/deliveries/outboxtargetsmodel.h"
#include "ui/jobs/jobrunner.h"
#include "ui/monitor/jsontreemodel.h"
#include "ui/session/session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

// A read-only table whose `stretched` column takes the width the others, sized to their
// contents, leave.
QTableView *tableView(QAbstractItemModel *model, int stretched, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
    view->setWordWrap(false);
    return view;
}

} // namespace

DeliveriesPane::DeliveriesPane(QWidget *parent)
    : QWidget(parent)
    , m_jobs(new JobRunner(this))
    , m_refreshAction(new QAction(tr("&Refresh"), this))
    , m_retryAction(new QAction(tr("Re&try"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_targets(new OutboxTargetsModel(this))
    , m_problems(new OutboxProblemsModel(this))
    , m_payload(new JsonTreeModel(this))
    , m_targetsView(tableView(m_targets, OutboxTargetsModel::TargetColumn, this))
    , m_problemsView(tableView(m_problems, OutboxProblemsModel::LastErrorColumn, this))
    , m_lastError(new QLabel(this))
    , m_payloadView(new QTreeView(this))
{
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshAction->setToolTip(tr("Read the outbox of the connected database again"));
    m_retryAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_retryAction->setToolTip(tr("Make the selected dead event pending again: the relay tries "
                                 "it from the start"));
    m_retryAction->setObjectName(QStringLiteral("retryDeadEvent"));
    connect(m_refreshAction, &QAction::triggered, this, &DeliveriesPane::refresh);
    connect(m_retryAction, &QAction::triggered, this, &DeliveriesPane::retrySelected);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_retryAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_summary);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(toolbar, 1);
    top->addWidget(m_progress);

    m_message->setObjectName(QStringLiteral("deliveriesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_targetsView->setObjectName(QStringLiteral("outboxTargets"));
    m_problemsView->setObjectName(QStringLiteral("outboxProblems"));
    m_lastError->setObjectName(QStringLiteral("outboxLastError"));
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_payloadView->setObjectName(QStringLiteral("outboxPayload"));
    m_payloadView->setModel(m_payload);
    m_payloadView->setUniformRowHeights(true);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_lastError);
    detailLayout->addWidget(m_payloadView, 1);
    auto *problems = new QSplitter(Qt::Horizontal, this);
    problems->addWidget(m_problemsView);
    problems->addWidget(detail);
    problems->setStretchFactor(0, 2);
    problems->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_targetsView);
    splitter->addWidget(problems);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_problemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesPane::showSelectedProblem);
    m_autoRefresh.setInterval(5000);
    connect(&m_autoRefresh, &QTimer::timeout, this, &DeliveriesPane::refresh);
    showSelectedProblem();
    followSession();
}

void DeliveriesPane::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::opened, this, &DeliveriesPane::followSession);
        connect(m_session, &Session::closed, this, &DeliveriesPane::followSession);
        connect(m_session, &Session::lost, this, &DeliveriesPane::followSession);
    }
    followSession();
}

bool DeliveriesPane::isConnected() const
{
    return m_session && m_session->isOpen();
}

void DeliveriesPane::setAutoRefreshInterval(int milliseconds)
{
    m_autoRefresh.setInterval(milliseconds);
    followSession();
}

QString DeliveriesPane::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DeliveriesPane::followSession()
{
    const bool autoRefresh = isConnected() && isVisible() && m_autoRefresh.interval() > 0;
    if (autoRefresh && !m_autoRefresh.isActive())
        m_autoRefresh.start();
    else if (!autoRefresh)
        m_autoRefresh.stop();
    if (!isConnected()) {
        m_targets->setTargets({});
        m_problems->setProblems({});
        m_summary->setText(tr("Not connected."));
        setMessage(QString());
    } else if (isVisible()) {
        refresh();
    }
    updateActions();
}

void DeliveriesPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    followSession();
}

void DeliveriesPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_autoRefresh.stop();
}

void DeliveriesPane::refresh()
{
    startReading(QString());
}

void DeliveriesPane::retrySelected()
{
    const int row = m_problems->rowOf(selectedId());
    if (row >= 0 && m_problems->problems().at(row).dead)
        startReading(selectedId());
}

void DeliveriesPane::startReading(const QString &retryId)
{
    if (m_busy || !isConnected())
        return;
    setBusy(true);
    m_summary->setText(retryId.isEmpty() ? tr("Reading the outbox…") : tr("Retrying the event…"));
    m_jobs->run(
            this,
            [conninfo = m_session->conninfo(), retryId](JobControl &) {
                return readOutbox(conninfo, retryId, problemLimit);
            },
            [this](const OutboxReading &reading) { showReading(reading); });
}

void DeliveriesPane::showReading(const OutboxReading &reading)
{
    setBusy(false);
    const QString selected = selectedId();
    const bool read = reading.summary && reading.summary->tableExists;
    m_targets->setTargets(read ? reading.summary->targets : QList<pg::OutboxTargetCounts>());
    m_problems->setProblems(read ? reading.problems : QList<pg::OutboxProblem>());
    // The event looked at stays selected while it is still a problem.
    const int row = m_problems->rowOf(selected);
    if (row >= 0)
        m_problemsView->selectRow(row);
    else
        showSelectedProblem();

    QStringList messages;
    if (!reading.retryError.isEmpty())
        messages.append(tr("The event could not be retried: %1").arg(reading.retryError));
    else if (reading.retried == false)
        messages.append(tr("The event is not dead any more: the relay or someone else retried it "
                           "already."));
    if (!reading.summary) {
        messages.append(tr("The outbox could not be read: %1").arg(reading.error));
    } else if (!reading.summary->tableExists) {
        messages.append(tr("The outbox table does not exist in this database: deploy a design "
                           "with an outbox action."));
    }
    setMessage(messages.join(u'\n'));
    if (!read)
        m_summary->setText(QString());
    else if (reading.summary->targets.isEmpty())
        m_summary->setText(tr("The outbox is empty."));
    else
        m_summary->setText(
                tr("Read at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    emit refreshed(read);
}

void DeliveriesPane::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    m_progress->setVisible(busy);
    updateActions();
    if (changed)
        emit busyChanged(busy);
}

void DeliveriesPane::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString DeliveriesPane::selectedId() const
{
    const QModelIndexList rows = m_problemsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_problems->problems().value(rows.first().row()).id;
}

void DeliveriesPane::showSelectedProblem()
{
    const int row = m_problems->rowOf(selectedId());
    if (row < 0) {
        m_payload->clear();
        m_lastError->setText(tr("Select an event to see its last error and payload."));
    } else {
        const pg::OutboxProblem &problem = m_problems->problems().at(row);
        m_lastError->setText(problem.lastError);
        m_payload->setJson(problem.payload);
        m_payloadView->expandAll();
        m_payloadView->resizeColumnToContents(JsonTreeModel::KeyColumn);
    }
    updateActions();
}

void DeliveriesPane::updateActions()
{
    const bool ready = !m_busy && isConnected();
    m_refreshAction->setEnabled(ready);
    const int row = m_problems->rowOf(selectedId());
    m_retryAction->setEnabled(ready && row >= 0 && m_problems->problems().at(row).dead);
}

} // namespace trigon::ui
