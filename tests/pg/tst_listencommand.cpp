#include "core/pg/blockingconnection.h"
#include "tests/common/passwordforms.h"
#include "tests/common/testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace trigon::pg;
using trigon::test::TestDatabase;

// `trigon-cli listen` run as scripts run it: a separate process, JSON lines read from stdout.
class TestListenCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void printsJsonLinesAndStopsAfterCount();
    void stopsAfterTimeout();
    void printsAGapAfterReconnecting();
    void passwordNeverPrinted_data();
    void passwordNeverPrinted();
    void commandLineHidesThePassword_data();
    void commandLineHidesThePassword();

private:
    // Starts `listen` with `arguments` and waits until it listens.
    bool startListening(QProcess &process, const QStringList &arguments);
    QString m_program;
    QStringList m_prefix;
};

namespace {

QList<QJsonObject> jsonLines(const QByteArray &output)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : output.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        objects.append(QJsonDocument::fromJson(line, &error).object());
        if (error.error != QJsonParseError::NoError)
            qWarning("not a JSON line: %s", line.constData());
    }
    return objects;
}

bool waitForText(QProcess &process, QByteArray &seen, const QByteArray &text, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!seen.contains(text) && timer.elapsed() < timeoutMs) {
        process.waitForReadyRead(50);
        seen += process.readAllStandardError();
    }
    return seen.contains(text);
}

} // namespace

void TestListenCommand::initTestCase()
{
    m_program = QCoreApplication::applicationDirPath() + QStringLiteral("/trigon-cli");
    m_prefix = {QStringLiteral("listen")};
}

bool TestListenCommand::startListening(QProcess &process, const QStringList &arguments)
{
    process.start(m_program, m_prefix + arguments);
    if (!process.waitForStarted(10000))
        return false;
    QByteArray seen;
    return waitForText(process, seen, "listening on", 15000);
}

void TestListenCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no database") << QStringList {QStringLiteral("alpha")}
                                 << QStringLiteral("--db CONNINFO is required");
    QTest::newRow("no channel") << QStringList {QStringLiteral("--db"), QStringLiteral("x")}
                                << QStringLiteral("at least one channel");
    QTest::newRow("bad count") << QStringList {QStringLiteral("--db"), QStringLiteral("x"),
                                               QStringLiteral("--count"), QStringLiteral("many"),
                                               QStringLiteral("alpha")}
                               << QStringLiteral("--count");
    QTest::newRow("unreachable server") << QStringList {
            QStringLiteral("--db"), QStringLiteral("host=/nonexistent-trigon-dir port=1 dbname=x"),
            QStringLiteral("alpha")} << QStringLiteral("cannot connect");
}

void TestListenCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(m_program, m_prefix + arguments);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestListenCommand::printsJsonLinesAndStopsAfterCount()
{
    TestDatabase db;
    QProcess process;
    QVERIFY(startListening(process,
                           {QStringLiteral("--db"), db.conninfo(), QStringLiteral("alpha"),
                            QStringLiteral("Beta Channel"), QStringLiteral("--count"),
                            QStringLiteral("3")}));
    BlockingConnection &sender = db.connection();
    const QString big = QStringLiteral("é").repeated(3999) + QLatin1Char('x'); // 7999 bytes
    const QList<QPair<QString, QString>> sent {
            {QStringLiteral("alpha"), QStringLiteral("first \"quoted\"\nline")},
            {QStringLiteral("Beta Channel"), QStringLiteral("naïve 日本語 🐘")},
            {QStringLiteral("alpha"), big},
            {QStringLiteral("alpha"), QStringLiteral("one too many")},
    };
    // One transaction: all four reach the listener in one read, and it must still stop at 3.
    QVERIFY(sender.exec(QStringLiteral("BEGIN")).ok());
    for (const auto &[channel, payload] : sent)
        QVERIFY(sender.exec(QStringLiteral("SELECT pg_notify($1, $2)"), {channel, payload}).ok());
    QVERIFY(sender.exec(QStringLiteral("COMMIT")).ok());

    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray output = process.readAllStandardOutput();
    QCOMPARE(output.count('\n'), 3);
    const QList<QJsonObject> lines = jsonLines(output);
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject &line = lines.at(i);
        QCOMPARE(line.keys(),
                 (QStringList {QStringLiteral("channel"), QStringLiteral("payload"),
                               QStringLiteral("pid"), QStringLiteral("time")}));
        QCOMPARE(line.value(QStringLiteral("channel")).toString(), sent.at(i).first);
        QCOMPARE(line.value(QStringLiteral("payload")).toString(), sent.at(i).second);
        QCOMPARE(line.value(QStringLiteral("pid")).toInt(), sender.backendPid());
        QVERIFY(QDateTime::fromString(line.value(QStringLiteral("time")).toString(),
                                      Qt::ISODateWithMs)
                        .isValid());
    }
}

void TestListenCommand::stopsAfterTimeout()
{
    TestDatabase db;
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(startListening(process,
                           {QStringLiteral("--db"), db.conninfo(), QStringLiteral("--timeout"),
                            QStringLiteral("0.8"), QStringLiteral("alpha")}));
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(clock.elapsed() >= 800);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestListenCommand::printsAGapAfterReconnecting()
{
    TestDatabase db;
    QProcess process;
    process.start(m_program,
                  m_prefix
                          + QStringList {QStringLiteral("--db"), db.conninfo(),
                                         QStringLiteral("--count"), QStringLiteral("1"),
                                         QStringLiteral("--timeout"), QStringLiteral("20"),
                                         QStringLiteral("alpha")});
    QByteArray seen;
    QVERIFY(waitForText(process, seen, "listening on", 15000));
    const QRegularExpressionMatch pid = QRegularExpression(QStringLiteral("backend pid (\\d+)"))
                                                .match(QString::fromUtf8(seen));
    QVERIFY(pid.hasMatch());
    BlockingConnection &sender = db.connection();
    QVERIFY(sender.exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {pid.captured(1)}).ok());
    seen.clear();
    QVERIFY(waitForText(process, seen, "listening on", 5000));
    QVERIFY2(seen.contains("connection lost"), seen.constData());
    QVERIFY(sender.exec(QStringLiteral("SELECT pg_notify('alpha', 'after')")).ok());
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QJsonObject> lines = jsonLines(process.readAllStandardOutput());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QStringLiteral("gap")).toBool(), true);
    QVERIFY(!lines.at(0).contains(QStringLiteral("payload")));
    QVERIFY(lines.at(0).contains(QStringLiteral("lost_at")));
    QCOMPARE(lines.at(1).value(QStringLiteral("payload")).toString(), QStringLiteral("after"));
}

void TestListenCommand::passwordNeverPrinted_data()
{
    trigon::test::addPasswordFormRows();
}

// A first connection that fails ends `listen` with the reason, which must not show the password.
void TestListenCommand::passwordNeverPrinted()
{
    QFETCH(QString, conninfo);
    QFETCH(QStringList, secrets);
    QProcess process;
    process.start(
            m_program,
            m_prefix + QStringList {QStringLiteral("--db"), conninfo, QStringLiteral("alpha")});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    const QString output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(output.contains(QStringLiteral("cannot connect")), qPrintable(output));
    QVERIFY(trigon::test::showsNoSecret(output, secrets));
}

void TestListenCommand::commandLineHidesThePassword_data()
{
    // How the row passes the database: "--db", "--db=" or "-d", and in which conninfo form.
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("form");
    QTest::newRow("--db key=value") << QStringLiteral("--db") << QStringLiteral("key=value");
    QTest::newRow("--db=URI user:password@") << QStringLiteral("--db=") << QStringLiteral("uri");
    QTest::newRow("-d URI ?password=") << QStringLiteral("-d") << QStringLiteral("uri query");
}

// A running command's arguments are readable by every user of the machine (ps, /proc/PID/cmdline);
// listen runs for hours, so it overwrites the password in its own argv once it has read it.
void TestListenCommand::commandLineHidesThePassword()
{
    QFETCH(QString, option);
    QFETCH(QString, form);
    TestDatabase db;
    const QString secret = QStringLiteral("Argv-S3cret");
    // The test cluster trusts local connections: the password travels but is never asked for.
    QString conninfo;
    if (form == QLatin1String("key=value"))
        conninfo = db.conninfo() + QStringLiteral(" password=") + secret;
    else if (form == QLatin1String("uri"))
        conninfo = trigon::test::testClusterUri(
                db.name(), trigon::test::testClusterUser() + QLatin1Char(':') + secret);
    else
        conninfo = trigon::test::testClusterUri(db.name(), {},
                                                QStringLiteral("&password=") + secret);
    const QStringList database = option.endsWith(u'=') ? QStringList {option + conninfo}
                                                       : QStringList {option, conninfo};
    QProcess process;
    QVERIFY(startListening(process,
                           database
                                   + QStringList {QStringLiteral("--timeout"), QStringLiteral("10"),
                                                  QStringLiteral("alpha")}));
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.processId()));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    const QByteArray shown = cmdline.readAll();
    process.kill();
    process.waitForFinished(5000);
    QVERIFY2(shown.contains("alpha"), shown.constData());
    QVERIFY2(!shown.contains(secret.toUtf8()), QByteArray(shown).replace('\0', ' ').constData());
}

QTEST_GUILESS_MAIN(TestListenCommand)
#include "tst_listencommand.moc"
