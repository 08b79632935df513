#pragma once

#include "core/pg/schemacopy.h"
#include "ui/jobs/jobrunner.h"

#include <QObject>

#include <memory>

namespace trigon::pg {
class Sandbox;
}

namespace trigon::ui {

// Runs the sandbox cluster for the GUI: starting (initdb and the demo schema take seconds),
// resetting and seeding are jobs on a worker thread, one at a time, and the outcome comes back
// as a signal on the GUI thread.
class SandboxController : public QObject
{
    Q_OBJECT
public:
    explicit SandboxController(const QString &dataDir, QObject *parent = nullptr);
    ~SandboxController() override; // see stop()

    bool isBusy() const { return m_jobs->isRunning(m_job); }
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
    // Blocks briefly: used when the application quits. A seed in progress is cancelled (its tool
    // killed, its staging database dropped) rather than waited for; a start is waited for.
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

    void finishStart(bool ok);
    void finishSeed(const SeedOutcome &outcome);

    // Used by the job under way: stop() waits for that job before the server stops.
    std::unique_ptr<pg::Sandbox> m_sandbox;
    JobRunner *m_jobs;
    JobRunner::JobId m_job = 0; // the start, reset or seed under way, or the last one
};

} // namespace trigon::ui
