#include "ui/mainwindow.h"

#include "core/analysis/designvalidator.h"
#include "core/catalog/triggerimport.h"
#include "core/pg/catalogloader.h"
#include "core/pg/connection.h"
#include "core/pg/sandbox.h"
#include "core/sql/scriptrenderer.h"
#include "core/version.h"
#include "ui/catalog/catalogpane.h"
#include "ui/deploy/deploypane.h"
#include "ui/designer/actions/actionseditor.h"
#include "ui/designer/conditions/conditionbuilder.h"
#include "ui/designer/designlistmodel.h"
#include "ui/designer/designlistpane.h"
#include "ui/designer/diagnosticsmodel.h"
#include "ui/designer/triggerform.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/document/designcontroller.h"
#include "ui/document/documentfiles.h"
#include "ui/document/previewcontroller.h"
#include "ui/editor/sqlpreview.h"
#include "ui/monitor/monitorpane.h"
#include "ui/sandbox/sandboxcontroller.h"
#include "ui/session/session.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

#include <Qsci/qsciglobal.h>

namespace trigon::ui {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString MonitorCapacityKey = QStringLiteral("monitor/capacity");

} // namespace

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_design(new DesignController(this))
    , m_sandbox(new SandboxController(options.sandboxDataDir.isEmpty()
                                              ? pg::Sandbox::defaultDataDir()
                                              : options.sandboxDataDir,
                                      this))
    , m_session(new Session(this))
    , m_centralStack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_emptyHint(new QLabel(this))
    , m_formArea(new QScrollArea(this))
    , m_form(new TriggerForm(m_design, this))
    , m_designList(new DesignListPane(m_design, this))
    , m_catalogPane(new CatalogPane(this))
    , m_previewController(new PreviewController(m_design, this))
    , m_files(new DocumentFiles(m_design, m_previewController,
                                {options.recoveryDirectory, options.autosaveDelayMs}, this))
    , m_diagnosticsView(new QTreeView(this))
    , m_conditions(new ConditionBuilder(m_design, this))
    , m_actions(new ActionsEditor(m_design, this))
    , m_monitor(new MonitorPane(this))
    , m_deploy(new DeployPane(this))
    , m_preview(new SqlPreview(this))
    , m_connectionLabel(new QLabel(this))
    , m_busyIndicator(new QProgressBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1280, 820);
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
    setCentralWidget(m_centralStack);

    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(160);
    m_busyIndicator->hide();
    statusBar()->addPermanentWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_connectionLabel);

    createDocks();
    createActions();

    connect(m_previewController, &PreviewController::updated, this, &MainWindow::showPreview);
    connect(m_files, &DocumentFiles::statusMessage, statusBar(), &QStatusBar::showMessage);

    connect(m_design, &DesignController::documentChanged, this,
            [this] { m_deploy->setDocument(m_design->document()); });
    connect(m_design, &DesignController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_design, &DesignController::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_design, &DesignController::documentReset, this, &MainWindow::updateCentral);
    connect(m_design, &DesignController::triggerInserted, this, &MainWindow::updateCentral);
    connect(m_design, &DesignController::triggerRemoved, this, &MainWindow::updateCentral);
    connect(m_design, &DesignController::currentTriggerChanged, this, &MainWindow::showTrigger);
    connect(m_preview, &SqlPreview::modeChanged, this, [this](SqlPreview::Mode mode) {
        m_previewController->setUninstall(mode == SqlPreview::Mode::Uninstall);
    });

    connect(m_welcome, &WelcomePage::openSandboxRequested, this, &MainWindow::openSandbox);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_welcome, &WelcomePage::reconnectRequested, this, [this] {
        m_session->openProfile(Session::lastProfile(), Session::Kind::Regular, true);
    });
    connect(m_sandbox, &SandboxController::progress, this, &MainWindow::setBusy);
    connect(m_sandbox, &SandboxController::started, this,
            [this](const QString &conninfo, bool created) {
                statusBar()->showMessage(created ? tr("Sandbox created with the demo schema")
                                                 : tr("Sandbox started"),
                                         5000);
                // The sandbox is reopened with its own button, never remembered.
                m_session->open(conninfo, Session::Kind::Sandbox, false);
            });
    connect(m_sandbox, &SandboxController::failed, this, [this](const QString &message) {
        clearBusy();
        QMessageBox::critical(this, tr("Sandbox Unavailable"),
                              tr("The sandbox database could not be started.\n\n%1").arg(message));
        emit connectionFinished(message);
    });
    connect(m_sandbox, &SandboxController::seeded, this,
            [this](const QString &conninfo, const QString &databaseName) {
                statusBar()->showMessage(
                        tr("Sandbox database '%1' holds the copied schema").arg(databaseName),
                        5000);
                m_session->open(conninfo, Session::Kind::Sandbox, false);
            });
    connect(m_sandbox, &SandboxController::seedTargetExists, this,
            [this](const QString &sourceConninfo, const QString &databaseName) {
                clearBusy();
                const auto answer = QMessageBox::warning(
                        this, tr("Replace Sandbox Database"),
                        tr("The sandbox already has a database named '%1'. Replace it with a "
                           "fresh copy of the schema? Its tables, triggers and rows are dropped.")
                                .arg(databaseName),
                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
                if (answer == QMessageBox::Yes)
                    seedSandbox(sourceConninfo, databaseName, true);
            });
    connect(m_sandbox, &SandboxController::seedFailed, this, [this](const QString &message) {
        clearBusy();
        QMessageBox::critical(this, tr("Seeding the Sandbox Failed"), message);
        emit connectionFinished(message);
    });

    connect(m_session, &Session::opening, this, [this](const QString &displayName) {
        setBusy(tr("Connecting to %1…").arg(displayName));
    });
    m_monitor->setSession(m_session);
    m_deploy->setSession(m_session);
    connect(m_session, &Session::opened, this, &MainWindow::onConnected);
    connect(m_session, &Session::openFailed, this, &MainWindow::onConnectionFailed);
    connect(m_session, &Session::lost, this, [this](const QString &message) {
        updateConnectionState();
        statusBar()->showMessage(tr("Connection lost: %1").arg(message));
    });
    connect(m_session, &Session::closed, this, &MainWindow::updateConnectionState);
    // RAISE NOTICE and WARNING from Trigon's own session show up in the monitor's second stream.
    connect(m_session, &Session::noticeReceived, m_monitor,
            [this](const pg::Notice &notice) { m_monitor->appendNotice(tr("Trigon"), notice); });
    connect(m_session, &Session::catalogLoading, m_catalogPane,
            [this] { m_catalogPane->setStatus(tr("Loading the catalog…")); });
    connect(m_session, &Session::catalogFailed, m_catalogPane, [this](const QString &message) {
        m_catalogPane->setStatus(tr("The catalog could not be loaded: %1").arg(message));
    });
    connect(m_session, &Session::catalogChanged, this,
            [this](const std::shared_ptr<const CatalogSnapshot> &catalog) {
                m_catalogPane->setSnapshot(catalog);
                m_catalogPane->setStatus(QString());
                m_form->setCatalog(catalog);
                m_previewController->setServerVersion(catalog ? catalog->server.versionNumber : 0);
                if (catalog)
                    emit catalogLoaded();
            });

    connect(m_catalogPane, &CatalogPane::refreshRequested, this, &MainWindow::reloadCatalog);
    connect(m_catalogPane, &CatalogPane::newTriggerRequested, this, &MainWindow::newTriggerOn);
    connect(m_catalogPane, &CatalogPane::importRequested, this, &MainWindow::importTrigger);
    connect(m_catalogPane, &CatalogPane::showDefinitionRequested, this,
            &MainWindow::showTriggerDefinition);
    connect(m_diagnosticsView, &QTreeView::activated, this, &MainWindow::activateDiagnostic);
    // A deploy changes what the catalog shows.
    // Only a deploy that ran changes the catalog: not a cancelled plan, not a failure.
    connect(m_deploy, &DeployPane::deployFinished, this, [this](bool ok) {
        if (ok)
            reloadCatalog();
    });
    connect(m_deploy, &DeployPane::noticeReceived, m_monitor, &MonitorPane::appendNotice);
    connect(m_deploy, &DeployPane::functionFindings, m_previewController,
            &PreviewController::setFunctionFindings);

    restoreLayout();
    const QSettings settings;
    bool capacityRead = false;
    const int capacity = settings.value(MonitorCapacityKey).toInt(&capacityRead);
    if (capacityRead && capacity >= MonitorPane::minimumCapacity
        && capacity <= MonitorPane::maximumCapacity)
        m_monitor->setCapacity(capacity);
    connect(m_monitor, &MonitorPane::capacityChanged, this,
            [](int events) { QSettings().setValue(MonitorCapacityKey, events); });
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
    for (QObject *child : std::initializer_list<QObject *> {m_design, m_session, m_sandbox})
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
    QDockWidget *catalog = addDock(tr("Catalog"), QStringLiteral("catalogDock"), m_catalogPane,
                                   Qt::LeftDockWidgetArea);
    QDockWidget *designs = addDock(tr("Designs"), QStringLiteral("designsDock"), m_designList,
                                   Qt::LeftDockWidgetArea);
    splitDockWidget(catalog, designs, Qt::Vertical);

    // Right: condition and actions as tabs above the SQL preview.
    QDockWidget *conditions = addDock(tr("Condition"), QStringLiteral("conditionDock"),
                                      m_conditions, Qt::RightDockWidgetArea);
    m_previewDock = addDock(tr("SQL Preview"), QStringLiteral("previewDock"), m_preview,
                            Qt::RightDockWidgetArea);
    splitDockWidget(conditions, m_previewDock, Qt::Vertical);
    QDockWidget *actions = addDock(tr("Actions"), QStringLiteral("actionsDock"), m_actions,
                                   Qt::RightDockWidgetArea);
    tabifyDockWidget(conditions, actions);
    conditions->raise();

    m_diagnosticsView->setModel(m_previewController->diagnostics());
    m_diagnosticsView->setRootIsDecorated(false);
    m_diagnosticsView->setAlternatingRowColors(true);
    m_diagnosticsView->header()->setStretchLastSection(true);
    m_diagnosticsDock = addDock(tr("Diagnostics"), QStringLiteral("diagnosticsDock"),
                                m_diagnosticsView, Qt::BottomDockWidgetArea);
    QDockWidget *monitor = addDock(tr("Events"), QStringLiteral("monitorDock"), m_monitor,
                                   Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_diagnosticsDock, monitor);
    QDockWidget *deploy = addDock(tr("Deploy and Test"), QStringLiteral("deployDock"), m_deploy,
                                  Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_diagnosticsDock, deploy);
    m_diagnosticsDock->raise();
    // Work started from the menu or a shortcut shows where its results will appear.
    connect(m_deploy, &DeployPane::busyChanged, deploy, [deploy](bool busy) {
        if (busy)
            deploy->raise();
    });
    // The side panes run the full height; diagnostics and events sit under the form only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({catalog, conditions}, {270, 520}, Qt::Horizontal);
    resizeDocks({m_diagnosticsDock, conditions}, {140, 360}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Design"), QKeySequence::New, m_files, &DocumentFiles::newDesign);
    file->addAction(tr("&Open Design…"), QKeySequence::Open, m_files,
                    &DocumentFiles::openDesignDialog);
    file->addMenu(m_files->recentMenu());
    file->addAction(tr("&Save"), QKeySequence::Save, m_files, &DocumentFiles::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, m_files, &DocumentFiles::saveAs);
    file->addSeparator();
    file->addAction(tr("&Export SQL Script…"), QKeySequence(Qt::CTRL | Qt::Key_E), m_files,
                    &DocumentFiles::exportScript);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_design->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_design->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_designList->addAction());
    edit->addAction(m_designList->duplicateAction());
    edit->addAction(m_designList->deleteAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    m_wholeFilePreview = view->addAction(tr("Preview the &Whole File"));
    m_wholeFilePreview->setCheckable(true);
    connect(m_wholeFilePreview, &QAction::toggled, m_previewController,
            &PreviewController::setWholeFile);
    view->addAction(m_preview->installAction());
    view->addAction(m_preview->uninstallAction());

    QMenu *database = menuBar()->addMenu(tr("&Database"));
    database->addAction(tr("&Connect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                        &MainWindow::showConnectDialog);
    database->addAction(tr("Open &Sandbox Database"), this, &MainWindow::openSandbox);
    m_seedSandboxAction = database->addAction(tr("S&eed Sandbox from Connection…"), this,
                                              &MainWindow::showSeedSandboxDialog);
    m_reloadCatalogAction = database->addAction(tr("Re&load Catalog"), QKeySequence::Refresh, this,
                                                &MainWindow::reloadCatalog);
    m_disconnectAction
            = database->addAction(tr("&Disconnect"), this, &MainWindow::disconnectFromDatabase);
    database->addSeparator();
    database->addActions({m_deploy->statusAction(), m_deploy->deployAction(),
                          m_deploy->runAllTestsAction(), m_deploy->runSelectedTestsAction()});
    database->addSeparator();
    m_resetSandboxAction
            = database->addAction(tr("&Reset Sandbox…"), this, &MainWindow::resetSandbox);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Trigon"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
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
    m_sandbox->start();
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(Session::lastProfile().toConninfo(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.conninfo().isEmpty())
        return;
    m_session->open(dialog.conninfo(), Session::Kind::Regular, dialog.remember());
}

void MainWindow::connectTo(const QString &conninfo)
{
    m_session->open(conninfo, Session::Kind::Regular, false);
}

QString MainWindow::connectedConninfo() const
{
    return m_session->conninfo();
}

std::shared_ptr<const CatalogSnapshot> MainWindow::catalog() const
{
    return m_session->catalog();
}

void MainWindow::onConnectionFailed(const QString &message)
{
    clearBusy();
    if (m_session->passwordNeeded()) {
        bool ok = false;
        const QString password = QInputDialog::getText(
                this, tr("Password"),
                tr("Password for %1 (kept until Trigon quits, never saved):")
                        .arg(m_session->profile().displayName()),
                QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty()) {
            m_session->retryWithPassword(password);
            return;
        }
    } else {
        QMessageBox::warning(this, tr("Connection Failed"),
                             tr("Could not connect to %1.\n\n%2")
                                     .arg(m_session->profile().displayName(), message));
    }
    updateConnectionState();
    emit connectionFinished(message);
}

void MainWindow::onConnected()
{
    clearBusy();
    const int version = m_session->serverVersion();
    m_connectionLabel->setText(
            tr("%1 %2@%3 — PostgreSQL %4.%5")
                    .arg(m_session->isSandbox() ? tr("Sandbox:") : tr("Connected:"),
                         m_session->user(), m_session->database())
                    .arg(version / 10000)
                    .arg(version % 10000));
    m_connectionLabel->setToolTip(m_session->profile().displayName());
    updateConnectionState();
    m_monitor->suggestChannels(notifyChannels());
    emit connectionFinished(QString());
}

void MainWindow::reloadCatalog()
{
    m_session->reloadCatalog();
}

void MainWindow::disconnectFromDatabase()
{
    m_session->close();
}

void MainWindow::updateConnectionState()
{
    const bool connected = m_session->isOpen();
    if (!connected) {
        m_connectionLabel->setText(tr("Not connected"));
        m_connectionLabel->setToolTip(QString());
    }
    m_disconnectAction->setEnabled(connected);
    m_reloadCatalogAction->setEnabled(connected);
    m_resetSandboxAction->setEnabled(!m_sandbox->isBusy());
    m_seedSandboxAction->setEnabled(!m_sandbox->isBusy());
    updateCentral();
}

void MainWindow::resetSandbox()
{
    const auto answer = QMessageBox::warning(
            this, tr("Reset Sandbox"),
            tr("Delete everything in the sandbox database — your tables, triggers and rows — "
               "and start again with the demo schema?\n\nData folder: %1")
                    .arg(m_sandbox->dataDir()),
            QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    if (m_session->isOpen() && m_session->isSandbox())
        disconnectFromDatabase();
    m_sandbox->reset();
}

void MainWindow::showSeedSandboxDialog()
{
    ConnectDialog dialog(Session::lastProfile().toConninfo(), this);
    dialog.setWindowTitle(tr("Seed Sandbox from Connection"));
    if (dialog.exec() != QDialog::Accepted || dialog.conninfo().isEmpty())
        return;
    const QString source = dialog.conninfo();
    QString error;
    const std::optional<pg::ConnectionProfile> profile
            = pg::ConnectionProfile::fromConninfo(source, &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Seed Sandbox"),
                             tr("The connection string is not valid: %1").arg(error));
        return;
    }
    if (dialog.remember())
        Session::rememberProfile(*profile);
    bool ok = false;
    const QString name
            = QInputDialog::getText(this, tr("Seed Sandbox"),
                                    tr("Copy the tables, views, types, functions and triggers "
                                       "of %1 — no rows — into the sandbox database:")
                                            .arg(profile->displayName()),
                                    QLineEdit::Normal, pg::Sandbox::defaultSeedName(source), &ok)
                      .trimmed();
    if (ok && !name.isEmpty())
        seedSandbox(source, name);
}

void MainWindow::seedSandbox(const QString &sourceConninfo, const QString &databaseName,
                             bool replace)
{
    // The copy about to be dropped may be the one open here.
    if (replace && m_session->isSandbox() && m_session->isOpen())
        disconnectFromDatabase();
    m_sandbox->seed(sourceConninfo, databaseName, replace);
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
    if (m_design->triggers().isEmpty() && !m_session->isOpen() && m_design->fileName().isEmpty()) {
        m_centralStack->setCurrentWidget(m_welcome);
        return;
    }
    m_emptyHint->setText(m_design->triggers().isEmpty()
                                 ? tr("This design has no triggers yet.\nAdd one with Edit ▸ Add "
                                      "Trigger, or right-click a table in the catalog.")
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

QStringList MainWindow::notifyChannels() const
{
    QStringList channels;
    for (const TriggerDesign &trigger : m_design->triggers()) {
        for (const Action &action : trigger.actions) {
            if (const auto *notify = std::get_if<NotifyAction>(&action);
                notify && !notify->channel.isEmpty() && !channels.contains(notify->channel))
                channels.append(notify->channel);
        }
    }
    return channels;
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
    if (field.startsWith(QLatin1String("condition"))) {
        m_conditions->parentWidget()->show();
        m_conditions->parentWidget()->raise();
        m_conditions->selectPath(field);
    } else if (field.startsWith(QLatin1String("actions"))) {
        m_actions->parentWidget()->show();
        m_actions->parentWidget()->raise();
        m_actions->selectPath(field);
    } else {
        m_form->focusField(field);
    }
}

void MainWindow::newTriggerOn(const CatalogRelation &relation)
{
    TriggerDesign trigger;
    trigger.table = TableRef {relation.schema, relation.name};
    trigger.name = relation.name + QStringLiteral("_trigger");
    trigger.events = {TriggerEvent::Update};
    if (relation.kind == RelationKind::View)
        trigger.timing = TriggerTiming::InsteadOf;
    for (const CatalogColumn &column : relation.columns)
        trigger.tableColumns.append(
                TableColumn {column.name, column.type, column.looksAutomatic, column.primaryKey});
    m_design->setCurrentTriggerId(m_design->addTrigger(trigger));
}

void MainWindow::importTrigger(const CatalogTrigger &trigger)
{
    const std::shared_ptr<const CatalogSnapshot> catalog = m_session->catalog();
    if (!catalog)
        return;
    const TriggerImport imported = trigon::importTrigger(*catalog, trigger);
    if (!imported.design) {
        QMessageBox::information(
                this, tr("Cannot Import"),
                tr("%1 cannot become a design:\n\n%2")
                        .arg(trigger.name, imported.notes.join(QLatin1Char('\n'))));
        return;
    }
    m_design->setCurrentTriggerId(m_design->addTrigger(*imported.design));
    if (!imported.notes.isEmpty())
        statusBar()->showMessage(imported.notes.join(QStringLiteral("; ")), 10000);
}

void MainWindow::showTriggerDefinition(const CatalogTrigger &trigger)
{
    QString text = trigger.definition + QStringLiteral(";\n");
    if (const std::shared_ptr<const CatalogSnapshot> catalog = m_session->catalog()) {
        if (const CatalogFunction *function = catalog->function(trigger.function))
            text += tr("\n-- %1.%2(), %3:\n%4")
                            .arg(function->schema, function->name, function->language,
                                 function->source.trimmed());
    }
    QMessageBox box(QMessageBox::NoIcon, tr("Trigger %1").arg(trigger.name), text,
                    QMessageBox::Close, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

// --- files ---

bool MainWindow::openDesign(const QString &fileName)
{
    return m_files->openDesign(fileName);
}

bool MainWindow::save()
{
    return m_files->save();
}

bool MainWindow::saveAs()
{
    return m_files->saveAs();
}

bool MainWindow::offerRecovery()
{
    return m_files->offerRecovery();
}

// --- the rest ---

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Trigon"),
            tr("<h3>Trigon %1</h3>"
               "<p>Design, preview, deploy and test PostgreSQL triggers.</p>"
               "<p>Built with Qt %2 and QScintilla %3.</p>"
               "<p>Trigon is free software under the GNU General Public License, version 3 "
               "or later.</p>")
                    .arg(applicationVersion(), QString::fromLatin1(qVersion()),
                         QStringLiteral(QSCINTILLA_VERSION_STR)));
}

void MainWindow::setBusy(const QString &message)
{
    m_welcome->setBusy(true);
    m_busyIndicator->show();
    statusBar()->showMessage(message);
    m_resetSandboxAction->setEnabled(false);
    m_seedSandboxAction->setEnabled(false);
}

void MainWindow::clearBusy()
{
    m_welcome->setBusy(false);
    m_busyIndicator->hide();
    statusBar()->clearMessage();
    m_resetSandboxAction->setEnabled(!m_sandbox->isBusy());
    m_seedSandboxAction->setEnabled(!m_sandbox->isBusy());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    m_session->close();
    if (m_sandbox->isRunning() || m_sandbox->isBusy())
        statusBar()->showMessage(tr("Stopping the sandbox…"));
    m_sandbox->stop();
    event->accept();
}

} // namespace trigon::ui
