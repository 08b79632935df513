#include "core/pg/sandbox.h"

#include "core/pg/blockingconnection.h"
#include "core/pg/connectionprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <unistd.h>

namespace trigon::pg {

QString Sandbox::defaultDataDir()
{
    if (::geteuid() == 0)
        return QStringLiteral("/var/tmp/trigon-sandbox-root");
    // One folder for the GUI and the CLI, so `trigon-cli sandbox start` and the window share a
    // server: the application data folder would differ by program name.
    const QString shared = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/Trigon/sandbox");
    // Versions up to 0.1 kept each program's sandbox in its own folder; the window's moves over.
    const QString windowsOwn = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/Trigon/Trigon/sandbox");
    if (!QFileInfo::exists(shared) && QFileInfo::exists(windowsOwn))
        QDir().rename(windowsOwn, shared);
    return shared;
}

Sandbox::Sandbox(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

Sandbox::~Sandbox() = default;

QString Sandbox::demoSchemaScript()
{
    QFile file(QStringLiteral(":/trigon/sandbox/demo-schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool Sandbox::start(const std::function<void(const QString &)> &waiting)
{
    if (isRunning())
        return true;
    m_error.clear();
    // Two processes creating the cluster at once made the loser fail with initdb's raw error
    // about a non-empty directory. QLockFile takes over the lock of a process that died.
    QDir().mkpath(QFileInfo(m_dataDir).absolutePath());
    QLockFile starting(m_dataDir + QStringLiteral(".lock"));
    if (!starting.tryLock(0)) {
        if (starting.error() != QLockFile::LockFailedError) {
            m_error = QCoreApplication::translate("trigon::pg::Sandbox",
                                                  "cannot create the lock file %1")
                              .arg(m_dataDir + QStringLiteral(".lock"));
            return false;
        }
        if (waiting)
            waiting(QCoreApplication::translate("trigon::pg::Sandbox",
                                                "the sandbox is starting in another process; "
                                                "waiting for it"));
        if (!starting.tryLock(startWaitMs)) {
            // lupdate (6.4) skips a translate() whose count is an expression: pass a variable.
            const int minutes = startWaitMs / 60000;
            m_error = QCoreApplication::translate("trigon::pg::Sandbox",
                                                  "the sandbox is starting in another process, "
                                                  "which has not finished in %n minute(s)",
                                                  nullptr, minutes);
            return false;
        }
    }
    m_cluster = std::make_unique<ThrowawayCluster>(ThrowawayCluster::Options {m_dataDir, true});
    if (!m_cluster->start()) {
        m_error = m_cluster->error();
        m_cluster.reset();
        return false;
    }
    if (m_cluster->wasCreated() && !loadDemoSchema()) {
        // A half-made sandbox would be reused next time: remove it so the next start is clean.
        reset();
        return false;
    }
    return true;
}

bool Sandbox::attach()
{
    if (isRunning())
        return true;
    m_error.clear();
    auto cluster = std::make_unique<ThrowawayCluster>(ThrowawayCluster::Options {m_dataDir, true});
    if (!cluster->attach()) {
        m_error = cluster->error();
        return false;
    }
    m_cluster = std::move(cluster);
    return true;
}

void Sandbox::detach()
{
    if (m_cluster)
        m_cluster->detach();
}

bool Sandbox::loadDemoSchema()
{
    BlockingConnection admin(m_cluster->conninfo());
    QueryResult result
            = admin.exec(QStringLiteral("CREATE DATABASE ") + QLatin1String(DatabaseName));
    if (!result.ok()) {
        m_error = QCoreApplication::translate("trigon::pg::Sandbox",
                                              "cannot create the sandbox database: %1")
                          .arg(result.error().message);
        return false;
    }
    BlockingConnection demo(conninfo());
    result = demo.execScript(demoSchemaScript());
    if (!result.ok()) {
        m_error = QCoreApplication::translate("trigon::pg::Sandbox",
                                              "cannot load the demo schema: %1")
                          .arg(result.error().toString());
        return false;
    }
    // PL/Python for python actions, where the server has it (postgresql-plpython3-15): trying
    // them out should not need a superuser's CREATE EXTENSION first.
    result = demo.exec(QStringLiteral(
            "SELECT count(*) FROM pg_available_extensions WHERE name = 'plpython3u'"));
    if (result.ok() && result.value(0, 0) == u'1')
        result = demo.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS plpython3u"));
    if (!result.ok()) {
        m_error = QCoreApplication::translate("trigon::pg::Sandbox",
                                              "cannot add PL/Python to the sandbox: %1")
                          .arg(result.error().toString());
        return false;
    }
    return true;
}

bool Sandbox::stop()
{
    if (!m_cluster)
        return true;
    const bool stopped = m_cluster->stop();
    if (!stopped)
        m_error = m_cluster->error();
    m_cluster.reset();
    return stopped;
}

bool Sandbox::reset()
{
    const bool stopped = stop();
    if (!QDir(m_dataDir).removeRecursively()) {
        m_error = QCoreApplication::translate("trigon::pg::Sandbox", "cannot remove %1")
                          .arg(m_dataDir);
        return false;
    }
    return stopped;
}

bool Sandbox::isRunning() const
{
    return m_cluster && m_cluster->isRunning();
}

bool Sandbox::wasCreated() const
{
    return m_cluster && m_cluster->wasCreated();
}

QString Sandbox::conninfo(const QString &database) const
{
    return m_cluster ? m_cluster->conninfo(database) : QString();
}

SchemaCopyResult Sandbox::seedFromSchema(const QString &sourceConninfo, const QString &databaseName,
                                         bool replace, const SchemaCopyProgress &progress,
                                         const SchemaCopyCancelled &cancelled)
{
    if (!isRunning())
        return {SchemaCopyResult::Status::Failed, SchemaCopyStep::Connecting,
                QCoreApplication::translate("trigon::pg::Sandbox", "the sandbox is not running")};
    if (databaseName == QLatin1String(DatabaseName))
        return {SchemaCopyResult::Status::Failed, SchemaCopyStep::Connecting,
                QCoreApplication::translate("trigon::pg::Sandbox",
                                            "'%1' holds the demo shop; choose another name")
                        .arg(databaseName)};
    return copySchema({sourceConninfo, m_cluster->conninfo(), databaseName,
                       m_cluster->binaries().binDir, replace, cancelled},
                      progress);
}

QString Sandbox::defaultSeedName(const QString &sourceConninfo)
{
    QString error;
    const std::optional<ConnectionProfile> profile
            = ConnectionProfile::fromConninfo(sourceConninfo, &error);
    const QString database = profile ? profile->database() : QString();
    // A database name, not a message: the same in every language.
    if (database.isEmpty())
        return QStringLiteral("seed");
    const bool taken = database == QLatin1String(DatabaseName)
            || database == QLatin1String("postgres") || database == QLatin1String("template0")
            || database == QLatin1String("template1");
    // The suffix must fit in the server's 63 bytes; cut on a character, not inside one.
    return taken ? database.left(58) + QStringLiteral("_copy") : database;
}

} // namespace trigon::pg
