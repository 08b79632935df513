#pragma once

#include "core/pg/schemacopy.h"
#include "core/pg/throwawaycluster.h"

#include <QString>

#include <functional>
#include <memory>

namespace trigon::pg {

// The sandbox: a private PostgreSQL cluster holding a small demo shop (customers, products,
// orders, order_items, audit_log), so a newcomer can inspect, design, deploy, test and watch
// events with no server of their own.
//
// Its data directory survives restarts until reset(). One server serves the GUI and trigon-cli:
// whichever starts it second attaches to it. The calls block: the GUI runs start(), reset() and
// seedFromSchema() on a worker thread.
class Sandbox
{
public:
    static constexpr auto DatabaseName = "sandbox";

    // Where the sandbox lives for this user: the application data folder. As root the server
    // runs as `postgres`, which cannot enter root's home, so root's sandbox lives in /var/tmp.
    static QString defaultDataDir();

    explicit Sandbox(QString dataDir = defaultDataDir());
    ~Sandbox(); // stops the server

    // Starts the cluster, creating it and loading the demo schema the first time, or attaches
    // to the server another process runs. One process at a time starts it (a lock file beside
    // the data directory): a second one waits, telling `waiting` so, up to startWaitMs, and then
    // attaches to what the first started.
    bool start(const std::function<void(const QString &)> &waiting = {});
    static constexpr int startWaitMs = 180000;
    // Attaches to the server another process runs, starting none; false when none runs.
    bool attach();
    // Leaves the server running when this object dies, for the conninfo handed out to stay
    // valid (trigon-cli sandbox start|seed). The next stop(), by anyone attached, stops it.
    void detach();
    bool stop();
    // Stops the server and deletes the data directory: the next start() begins afresh.
    bool reset();

    bool isRunning() const;
    bool wasCreated() const; // the last start() created the demo database
    QString error() const { return m_error; }
    QString dataDir() const { return m_dataDir; }
    // key=value connection string for a database of the running sandbox, the demo by default.
    QString conninfo(const QString &database = QString::fromLatin1(DatabaseName)) const;

    // Copies the structure, not the rows, of the source database into the sandbox database
    // `databaseName` (see copySchema()), so tests run against a copy of production's structure
    // instead of production. The sandbox must be running. A database of that name is replaced
    // only with `replace`; without it the result is TargetExists. The demo's name is refused.
    SchemaCopyResult seedFromSchema(const QString &sourceConninfo, const QString &databaseName,
                                    bool replace, const SchemaCopyProgress &progress = {},
                                    const SchemaCopyCancelled &cancelled = {});
    // The name a copy of the source gets unless told otherwise: the source database's name, or
    // "seed" when the connection string names none; "_copy" added to a name that is taken
    // (the demo's, or one the server keeps).
    static QString defaultSeedName(const QString &sourceConninfo);

    // The demo schema and rows, as one SQL script.
    static QString demoSchemaScript();

private:
    bool loadDemoSchema();

    QString m_dataDir;
    QString m_error;
    std::unique_ptr<ThrowawayCluster> m_cluster;
};

} // namespace trigon::pg
