#include "core/pg/connection.h"
#include "core/pg/connectionprofile.h"
#include "core/pg/throwawaycluster.h"
#include "tests/pg/passwordcluster.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trigon::pg;

namespace {

bool openAndWait(Connection &connection, const ConnectionParameters &parameters)
{
    QSignalSpy connected(&connection, &Connection::connected);
    QSignalSpy failed(&connection, &Connection::connectionFailed);
    connection.open(parameters);
    QElapsedTimer timer;
    timer.start();
    while (connected.isEmpty() && failed.isEmpty() && timer.elapsed() < 15000)
        QTest::qWait(5);
    return connection.isOpen();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(contents);
    // libpq ignores a password file that others can read.
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void parsesConninfo_data();
    void parsesConninfo();
    void rejectsBadConninfo();
    void refusalsHideThePassword_data();
    void refusalsHideThePassword();
    void settingsNeverHoldAPassword();
    void conninfoRoundTripsOddValues();
    void displayConninfoQuotesOnlyWhereNeeded();
    void savedProfilesHoldNoPassword();
    void displayName_data();
    void displayName();
    void serviceFileEnvironmentAndPgpass();
};

void TestConnectionProfile::parsesConninfo_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("extraKey");
    QTest::addColumn<QString>("extraValue");
    QTest::newRow("uri") << QStringLiteral("postgresql://bob:s%40cret@db.example.com:5433/shop"
                                           "?sslmode=require&application_name=ops")
                         << "db.example.com"
                         << "5433"
                         << "shop"
                         << "bob"
                         << "require"
                         << "s@cret"
                         << "application_name"
                         << "ops";
    QTest::newRow("key=value") << QStringLiteral("host=/run/pg port=5432 dbname='my db' "
                                                 "user=alice password='p w' connect_timeout=5")
                               << "/run/pg"
                               << "5432"
                               << "my db"
                               << "alice"
                               << ""
                               << "p w"
                               << ""
                               << "";
    QTest::newRow("service only") << QStringLiteral("service=prod target_session_attrs=read-write")
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << "target_session_attrs"
                                  << "read-write";
}

void TestConnectionProfile::parsesConninfo()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    QFETCH(QString, password);
    QFETCH(QString, extraKey);
    QFETCH(QString, extraValue);
    QString error;
    QString foundPassword;
    const auto profile = ConnectionProfile::fromConninfo(conninfo, &error, &foundPassword);
    QVERIFY2(profile.has_value(), qPrintable(error));
    QCOMPARE(profile->host(), host);
    QCOMPARE(profile->port(), port);
    QCOMPARE(profile->database(), database);
    QCOMPARE(profile->user(), user);
    QCOMPARE(profile->sslMode(), sslMode);
    QCOMPARE(foundPassword, password);
    if (!extraKey.isEmpty())
        QCOMPARE(profile->extraParameters().value(extraKey), extraValue);
    QVERIFY(!profile->extraParameters().contains(QStringLiteral("password")));
    QVERIFY(!profile->toConninfo().contains(QStringLiteral("password")));
}

void TestConnectionProfile::rejectsBadConninfo()
{
    QString error;
    QVERIFY(!ConnectionProfile::fromConninfo(QStringLiteral("host=x bogus_option=1"), &error));
    QVERIFY2(error.contains(QStringLiteral("bogus_option")), qPrintable(error));
    QVERIFY(!ConnectionProfile::fromConninfo(QStringLiteral("host='unterminated"), &error));
    QVERIFY(!error.isEmpty());
}

void TestConnectionProfile::refusalsHideThePassword_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("refusal"); // part of libpq's message
    QTest::addColumn<QString>("secret");
    // libpq quotes the token it cannot decode, which here is the password.
    QTest::newRow("bad %-escape in user:password@")
            << QStringLiteral("postgresql://alice:Bad%zzS3cret@db/shop")
            << QStringLiteral("invalid percent-encoded token") << QStringLiteral("zzS3cret");
    QTest::newRow("bad %-escape in ?password=")
            << QStringLiteral("postgresql://db/shop?password=Q%zzS3cret")
            << QStringLiteral("invalid percent-encoded token") << QStringLiteral("zzS3cret");
    QTest::newRow("unknown keyword beside a password")
            << QStringLiteral("password=Kv-S3cret bogus_option=1") << QStringLiteral("bogus_option")
            << QStringLiteral("Kv-S3cret");
}

void TestConnectionProfile::refusalsHideThePassword()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, refusal);
    QFETCH(QString, secret);
    QString error;
    QVERIFY(!ConnectionProfile::fromConninfo(conninfo, &error));
    QVERIFY2(error.contains(refusal), qPrintable(error));
    QVERIFY2(!error.contains(secret), qPrintable(error));
}

void TestConnectionProfile::settingsNeverHoldAPassword()
{
    QString password;
    auto profile = ConnectionProfile::fromConninfo(
            QStringLiteral(
                    "host=db port=6432 dbname=shop user=ops password=hunter2 sslmode=verify-full "
                    "sslrootcert=/etc/ca.pem connect_timeout=7"),
            nullptr, &password);
    QVERIFY(profile);
    QCOMPARE(password, QStringLiteral("hunter2"));
    profile->setName(QStringLiteral("Production shop"));
    profile->setProtected(true);
    profile->setExtraParameter(QStringLiteral("password"), QStringLiteral("sneaky"));
    const QVariantMap settings = profile->toSettings();
    QVERIFY(!QVariant(settings).toString().contains(QStringLiteral("hunter2")));
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        QVERIFY(!it.key().contains(QStringLiteral("password")));
        QVERIFY(!it.value().toString().contains(QStringLiteral("hunter2")));
        QVERIFY(!it.value().toString().contains(QStringLiteral("sneaky")));
    }
    QVERIFY(!settings.value(QStringLiteral("parameters"))
                     .toMap()
                     .contains(QStringLiteral("password")));
    const ConnectionProfile back = ConnectionProfile::fromSettings(settings);
    QCOMPARE(back, *profile);
    QVERIFY(back.isProtected());
    QCOMPARE(back.connectTimeout(), 7);
    QCOMPARE(back.extraParameters().value(QStringLiteral("sslrootcert")),
             QStringLiteral("/etc/ca.pem"));
    // The password only travels when the caller passes it, for this session.
    QVERIFY(back.toConninfo(QStringLiteral("hunter2"))
                    .endsWith(QStringLiteral("password='hunter2'")));
}

// The text the connect dialog shows and psql gets: bare values where libpq allows them, the
// odd ones quoted, never the password or the application name Trigon adds itself.
void TestConnectionProfile::displayConninfoQuotesOnlyWhereNeeded()
{
    ConnectionProfile profile;
    profile.setHost(QStringLiteral("/tmp/odd dir"));
    profile.setPort(QStringLiteral("5433"));
    profile.setDatabase(QStringLiteral("it's a \\ db=x"));
    profile.setUser(QStringLiteral("alice"));
    profile.setSslMode(QStringLiteral("require"));
    profile.setExtraParameter(QStringLiteral("target_session_attrs"), QStringLiteral("read-write"));
    profile.setExtraParameter(QStringLiteral("fallback_application_name"),
                              QStringLiteral("Trigon"));
    const QString shown = profile.toDisplayConninfo();
    QCOMPARE(shown,
             QStringLiteral("host='/tmp/odd dir' port=5433 dbname='it\\'s a \\\\ db=x' user=alice "
                            "sslmode=require target_session_attrs=read-write"));
    QString error;
    const auto back = ConnectionProfile::fromConninfo(shown, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, profile);
    // parameters() adds it once; the copy read back from an old conninfo was dropped.
    QCOMPARE(profile.toConninfo().count(QStringLiteral("fallback_application_name")), 1);
}

void TestConnectionProfile::conninfoRoundTripsOddValues()
{
    ConnectionProfile profile;
    profile.setHost(QStringLiteral("/tmp/odd dir"));
    profile.setDatabase(QStringLiteral("it's a \\ db=x"));
    profile.setUser(QStringLiteral("Ünïcode user"));
    QString password;
    const auto back = ConnectionProfile::fromConninfo(profile.toConninfo(QStringLiteral("a'b\\c")),
                                                      nullptr, &password);
    QVERIFY(back);
    QCOMPARE(back->host(), profile.host());
    QCOMPARE(back->database(), profile.database());
    QCOMPARE(back->user(), profile.user());
    QCOMPARE(password, QStringLiteral("a'b\\c"));
}

void TestConnectionProfile::savedProfilesHoldNoPassword()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("trigon.ini"));
    QString password;
    auto production = ConnectionProfile::fromConninfo(
            QStringLiteral("postgresql://ops:hunter2@db.example.com:6432/shop?sslmode=verify-full"
                           "&sslrootcert=/etc/ca.pem"),
            nullptr, &password);
    QVERIFY(production);
    production->setName(QStringLiteral("Production shop"));
    production->setProtected(true);
    ConnectionProfile local;
    local.setService(QStringLiteral("dev"));
    {
        QSettings settings(file, QSettings::IniFormat);
        ConnectionProfile::writeAll(settings, QStringLiteral("connections"), {*production, local});
    }
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QVERIFY2(!text.contains("hunter2") && !text.contains("password"), text.constData());
    QVERIFY(text.contains("sslrootcert=/etc/ca.pem"));
    QSettings settings(file, QSettings::IniFormat);
    const QList<ConnectionProfile> back
            = ConnectionProfile::readAll(settings, QStringLiteral("connections"));
    QCOMPARE(back, (QList<ConnectionProfile> {*production, local}));
    QVERIFY(back.first().isProtected());
}

void TestConnectionProfile::displayName_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << "host=db port=5433 dbname=shop user=ops"
                          << "ops@db:5433/shop";
    QTest::newRow("service") << "service=prod"
                             << "service=prod";
    QTest::newRow("nothing") << ""
                             << "default host";
}

void TestConnectionProfile::displayName()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, expected);
    const auto profile = ConnectionProfile::fromConninfo(conninfo, nullptr);
    QVERIFY(profile);
    QCOMPARE(profile->displayName(), expected);
    ConnectionProfile named = *profile;
    named.setName(QStringLiteral("Mine"));
    QCOMPARE(named.displayName(), QStringLiteral("Mine"));
}

void TestConnectionProfile::serviceFileEnvironmentAndPgpass()
{
    ThrowawayCluster cluster;
    const QString problem = trigon::test::startPasswordCluster(cluster, QStringLiteral("carol"),
                                                               QStringLiteral("s3cret:x"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTemporaryDir dir;
    const QString serviceFile = dir.filePath(QStringLiteral("pg_service.conf"));
    const QString passFile = dir.filePath(QStringLiteral("pgpass"));
    QVERIFY(writeFile(
            serviceFile,
            QStringLiteral("[trigon_test]\nhost=%1\nport=%2\ndbname=postgres\nuser=carol\n")
                    .arg(cluster.socketDir())
                    .arg(cluster.port())
                    .toUtf8()));
    qputenv("PGSERVICEFILE", serviceFile.toUtf8());
    qputenv("PGPASSFILE", dir.filePath(QStringLiteral("none")).toUtf8());

    ConnectionProfile profile;
    profile.setService(QStringLiteral("trigon_test"));
    Connection connection;
    QVERIFY(!openAndWait(connection, profile.parameters()));
    QVERIFY(connection.passwordNeeded());
    // Asked once, passed for the session.
    QVERIFY(openAndWait(connection, profile.parameters(QStringLiteral("s3cret:x"))));
    QCOMPARE(connection.user(), QStringLiteral("carol"));

    // ~/.pgpass (here PGPASSFILE) answers instead of the user; ':' in the password is escaped.
    QVERIFY(writeFile(passFile,
                      QStringLiteral("%1:%2:*:carol:s3cret\\:x\n")
                              .arg(cluster.socketDir())
                              .arg(cluster.port())
                              .toUtf8()));
    qputenv("PGPASSFILE", passFile.toUtf8());
    QVERIFY(openAndWait(connection, profile.parameters()));

    // Explicit fields override the service's section: the superuser needs no password.
    profile.setUser(cluster.superuser());
    QVERIFY(openAndWait(connection, profile.parameters()));
    QCOMPARE(connection.user(), cluster.superuser());

    // PG* variables fill what a profile leaves empty.
    qunsetenv("PGSERVICEFILE");
    qputenv("PGHOST", cluster.socketDir().toUtf8());
    qputenv("PGPORT", QByteArray::number(cluster.port()));
    qputenv("PGUSER", "carol");
    qputenv("PGDATABASE", "postgres");
    QVERIFY(openAndWait(connection, ConnectionProfile().parameters()));
    QCOMPARE(connection.user(), QStringLiteral("carol"));
    for (const char *name : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSFILE"})
        qunsetenv(name);
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
