#include "tests/common/testdatabase.h"
#include "ui/session/connectionstatuswidget.h"
#include "ui/session/session.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;
using namespace Qt::StringLiterals;

// The status bar's connection note: where the session is connected, protected or not, and a
// psql command for the same database that a shell runs as it is.
class TestConnectionStatusWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void psqlCommandQuotesForTheShell_data();
    void psqlCommandQuotesForTheShell();
    void followsTheSessionAndCopiesAWorkingPsqlCommand();
};

void TestConnectionStatusWidget::initTestCase()
{
    // Settings go to a throwaway location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionStatusWidget::psqlCommandQuotesForTheShell_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("command");
    QTest::newRow("plain") << u"host=/var/run/postgresql port=5433 dbname=shop user=trigon"_s
                           << u"psql \"host=/var/run/postgresql port=5433 dbname=shop "
                              "user=trigon\""_s;
    QTest::newRow("conninfo quotes inside shell double quotes")
            << u"host=db dbname='my shop'"_s << u"psql \"host=db dbname='my shop'\""_s;
    QTest::newRow("a dollar: single quotes for the shell")
            << u"host=db dbname=a$b"_s << u"psql 'host=db dbname=a$b'"_s;
    QTest::newRow("a dollar and a conninfo quote")
            << u"host=db dbname='it\\'s $x'"_s
            << u"psql 'host=db dbname='\\''it\\'\\''s $x'\\'''"_s;
    QTest::newRow("no password, no application name")
            << u"host=db password=Secr3t fallback_application_name=Trigon"_s
            << u"psql \"host=db\""_s;
}

void TestConnectionStatusWidget::psqlCommandQuotesForTheShell()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, command);
    QString error;
    const auto profile = pg::ConnectionProfile::fromConninfo(conninfo, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(ConnectionStatusWidget::psqlCommand(*profile), command);

    // What the shell hands psql reads back as the same profile.
    QProcess echo;
    echo.start(u"/bin/sh"_s, {u"-c"_s, command.mid(5).prepend(u"printf %s "_s)});
    QVERIFY(echo.waitForFinished(10'000));
    const auto reread = pg::ConnectionProfile::fromConninfo(
            QString::fromUtf8(echo.readAllStandardOutput()), &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->toDisplayConninfo(), profile->toDisplayConninfo());
}

void TestConnectionStatusWidget::followsTheSessionAndCopiesAWorkingPsqlCommand()
{
    test::TestDatabase database(u"statuswidget"_s);
    QString error;
    auto profile = pg::ConnectionProfile::fromConninfo(database.conninfo(), &error);
    QVERIFY2(profile, qPrintable(error));
    profile->setName(u"staging"_s);
    profile->setProtected(true);

    Session session;
    ConnectionStatusWidget status(&session);
    QCOMPARE(status.text(), u"Not connected"_s);
    QVERIFY(!status.copyPsqlCommandAction()->isEnabled());

    QSignalSpy opened(&session, &Session::opened);
    // The test cluster trusts local connections: the password is only carried, never needed.
    session.openProfile(*profile, Session::Kind::Regular, false, u"N0t-For-Psql"_s);
    QVERIFY(opened.wait(30'000));
    const QString address = u"%1@%2:%3/%4"_s.arg(test::testClusterUser(), profile->host(),
                                                 profile->port(), database.name());
    QCOMPARE(status.text(), u"%1 (protected)"_s.arg(address));
    QVERIFY(status.toolTip().contains(u"staging"_s));
    QVERIFY(status.copyPsqlCommandAction()->isEnabled());

    status.copyPsqlCommandAction()->trigger();
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.startsWith(u"psql \""_s), qPrintable(command));
    QVERIFY(!command.contains(u"N0t-For-Psql"_s));
    QVERIFY(!command.contains(u"Trigon"_s));

    const QString psql = QStandardPaths::findExecutable(u"psql"_s);
    if (!psql.isEmpty()) {
        QProcess shell;
        shell.start(u"/bin/sh"_s, {u"-c"_s, command + u" -XAtc 'SELECT current_database()'"_s});
        QVERIFY(shell.waitForFinished(30'000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()).trimmed(), database.name());
    }

    session.close();
    QCOMPARE(status.text(), u"Not connected"_s);
    QVERIFY(!status.copyPsqlCommandAction()->isEnabled());
}

QTEST_MAIN(TestConnectionStatusWidget)
#include "tst_connectionstatuswidget.moc"
