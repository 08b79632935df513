#include "core/pg/throwawaycluster.h"

#include "core/pg/blockingconnection.h"
#include "core/pg/connectionprofile.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace trigon::pg {

namespace {

constexpr int ToolTimeoutMs = 120'000;
const QString ServerUser = QStringLiteral("postgres");
const QString LogFileName = QStringLiteral("trigon-server.log");

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

bool hasServerTools(const QString &binDir)
{
    return QFileInfo(binDir + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(binDir + QStringLiteral("/pg_ctl")).isExecutable()
            && QFileInfo(binDir + QStringLiteral("/postgres")).isExecutable();
}

// A port nobody listens on right now. The server listens on a unix socket only, but a free TCP
// port keeps the socket name unique should anyone turn TCP on.
int findFreePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// As root the server runs as `postgres`, which must own what it writes.
bool handToServerUser(const QString &path, QString *error)
{
    if (!runningAsRoot())
        return true;
    const passwd *user = ::getpwnam("postgres");
    if (!user) {
        *error = QCoreApplication::translate(
                "trigon::pg::ThrowawayCluster",
                "running as root needs the 'postgres' system user to run the "
                "server (initdb refuses root); install the postgresql package");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
        *error = QCoreApplication::translate("trigon::pg::ThrowawayCluster",
                                             "cannot hand %1 to the postgres user")
                         .arg(path);
        return false;
    }
    return true;
}

QString makeTemporaryDirectory(const QString &pattern)
{
    QByteArray templ = QFile::encodeName(QDir::tempPath() + QLatin1Char('/') + pattern);
    return ::mkdtemp(templ.data()) ? QFile::decodeName(templ) : QString();
}

QString tailOf(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all
            = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

bool runServerTool(const QString &program, const QStringList &arguments, int timeoutMs,
                   QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server user may not be able to enter the caller's working directory.
    process.setWorkingDirectory(QDir::rootPath());
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), ServerUser, QStringLiteral("--"), program}
                              + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        *output = QCoreApplication::translate("trigon::pg::ThrowawayCluster", "cannot start %1: %2")
                          .arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        // lupdate (6.4) skips a translate() whose count is an expression: pass a variable.
        const int seconds = timeoutMs / 1000;
        *output = QCoreApplication::translate("trigon::pg::ThrowawayCluster",
                                              "%1 did not finish within %n s", nullptr, seconds)
                          .arg(QFileInfo(program).fileName());
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

int programMajorVersion(const QString &program)
{
    QProcess process;
    process.start(program, {QStringLiteral("--version")});
    if (!process.waitForFinished(10'000))
        return 0;
    // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    static const QRegularExpression version(QStringLiteral("\\) (\\d+)"));
    return version.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

ServerBinaries findServerBinaries(QString *error)
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("TRIGON_PG_BINDIR");
    if (!fromEnvironment.isEmpty())
        candidates.append(fromEnvironment);

    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {QStringLiteral("--bindir")});
        if (process.waitForFinished(10'000) && process.exitCode() == 0)
            candidates.append(QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed());
    }

    // Debian keeps each major version's server in its own directory; prefer the newest.
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &version : versions)
        candidates.append(QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version));

    const QString initdbOnPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdbOnPath.isEmpty())
        candidates.append(QFileInfo(initdbOnPath).absolutePath());

    return findServerBinariesIn(candidates, error);
}

ServerBinaries findServerBinariesIn(const QStringList &candidates, QString *error)
{
    for (const QString &binDir : candidates) {
        if (hasServerTools(binDir))
            return ServerBinaries {binDir,
                                   programMajorVersion(binDir + QStringLiteral("/postgres"))};
    }
    if (error) {
        *error = QCoreApplication::translate(
                         "trigon::pg::ThrowawayCluster",
                         "The PostgreSQL server programs (initdb, pg_ctl, postgres) were "
                         "not found. "
                         "Looked in: %1. Install them (on Debian or Ubuntu: apt-get install "
                         "postgresql) or point TRIGON_PG_BINDIR at their directory.")
                         .arg(candidates.isEmpty()
                                      ? QCoreApplication::translate("trigon::pg::ThrowawayCluster",
                                                                    "nowhere (no pg_config, no "
                                                                    "/usr/lib/postgresql)")
                                      : candidates.join(QStringLiteral(", ")));
    }
    return {};
}

ThrowawayCluster::ThrowawayCluster(Options options)
    : m_options(std::move(options))
{ }

ThrowawayCluster::~ThrowawayCluster()
{
    if (m_running)
        stop();
}

bool ThrowawayCluster::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ThrowawayCluster::runTool(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QString output;
    if (runServerTool(m_binaries.binDir + QLatin1Char('/') + program, arguments, timeoutMs,
                      &output))
        return true;
    const QString log = tailOf(m_dataDir + QLatin1Char('/') + LogFileName, 15);
    m_error = QCoreApplication::translate("trigon::pg::ThrowawayCluster", "%1 failed: %2")
                      .arg(program, output);
    if (!log.isEmpty())
        m_error += QCoreApplication::translate("trigon::pg::ThrowawayCluster", "\nServer log:\n%1")
                           .arg(log);
    return false;
}

bool ThrowawayCluster::start()
{
    if (m_running)
        return true;
    m_error.clear();
    QString error;
    m_binaries = findServerBinaries(&error);
    if (!m_binaries.isValid())
        return fail(error);

    if (m_options.dataDir.isEmpty()) {
        m_options.persistent = false;
        const QString base = makeTemporaryDirectory(QStringLiteral("trigon-cluster-XXXXXX"));
        if (base.isEmpty())
            return fail(QCoreApplication::translate("trigon::pg::ThrowawayCluster",
                                                    "cannot create a temporary directory in %1")
                                .arg(QDir::tempPath()));
        m_dataDir = base;
    } else {
        m_dataDir = QDir(m_options.dataDir).absolutePath();
        if (!QDir().mkpath(m_dataDir))
            return fail(QCoreApplication::translate("trigon::pg::ThrowawayCluster",
                                                    "cannot create the data directory %1")
                                .arg(m_dataDir));
    }
    // initdb and the server insist on a private data directory.
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!handToServerUser(m_dataDir, &error))
        return fail(error);

    // The sandbox is shared by the GUI and trigon-cli: a server one of them runs is used as is.
    if (m_options.persistent && attachToRunningServer())
        return true;

    m_created = !QFileInfo::exists(m_dataDir + QStringLiteral("/PG_VERSION"));
    if (m_created) {
        QStringList arguments {QStringLiteral("-D"),           m_dataDir,
                               QStringLiteral("-U"),           m_options.superuser,
                               QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                               QStringLiteral("--locale=C")};
        if (!m_options.persistent)
            arguments.append(QStringLiteral("--no-sync"));
        if (!runTool(QStringLiteral("initdb"), arguments, ToolTimeoutMs)) {
            if (!m_options.persistent)
                QDir(m_dataDir).removeRecursively();
            return false;
        }
    }

    // A server of this data directory still running that did not answer above is one whose
    // owner was killed while it started or stopped. It is ours: stop it, so it starts again with
    // a fresh private socket.
    const QString pidFile = m_dataDir + QStringLiteral("/postmaster.pid");
    if (QFileInfo::exists(pidFile)) {
        // Its fifth line names the socket directory, a private one of ours to remove as well.
        QFile pid(pidFile);
        const QString staleSocketDir = pid.open(QIODevice::ReadOnly)
                ? QString::fromLocal8Bit(pid.readAll()).split(QLatin1Char('\n')).value(4)
                : QString();
        QString output;
        runServerTool(m_binaries.binDir + QStringLiteral("/pg_ctl"),
                      {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                       QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                      ToolTimeoutMs, &output);
        if (staleSocketDir.startsWith(QDir::tempPath() + QStringLiteral("/trigon-socket-")))
            QDir(staleSocketDir).removeRecursively();
    }

    m_socketDir = makeTemporaryDirectory(QStringLiteral("trigon-socket-XXXXXX"));
    if (m_socketDir.isEmpty() || !handToServerUser(m_socketDir, &error))
        return fail(error.isEmpty() ? QCoreApplication::translate(
                            "trigon::pg::ThrowawayCluster", "cannot create a socket directory")
                                    : error);
    m_port = findFreePort();
    if (m_port == 0)
        return fail(
                QCoreApplication::translate("trigon::pg::ThrowawayCluster", "no free port found"));

    // pg_ctl hands -o to a shell, so the empty listen_addresses is quoted for that shell.
    QString serverOptions
            = QStringLiteral("-c listen_addresses='' -k %1 -p %2").arg(m_socketDir).arg(m_port);
    if (!m_options.persistent) {
        // Nothing in a throwaway cluster has to survive a crash: trade durability for speed.
        serverOptions += QStringLiteral(" -c fsync=off -c synchronous_commit=off"
                                        " -c full_page_writes=off");
    }
    const QStringList arguments {QStringLiteral("-D"), m_dataDir,
                                 QStringLiteral("-l"), m_dataDir + QLatin1Char('/') + LogFileName,
                                 QStringLiteral("-o"), serverOptions,
                                 QStringLiteral("-w"), QStringLiteral("-t"),
                                 QStringLiteral("60"), QStringLiteral("start")};
    if (!runTool(QStringLiteral("pg_ctl"), arguments, ToolTimeoutMs)) {
        QDir(m_socketDir).removeRecursively();
        if (!m_options.persistent)
            QDir(m_dataDir).removeRecursively();
        return false;
    }
    m_running = true;
    return true;
}

bool ThrowawayCluster::attach()
{
    if (m_running)
        return true;
    if (!m_options.persistent || m_options.dataDir.isEmpty())
        return false;
    m_error.clear();
    QString error;
    m_binaries = findServerBinaries(&error);
    if (!m_binaries.isValid())
        return fail(error);
    m_dataDir = QDir(m_options.dataDir).absolutePath();
    return attachToRunningServer();
}

bool ThrowawayCluster::attachToRunningServer()
{
    // postmaster.pid lines: pid, data directory, start time, port, socket directory, listen
    // address, shared memory key, status.
    QFile pidFile(m_dataDir + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const QStringList lines = QString::fromLocal8Bit(pidFile.readAll()).split(QLatin1Char('\n'));
    const int port = lines.value(3).trimmed().toInt();
    const QString socketDir = lines.value(4).trimmed();
    if (lines.value(7).trimmed() != QLatin1String("ready") || port <= 0 || socketDir.isEmpty())
        return false;
    m_port = port;
    m_socketDir = socketDir;
    const BlockingConnection probe(conninfo());
    if (!probe.isOpen()) {
        m_port = 0;
        m_socketDir.clear();
        return false;
    }
    m_created = false;
    m_running = true;
    return true;
}

bool ThrowawayCluster::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    QString error;
    const bool stopped = stopExisting(m_dataDir, m_socketDir, m_options.persistent, &error);
    if (!stopped)
        m_error = error;
    return stopped;
}

QString ThrowawayCluster::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
            .arg(quoteConninfoValue(m_socketDir))
            .arg(m_port)
            .arg(quoteConninfoValue(m_options.superuser), quoteConninfoValue(database));
}

bool ThrowawayCluster::stopExisting(const QString &dataDir, const QString &socketDir, bool keepData,
                                    QString *error)
{
    QString findError;
    const ServerBinaries binaries = findServerBinaries(&findError);
    bool stopped = false;
    if (binaries.isValid()) {
        QString output;
        stopped = runServerTool(binaries.binDir + QStringLiteral("/pg_ctl"),
                                {QStringLiteral("-D"), dataDir, QStringLiteral("-m"),
                                 QStringLiteral("fast"), QStringLiteral("-w"),
                                 QStringLiteral("stop")},
                                ToolTimeoutMs, &output);
        // A server that already went away (no postmaster.pid) counts as stopped.
        stopped = stopped || !QFileInfo::exists(dataDir + QStringLiteral("/postmaster.pid"));
        if (!stopped && error)
            *error = QCoreApplication::translate("trigon::pg::ThrowawayCluster",
                                                 "pg_ctl stop failed: %1")
                             .arg(output);
    } else if (error) {
        *error = findError;
    }
    if (!socketDir.isEmpty())
        QDir(socketDir).removeRecursively();
    if (!keepData && stopped)
        QDir(dataDir).removeRecursively();
    return stopped;
}

} // namespace trigon::pg
