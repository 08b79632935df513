#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace trigon::ui {

class SandboxController;
class WelcomePage;

// What a connection attempt found out, computed off the GUI thread.
struct ConnectionProbe
{
    QString conninfo;
    QString serverVersion;
    QString database;
    QString user;
    QString error;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `sandboxDataDir` empty: the user's default sandbox location.
    explicit MainWindow(const QString &sandboxDataDir = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString connectedConninfo() const { return m_conninfo; }
    SandboxController *sandbox() const { return m_sandbox; }

public slots:
    void openSandbox();
    void showConnectDialog();
    void connectTo(const QString &conninfo);
    void disconnectFromDatabase();

signals:
    // Emitted when a connection attempt ends; `error` is empty on success.
    void connectionFinished(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void resetSandbox();
    void showAbout();
    void setBusy(const QString &message);
    void clearBusy();
    void probeFinished();
    void updateConnectionState();

    SandboxController *m_sandbox;
    QStackedWidget *m_centralStack;
    WelcomePage *m_welcome;
    QLabel *m_designerArea;
    QLabel *m_connectionLabel;
    QProgressBar *m_busyIndicator;
    QAction *m_disconnectAction = nullptr;
    QAction *m_resetSandboxAction = nullptr;
    QFutureWatcher<ConnectionProbe> m_probe;
    QString m_conninfo;
    bool m_rememberConnection = false;
};

} // namespace trigon::ui
