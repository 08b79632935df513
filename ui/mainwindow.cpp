#include "ui/mainwindow.h"

#include "core/pg/blockingconnection.h"
#include "core/pg/sandbox.h"
#include "core/version.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/sandbox/sandboxcontroller.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <Qsci/qsciglobal.h>

namespace trigon::ui {

namespace {

const QString LastConnectionKey = QStringLiteral("connection/last");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");

// Runs on a worker thread: a blocking connect would freeze the window for as long as a
// server takes to answer (or time out).
ConnectionProbe probe(const QString &conninfo)
{
    ConnectionProbe result {conninfo, {}, {}, {}, {}};
    pg::BlockingConnection connection(conninfo + QStringLiteral(" connect_timeout=10"));
    if (!connection.isOpen()) {
        result.error = connection.connectionError().message;
        return result;
    }
    const pg::QueryResult info = connection.exec(QStringLiteral(
            "SELECT current_setting('server_version'), current_database(), current_user"));
    if (!info.ok()) {
        result.error = info.error().message;
        return result;
    }
    // "15.18 (Debian 15.18-0+deb12u1)": the number is what people look for.
    result.serverVersion = info.value(0, 0).section(QLatin1Char(' '), 0, 0);
    result.database = info.value(0, 1);
    result.user = info.value(0, 2);
    return result;
}

bool mentionsPassword(const QString &conninfo)
{
    return conninfo.contains(QStringLiteral("password"), Qt::CaseInsensitive)
            || conninfo.contains(QRegularExpression(QStringLiteral("://[^/@]*:[^/@]*@")));
}

} // namespace

MainWindow::MainWindow(const QString &sandboxDataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_sandbox(new SandboxController(
              sandboxDataDir.isEmpty() ? pg::Sandbox::defaultDataDir() : sandboxDataDir, this))
    , m_centralStack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_designerArea(new QLabel(tr("Designs you open appear here."), this))
    , m_connectionLabel(new QLabel(this))
    , m_busyIndicator(new QProgressBar(this))
{
    setWindowTitle(tr("Trigon"));
    setObjectName(QStringLiteral("MainWindow"));
    resize(1200, 780);

    m_designerArea->setObjectName(QStringLiteral("designerArea"));
    m_designerArea->setAlignment(Qt::AlignCenter);
    m_designerArea->setForegroundRole(QPalette::PlaceholderText);
    m_centralStack->addWidget(m_welcome);
    m_centralStack->addWidget(m_designerArea);
    setCentralWidget(m_centralStack);

    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(160);
    m_busyIndicator->hide();
    statusBar()->addPermanentWidget(m_busyIndicator);
    statusBar()->addPermanentWidget(m_connectionLabel);

    createActions();

    connect(m_welcome, &WelcomePage::openSandboxRequested, this, &MainWindow::openSandbox);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_welcome, &WelcomePage::reconnectRequested, this,
            [this] { connectTo(QSettings().value(LastConnectionKey).toString()); });
    connect(m_sandbox, &SandboxController::progress, this, &MainWindow::setBusy);
    connect(m_sandbox, &SandboxController::started, this,
            [this](const QString &conninfo, bool created) {
                statusBar()->showMessage(created ? tr("Sandbox created with the demo schema")
                                                 : tr("Sandbox started"),
                                         5000);
                m_rememberConnection = false; // the sandbox is reopened with its own button
                connectTo(conninfo);
            });
    connect(m_sandbox, &SandboxController::failed, this, [this](const QString &message) {
        clearBusy();
        QMessageBox::critical(this, tr("Sandbox Unavailable"),
                              tr("The sandbox database could not be started.\n\n%1").arg(message));
        emit connectionFinished(message);
    });
    connect(&m_probe, &QFutureWatcher<ConnectionProbe>::finished, this, &MainWindow::probeFinished);

    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_welcome->setLastConnection(settings.value(LastConnectionKey).toString());
    updateConnectionState();
}

MainWindow::~MainWindow()
{
    m_probe.waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *database = menuBar()->addMenu(tr("&Database"));
    QAction *connectAction
            = database->addAction(tr("&Connect…"), this, &MainWindow::showConnectDialog);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    database->addAction(tr("Open &Sandbox Database"), this, &MainWindow::openSandbox);
    m_disconnectAction
            = database->addAction(tr("&Disconnect"), this, &MainWindow::disconnectFromDatabase);
    database->addSeparator();
    m_resetSandboxAction
            = database->addAction(tr("&Reset Sandbox…"), this, &MainWindow::resetSandbox);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Trigon"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openSandbox()
{
    m_sandbox->start();
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(QSettings().value(LastConnectionKey).toString(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.conninfo().isEmpty())
        return;
    m_rememberConnection = dialog.remember();
    connectTo(dialog.conninfo());
}

void MainWindow::connectTo(const QString &conninfo)
{
    if (m_probe.isRunning())
        return;
    setBusy(tr("Connecting…"));
    m_probe.setFuture(QtConcurrent::run(probe, conninfo));
}

void MainWindow::probeFinished()
{
    clearBusy();
    const ConnectionProbe result = m_probe.result();
    if (!result.error.isEmpty()) {
        QMessageBox::warning(
                this, tr("Connection Failed"),
                tr("Could not connect with “%1”.\n\n%2").arg(result.conninfo, result.error));
        emit connectionFinished(result.error);
        return;
    }
    m_conninfo = result.conninfo;
    const bool isSandbox = m_conninfo == m_sandbox->conninfo();
    m_connectionLabel->setText(tr("%1 %2@%3 — PostgreSQL %4")
                                       .arg(isSandbox ? tr("Sandbox:") : tr("Connected:"),
                                            result.user, result.database, result.serverVersion));
    m_connectionLabel->setToolTip(m_conninfo);
    if (m_rememberConnection && !isSandbox) {
        if (mentionsPassword(m_conninfo))
            statusBar()->showMessage(tr("Not remembered: the connection string holds a password"),
                                     8000);
        else
            QSettings().setValue(LastConnectionKey, m_conninfo);
    }
    updateConnectionState();
    emit connectionFinished(QString());
}

void MainWindow::disconnectFromDatabase()
{
    m_conninfo.clear();
    updateConnectionState();
}

void MainWindow::updateConnectionState()
{
    const bool connected = !m_conninfo.isEmpty();
    if (!connected) {
        m_connectionLabel->setText(tr("Not connected"));
        m_connectionLabel->setToolTip(QString());
    }
    m_disconnectAction->setEnabled(connected);
    m_centralStack->setCurrentWidget(connected ? static_cast<QWidget *>(m_designerArea)
                                               : m_welcome);
    m_resetSandboxAction->setEnabled(!m_sandbox->isBusy());
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
    if (m_conninfo == m_sandbox->conninfo())
        disconnectFromDatabase();
    m_sandbox->reset();
}

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
    updateConnectionState();
}

void MainWindow::clearBusy()
{
    m_welcome->setBusy(false);
    m_busyIndicator->hide();
    statusBar()->clearMessage();
    updateConnectionState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (m_sandbox->isRunning() || m_sandbox->isBusy())
        statusBar()->showMessage(tr("Stopping the sandbox…"));
    m_sandbox->stop();
    event->accept();
}

} // namespace trigon::ui
