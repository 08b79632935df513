#pragma once

#include <QObject>

class QWidget;

namespace trigon::ui {

class SandboxController;
class Session;

// How the window comes to a database, with the dialogs on the way: the connection dialog, the
// password prompt after a refusal, and the sandbox started, reset or seeded from another
// database. The session it opens does the talking; this says what is going on meanwhile.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over `dialogParent`, which owns the controller; the sandbox keeps its data in
    // `sandboxDataDir`.
    ConnectionController(Session *session, const QString &sandboxDataDir, QWidget *dialogParent);

    SandboxController *sandbox() const { return m_sandbox; }

    void showConnectDialog();
    void connectTo(const QString &conninfo);
    // The profile last connected to with "remember".
    void reconnect();
    void openSandbox();
    // Asks first: everything in the sandbox goes.
    void resetSandbox();
    // Asks for the source and the name of the copy, then seedSandbox().
    void showSeedSandboxDialog();
    // Copies the structure (no rows) of the source into the sandbox database `databaseName`,
    // then connects to it. An existing copy of that name is replaced after the user confirms.
    void seedSandbox(const QString &sourceConninfo, const QString &databaseName,
                     bool replace = false);
    // Closes the session and stops the sandbox, for the application to quit.
    void shutDown();

signals:
    // Work is under way (connecting, starting or seeding the sandbox), said in a sentence.
    void busy(const QString &message);
    void idle();
    // A connection attempt ended; `error` is empty on success.
    void connectionFinished(const QString &error);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void askForPasswordOrReport(const QString &message);
    void reportSandboxFailure(const QString &title, const QString &message);
    void askToReplaceSeed(const QString &sourceConninfo, const QString &databaseName);

    Session *m_session;
    SandboxController *m_sandbox;
    QWidget *m_dialogParent;
};

} // namespace trigon::ui
