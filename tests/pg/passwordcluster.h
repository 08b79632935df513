#pragma once

#include "core/pg/blockingconnection.h"
#include "core/pg/throwawaycluster.h"

#include <QFile>

namespace trigon::test {

// The fixture cluster trusts every local connection; tests of password handling start a cluster
// of their own where every role but the superuser must give a password, with one such role.
// Returns an empty string on success, else what went wrong.
inline QString startPasswordCluster(pg::ThrowawayCluster &cluster, const QString &role,
                                    const QString &password)
{
    if (!cluster.start())
        return cluster.error();
    pg::BlockingConnection admin(cluster.conninfo());
    const pg::QueryResult created = admin.exec(
            QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', $1::text, "
                           "$2::text)"),
            {role, password});
    if (!created.ok())
        return created.error().message;
    const pg::QueryResult madeRole = admin.exec(created.value(0, 0));
    if (!madeRole.ok())
        return madeRole.error().message;
    QFile hba(cluster.dataDir() + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return hba.errorString();
    hba.write("local all " + cluster.superuser().toUtf8()
              + " trust\nlocal all all scram-sha-256\n");
    hba.close();
    const pg::QueryResult reloaded = admin.exec(QStringLiteral("SELECT pg_reload_conf()"));
    return reloaded.ok() ? QString() : reloaded.error().message;
}

} // namespace trigon::test
