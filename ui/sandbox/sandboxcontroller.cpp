#include "ui/sandbox/sandboxcontroller.h"

#include "core/pg/connectionprofile.h"
#include "core/pg/sandbox.h"

#include <QtConcurrent/QtConcurrentRun>

namespace trigon::ui {

SandboxController::SandboxController(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_sandbox(std::make_unique<pg::Sandbox>(dataDir))
{
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, &SandboxController::finish);
    connect(&m_seedWatcher, &QFutureWatcher<SeedOutcome>::finished, this,
            &SandboxController::finishSeed);
}

SandboxController::~SandboxController()
{
    stop();
}

bool SandboxController::isRunning() const
{
    return !isBusy() && m_sandbox->isRunning();
}

QString SandboxController::conninfo() const
{
    return isRunning() ? m_sandbox->conninfo() : QString();
}

QString SandboxController::dataDir() const
{
    return m_sandbox->dataDir();
}

void SandboxController::start()
{
    if (isBusy())
        return;
    if (m_sandbox->isRunning()) {
        emit started(m_sandbox->conninfo(), false);
        return;
    }
    emit progress(tr("Starting the sandbox PostgreSQL server…"));
    pg::Sandbox *sandbox = m_sandbox.get();
    m_watcher.setFuture(QtConcurrent::run([sandbox] { return sandbox->start(); }));
}

void SandboxController::reset()
{
    if (isBusy())
        return;
    emit progress(tr("Resetting the sandbox…"));
    pg::Sandbox *sandbox = m_sandbox.get();
    m_watcher.setFuture(
            QtConcurrent::run([sandbox] { return sandbox->reset() && sandbox->start(); }));
}

void SandboxController::seed(const QString &sourceConninfo, const QString &databaseName,
                             bool replace)
{
    if (isBusy())
        return;
    if (!m_sandbox->isRunning())
        emit progress(tr("Starting the sandbox PostgreSQL server…"));
    pg::Sandbox *sandbox = m_sandbox.get();
    m_seedWatcher.setFuture(
            QtConcurrent::run([this, sandbox, sourceConninfo, databaseName, replace] {
                SeedOutcome outcome {sourceConninfo, databaseName, {}, {}};
                if (!sandbox->start()) {
                    outcome.startError = sandbox->error();
                    return outcome;
                }
                // Emitted on the worker thread: receivers on the GUI thread get it queued.
                outcome.copy = sandbox->seedFromSchema(
                        sourceConninfo, databaseName, replace,
                        [this, databaseName](pg::SchemaCopyStep step) {
                            emit progress(tr("Seeding sandbox database '%1': %2…")
                                                  .arg(databaseName, pg::schemaCopyStepText(step)));
                        },
                        [this] { return m_stopping.load(); });
                return outcome;
            }));
}

void SandboxController::stop()
{
    // A seed in progress is cancelled (its tool killed, its staging database dropped) rather
    // than waited for.
    m_stopping = true;
    m_watcher.waitForFinished();
    m_seedWatcher.waitForFinished();
    m_sandbox->stop();
}

void SandboxController::finish()
{
    if (m_watcher.result())
        emit started(m_sandbox->conninfo(), m_sandbox->wasCreated());
    else
        emit failed(m_sandbox->error());
}

void SandboxController::finishSeed()
{
    const SeedOutcome outcome = m_seedWatcher.result();
    if (!outcome.startError.isEmpty()) {
        emit failed(outcome.startError);
        return;
    }
    switch (outcome.copy.status) {
    case pg::SchemaCopyResult::Status::Copied:
        emit seeded(m_sandbox->conninfo(outcome.databaseName), outcome.databaseName);
        return;
    case pg::SchemaCopyResult::Status::TargetExists:
        emit seedTargetExists(outcome.sourceConninfo, outcome.databaseName);
        return;
    case pg::SchemaCopyResult::Status::Failed:
        break;
    }
    // Named by its profile: the conninfo itself may hold a password.
    QString error;
    const std::optional<pg::ConnectionProfile> source
            = pg::ConnectionProfile::fromConninfo(outcome.sourceConninfo, &error);
    emit seedFailed(tr("Seeding the sandbox database '%1' from %2 failed while %3.\n\n%4")
                            .arg(outcome.databaseName,
                                 source ? source->displayName() : tr("the source"),
                                 pg::schemaCopyStepText(outcome.copy.step), outcome.copy.error));
}

} // namespace trigon::ui
