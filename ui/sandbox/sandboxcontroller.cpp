#include "ui/sandbox/sandboxcontroller.h"

#include "core/pg/connectionprofile.h"
#include "core/pg/sandbox.h"

namespace trigon::ui {

SandboxController::SandboxController(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_sandbox(std::make_unique<pg::Sandbox>(dataDir))
    , m_jobs(new JobRunner(this))
{ }

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
    m_job = m_jobs->run(
            this, [sandbox = m_sandbox.get()](JobControl &) { return sandbox->start(); },
            [this](bool ok) { finishStart(ok); });
}

void SandboxController::reset()
{
    if (isBusy())
        return;
    emit progress(tr("Resetting the sandbox…"));
    m_job = m_jobs->run(
            this,
            [sandbox = m_sandbox.get()](JobControl &) {
                return sandbox->reset() && sandbox->start();
            },
            [this](bool ok) { finishStart(ok); });
}

void SandboxController::seed(const QString &sourceConninfo, const QString &databaseName,
                             bool replace)
{
    if (isBusy())
        return;
    if (!m_sandbox->isRunning())
        emit progress(tr("Starting the sandbox PostgreSQL server…"));
    m_job = m_jobs->run(
            this,
            [sandbox = m_sandbox.get(), sourceConninfo, databaseName,
             replace](JobControl &control) {
                SeedOutcome outcome {sourceConninfo, databaseName, {}, {}};
                if (!sandbox->start()) {
                    outcome.startError = sandbox->error();
                    return outcome;
                }
                outcome.copy = sandbox->seedFromSchema(
                        sourceConninfo, databaseName, replace,
                        [&control, databaseName](pg::SchemaCopyStep step) {
                            control.setProgressText(
                                    tr("Seeding sandbox database '%1': %2…")
                                            .arg(databaseName, pg::schemaCopyStepText(step)));
                        },
                        control.cancelledCheck());
                return outcome;
            },
            [this](const SeedOutcome &outcome) { finishSeed(outcome); },
            [this](const JobProgress &now) { emit progress(now.text); });
}

void SandboxController::stop()
{
    m_jobs->cancelAndWait(m_job);
    m_sandbox->stop();
}

void SandboxController::finishStart(bool ok)
{
    if (ok)
        emit started(m_sandbox->conninfo(), m_sandbox->wasCreated());
    else
        emit failed(m_sandbox->error());
}

void SandboxController::finishSeed(const SeedOutcome &outcome)
{
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
