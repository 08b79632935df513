#pragma once

#include <QString>
#include <QStringList>

namespace trigon::pg {

// Where the PostgreSQL server programs (initdb, pg_ctl, postgres) are.
struct ServerBinaries
{
    QString binDir;
    int majorVersion = 0;
    bool isValid() const { return !binDir.isEmpty(); }
};

// Looks for the server binaries: $TRIGON_PG_BINDIR, `pg_config --bindir`, then the newest
// /usr/lib/postgresql/*/bin. On failure `error` says what was tried and which package to install.
ServerBinaries findServerBinaries(QString *error);
// The same search over the given candidate directories, in order.
ServerBinaries findServerBinariesIn(const QStringList &candidates, QString *error);

// The major version a PostgreSQL program reports with --version ("pg_dump (PostgreSQL) 15.18"),
// 0 when it cannot be run.
int programMajorVersion(const QString &program);

// A private PostgreSQL cluster: initdb into a directory, a server on a free port that listens only
// on a unix socket in a private directory (listen_addresses=''), trust authentication for one
// superuser role. As root the server runs as the `postgres` user, since initdb refuses root.
//
// A temporary cluster (the default) removes its data directory when stopped. A persistent one
// (the GUI's sandbox) keeps it, and a later start() reuses it.
//
// All calls block; GUI code runs them on a worker thread.
class ThrowawayCluster
{
public:
    struct Options
    {
        QString dataDir; // empty: a new temporary directory
        bool persistent = false;
        QString superuser = QStringLiteral("trigon");
    };

    ThrowawayCluster() = default;
    explicit ThrowawayCluster(Options options);
    ~ThrowawayCluster(); // stops the server if this object started it
    ThrowawayCluster(const ThrowawayCluster &) = delete;
    ThrowawayCluster &operator=(const ThrowawayCluster &) = delete;

    // initdb when the data directory holds no cluster yet, then start and wait until the server
    // accepts connections. A persistent cluster whose server is already running (started by
    // another process) is attached to instead. Returns false with error() set on failure,
    // leaving nothing running.
    bool start();
    // Takes over the server of this persistent data directory that another process started (the
    // GUI, or trigon-cli which leaves the sandbox running), when it answers on the socket named in
    // its postmaster.pid. False, with nothing changed, when none does.
    bool attach();
    // Fast shutdown; removes the data directory unless persistent.
    bool stop();
    // Leaves the server running when this object dies: another process will stop it with
    // stopExisting() (the ctest fixture's start and stop are two processes).
    void detach() { m_running = false; }

    bool isRunning() const { return m_running; }
    bool wasCreated() const { return m_created; } // start() ran initdb (the data is new)
    QString error() const { return m_error; }

    QString dataDir() const { return m_dataDir; }
    QString socketDir() const { return m_socketDir; }
    int port() const { return m_port; }
    QString superuser() const { return m_options.superuser; }
    // Where the server programs, and the pg_dump and psql of the same version, are (after
    // start() or attach()).
    ServerBinaries binaries() const { return m_binaries; }
    // key=value connection string for `database` on this cluster.
    QString conninfo(const QString &database = QStringLiteral("postgres")) const;

    // Stops a server started earlier by another process, from the values it left behind
    // (trigon-testcluster stop). Removes dataDir unless keepData.
    static bool stopExisting(const QString &dataDir, const QString &socketDir, bool keepData,
                             QString *error);

private:
    bool attachToRunningServer();
    bool runTool(const QString &program, const QStringList &arguments, int timeoutMs);
    bool fail(const QString &message);

    Options m_options;
    ServerBinaries m_binaries;
    QString m_dataDir;
    QString m_socketDir;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    bool m_created = false;
};

} // namespace trigon::pg
