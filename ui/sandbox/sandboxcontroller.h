#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace trigon::pg {
class Sandbox;
}

namespace trigon::ui {

// Runs the sandbox cluster for the GUI: starting (initdb and the demo schema take seconds) and
// resetting happen on a worker thread, and the outcome comes back as a signal on the GUI thread.
class SandboxController : public QObject
{
    Q_OBJECT
public:
    explicit SandboxController(const QString &dataDir, QObject *parent = nullptr);
    ~SandboxController() override; // waits for running work and stops the server

    bool isBusy() const { return m_watcher.isRunning(); }
    bool isRunning() const;
    QString conninfo() const;
    QString dataDir() const;

public slots:
    void start();
    // Stops the server, deletes its data and starts afresh with the demo schema.
    void reset();
    // Blocks briefly: used when the application quits.
    void stop();

signals:
    void progress(const QString &step);
    void started(const QString &conninfo, bool created);
    void failed(const QString &message);

private:
    void finish();

    std::unique_ptr<pg::Sandbox> m_sandbox;
    QFutureWatcher<bool> m_watcher;
};

} // namespace trigon::ui
