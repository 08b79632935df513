#include "ui/mainwindow.h"

#include "core/analysis/triggerstatus.h"
#include "ui/cascade/cascadepane.h"
#include "ui/catalog/catalogpane.h"
#include "ui/catalogcontroller.h"
#include "ui/deliveries/deliveriespane.h"
#include "ui/deploy/deploypane.h"
#include "ui/designer/actions/actionseditor.h"
#include "ui/designer/conditions/conditionbuilder.h"
#include "ui/designer/designlistmodel.h"
#include "ui/designer/designlistpane.h"
#include "ui/designer/diagnosticsmodel.h"
#include "ui/designer/eventtriggers/eventtriggerform.h"
#include "ui/designer/triggerform.h"
#include "ui/document/designcontroller.h"
#include "ui/document/documentfiles.h"
#include "ui/document/previewcontroller.h"
#include "ui/editor/sqlpreview.h"
#include "ui/mainmenus.h"
#include "ui/monitor/monitorpane.h"
#include "ui/sandbox/sandboxcontroller.h"
#include "ui/session/connectioncontroller.h"
#include "ui/session/connectionstatuswidget.h"
#include "ui/session/session.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

namespace trigon::ui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");

} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_design(new DesignController(this))
    , m_session(new Session(this))
    , m_connections(new ConnectionController(m_session, options.sandboxDataDir, this))
    , m_centralStack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_emptyHint(new QLabel(this))
    , m_formArea(new QScrollArea(this))
    , m_form(new TriggerForm(m_design, this))
    , m_eventFormArea(new QScrollArea(this))
    , m_eventTriggerForm(new EventTriggerForm(m_design, this))
    , m_designList(new DesignListPane(m_design, this))
    , m_catalogPane(new CatalogPane(this))
    , m_previewController(new PreviewController(m_design, this))
    , m_files(new DocumentFiles(m_design, m_previewController,
                                {options.recoveryDirectory, options.autosaveDelayMs}, this))
    , m_catalogController(new CatalogController(m_catalogPane, m_design, m_session, this))
    , m_diagnosticsView(new QTreeView(this))
    , m_conditions(new ConditionBuilder(m_design, this))
    , m_actions(new ActionsEditor(m_design, this))
    , m_monitor(new MonitorPane(this))
    , m_deploy(new DeployPane(this))
    , m_deliveries(new DeliveriesPane(this))
    , m_cascade(new CascadePane(m_design, m_previewController, this))
    , m_preview(new SqlPreview(this))
    , m_busyIndicator(new QProgressBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // A new window takes most of the screen it opens on; a saved geometry replaces this.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
        move(available.center() - rect().center());
    }
    setDockNestingEnabled(true);

    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_formArea->setWidget(m_form);
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_centralStack->addWidget(m_welcome);
    m_centralStack->addWidget(m_emptyHint);
    m_centralStack->addWidget(m_formArea);
    m_eventFormArea->setWidget(m_eventTriggerForm);
    m_eventFormArea->setWidgetResizable(true);
    m_eventFormArea->setFrameShape(QFrame::NoFrame);
    m_centralStack->addWidget(m_eventFormArea);
    setCentralWidget(m_centralStack);

    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(160);
    m_busyIndicator->hide();
    statusBar()->addPermanentWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(new ConnectionStatusWidget(m_session, this));

    createDocks();
    auto *resetLayout = new QAction(tr("&Reset Layout"), this);
    connect(resetLayout, &QAction::triggered, this, &MainWindow::arrangeDefaultLayout);
    auto *maximizePanel = new QAction(tr("&Maximize Panel"), this);
    maximizePanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(maximizePanel, &QAction::triggered, this, &MainWindow::toggleMaximizedPanel);
    m_menus = new MainMenus(this,
                            {m_files,
                             m_design,
                             m_designList,
                             m_previewController,
                             m_preview,
                             m_deploy,
                             m_session,
                             m_connections,
                             m_docks,
                             {maximizePanel, resetLayout}});
    connectSession();
    connectPanes();

    restoreLayout();
    m_monitor->rememberCapacity(QStringLiteral("monitor/capacity"));
    m_monitor->rememberChannels(QStringLiteral("monitor/channels"));
    m_welcome->setRecentFiles(m_files->recentFiles());
    if (Session::hasLastProfile())
        m_welcome->setLastConnection(Session::lastProfile().displayName());
    updateTitle();
    updateConnectionState();
    updatePreview();
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor's body (QObject deletes them later): they must not call
    // back into a half-destroyed window.
    for (QObject *child :
         std::initializer_list<QObject *> {m_design, m_session, m_connections, m_catalogController})
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createDocks()
{
    const auto addDock = [this](const QString &title, const QString &name, QWidget *widget,
                                Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name); // saveState() needs it
        dock->setWidget(widget);
        addDockWidget(area, dock);
        m_docks.append(dock);
        return dock;
    };
    // Where each pane goes is arrangeDefaultLayout()'s business; here they are only made.
    addDock(tr("Catalog"), QStringLiteral("catalogDock"), m_catalogPane, Qt::LeftDockWidgetArea);
    addDock(tr("Designs"), QStringLiteral("designsDock"), m_designList, Qt::LeftDockWidgetArea);
    m_previewDock = addDock(tr("SQL Preview"), QStringLiteral("previewDock"), m_preview,
                            Qt::RightDockWidgetArea);
    m_diagnosticsView->setModel(m_previewController->diagnostics());
    m_diagnosticsView->setRootIsDecorated(false);
    m_diagnosticsView->setAlternatingRowColors(true);
    m_diagnosticsView->header()->setStretchLastSection(true);
    m_diagnosticsDock = addDock(tr("Diagnostics"), QStringLiteral("diagnosticsDock"),
                                m_diagnosticsView, Qt::RightDockWidgetArea);
    addDock(tr("Condition"), QStringLiteral("conditionDock"), m_conditions,
            Qt::BottomDockWidgetArea);
    addDock(tr("Actions"), QStringLiteral("actionsDock"), m_actions, Qt::BottomDockWidgetArea);
    addDock(tr("Events"), QStringLiteral("monitorDock"), m_monitor, Qt::BottomDockWidgetArea);
    QDockWidget *deploy = addDock(tr("Deploy and Test"), QStringLiteral("deployDock"), m_deploy,
                                  Qt::BottomDockWidgetArea);
    addDock(tr("Deliveries"), QStringLiteral("deliveriesDock"), m_deliveries,
            Qt::BottomDockWidgetArea);
    m_cascadeDock = addDock(tr("Cascade"), QStringLiteral("cascadeDock"), m_cascade,
                            Qt::BottomDockWidgetArea);
    arrangeDefaultLayout();
    connect(m_cascadeDock, &QDockWidget::visibilityChanged, m_cascade, [this](bool inSight) {
        if (inSight)
            m_cascade->refresh();
    });
    // View ▸ Cascade and its shortcut bring the dock to the front of its tabs. Behind another
    // tab it is open but out of sight, and the toggle would close it: it comes forward instead.
    // toggled() comes before triggered() and before the dock hides, while it can still tell.
    QAction *showCascade = m_cascadeDock->toggleViewAction();
    showCascade->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(showCascade, &QAction::toggled, this, [this](bool checked) {
        m_cascadeOutOfSight = !checked && m_cascade->visibleRegion().isEmpty();
    });
    connect(showCascade, &QAction::triggered, this, [this](bool checked) {
        if (!checked && !m_cascadeOutOfSight)
            return;
        m_cascadeDock->show();
        m_cascadeDock->raise();
    });
    // Work started from the menu or a shortcut shows where its results will appear.
    connect(m_deploy, &DeployPane::busyChanged, deploy, [this, deploy](bool busy) {
        if (busy && !m_checkingStatusAfterConnect)
            deploy->raise();
    });
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *candidate : m_docks) {
        if (candidate->objectName() == objectName)
            return candidate;
    }
    return nullptr;
}

void MainWindow::arrangeDefaultLayout()
{
    if (!m_stateBeforeMaximizing.isEmpty())
        toggleMaximizedPanel();
    // The SQL is what people come for: it runs the full height on the right, beside the form,
    // with the diagnostics of what it says under it. The catalog and the designs run the full
    // height on the left; the panes that edit or act on the trigger share the room under the
    // form, as tabs, each the width of the form.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    for (QDockWidget *each : m_docks) {
        each->setFloating(false);
        each->show();
    }
    QDockWidget *catalog = dock(QStringLiteral("catalogDock"));
    QDockWidget *conditions = dock(QStringLiteral("conditionDock"));
    addDockWidget(Qt::LeftDockWidgetArea, catalog);
    splitDockWidget(catalog, dock(QStringLiteral("designsDock")), Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    splitDockWidget(m_previewDock, m_diagnosticsDock, Qt::Vertical);
    addDockWidget(Qt::BottomDockWidgetArea, conditions);
    for (const char *name :
         {"actionsDock", "monitorDock", "deployDock", "deliveriesDock", "cascadeDock"})
        tabifyDockWidget(conditions, dock(QLatin1String(name)));
    conditions->raise();

    const QSize room = size();
    resizeDocks({catalog, m_previewDock}, {room.width() * 18 / 100, room.width() * 42 / 100},
                Qt::Horizontal);
    resizeDocks({m_previewDock, m_diagnosticsDock},
                {room.height() * 70 / 100, room.height() * 20 / 100}, Qt::Vertical);
    resizeDocks({conditions}, {room.height() * 40 / 100}, Qt::Vertical);
}

void MainWindow::toggleMaximizedPanel()
{
    if (!m_stateBeforeMaximizing.isEmpty()) {
        restoreState(m_stateBeforeMaximizing);
        m_stateBeforeMaximizing.clear();
        m_centralStack->show();
        return;
    }
    QDockWidget *focused = nullptr;
    for (QWidget *widget = QApplication::focusWidget(); widget && !focused;
         widget = widget->parentWidget())
        focused = qobject_cast<QDockWidget *>(widget);
    if (!focused || !m_docks.contains(focused)) {
        statusBar()->showMessage(tr("Click into a panel first, then maximize it."), 5000);
        return;
    }
    m_stateBeforeMaximizing = saveState();
    for (QDockWidget *each : m_docks) {
        if (each != focused)
            each->hide();
    }
    m_centralStack->hide();
    focused->show();
    focused->raise();
}

// The session and the controller that opens it say what happens; the window shows it.
void MainWindow::connectSession()
{
    connect(m_welcome, &WelcomePage::openSandboxRequested, m_connections,
            &ConnectionController::openSandbox);
    connect(m_welcome, &WelcomePage::gettingStartedRequested, m_menus,
            &MainMenus::showGettingStarted);
    connect(m_welcome, &WelcomePage::connectRequested, m_connections,
            &ConnectionController::showConnectDialog);
    connect(m_welcome, &WelcomePage::reconnectRequested, m_connections,
            &ConnectionController::reconnect);
    connect(m_connections, &ConnectionController::busy, this, &MainWindow::setBusy);
    connect(m_connections, &ConnectionController::idle, this, &MainWindow::clearBusy);
    connect(m_connections, &ConnectionController::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_connections, &ConnectionController::connectionFinished, this,
            [this](const QString &error) {
                updateConnectionState();
                emit connectionFinished(error);
            });

    m_monitor->setSession(m_session);
    m_deploy->setSession(m_session);
    m_deliveries->setSession(m_session);
    // Where the designs stand in the database just opened, without being asked.
    connect(m_session, &Session::opened, this, [this] {
        if (m_design->triggers().isEmpty())
            return;
        m_checkingStatusAfterConnect = true;
        m_deploy->refreshStatus();
    });
    connect(m_deploy, &DeployPane::statusRefreshed, this, &MainWindow::reportStatusAfterConnect);
    connect(m_session, &Session::lost, this, [this](const QString &message) {
        updateConnectionState();
        statusBar()->showMessage(tr("Connection lost: %1").arg(message));
    });
    connect(m_session, &Session::closed, this, &MainWindow::updateConnectionState);
    // RAISE NOTICE and WARNING from Trigon's own session show up in the monitor's second stream.
    connect(m_session, &Session::noticeReceived, m_monitor,
            [this](const pg::Notice &notice) { m_monitor->appendNotice(tr("Trigon"), notice); });
    connect(m_session, &Session::catalogChanged, this,
            [this](const std::shared_ptr<const CatalogSnapshot> &catalog) {
                m_form->setCatalog(catalog);
                m_previewController->setServerVersion(catalog ? catalog->server.versionNumber : 0);
                m_previewController->setCatalog(catalog, m_session->cascadeOptions());
                if (catalog)
                    emit catalogLoaded();
            });
}

void MainWindow::connectPanes()
{
    connect(m_previewController, &PreviewController::updated, this, &MainWindow::showPreview);
    connect(m_files, &DocumentFiles::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_cascade, &CascadePane::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_deploy->setDesignController(m_design);
    m_monitor->followDesign(m_design);
    connect(m_files, &DocumentFiles::recentFilesChanged, m_welcome, &WelcomePage::setRecentFiles);
    connect(m_welcome, &WelcomePage::recentFileRequested, m_files, &DocumentFiles::openRecentFile);
    connect(m_design, &DesignController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_design, &DesignController::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_design, &DesignController::documentReset, this, &MainWindow::updateCentral);
    connect(m_design, &DesignController::triggerInserted, this, &MainWindow::updateCentral);
    connect(m_design, &DesignController::triggerRemoved, this, &MainWindow::updateCentral);
    connect(m_design, &DesignController::currentTriggerChanged, this, &MainWindow::showTrigger);
    connect(m_design, &DesignController::currentEventTriggerChanged, this,
            &MainWindow::showEventTrigger);
    connect(m_design, &DesignController::eventTriggerInserted, this, &MainWindow::updateCentral);
    connect(m_design, &DesignController::eventTriggerRemoved, this, &MainWindow::updateCentral);
    connect(m_preview, &SqlPreview::modeChanged, this, [this](SqlPreview::Mode mode) {
        m_previewController->setUninstall(mode == SqlPreview::Mode::Uninstall);
    });

    connect(m_catalogController, &CatalogController::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_diagnosticsView, &QTreeView::activated, this, &MainWindow::activateDiagnostic);
    // Only a deploy that ran changes the catalog: not a cancelled plan, not a failure.
    connect(m_deploy, &DeployPane::deployFinished, this, [this](bool ok) {
        if (ok)
            m_session->reloadCatalog();
    });
    connect(m_deploy, &DeployPane::noticeReceived, m_monitor, &MonitorPane::appendNotice);
    connect(m_deploy, &DeployPane::functionFindings, m_previewController,
            &PreviewController::setFunctionFindings);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

// --- connections ---

void MainWindow::openSandbox()
{
    m_connections->openSandbox();
}

QString MainWindow::connectedConninfo() const
{
    return m_session->conninfo();
}

std::shared_ptr<const CatalogSnapshot> MainWindow::catalog() const
{
    return m_session->catalog();
}

void MainWindow::updateConnectionState()
{
    m_menus->setConnected(m_session->isOpen());
    m_menus->setSandboxActionsEnabled(!m_connections->sandbox()->isBusy());
    updateCentral();
}

void MainWindow::reportStatusAfterConnect(bool ok)
{
    if (!m_checkingStatusAfterConnect)
        return;
    m_checkingStatusAfterConnect = false;
    if (!ok) {
        statusBar()->showMessage(tr("The status of the designs could not be read."));
        return;
    }
    const QList<TriggerStatus> &statuses = m_deploy->statuses();
    const QList<EventTriggerStatus> &eventStatuses = m_deploy->eventTriggerStatuses();
    const auto differs = [](const auto &status) {
        return status.state != TriggerState::Installed;
    };
    const int differing = static_cast<int>(
            std::count_if(statuses.cbegin(), statuses.cend(), differs)
            + std::count_if(eventStatuses.cbegin(), eventStatuses.cend(), differs));
    statusBar()->showMessage(
            differing == 0 ? tr("Every trigger of the design is installed as designed.")
                           : tr("%n trigger(s) differ from the design: see Deploy and Test.", "",
                                differing));
}

// --- the design ---

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Trigon").arg(m_design->displayName()));
    setWindowModified(m_design->isModified());
}

void MainWindow::updateCentral()
{
    if (m_design->trigger(m_design->currentTriggerId())) {
        m_centralStack->setCurrentWidget(m_formArea);
        return;
    }
    if (m_design->eventTrigger(m_design->currentEventTriggerId())) {
        m_centralStack->setCurrentWidget(m_eventFormArea);
        return;
    }
    const bool noDesigns = m_design->triggers().isEmpty() && m_design->eventTriggers().isEmpty();
    if (noDesigns && !m_session->isOpen() && m_design->fileName().isEmpty()) {
        m_centralStack->setCurrentWidget(m_welcome);
        return;
    }
    m_emptyHint->setText(
            noDesigns ? tr("This design has no triggers yet.\nAdd one with Edit ▸ Add, or "
                           "right-click a table in the catalog.")
                      : tr("Select a trigger in the Designs pane."));
    m_centralStack->setCurrentWidget(m_emptyHint);
}

DiagnosticsModel *MainWindow::diagnostics() const
{
    return m_previewController->diagnostics();
}

QString MainWindow::previewText() const
{
    return m_preview->script();
}

void MainWindow::showTrigger(const QString &id)
{
    m_form->setTriggerId(id);
    m_conditions->setTriggerId(id);
    m_actions->setTriggerId(id);
    updateCentral();
    m_previewController->setCurrentTriggerId(id);
}

void MainWindow::showEventTrigger(const QString &id)
{
    m_eventTriggerForm->setEventTriggerId(id);
    updateCentral();
}

void MainWindow::updatePreview()
{
    m_previewController->update();
}

void MainWindow::showPreview(const QString &script)
{
    m_preview->setScript(script);
    const DiagnosticsModel *diagnostics = m_previewController->diagnostics();
    const int errors = diagnostics->errorCount();
    const int warnings = diagnostics->rowCount() - errors;
    m_diagnosticsDock->setWindowTitle(errors + warnings == 0
                                              ? tr("Diagnostics")
                                              : tr("Diagnostics (%1, %2)")
                                                        .arg(tr("%n error(s)", "", errors),
                                                             tr("%n warning(s)", "", warnings)));
    emit previewUpdated();
}

void MainWindow::activateDiagnostic(const QModelIndex &index)
{
    const QString triggerId = index.data(DiagnosticsModel::TriggerIdRole).toString();
    const QString field = index.data(DiagnosticsModel::FieldRole).toString();
    if (!triggerId.isEmpty())
        m_design->setCurrentTriggerId(triggerId);
    // Each pane knows its own part of the design.
    if (field.startsWith(QLatin1String("event_triggers"))) {
        m_eventTriggerForm->focusField(field);
    } else if (field == QLatin1String("cascade")) {
        m_cascadeDock->show();
        m_cascadeDock->raise();
    } else if (field.startsWith(QLatin1String("condition"))) {
        m_conditions->parentWidget()->show();
        m_conditions->parentWidget()->raise();
        m_conditions->selectPath(field);
    } else if (field.startsWith(QLatin1String("actions"))) {
        m_actions->parentWidget()->show();
        m_actions->parentWidget()->raise();
        m_actions->selectPath(field);
    } else if (field.startsWith(QLatin1String("tests"))) {
        m_deploy->parentWidget()->show();
        m_deploy->parentWidget()->raise();
        m_deploy->focusTestCaseField(field);
    } else {
        m_form->focusField(field);
    }
}

// --- files ---

bool MainWindow::openDesign(const QString &fileName)
{
    return m_files->openDesign(fileName);
}

bool MainWindow::offerRecovery()
{
    return m_files->offerRecovery();
}

void MainWindow::setBusy(const QString &message)
{
    m_welcome->setBusy(true);
    m_busyIndicator->show();
    statusBar()->showMessage(message);
    m_menus->setSandboxActionsEnabled(false);
}

void MainWindow::clearBusy()
{
    m_welcome->setBusy(false);
    m_busyIndicator->hide();
    statusBar()->clearMessage();
    m_menus->setSandboxActionsEnabled(!m_connections->sandbox()->isBusy());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    // A maximized panel is a passing view: the layout under it is the one to keep.
    settings.setValue(StateKey,
                      m_stateBeforeMaximizing.isEmpty() ? saveState() : m_stateBeforeMaximizing);
    m_connections->shutDown();
    event->accept();
}

} // namespace trigon::ui
