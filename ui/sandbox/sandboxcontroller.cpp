#include "ui/sandbox/sandboxcontroller.h"

#include "core/pg/sandbox.h"

#include <QtConcurrent/QtConcurrentRun>

namespace trigon::ui {

SandboxController::SandboxController(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_sandbox(std::make_unique<pg::Sandbox>(dataDir))
{
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, &SandboxController::finish);
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

void SandboxController::stop()
{
    m_watcher.waitForFinished();
    m_sandbox->stop();
}

void SandboxController::finish()
{
    if (m_watcher.result())
        emit started(m_sandbox->conninfo(), m_sandbox->wasCreated());
    else
        emit failed(m_sandbox->error());
}

} // namespace trigon::ui
