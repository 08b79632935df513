#include "core/pg/blockingconnection.h"
#include "core/pg/throwawaycluster.h"
#include "tests/common/serverdirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace trigon::pg;

// These tests start clusters of their own (not the ctest fixture's), because starting and
// stopping is what they check.
class TestThrowawayCluster : public QObject
{
    Q_OBJECT
private slots:
    void findsServerBinaries();
    void missingBinariesSayWhatToInstall();
    void temporaryClusterStartsAcceptsConnectionsAndIsRemoved();
    void listensOnlyOnItsPrivateSocket();
    void persistentClusterKeepsDataAcrossRestarts();
    void destructorStopsTheServer();
    void persistentClusterRecoversFromAKilledOwner();
};

void TestThrowawayCluster::findsServerBinaries()
{
    QString error;
    const ServerBinaries binaries = findServerBinaries(&error);
    QVERIFY2(binaries.isValid(), qPrintable(error));
    QVERIFY(QFileInfo(binaries.binDir + QStringLiteral("/initdb")).isExecutable());
    QVERIFY(binaries.majorVersion >= 11);
}

void TestThrowawayCluster::missingBinariesSayWhatToInstall()
{
    QString error;
    const ServerBinaries binaries
            = findServerBinariesIn({QStringLiteral("/nonexistent/trigon/bin")}, &error);
    QVERIFY(!binaries.isValid());
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/trigon/bin")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("apt-get install postgresql")), qPrintable(error));
}

void TestThrowawayCluster::temporaryClusterStartsAcceptsConnectionsAndIsRemoved()
{
    ThrowawayCluster cluster;
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    QVERIFY(cluster.isRunning());
    QVERIFY(cluster.wasCreated());
    QVERIFY(cluster.port() > 0);
    const QString dataDir = cluster.dataDir();
    const QString socketDir = cluster.socketDir();
    QVERIFY(QFileInfo::exists(dataDir + QStringLiteral("/PG_VERSION")));

    {
        BlockingConnection connection(cluster.conninfo());
        QVERIFY2(connection.isOpen(), qPrintable(connection.connectionError().message));
        const QueryResult result
                = connection.exec(QStringLiteral("SELECT current_user, "
                                                 "current_setting('is_superuser')"));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value(0, 0), QStringLiteral("trigon"));
        QCOMPARE(result.value(0, 1), QStringLiteral("on"));
    }

    QVERIFY2(cluster.stop(), qPrintable(cluster.error()));
    QVERIFY(!cluster.isRunning());
    QVERIFY(!QFileInfo::exists(dataDir));
    QVERIFY(!QFileInfo::exists(socketDir));
}

void TestThrowawayCluster::listensOnlyOnItsPrivateSocket()
{
    ThrowawayCluster cluster;
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    BlockingConnection connection(cluster.conninfo());
    QVERIFY(connection.isOpen());
    const QueryResult result = connection.exec(
            QStringLiteral("SELECT current_setting('listen_addresses'), "
                           "current_setting('unix_socket_directories'), current_setting('port')"));
    QVERIFY(result.ok());
    QCOMPARE(result.value(0, 0), QString());
    QCOMPARE(result.value(0, 1), cluster.socketDir());
    QCOMPARE(result.value(0, 2).toInt(), cluster.port());
}

void TestThrowawayCluster::persistentClusterKeepsDataAcrossRestarts()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    // The server user must be able to reach the data directory when the test runs as root.
    trigon::test::openToServer(parent.path());
    const QString dataDir = parent.path() + QStringLiteral("/sandbox");
    {
        ThrowawayCluster cluster({dataDir, true});
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        QVERIFY(cluster.wasCreated());
        BlockingConnection connection(cluster.conninfo());
        QVERIFY(connection.exec(QStringLiteral("CREATE TABLE kept (id int)")).ok());
        QVERIFY(connection.exec(QStringLiteral("INSERT INTO kept VALUES (42)")).ok());
        QVERIFY2(cluster.stop(), qPrintable(cluster.error()));
        QVERIFY(QFileInfo::exists(dataDir + QStringLiteral("/PG_VERSION")));
    }
    ThrowawayCluster again({dataDir, true});
    QVERIFY2(again.start(), qPrintable(again.error()));
    QVERIFY(!again.wasCreated());
    BlockingConnection connection(again.conninfo());
    const QueryResult result = connection.exec(QStringLiteral("SELECT id FROM kept"));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(0, 0), QStringLiteral("42"));
    QVERIFY(again.stop());
    QVERIFY(QFileInfo::exists(dataDir + QStringLiteral("/PG_VERSION")));
}

void TestThrowawayCluster::destructorStopsTheServer()
{
    QString dataDir;
    {
        ThrowawayCluster cluster;
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        dataDir = cluster.dataDir();
    }
    QVERIFY(!QFileInfo::exists(dataDir));
}

void TestThrowawayCluster::persistentClusterRecoversFromAKilledOwner()
{
    QTemporaryDir parent;
    trigon::test::openToServer(parent.path());
    const QString dataDir = parent.path() + QStringLiteral("/sandbox");
    {
        ThrowawayCluster orphaned({dataDir, true});
        QVERIFY2(orphaned.start(), qPrintable(orphaned.error()));
        orphaned.detach(); // as if the application had been killed: the server keeps running
    }
    QVERIFY(QFileInfo::exists(dataDir + QStringLiteral("/postmaster.pid")));
    ThrowawayCluster again({dataDir, true});
    QVERIFY2(again.start(), qPrintable(again.error()));
    BlockingConnection connection(again.conninfo());
    QVERIFY2(connection.isOpen(), qPrintable(connection.connectionError().message));
    QVERIFY(again.stop());
    QVERIFY(!QFileInfo::exists(dataDir + QStringLiteral("/postmaster.pid")));
}

QTEST_GUILESS_MAIN(TestThrowawayCluster)
#include "tst_throwawaycluster.moc"
