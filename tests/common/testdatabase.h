#pragma once

#include "core/pg/blockingconnection.h"

#include <QString>

namespace trigon::test {

// The conninfo of `database` on the cluster this ctest run started (fixture TrigonCluster).
// Fails the test program with a clear message when run outside ctest.
QString testClusterConninfo(const QString &database = QStringLiteral("postgres"));
// The same as a postgresql:// URI: the socket directory and port travel as query parameters.
// `userInfo` ("user" or "user:password") goes before the '@'; when empty, the cluster's user is a
// query parameter instead. `query` ("&key=value...") is appended as it is.
QString testClusterUri(const QString &database, const QString &userInfo = {},
                       const QString &query = {});
// The role the cluster's conninfo connects as (its superuser).
QString testClusterUser();

// A fresh, empty database on the test cluster, dropped again when the object dies. Each test
// (or test function) makes its own, so tests can run in parallel and leave nothing behind.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &prefix = QStringLiteral("test"));
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    QString name() const { return m_name; }
    QString conninfo() const;
    // An open connection to this database, kept for the object's life.
    pg::BlockingConnection &connection() { return *m_connection; }
    // Runs sql and fails the test program (qFatal) with the server's message when it fails: for
    // setup statements whose failure means the test itself is broken.
    pg::QueryResult mustExec(const QString &sql, const QStringList &params = {});

private:
    QString m_name;
    std::unique_ptr<pg::BlockingConnection> m_connection;
};

} // namespace trigon::test
