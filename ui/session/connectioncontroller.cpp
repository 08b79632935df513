#include "ui/session/connectioncontroller.h"

#include "core/pg/connectionprofile.h"
#include "core/pg/sandbox.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/sandbox/sandboxcontroller.h"
#include "ui/session/session.h"

#include <QInputDialog>
#include <QMessageBox>

namespace trigon::ui {

ConnectionController::ConnectionController(Session *session, const QString &sandboxDataDir,
                                           QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_sandbox(new SandboxController(
              sandboxDataDir.isEmpty() ? pg::Sandbox::defaultDataDir() : sandboxDataDir, this))
    , m_dialogParent(dialogParent)
{
    connect(m_session, &Session::opening, this, [this](const QString &displayName) {
        emit busy(tr("Connecting to %1…").arg(displayName));
    });
    connect(m_session, &Session::opened, this, [this] {
        emit idle();
        emit connectionFinished(QString());
    });
    connect(m_session, &Session::openFailed, this, &ConnectionController::askForPasswordOrReport);

    connect(m_sandbox, &SandboxController::progress, this, &ConnectionController::busy);
    connect(m_sandbox, &SandboxController::started, this,
            [this](const QString &conninfo, bool created) {
                emit statusMessage(created ? tr("Sandbox created with the demo schema")
                                           : tr("Sandbox started"),
                                   5000);
                // The sandbox is reopened with its own button, never remembered.
                m_session->open(conninfo, Session::Kind::Sandbox, false);
            });
    connect(m_sandbox, &SandboxController::failed, this, [this](const QString &message) {
        reportSandboxFailure(tr("Sandbox Unavailable"),
                             tr("The sandbox database could not be started.\n\n%1").arg(message));
        emit connectionFinished(message);
    });
    connect(m_sandbox, &SandboxController::seeded, this,
            [this](const QString &conninfo, const QString &databaseName) {
                emit statusMessage(
                        tr("Sandbox database '%1' holds the copied schema").arg(databaseName),
                        5000);
                m_session->open(conninfo, Session::Kind::Sandbox, false);
            });
    connect(m_sandbox, &SandboxController::seedTargetExists, this,
            &ConnectionController::askToReplaceSeed);
    connect(m_sandbox, &SandboxController::seedFailed, this, [this](const QString &message) {
        reportSandboxFailure(tr("Seeding the Sandbox Failed"), message);
        emit connectionFinished(message);
    });
}

void ConnectionController::showConnectDialog()
{
    ConnectDialog dialog(Session::lastProfile(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->openProfile(dialog.profile(), Session::Kind::Regular, dialog.remember(),
                           dialog.password());
}

void ConnectionController::connectTo(const QString &conninfo)
{
    m_session->open(conninfo, Session::Kind::Regular, false);
}

void ConnectionController::reconnect()
{
    m_session->openProfile(Session::lastProfile(), Session::Kind::Regular, true);
}

void ConnectionController::openSandbox()
{
    m_sandbox->start();
}

// A refusal for want of a password is a question, not an error: the password typed is kept by
// the session until Trigon quits.
void ConnectionController::askForPasswordOrReport(const QString &message)
{
    emit idle();
    if (m_session->passwordNeeded()) {
        bool ok = false;
        const QString password = QInputDialog::getText(
                m_dialogParent, tr("Password"),
                tr("Password for %1 (kept until Trigon quits, never saved):")
                        .arg(m_session->profile().displayName()),
                QLineEdit::Password, QString(), &ok);
        if (ok && !password.isEmpty()) {
            m_session->retryWithPassword(password);
            return;
        }
    } else {
        QMessageBox::warning(m_dialogParent, tr("Connection Failed"),
                             tr("Could not connect to %1.\n\n%2")
                                     .arg(m_session->profile().displayName(), message));
    }
    emit connectionFinished(message);
}

void ConnectionController::resetSandbox()
{
    const auto answer = QMessageBox::warning(
            m_dialogParent, tr("Reset Sandbox"),
            tr("Delete everything in the sandbox database — your tables, triggers and rows — "
               "and start again with the demo schema?\n\nData folder: %1")
                    .arg(m_sandbox->dataDir()),
            QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    if (m_session->isOpen() && m_session->isSandbox())
        m_session->close();
    m_sandbox->reset();
}

void ConnectionController::showSeedSandboxDialog()
{
    ConnectDialog dialog(Session::lastProfile(), m_dialogParent);
    dialog.setWindowTitle(tr("Seed Sandbox from Connection"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const pg::ConnectionProfile profile = dialog.profile();
    // Handed to pg_dump through its environment, so the password stays off its command line.
    const QString source = profile.toConninfo(dialog.password());
    if (dialog.remember())
        Session::rememberProfile(profile);
    bool ok = false;
    const QString name
            = QInputDialog::getText(m_dialogParent, tr("Seed Sandbox"),
                                    tr("Copy the tables, views, types, functions and triggers "
                                       "of %1 — no rows — into the sandbox database:")
                                            .arg(profile.displayName()),
                                    QLineEdit::Normal, pg::Sandbox::defaultSeedName(source), &ok)
                      .trimmed();
    if (ok && !name.isEmpty())
        seedSandbox(source, name);
}

void ConnectionController::seedSandbox(const QString &sourceConninfo, const QString &databaseName,
                                       bool replace)
{
    // The copy about to be dropped may be the one open here.
    if (replace && m_session->isSandbox() && m_session->isOpen())
        m_session->close();
    m_sandbox->seed(sourceConninfo, databaseName, replace);
}

void ConnectionController::askToReplaceSeed(const QString &sourceConninfo,
                                            const QString &databaseName)
{
    emit idle();
    const auto answer = QMessageBox::warning(
            m_dialogParent, tr("Replace Sandbox Database"),
            tr("The sandbox already has a database named '%1'. Replace it with a fresh copy of "
               "the schema? Its tables, triggers and rows are dropped.")
                    .arg(databaseName),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        seedSandbox(sourceConninfo, databaseName, true);
}

void ConnectionController::reportSandboxFailure(const QString &title, const QString &message)
{
    emit idle();
    QMessageBox::critical(m_dialogParent, title, message);
}

void ConnectionController::shutDown()
{
    m_session->close();
    if (m_sandbox->isRunning() || m_sandbox->isBusy())
        emit statusMessage(tr("Stopping the sandbox…"), 0);
    m_sandbox->stop();
}

} // namespace trigon::ui
