#include "tests/common/testdatabase.h"

#include "core/pg/connectionprofile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <atomic>

namespace trigon::test {

namespace {

struct ClusterAddress
{
    QString socketDir;
    int port = 0;
    QString user;
};

ClusterAddress testClusterAddress()
{
    const QString stateFile = qEnvironmentVariable("TRIGON_TEST_CLUSTER");
    if (stateFile.isEmpty() || !QFileInfo::exists(stateFile))
        qFatal("This test needs the throwaway PostgreSQL cluster that ctest starts (fixture "
               "TrigonCluster). Run it through ctest, or scripts/test.");
    const QSettings state(stateFile, QSettings::IniFormat);
    return {state.value(QStringLiteral("socketDir")).toString(),
            state.value(QStringLiteral("port")).toInt(),
            state.value(QStringLiteral("user")).toString()};
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString testClusterConninfo(const QString &database)
{
    const ClusterAddress cluster = testClusterAddress();
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
            .arg(pg::quoteConninfoValue(cluster.socketDir))
            .arg(cluster.port)
            .arg(pg::quoteConninfoValue(cluster.user), pg::quoteConninfoValue(database));
}

QString testClusterUri(const QString &database, const QString &userInfo, const QString &query)
{
    const ClusterAddress cluster = testClusterAddress();
    // Concatenated, not arg(): the percent-encoded socket directory is full of "%2F".
    QString uri = QStringLiteral("postgresql://")
            + (userInfo.isEmpty() ? QString() : userInfo + u'@') + u'/' + percentEncoded(database)
            + QStringLiteral("?host=") + percentEncoded(cluster.socketDir)
            + QStringLiteral("&port=") + QString::number(cluster.port);
    if (userInfo.isEmpty())
        uri += QStringLiteral("&user=") + percentEncoded(cluster.user);
    return uri + query;
}

QString testClusterUser()
{
    return testClusterAddress().user;
}

TestDatabase::TestDatabase(const QString &prefix)
{
    static std::atomic<int> counter {0};
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_]"));
    // Only [a-z0-9_]: the name needs no quoting and stays within 63 bytes.
    m_name = QStringLiteral("%1_%2_%3_%4")
                     .arg(prefix, QCoreApplication::applicationName())
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter++)
                     .toLower()
                     .replace(unsafe, QString())
                     .right(63);
    pg::BlockingConnection maintenance(testClusterConninfo());
    if (!maintenance.isOpen())
        qFatal("cannot reach the test cluster: %s",
               qPrintable(maintenance.connectionError().message));
    const pg::QueryResult created = maintenance.exec(QStringLiteral("CREATE DATABASE ") + m_name);
    if (!created.ok())
        qFatal("cannot create test database %s: %s", qPrintable(m_name),
               qPrintable(created.error().message));
    m_connection = std::make_unique<pg::BlockingConnection>(conninfo());
    if (!m_connection->isOpen())
        qFatal("cannot connect to test database %s: %s", qPrintable(m_name),
               qPrintable(m_connection->connectionError().message));
}

TestDatabase::~TestDatabase()
{
    m_connection.reset();
    pg::BlockingConnection maintenance(testClusterConninfo());
    // WITH (FORCE) ends sessions a test left open, so nothing stays behind.
    maintenance.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}

QString TestDatabase::conninfo() const
{
    return testClusterConninfo(m_name);
}

pg::QueryResult TestDatabase::mustExec(const QString &sql, const QStringList &params)
{
    // Without parameters the simple protocol runs it, so a script of several statements works.
    pg::QueryResult result
            = params.isEmpty() ? m_connection->execScript(sql) : m_connection->exec(sql, params);
    if (!result.ok())
        qFatal("setup statement failed: %s\nStatement: %s", qPrintable(result.error().toString()),
               qPrintable(sql));
    return result;
}

} // namespace trigon::test
