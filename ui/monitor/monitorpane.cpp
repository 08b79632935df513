#include "ui/monitor/monitorpane.h"

#include "core/model/designdocument.h"
#include "core/monitor/eventexport.h"
#include "core/monitor/payloadformat.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/notificationddl.h"
#include "ui/document/designcontroller.h"
#include "ui/jobs/jobrunner.h"
#include "ui/monitor/eventfiltermodel.h"
#include "ui/monitor/eventmodel.h"
#include "ui/monitor/eventrategraph.h"
#include "ui/monitor/jsontreemodel.h"
#include "ui/session/session.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace trigon::ui {

namespace {

// Often enough to look live, rarely enough that a flood costs a few model insertions a second.
constexpr int flushIntervalMs = 100;

QTableView *makeEventTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    // Fixed row heights: with 100,000 rows the view must not measure each one.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

void sizeColumns(QTableView *view)
{
    const QFontMetrics metrics = view->fontMetrics();
    view->setColumnWidth(EventModel::TimeColumn,
                         metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    view->setColumnWidth(EventModel::ChannelColumn,
                         metrics.horizontalAdvance(QStringLiteral("order_events_x")) + 16);
    view->setColumnWidth(EventModel::PidColumn,
                         metrics.horizontalAdvance(QStringLiteral("WARNING_")) + 16);
    view->setColumnWidth(EventModel::SizeColumn,
                         metrics.horizontalAdvance(QStringLiteral("7.8 KiB")) + 16);
}

} // namespace

MonitorPane::MonitorPane(QWidget *parent)
    : QWidget(parent)
    , m_listener(new pg::Listener(this))
    , m_events(new EventModel(EventModel::Stream::Notifications, this))
    , m_messages(new EventModel(EventModel::Stream::Messages, this))
    , m_filter(new EventFilterModel(this))
    , m_json(new JsonTreeModel(this))
    , m_flushTimer(new QTimer(this))
    , m_rateTimer(new QTimer(this))
    , m_jobs(new JobRunner(this))
{
    m_filter->setSourceModel(m_events);
    buildUi();

    m_flushTimer->setInterval(flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &MonitorPane::flush);
    setRateClock([] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::steady_clock::now().time_since_epoch())
                .count();
    });
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, &MonitorPane::takeRateSample);
    m_rateTimer->start();

    connect(m_listener, &pg::Listener::notificationsReceived, this, &MonitorPane::onNotifications);
    connect(m_listener, &pg::Listener::gap, this, &MonitorPane::onGap);
    connect(m_listener, &pg::Listener::stateChanged, this, &MonitorPane::onListenerState);
    connect(m_listener, &pg::Listener::listening, this, [this] {
        // A flood may follow at once: the buffer should not be growing while it arrives.
        m_events->reserve();
        setStatus(Status::Listening, listeningText());
    });
    connect(m_listener, &pg::Listener::connectionLost, this, [this](const pg::PgError &error) {
        setStatus(Status::Reconnecting,
                  tr("Connection lost, reconnecting: notifications sent meanwhile are lost"));
        m_statusLabel->setToolTip(error.message);
    });
    connect(m_listener, &pg::Listener::connectFailed, this,
            [this](const pg::PgError &error, int retryInMs) {
                const QString reason = error.message.simplified();
                if (retryInMs < 0)
                    setStatus(Status::Failed, tr("Cannot connect: %1").arg(reason));
                else
                    setStatus(Status::Reconnecting,
                              tr("Cannot connect, retrying in %1 s: %2")
                                      .arg(retryInMs / 1000.0, 0, 'f', 1)
                                      .arg(reason));
            });
    connect(m_listener, &pg::Listener::channelFailed, this,
            [this](const QString &channel, const pg::PgError &error) {
                showMessage(tr("Cannot listen on “%1”: %2").arg(channel, error.message), true);
            });
    connect(m_listener, &pg::Listener::noticeReceived, this,
            [this](const pg::Notice &notice) { appendNotice(tr("Listener"), notice); });
    setStatus(Status::Idle, tr("Not connected"));
}

MonitorPane::~MonitorPane() = default;

void MonitorPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    // The state on a line of its own: in a narrow dock it must still say at once that the
    // connection was lost.
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_statusLabel);

    // Below it: the counters and the rate on the left, actions on the right.
    auto *bar = new QHBoxLayout;
    m_countersLabel = new QLabel(this);
    // The counters grow with a flood ("100,000 in buffer · 1,234,567 dropped"): their width may
    // not widen the dock and push the rest of the window around.
    m_countersLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countersLabel->setMinimumWidth(m_countersLabel->fontMetrics().horizontalAdvance(
            tr("%L1 in buffer").arg(EventModel::defaultCapacity)));
    bar->addWidget(m_countersLabel, 1);
    m_rateGraph = new EventRateGraph(this);
    bar->addWidget(m_rateGraph);

    m_pauseButton = new QToolButton(this);
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(
            tr("Stop the table from moving; events keep arriving in the buffer (Ctrl+.)"));
    connect(m_pauseButton, &QToolButton::toggled, this, &MonitorPane::setPaused);
    bar->addWidget(m_pauseButton);

    auto *clearButton = new QToolButton(this);
    clearButton->setText(tr("Clear"));
    connect(clearButton, &QToolButton::clicked, this, &MonitorPane::clear);
    bar->addWidget(clearButton);

    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Buffer as JSON Lines…"), this, [this] {
        exportWithDialog(ExportFormat::JsonLines, ExportScope::Buffer);
    });
    exportMenu->addAction(tr("Buffer as CSV…"), this,
                          [this] { exportWithDialog(ExportFormat::Csv, ExportScope::Buffer); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Selection as JSON Lines…"), this, [this] {
        exportWithDialog(ExportFormat::JsonLines, ExportScope::Selection);
    });
    exportMenu->addAction(tr("Selection as CSV…"), this,
                          [this] { exportWithDialog(ExportFormat::Csv, ExportScope::Selection); });
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);

    auto *ddlButton = new QToolButton(this);
    ddlButton->setText(tr("DDL Events"));
    ddlButton->setPopupMode(QToolButton::InstantPopup);
    ddlButton->setToolTip(tr("Show schema changes live, through an event trigger"));
    auto *ddlMenu = new QMenu(ddlButton);
    ddlMenu->addAction(tr("Install Event Trigger…"), this, [this] { installDdlEvents(true); });
    ddlMenu->addAction(tr("Remove Event Trigger…"), this, [this] { removeDdlEvents(true); });
    ddlButton->setMenu(ddlMenu);
    bar->addWidget(ddlButton);
    layout->addLayout(bar);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    // Channels.
    auto *channelsBox = new QWidget(splitter);
    auto *channelsLayout = new QVBoxLayout(channelsBox);
    channelsLayout->setContentsMargins(0, 0, 0, 0);
    channelsLayout->addWidget(new QLabel(tr("Channels"), channelsBox));
    auto *inputRow = new QHBoxLayout;
    m_channelInput = new QComboBox(channelsBox);
    m_channelInput->setObjectName(QStringLiteral("channelInput"));
    m_channelInput->setEditable(true);
    m_channelInput->setInsertPolicy(QComboBox::NoInsert);
    m_channelInput->lineEdit()->setPlaceholderText(tr("Channel name"));
    m_channelInput->setToolTip(tr("Names are taken literally: case, spaces and quotes count"));
    connect(m_channelInput->lineEdit(), &QLineEdit::returnPressed, this,
            &MonitorPane::addChannelFromInput);
    inputRow->addWidget(m_channelInput, 1);
    auto *addButton = new QToolButton(channelsBox);
    addButton->setText(tr("Listen"));
    connect(addButton, &QToolButton::clicked, this, &MonitorPane::addChannelFromInput);
    inputRow->addWidget(addButton);
    channelsLayout->addLayout(inputRow);
    // The design's channels one click away: the drop-down alone hides them until opened.
    m_suggestionBox = new QWidget(channelsBox);
    auto *suggestionLayout = new QVBoxLayout(m_suggestionBox);
    suggestionLayout->setContentsMargins(0, 0, 0, 0);
    suggestionLayout->setSpacing(2);
    auto *suggestionTitle = new QLabel(tr("The design notifies on:"), m_suggestionBox);
    suggestionTitle->setForegroundRole(QPalette::PlaceholderText);
    suggestionLayout->addWidget(suggestionTitle);
    m_suggestionButtons = new QVBoxLayout;
    m_suggestionButtons->setSpacing(2);
    suggestionLayout->addLayout(m_suggestionButtons);
    channelsLayout->addWidget(m_suggestionBox);
    m_channelList = new QListWidget(channelsBox);
    channelsLayout->addWidget(m_channelList, 1);
    auto *removeButton = new QToolButton(channelsBox);
    removeButton->setText(tr("Stop Listening"));
    connect(removeButton, &QToolButton::clicked, this, &MonitorPane::removeSelectedChannel);
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_channelList);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &MonitorPane::removeSelectedChannel);
    channelsLayout->addWidget(removeButton, 0, Qt::AlignLeft);

    // Events and messages.
    m_tabs = new QTabWidget(splitter);
    auto *eventsPage = new QWidget(m_tabs);
    auto *eventsLayout = new QVBoxLayout(eventsPage);
    eventsLayout->setContentsMargins(0, 4, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_channelFilter = new QComboBox(eventsPage);
    m_channelFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_channelFilter, &QComboBox::activated, this, [this](int index) {
        m_filter->setChannel(index <= 0 ? QString() : m_channelFilter->itemText(index));
    });
    filterRow->addWidget(m_channelFilter);
    m_textFilter = new QLineEdit(eventsPage);
    m_textFilter->setPlaceholderText(tr("Filter text"));
    m_textFilter->setClearButtonEnabled(true);
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &EventFilterModel::setText);
    filterRow->addWidget(m_textFilter, 2);
    m_jsonFilter = new QLineEdit(eventsPage);
    m_jsonFilter->setPlaceholderText(tr("JSON field = value, e.g. op=DELETE or new.id=42"));
    m_jsonFilter->setClearButtonEnabled(true);
    connect(m_jsonFilter, &QLineEdit::textChanged, this, &MonitorPane::applyJsonFilterInput);
    filterRow->addWidget(m_jsonFilter, 2);
    eventsLayout->addLayout(filterRow);
    m_eventView = makeEventTable(eventsPage);
    m_eventView->setModel(m_filter);
    sizeColumns(m_eventView);
    addEventViewActions();
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MonitorPane::showCurrentEvent);
    eventsLayout->addWidget(m_eventView, 1);
    m_tabs->addTab(eventsPage, tr("Notifications"));

    m_messageView = makeEventTable(m_tabs);
    m_messageView->setModel(m_messages);
    sizeColumns(m_messageView);
    m_tabs->addTab(m_messageView, tr("Server Messages"));

    // The selected event.
    auto *detail = new QSplitter(Qt::Vertical, splitter);
    m_detailHeader = new QLabel(tr("Select an event to see its payload"), detail);
    m_detailHeader->setWordWrap(true);
    m_detailHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText = new QPlainTextEdit(detail);
    m_detailText->setReadOnly(true);
    m_detailText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detailText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonView = new QTreeView(detail);
    m_jsonView->setModel(m_json);
    m_jsonView->setUniformRowHeights(true);
    m_jsonView->setAlternatingRowColors(true);
    m_jsonView->hide();
    detail->setStretchFactor(1, 1);
    detail->setStretchFactor(2, 1);

    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({170, 620, 360});
    refreshChannelViews();
    updateCounters();
}

void MonitorPane::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    const auto follow = [this] {
        if (m_session && m_session->isOpen())
            m_listener->start(m_session->conninfo());
        else
            m_listener->stop();
    };
    if (m_session) {
        connect(m_session, &Session::opened, this, follow);
        connect(m_session, &Session::closed, this, follow);
    }
    follow();
}

void MonitorPane::setChannels(const QStringList &channels)
{
    m_listener->setChannels(channels);
    refreshChannelViews();
    emit channelsChanged(this->channels());
}

QStringList MonitorPane::channels() const
{
    return m_listener->channels();
}

void MonitorPane::addChannel(const QString &channel)
{
    m_listener->addChannel(channel);
    refreshChannelViews();
    emit channelsChanged(channels());
}

void MonitorPane::removeChannel(const QString &channel)
{
    m_listener->removeChannel(channel);
    refreshChannelViews();
    emit channelsChanged(channels());
}

void MonitorPane::rememberChannels(const QString &key)
{
    QStringList stored = QSettings().value(key).toStringList();
    stored.removeAll(QString());
    if (!stored.isEmpty())
        setChannels(stored);
    connect(this, &MonitorPane::channelsChanged, this,
            [key](const QStringList &channels) { QSettings().setValue(key, channels); });
}

void MonitorPane::followDesign(const DesignController *design)
{
    if (m_design)
        disconnect(m_design, nullptr, this, nullptr);
    m_design = design;
    if (!m_design) {
        suggestChannels({});
        return;
    }
    const auto suggestDesignChannels = [this] {
        suggestChannels(notifyChannels(m_design->triggers()));
    };
    connect(m_design, &DesignController::documentChanged, this, suggestDesignChannels);
    suggestDesignChannels();
}

QStringList MonitorPane::offeredChannels() const
{
    const QStringList listened = m_listener->channels();
    QStringList offered;
    for (const QString &channel : m_suggestions) {
        if (!listened.contains(channel))
            offered.append(channel);
    }
    return offered;
}

void MonitorPane::suggestChannels(const QStringList &channels)
{
    m_suggestions = channels;
    m_suggestions.removeDuplicates();
    m_suggestions.removeAll(QString());
    refreshChannelViews();
}

void MonitorPane::addChannelFromInput()
{
    const QString channel = m_channelInput->currentText();
    if (channel.isEmpty())
        return;
    addChannel(channel);
    m_channelInput->setEditText(QString());
}

void MonitorPane::removeSelectedChannel()
{
    if (QListWidgetItem *item = m_channelList->currentItem())
        removeChannel(item->text());
}

void MonitorPane::refreshChannelViews()
{
    const QStringList listened = m_listener->channels();
    m_channelList->clear();
    m_channelList->addItems(listened);

    // Suggestions not yet listened to, for the channel box.
    const QStringList offered = offeredChannels();
    const QString typed = m_channelInput->currentText();
    m_channelInput->clear();
    m_channelInput->addItems(offered);
    m_channelInput->setEditText(typed);
    refreshSuggestionButtons(offered);

    if (m_status == Status::Listening)
        setStatus(Status::Listening, listeningText());

    const QString filtered = m_filter->channel();
    m_channelFilter->clear();
    m_channelFilter->addItem(tr("All channels"));
    m_channelFilter->addItems(listened);
    const int index = m_channelFilter->findText(filtered);
    m_channelFilter->setCurrentIndex(qMax(0, index));
    if (index < 0)
        m_filter->setChannel(QString());
}

void MonitorPane::refreshSuggestionButtons(const QStringList &offered)
{
    // Later, not now: the button clicked may be the one being replaced, still in its signal.
    while (QLayoutItem *item = m_suggestionButtons->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (const QString &channel : offered) {
        auto *button = new QToolButton(m_suggestionBox);
        button->setText(tr("+ %1").arg(channel));
        button->setToolTip(tr("Listen on “%1”, which the open design notifies on").arg(channel));
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, this, [this, channel] { addChannel(channel); });
        m_suggestionButtons->addWidget(button);
    }
    m_suggestionBox->setVisible(!offered.isEmpty());
}

void MonitorPane::appendNotice(const QString &source, const pg::Notice &notice)
{
    m_messages->enqueue(MonitorEvent::fromNotice(source, notice, QDateTime::currentDateTimeUtc()));
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void MonitorPane::onNotifications(const pg::NotificationBatch &notifications)
{
    m_events->enqueue(notifications);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void MonitorPane::onGap(const pg::ListenerGap &gap)
{
    m_events->enqueue(MonitorEvent::fromGap(gap));
    flush(); // seen at once, not at the next tick
}

void MonitorPane::onListenerState(pg::Listener::State state)
{
    switch (state) {
    case pg::Listener::State::Stopped:
        if (m_status != Status::Failed)
            setStatus(Status::Idle, tr("Not connected"));
        break;
    case pg::Listener::State::Connecting:
        setStatus(Status::Connecting, tr("Connecting…"));
        break;
    case pg::Listener::State::Listening:
    case pg::Listener::State::Reconnecting:
        // Said by listening(), connectionLost() and connectFailed(), which know more.
        break;
    }
}

void MonitorPane::flush()
{
    // Follow the newest events only when the user is already looking at them.
    QScrollBar *scroll = m_eventView->verticalScrollBar();
    const bool atBottom = scroll->value() >= scroll->maximum();
    const int added = m_events->flush();
    m_messages->flush();
    if (added > 0 && atBottom && !m_paused)
        m_eventView->scrollToBottom();
    if (m_events->pendingCount() == 0 && m_messages->pendingCount() == 0)
        m_flushTimer->stop();
    updateCounters();
    const int messages = m_messages->rowCount();
    m_tabs->setTabText(
            1, messages > 0 ? tr("Server Messages (%L1)").arg(messages) : tr("Server Messages"));
}

void MonitorPane::rememberCapacity(const QString &key)
{
    bool isNumber = false;
    const int stored = QSettings().value(key).toInt(&isNumber);
    if (isNumber && stored >= minimumCapacity && stored <= maximumCapacity)
        setCapacity(stored);
    connect(this, &MonitorPane::capacityChanged, this,
            [key](int events) { QSettings().setValue(key, events); });
}

void MonitorPane::setCapacity(int events)
{
    events = std::clamp(events, 1, maximumCapacity);
    if (events == capacity())
        return;
    m_events->setCapacity(events);
    m_messages->setCapacity(events);
    if (m_listener->isListening())
        m_events->reserve();
    updateCounters();
    emit capacityChanged(events);
}

int MonitorPane::capacity() const
{
    return m_events->capacity();
}

void MonitorPane::setPaused(bool paused)
{
    m_paused = paused;
    m_events->setFrozen(paused);
    m_messages->setFrozen(paused);
    if (m_pauseButton->isChecked() != paused)
        m_pauseButton->setChecked(paused);
    if (m_pauseAction->isChecked() != paused)
        m_pauseAction->setChecked(paused);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused)
        flush();
    updateCounters();
}

void MonitorPane::clear()
{
    m_events->clear();
    m_messages->clear();
    m_json->clear();
    m_detailText->clear();
    m_jsonView->hide();
    m_detailHeader->setText(tr("Select an event to see its payload"));
    m_rateGraph->clear();
    m_lastReceived = 0;
    m_lastSampleMs = m_rateClock();
    flush();
}

qint64 MonitorPane::droppedCount() const
{
    return m_events->droppedCount();
}

void MonitorPane::updateCounters()
{
    QStringList parts {tr("%L1 in buffer").arg(m_events->rowCount())};
    if (m_paused)
        parts << tr("%L1 waiting").arg(m_events->pendingCount());
    if (m_events->droppedCount() > 0)
        parts << tr("%L1 dropped").arg(m_events->droppedCount());
    const QString counters = parts.join(QStringLiteral(" · "));
    m_countersLabel->setText(counters);
    // The whole text, should a narrow dock cut the label short.
    m_countersLabel->setToolTip(
            counters + QLatin1Char('\n')
            + tr("The buffer keeps the newest %L1 events; older ones are dropped").arg(capacity()));
}

void MonitorPane::takeRateSample()
{
    const qint64 now = m_rateClock();
    const qint64 elapsed = now - m_lastSampleMs;
    if (elapsed <= 0)
        return;
    const qint64 received = m_events->totalReceived();
    // In floating point: the timer's second is rarely exactly 1000 ms, and in integers one event
    // in 1001 ms was 0 events a second, so that a trickle of notifications always read "0/s".
    m_rateGraph->addSample(static_cast<double>(received - m_lastReceived) * 1000.0
                           / static_cast<double>(elapsed));
    m_lastReceived = received;
    m_lastSampleMs = now;
}

void MonitorPane::setRateClock(std::function<qint64()> milliseconds)
{
    m_rateClock = std::move(milliseconds);
    m_lastSampleMs = m_rateClock();
    m_lastReceived = m_events->totalReceived();
}

void MonitorPane::setChannelFilter(const QString &channel)
{
    m_filter->setChannel(channel);
    m_channelFilter->setCurrentIndex(qMax(0, m_channelFilter->findText(channel)));
}

void MonitorPane::setTextFilter(const QString &text)
{
    m_textFilter->setText(text);
}

bool MonitorPane::setJsonFilter(const QString &expression)
{
    m_jsonFilter->setText(expression);
    return m_filter->jsonFilter() == expression.trimmed();
}

void MonitorPane::applyJsonFilterInput()
{
    const bool valid = m_filter->setJsonFilter(m_jsonFilter->text());
    m_jsonFilter->setToolTip(valid ? QString() : tr("Write field=value, e.g. op=INSERT"));
    m_jsonFilter->setStyleSheet(valid ? QString() : QStringLiteral("color: #b00020"));
}

void MonitorPane::showCurrentEvent()
{
    const QModelIndex current = m_filter->mapToSource(m_eventView->currentIndex());
    if (!current.isValid())
        return;
    if (m_events->isDropped(current.row())) {
        m_detailHeader->setText(tr("Dropped: the buffer is full"));
        m_detailText->setPlainText(tr("This event made room for newer ones:\nthe buffer keeps the "
                                      "newest %L1 events.\n\nIts row leaves the table at the "
                                      "next update.")
                                           .arg(capacity()));
        m_json->clear();
        m_jsonView->hide();
        return;
    }
    const MonitorEvent event = m_events->event(current.row());
    const QString time = event.received.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    if (event.kind == MonitorEvent::Kind::Gap) {
        m_detailHeader->setText(
                tr("Gap: not listening from %1 to %2")
                        .arg(event.lostAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                             time));
        m_detailText->setPlainText(
                tr("The listening session was lost: %1\n\nNotifications committed while it was "
                   "reconnecting were delivered to nobody and cannot be recovered.")
                        .arg(event.text));
        m_json->clear();
        m_jsonView->hide();
        return;
    }
    m_detailHeader->setText(tr("%1 · pid %2 · %3 · %4")
                                    .arg(event.channel)
                                    .arg(event.senderPid)
                                    .arg(time, formatBytes(utf8Length(event.text))));
    const QString indented = indentedJson(event.text);
    m_detailText->setPlainText(indented.isEmpty() ? event.text : indented);
    const bool tree = m_json->setJson(event.text);
    m_jsonView->setVisible(tree);
    if (tree) {
        m_jsonView->expandToDepth(1);
        m_jsonView->resizeColumnToContents(JsonTreeModel::KeyColumn);
    }
}

QString MonitorPane::detailText() const
{
    return m_detailText->toPlainText();
}

QList<MonitorEvent> MonitorPane::selectedEvents() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_eventView->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QList<MonitorEvent> events;
    for (const int row : std::as_const(rows)) {
        if (!m_events->isDropped(row))
            events.append(m_events->event(row));
    }
    return events;
}

void MonitorPane::copySelection(CopyFormat format)
{
    const QList<MonitorEvent> events = selectedEvents();
    if (events.isEmpty())
        return;
    QString text;
    if (format == CopyFormat::JsonLines) {
        text = QString::fromUtf8(eventsToJsonLines(events));
    } else {
        QStringList payloads;
        for (const MonitorEvent &event : events)
            payloads.append(event.text);
        text = payloads.join(QLatin1Char('\n'));
    }
    QGuiApplication::clipboard()->setText(text);
}

void MonitorPane::askCapacity()
{
    bool ok = false;
    const int events = QInputDialog::getInt(
            this, tr("Buffer Size"),
            tr("Keep the newest events (older ones are dropped and counted).\nEach takes about "
               "50 bytes plus its payload."),
            capacity(), minimumCapacity, maximumCapacity, 10000, &ok);
    if (ok)
        setCapacity(events);
}

bool MonitorPane::exportEvents(const QString &fileName, ExportFormat format, ExportScope scope)
{
    QList<MonitorEvent> events;
    if (scope == ExportScope::Buffer) {
        events.reserve(m_events->rowCount());
        for (int row = 0; row < m_events->rowCount(); ++row) {
            if (!m_events->isDropped(row))
                events.append(m_events->event(row));
        }
    } else {
        events = selectedEvents();
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        showMessage(tr("Cannot write %1: %2").arg(fileName, file.errorString()), true);
        return false;
    }
    file.write(format == ExportFormat::Csv ? eventsToCsv(events) : eventsToJsonLines(events));
    if (!file.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(fileName, file.errorString()), true);
        return false;
    }
    showMessage(tr("Events exported to %1: %L2").arg(fileName).arg(events.size()), false);
    return true;
}

void MonitorPane::exportWithDialog(ExportFormat format, ExportScope scope)
{
    const bool csv = format == ExportFormat::Csv;
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export Events"),
            csv ? QStringLiteral("events.csv") : QStringLiteral("events.jsonl"),
            csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl *.ndjson)"));
    if (!fileName.isEmpty())
        exportEvents(fileName, format, scope);
}

void MonitorPane::installDdlEvents(bool askFirst)
{
    runDdlScript(true, askFirst);
}

void MonitorPane::removeDdlEvents(bool askFirst)
{
    runDdlScript(false, askFirst);
}

namespace {

// One DDL-events step on a connection of its own, off the GUI thread.
struct DdlStepOutcome
{
    std::optional<pg::DdlNotificationStatus> status; // as read before any change
    bool changed = false;
    pg::PgError error;
    QList<pg::Notice> notices;
};

DdlStepOutcome runDdlStep(const QString &conninfo, std::optional<bool> install)
{
    DdlStepOutcome outcome;
    pg::BlockingConnection connection(conninfo);
    if (!connection.isOpen()) {
        outcome.error = connection.connectionError();
        return outcome;
    }
    outcome.status = pg::readDdlNotificationStatus(connection, &outcome.error);
    if (outcome.status && install)
        outcome.changed = pg::changeDdlNotifications(connection, *install, &outcome.error);
    outcome.notices = connection.takeNotices();
    return outcome;
}

} // namespace

void MonitorPane::runDdlScript(bool install, bool askFirst)
{
    if (!m_session || !m_session->isOpen()) {
        showMessage(tr("Connect to a database first."), true);
        return;
    }
    if (m_ddlBusy)
        return; // one at a time
    m_ddlBusy = true;
    // First read whether the user may and whether it is there, then ask, then change: each step
    // a blocking call on a worker thread, the answer coming back here.
    const QString conninfo = m_session->conninfo();
    const auto finish = [this](bool ok, bool installed, const QString &message) {
        m_ddlBusy = false;
        showMessage(message, !ok);
        emit ddlEventsFinished(ok, installed, message);
    };
    const auto runStep = [this](const QString &conninfo, std::optional<bool> change,
                                std::function<void(const DdlStepOutcome &)> done) {
        m_jobs->run(
                this, [conninfo, change](JobControl &) { return runDdlStep(conninfo, change); },
                [this, done](const DdlStepOutcome &outcome) {
                    for (const pg::Notice &notice : outcome.notices)
                        appendNotice(tr("DDL events"), notice);
                    done(outcome);
                });
    };
    runStep(conninfo, std::nullopt, [=, this](const DdlStepOutcome &checked) {
        if (!checked.status) {
            finish(false, false,
                   tr("Cannot check the DDL event trigger: %1").arg(checked.error.message));
            return;
        }
        const pg::DdlNotificationStatus status = *checked.status;
        if (install && !status.superuser) {
            finish(false, false,
                   tr("Only a superuser can create event triggers, and %1 is not one. Connect as "
                      "a superuser to install DDL events in %2, or ask one to do it.")
                           .arg(status.user, status.database));
            return;
        }
        if (!install && !status.installed) {
            finish(true, false,
                   tr("The DDL event trigger is not installed in %1.").arg(status.database));
            return;
        }
        if (askFirst) {
            const QString question = install
                    ? tr("Install an event trigger in database %1?\n\nIt creates the event "
                         "triggers trigon_ddl_command_end and trigon_sql_drop with their "
                         "functions: the DDL events preset of the event-trigger designer. Every "
                         "schema change in this database, by anyone, then sends a notification "
                         "on channel %2.")
                              .arg(status.database, pg::ddlNotificationChannel())
                    : tr("Remove the DDL event trigger and its function from database %1?")
                              .arg(status.database);
            if (QMessageBox::question(this, tr("DDL Events"), question) != QMessageBox::Yes) {
                finish(true, status.installed, QString());
                return;
            }
        }
        runStep(conninfo, install, [=, this](const DdlStepOutcome &changed) {
            if (!changed.changed) {
                finish(false, !install,
                       install ? tr("Cannot install the DDL event trigger: %1")
                                         .arg(changed.error.message)
                               : tr("Cannot remove the DDL event trigger: %1")
                                         .arg(changed.error.message));
                return;
            }
            if (install) {
                addChannel(pg::ddlNotificationChannel());
                finish(true, true,
                       tr("DDL events installed in %1: schema changes arrive on channel %2.")
                               .arg(status.database, pg::ddlNotificationChannel()));
            } else {
                removeChannel(pg::ddlNotificationChannel());
                finish(true, false, tr("DDL events removed from %1.").arg(status.database));
            }
        });
    });
}

void MonitorPane::addEventViewActions()
{
    // Shortcuts work while the focus is in the pane, so they take nothing from the rest of the
    // window.
    const auto addShortcutAction
            = [this](QWidget *widget, const QString &text, const QKeySequence &keys, auto slot) {
                  auto *action = new QAction(text, widget);
                  action->setShortcut(keys);
                  action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
                  connect(action, &QAction::triggered, this, slot);
                  widget->addAction(action);
                  return action;
              };
    m_eventView->setContextMenuPolicy(Qt::ActionsContextMenu);
    addShortcutAction(m_eventView, tr("Copy Payload"), QKeySequence::Copy,
                      [this] { copySelection(CopyFormat::Payloads); });
    addShortcutAction(m_eventView, tr("Copy as JSON Lines"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                      [this] { copySelection(CopyFormat::JsonLines); });
    addShortcutAction(m_eventView, tr("Export Selection as JSON Lines…"), {}, [this] {
        exportWithDialog(ExportFormat::JsonLines, ExportScope::Selection);
    });
    auto *separator = new QAction(m_eventView);
    separator->setSeparator(true);
    m_eventView->addAction(separator);
    m_pauseAction
            = addShortcutAction(m_eventView, tr("Pause"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                                [this](bool checked) { setPaused(checked); });
    m_pauseAction->setCheckable(true);
    QAction *clearAction = addShortcutAction(
            m_eventView, tr("Clear"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { clear(); });
    addShortcutAction(m_eventView, tr("Buffer Size…"), {}, [this] { askCapacity(); });
    // Pausing and clearing are not about the selection: their keys work anywhere in the pane.
    addAction(m_pauseAction);
    addAction(clearAction);
    // Find goes to the text filter from anywhere in the pane.
    addShortcutAction(this, tr("Find"), QKeySequence::Find, [this] {
        m_tabs->setCurrentIndex(0);
        m_textFilter->setFocus(Qt::ShortcutFocusReason);
        m_textFilter->selectAll();
    });
}

void MonitorPane::setStatus(Status status, const QString &text)
{
    m_status = status;
    m_statusText = text;
    QString color;
    switch (status) {
    case Status::Listening:
        color = QStringLiteral("#1a7f37");
        break;
    case Status::Connecting:
    case Status::Idle:
        color = QStringLiteral("#6e7781");
        break;
    case Status::Reconnecting:
        color = QStringLiteral("#bc4c00");
        break;
    case Status::Failed:
        color = QStringLiteral("#cf222e");
        break;
    }
    m_statusLabel->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                                   .arg(color, text.toHtmlEscaped()));
    m_statusLabel->setToolTip(text);
    emit statusChanged(status, text);
}

QString MonitorPane::listeningText() const
{
    const QStringList channels = m_listener->channels();
    if (channels.isEmpty())
        return tr("Connected, listening on no channel yet (backend pid %1)")
                .arg(m_listener->backendPid());
    return tr("Listening on %1 (backend pid %2)")
            .arg(channels.join(QStringLiteral(", ")))
            .arg(m_listener->backendPid());
}

QString MonitorPane::statusText() const
{
    return m_statusText;
}

void MonitorPane::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #cf222e") : QString());
    m_messageLabel->setVisible(!text.isEmpty());
}

QString MonitorPane::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

} // namespace trigon::ui
