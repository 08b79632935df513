#pragma once

#include "core/pg/throwawaycluster.h"

#include <QString>

#include <memory>

namespace trigon::pg {

// The sandbox: a private PostgreSQL cluster holding a small demo shop (customers, products,
// orders, order_items, audit_log), so a newcomer can inspect, design, deploy, test and watch
// events with no server of their own.
//
// Its data directory survives restarts until reset(). The calls block: the GUI runs start() and
// reset() on a worker thread.
class Sandbox
{
public:
    static constexpr auto DatabaseName = "sandbox";

    // Where the sandbox lives for this user: the application data folder. As root the server
    // runs as `postgres`, which cannot enter root's home, so root's sandbox lives in /var/tmp.
    static QString defaultDataDir();

    explicit Sandbox(QString dataDir = defaultDataDir());
    ~Sandbox(); // stops the server

    // Starts the cluster, creating it and loading the demo schema the first time.
    bool start();
    bool stop();
    // Stops the server and deletes the data directory: the next start() begins afresh.
    bool reset();

    bool isRunning() const;
    bool wasCreated() const; // the last start() created the demo database
    QString error() const { return m_error; }
    QString dataDir() const { return m_dataDir; }
    QString conninfo() const;

    // The demo schema and rows, as one SQL script.
    static QString demoSchemaScript();

private:
    bool loadDemoSchema();

    QString m_dataDir;
    QString m_error;
    std::unique_ptr<ThrowawayCluster> m_cluster;
};

} // namespace trigon::pg
