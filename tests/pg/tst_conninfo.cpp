// ConnectArguments and maskPasswords(): no server needed.
#include "core/pg/conninfo.h"

#include <QTest>

using namespace trigon::pg;

namespace {

QStringList strings(const char *const *array)
{
    QStringList list;
    for (; *array; ++array)
        list.append(QString::fromUtf8(*array));
    return list;
}

} // namespace

class TestConninfo : public QObject
{
    Q_OBJECT
private slots:
    void keepalivesComeFirst();
    void passwordsOfParameters();
    void conninfoPasswords_data();
    void conninfoPasswords();
    void maskPasswords_data();
    void maskPasswords();
};

// The user's conninfo is expanded after our keepalives, so its own keepalive settings win.
void TestConninfo::keepalivesComeFirst()
{
    const ConnectArguments arguments(QStringLiteral("postgresql://h/db?keepalives=0"));
    QCOMPARE(strings(arguments.keywords()),
             (QStringList {"keepalives", "keepalives_idle", "keepalives_interval",
                           "keepalives_count", "dbname"}));
    QCOMPARE(strings(arguments.values()),
             (QStringList {"1", "30", "10", "3", "postgresql://h/db?keepalives=0"}));
    QCOMPARE(arguments.expandDbname(), 1);
}

void TestConninfo::passwordsOfParameters()
{
    const ConnectionParameters parameters {{QStringLiteral("dbname"), QStringLiteral("password=x")},
                                           {QStringLiteral("password"), QStringLiteral("s3cret")}};
    const ConnectArguments literal(parameters, false);
    QCOMPARE(literal.expandDbname(), 0);
    // Not expanded, "password=x" is a database's name.
    QCOMPARE(literal.passwords(), QStringList {QStringLiteral("s3cret")});
    const ConnectArguments expanded(parameters, true);
    QCOMPARE(expanded.passwords(), (QStringList {QStringLiteral("x"), QStringLiteral("s3cret")}));
}

void TestConninfo::conninfoPasswords_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QStringList>("passwords");
    QTest::newRow("none") << QStringLiteral("host=h dbname=d") << QStringList();
    QTest::newRow("key=value") << QStringLiteral("host=h password=abc dbname=d")
                               << QStringList {QStringLiteral("abc")};
    QTest::newRow("quoted") << QStringLiteral("password='a b\\'c' host=h")
                            << QStringList {QStringLiteral("'a b\\'c'"), QStringLiteral("a b'c")};
    QTest::newRow("URI user:password@")
            << QStringLiteral("postgresql://u:pw@h/d") << QStringList {QStringLiteral("pw")};
    QTest::newRow("URI percent-encoded")
            << QStringLiteral("postgres://u:p%40w%2F@h/d")
            << QStringList {QStringLiteral("p%40w%2F"), QStringLiteral("p@w/")};
    QTest::newRow("URI ?password=") << QStringLiteral("postgresql:///d?host=%2Ftmp&password=q%20w")
                                    << QStringList {QStringLiteral("q%20w"), QStringLiteral("q w")};
    // libpq cannot parse these; their shape still tells.
    QTest::newRow("URI with a bad %-escape")
            << QStringLiteral("postgresql://u:p%zz@h/d") << QStringList {QStringLiteral("p%zz")};
    QTest::newRow("key=value with an unknown keyword")
            << QStringLiteral("password=abc bogus=1") << QStringList {QStringLiteral("abc")};
}

void TestConninfo::conninfoPasswords()
{
    QFETCH(QString, conninfo);
    QFETCH(QStringList, passwords);
    QStringList found = trigon::pg::conninfoPasswords(conninfo);
    found.sort();
    passwords.sort();
    QCOMPARE(found, passwords);
}

void TestConninfo::maskPasswords_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("masked");
    QTest::newRow("libpq quotes a bad token")
            << QStringLiteral("invalid percent-encoded token: \"Bad%zzS3cret\"")
            << QStringLiteral("postgresql://u:Bad%zzS3cret@h/d")
            << QStringLiteral("invalid percent-encoded token: \"********\"");
    QTest::newRow("decoded password") << QStringLiteral("said P@ss/w0rd")
                                      << QStringLiteral("postgresql://u:P%40ss%2Fw0rd@h/d")
                                      << QStringLiteral("said ********");
    QTest::newRow("quoted key=value")
            << QStringLiteral("value a b'c here") << QStringLiteral("password='a b\\'c'")
            << QStringLiteral("value ******** here");
    QTest::newRow("a URI in the message")
            << QStringLiteral("missing \"=\" after \"postgresql://u:Sec@h/d\"") << QString()
            << QStringLiteral("missing \"=\" after \"postgresql://u:********@h/d\"");
    QTest::newRow("password= in the message")
            << QStringLiteral("keepalives=1 password=xyz host=h") << QString()
            << QStringLiteral("keepalives=1 password=******** host=h");
    QTest::newRow("?password= in the message")
            << QStringLiteral("\"postgresql:///d?password=xyz&host=h\"") << QString()
            << QStringLiteral("\"postgresql:///d?password=********&host=h\"");
    QTest::newRow("the longer password first")
            << QStringLiteral("abcabc and abc")
            << QStringLiteral("postgresql://u:abc@h/d?password=abcabc")
            << QStringLiteral("******** and ********");
    QTest::newRow("nothing to hide") << QStringLiteral("FATAL:  database \"shop\" does not exist")
                                     << QStringLiteral("host=h dbname=shop")
                                     << QStringLiteral("FATAL:  database \"shop\" does not exist");
    QTest::newRow("the word password alone")
            << QStringLiteral("FATAL:  password authentication failed for user \"alice\"")
            << QStringLiteral("user=alice password=hunter2")
            << QStringLiteral("FATAL:  password authentication failed for user \"alice\"");
}

void TestConninfo::maskPasswords()
{
    QFETCH(QString, message);
    QFETCH(QString, conninfo);
    QFETCH(QString, masked);
    QCOMPARE(trigon::pg::maskPasswords(message, conninfo), masked);
}

QTEST_GUILESS_MAIN(TestConninfo)
#include "tst_conninfo.moc"
