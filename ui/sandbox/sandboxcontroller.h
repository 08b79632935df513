#pragma once

#include "core/pg/schemacopy.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace trigon::pg {
class Sandbox;
}

namespace trigon::ui {

// Runs the sandbox cluster for the GUI: starting (initdb and the demo schema take seconds),
// resetting and seeding happen on a worker thread, and the outcome comes back as a signal on the
// GUI thread.
class SandboxController : public QObject
{
    Q_OBJECT
public:
    explicit SandboxController(const QString &dataDir, QObject *parent = nullptr);
    ~SandboxController() override; // waits for running work and stops the server

    bool isBusy() const { return m_watcher.isRunning() || m_seedWatcher.isRunning(); }
    bool isRunning() const;
    QString conninfo() const;
    QString dataDir() const;

public slots:
    void start();
    // Stops the server, deletes its data and starts afresh with the demo schema.
    void reset();
    // Starts the sandbox when needed and copies the structure (no rows) of the source database
    // into the sandbox database `databaseName`. Without `replace`, an existing database of that
    // name ends in seedTargetExists() and is left alone.
    void seed(const QString &sourceConninfo, const QString &databaseName, bool replace);
    // Blocks briefly: used when the application quits.
    void stop();

signals:
    void progress(const QString &step);
    void started(const QString &conninfo, bool created);
    void failed(const QString &message);
    void seeded(const QString &conninfo, const QString &databaseName);
    // Ask before replacing, then seed() again with `replace`.
    void seedTargetExists(const QString &sourceConninfo, const QString &databaseName);
    // Names the source, the sandbox database and the step that failed.
    void seedFailed(const QString &message);

private:
    struct SeedOutcome
    {
        QString sourceConninfo;
        QString databaseName;
        QString startError; // the sandbox itself could not be started
        pg::SchemaCopyResult copy;
    };

    void finish();
    void finishSeed();

    std::unique_ptr<pg::Sandbox> m_sandbox;
    QFutureWatcher<bool> m_watcher;
    QFutureWatcher<SeedOutcome> m_seedWatcher;
    std::atomic_bool m_stopping {false}; // read by the seeding thread
};

} // namespace trigon::ui
