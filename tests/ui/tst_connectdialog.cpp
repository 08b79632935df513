#include "tests/common/screenshot.h"
#include "tests/common/testdatabase.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/session/savedprofiles.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace trigon;
using namespace trigon::ui;
using namespace Qt::StringLiterals;

namespace {

template<typename Widget>
Widget *part(const QDialog &dialog, const QString &name)
{
    auto *widget = dialog.findChild<Widget *>(name);
    if (!widget)
        qFatal("the connect dialog has no %s", qPrintable(name));
    return widget;
}

// Pastes `text` into `field` over what was there: one edit, as a user pasting a whole line.
void pasteInto(QLineEdit *field, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
}

// Types `text` into `field` as a user does, replacing what was there.
void typeInto(QLineEdit *field, const QString &text)
{
    field->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

// Every value of the application's settings, as text.
QString allSettingsText()
{
    QSettings settings;
    QStringList values;
    for (const QString &key : settings.allKeys())
        values.append(key + u'=' + settings.value(key).toString());
    return values.join(u'\n');
}

} // namespace

// The connection dialog: the fields and the connection string kept in step both ways, errors in
// the text shown without losing it, saved profiles without passwords, and the Test button against
// the test run's own cluster.
class TestConnectDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void fieldsFollowTheText_data();
    void fieldsFollowTheText();
    void textFollowsTheFields_data();
    void textFollowsTheFields();
    void parseErrorKeepsTheText_data();
    void parseErrorKeepsTheText();
    void passwordLeavesTheText();
    void savesPicksAndDeletesProfiles();
    void enterConnectsAndEscapeCancels();
    void testReportsTheServerVersion();
    void testOfAWrongPortFailsWithoutFreezing();
    void testOfASilentServerTimesOutWithoutFreezing();
};

void TestConnectDialog::initTestCase()
{
    // Settings go to a throwaway location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectDialog::init()
{
    QSettings().clear();
}

void TestConnectDialog::fieldsFollowTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("password");
    QTest::newRow("URI") << u"postgresql://alice@db.example.com:5433/shop?sslmode=require"_s
                         << u"db.example.com"_s << u"5433"_s << u"shop"_s << u"alice"_s
                         << u"require"_s << QString();
    QTest::newRow("URI with a password")
            << u"postgres://bob:s%40cret@10.0.0.7/orders"_s << u"10.0.0.7"_s << QString()
            << u"orders"_s << u"bob"_s << QString() << u"s@cret"_s;
    QTest::newRow("key=value") << u"host=/var/run/postgresql port=5432 dbname=shop user=trigon"_s
                               << u"/var/run/postgresql"_s << u"5432"_s << u"shop"_s << u"trigon"_s
                               << QString() << QString();
    QTest::newRow("quoted values") << u"host='/tmp/my sockets' dbname='it\\'s mine' user='a\\\\b'"_s
                                   << u"/tmp/my sockets"_s << QString() << u"it's mine"_s
                                   << u"a\\b"_s << QString() << QString();
    QTest::newRow("sslmode verify-full") << u"host=db sslmode=verify-full"_s << u"db"_s << QString()
                                         << QString() << QString() << u"verify-full"_s << QString();
    QTest::newRow("empty: libpq's defaults") << QString() << QString() << QString() << QString()
                                             << QString() << QString() << QString();
}

void TestConnectDialog::fieldsFollowTheText()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    QFETCH(QString, password);
    pg::ConnectionProfile start;
    start.setHost(u"somewhere.else"_s);
    start.setDatabase(u"other"_s);
    ConnectDialog dialog(start);
    auto *conninfo = part<QLineEdit>(dialog, u"conninfo"_s);
    typeInto(conninfo, text);

    QCOMPARE(conninfo->text(), text);
    QVERIFY2(part<QLabel>(dialog, u"conninfoError"_s)->text().isEmpty(),
             qPrintable(part<QLabel>(dialog, u"conninfoError"_s)->text()));
    QCOMPARE(part<QLineEdit>(dialog, u"host"_s)->text(), host);
    QCOMPARE(part<QLineEdit>(dialog, u"port"_s)->text(), port);
    QCOMPARE(part<QLineEdit>(dialog, u"database"_s)->text(), database);
    QCOMPARE(part<QLineEdit>(dialog, u"user"_s)->text(), user);
    QCOMPARE(part<QComboBox>(dialog, u"sslMode"_s)->currentData().toString(), sslMode);
    QCOMPARE(dialog.password(), password);
    QCOMPARE(dialog.profile().host(), host);
    QCOMPARE(dialog.profile().database(), database);
    QVERIFY(part<QPushButton>(dialog, u"connect"_s)->isEnabled());
}

void TestConnectDialog::textFollowsTheFields_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("sslModeIndex");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"db.example.com"_s << u"5433"_s << u"shop"_s << u"alice"_s << 0
                           << u"host=db.example.com port=5433 dbname=shop user=alice"_s;
    QTest::newRow("socket directory")
            << u"/var/run/postgresql"_s << QString() << u"shop"_s << QString() << 0
            << u"host=/var/run/postgresql dbname=shop"_s;
    QTest::newRow("quoted: space, quote, backslash")
            << u"db"_s << QString() << u"my shop"_s << u"o'neil\\x"_s << 0
            << u"host=db dbname='my shop' user='o\\'neil\\\\x'"_s;
    // The combo's first entry leaves sslmode to libpq; then disable, allow, prefer, require.
    QTest::newRow("sslmode require")
            << u"db"_s << QString() << QString() << QString() << 4 << u"host=db sslmode=require"_s;
    QTest::newRow("nothing") << QString() << QString() << QString() << QString() << 0 << QString();
}

void TestConnectDialog::textFollowsTheFields()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(int, sslModeIndex);
    QFETCH(QString, text);
    pg::ConnectionProfile start;
    start.setHost(u"before"_s);
    start.setUser(u"before"_s);
    ConnectDialog dialog(start);
    typeInto(part<QLineEdit>(dialog, u"host"_s), host);
    typeInto(part<QLineEdit>(dialog, u"port"_s), port);
    typeInto(part<QLineEdit>(dialog, u"database"_s), database);
    typeInto(part<QLineEdit>(dialog, u"user"_s), user);
    auto *sslMode = part<QComboBox>(dialog, u"sslMode"_s);
    sslMode->setCurrentIndex(sslModeIndex);
    emit sslMode->activated(sslModeIndex);

    const QString shown = part<QLineEdit>(dialog, u"conninfo"_s)->text();
    QCOMPARE(shown, text);
    // What is shown reads back as what the fields say.
    QString error;
    const auto reread = pg::ConnectionProfile::fromConninfo(shown, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->host(), host);
    QCOMPARE(reread->database(), database);
    QCOMPARE(reread->user(), user);
}

void TestConnectDialog::parseErrorKeepsTheText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("unterminated quote") << u"host='db dbname=shop"_s << u"unterminated"_s;
    QTest::newRow("unknown keyword") << u"host=db hots=db2"_s << u"hots"_s;
    QTest::newRow("missing =") << u"host=db shop"_s << u"shop"_s;
    QTest::newRow("unknown sslmode") << u"host=db sslmode=sometimes"_s << u"sometimes"_s;
    QTest::newRow("bad URI escape") << u"postgresql://db/sh%zzop"_s << u"%zz"_s;
}

void TestConnectDialog::parseErrorKeepsTheText()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    pg::ConnectionProfile start;
    start.setHost(u"kept.example.com"_s);
    ConnectDialog dialog(start);
    auto *conninfo = part<QLineEdit>(dialog, u"conninfo"_s);
    pasteInto(conninfo, text);

    QCOMPARE(conninfo->text(), text);
    const QString error = part<QLabel>(dialog, u"conninfoError"_s)->text();
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY(!part<QPushButton>(dialog, u"connect"_s)->isEnabled());
    QVERIFY(!part<QPushButton>(dialog, u"testConnection"_s)->isEnabled());
    // The fields keep the last text that made sense.
    QCOMPARE(part<QLineEdit>(dialog, u"host"_s)->text(), u"kept.example.com"_s);

    // Fixing the text clears the error.
    typeInto(conninfo, u"host=db"_s);
    QVERIFY(part<QLabel>(dialog, u"conninfoError"_s)->text().isEmpty());
    QVERIFY(part<QPushButton>(dialog, u"connect"_s)->isEnabled());
}

void TestConnectDialog::passwordLeavesTheText()
{
    ConnectDialog dialog({});
    auto *conninfo = part<QLineEdit>(dialog, u"conninfo"_s);
    auto *password = part<QLineEdit>(dialog, u"password"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    typeInto(conninfo, u"host=db user=alice password=Typ3d-S3cret"_s);
    QCOMPARE(dialog.password(), u"Typ3d-S3cret"_s);
    // Leaving the text takes the password out of it.
    emit conninfo->editingFinished();
    QCOMPARE(conninfo->text(), u"host=db user=alice"_s);

    // One typed into its field never reaches the text.
    typeInto(password, u"F1eld-S3cret"_s);
    typeInto(part<QLineEdit>(dialog, u"database"_s), u"shop"_s);
    QCOMPARE(conninfo->text(), u"host=db dbname=shop user=alice"_s);
    QCOMPARE(dialog.password(), u"F1eld-S3cret"_s);
    QVERIFY(!dialog.profile().toConninfo().contains(u"S3cret"_s));
}

void TestConnectDialog::savesPicksAndDeletesProfiles()
{
    {
        ConnectDialog dialog({});
        typeInto(part<QLineEdit>(dialog, u"conninfo"_s),
                 u"host=prod.example.com dbname=shop user=ops sslmode=verify-full "
                 "target_session_attrs=read-write"_s);
        typeInto(part<QLineEdit>(dialog, u"profileName"_s), u"production"_s);
        typeInto(part<QLineEdit>(dialog, u"password"_s), u"N3ver-On-Disk"_s);
        part<QCheckBox>(dialog, u"protected"_s)->setChecked(true);
        QTest::mouseClick(part<QPushButton>(dialog, u"saveProfile"_s), Qt::LeftButton);

        // A second one with no name is saved under its address.
        typeInto(part<QLineEdit>(dialog, u"profileName"_s), QString());
        typeInto(part<QLineEdit>(dialog, u"conninfo"_s), u"host=localhost dbname=dev"_s);
        part<QCheckBox>(dialog, u"protected"_s)->setChecked(false);
        QTest::mouseClick(part<QPushButton>(dialog, u"saveProfile"_s), Qt::LeftButton);
        QCOMPARE(part<QListWidget>(dialog, u"savedProfiles"_s)->count(), 2);
        QCOMPARE(part<QLineEdit>(dialog, u"profileName"_s)->text(), u"localhost/dev"_s);
    }
    QVERIFY(!allSettingsText().contains(u"N3ver-On-Disk"_s));
    QVERIFY(allSettingsText().contains(u"prod.example.com"_s));
    QCOMPARE(SavedProfiles().profiles().size(), 2);
    QVERIFY(SavedProfiles().profiles().at(0).isProtected());

    ConnectDialog dialog({});
    auto *list = part<QListWidget>(dialog, u"savedProfiles"_s);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"production (protected)"_s);
    list->setCurrentRow(0);
    QCOMPARE(part<QLineEdit>(dialog, u"host"_s)->text(), u"prod.example.com"_s);
    QCOMPARE(part<QLineEdit>(dialog, u"user"_s)->text(), u"ops"_s);
    QCOMPARE(part<QComboBox>(dialog, u"sslMode"_s)->currentData().toString(), u"verify-full"_s);
    QVERIFY(part<QCheckBox>(dialog, u"protected"_s)->isChecked());
    QCOMPARE(part<QLineEdit>(dialog, u"conninfo"_s)->text(),
             u"host=prod.example.com dbname=shop user=ops sslmode=verify-full "
             "target_session_attrs=read-write"_s);
    QVERIFY(dialog.password().isEmpty());
    QCOMPARE(dialog.profile().name(), u"production"_s);

    // Deleting can be undone, in its place.
    QTest::mouseClick(part<QPushButton>(dialog, u"deleteProfile"_s), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QCOMPARE(SavedProfiles().profiles().size(), 1);
    QVERIFY(!allSettingsText().contains(u"prod.example.com"_s));
    auto *undo = part<QPushButton>(dialog, u"undoDelete"_s);
    QVERIFY(!undo->isHidden());
    QVERIFY(part<QLabel>(dialog, u"deletedProfile"_s)->text().contains(u"production"_s));
    QTest::mouseClick(undo, Qt::LeftButton);
    QVERIFY(undo->isHidden());
    QCOMPARE(list->count(), 2);
    QCOMPARE(SavedProfiles().profiles().at(0).name(), u"production"_s);
    QVERIFY(SavedProfiles().profiles().at(0).isProtected());
}

void TestConnectDialog::enterConnectsAndEscapeCancels()
{
    {
        ConnectDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *host = part<QLineEdit>(dialog, u"host"_s);
        QTest::keyClicks(host, u"db.example.com"_s);
        QTest::keyClick(host, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profile().host(), u"db.example.com"_s);
    }
    {
        ConnectDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(part<QLineEdit>(dialog, u"database"_s), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isHidden());
    }
}

void TestConnectDialog::testReportsTheServerVersion()
{
    test::TestDatabase database(u"connectdialog"_s);
    QString error;
    const auto profile = pg::ConnectionProfile::fromConninfo(database.conninfo(), &error);
    QVERIFY2(profile, qPrintable(error));

    // Two saved connections beside it, for the screenshot.
    SavedProfiles saved;
    pg::ConnectionProfile production;
    production.setName(u"production"_s);
    production.setHost(u"db.example.com"_s);
    production.setDatabase(u"shop"_s);
    production.setUser(u"deploy"_s);
    production.setSslMode(u"verify-full"_s);
    production.setProtected(true);
    saved.save(production);
    pg::ConnectionProfile test = *profile;
    test.setName(u"test cluster"_s);
    saved.save(test);

    ConnectDialog dialog(test);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Something to type into the field, never shown.
    typeInto(part<QLineEdit>(dialog, u"password"_s), u"unused"_s);
    auto *result = part<QLabel>(dialog, u"testResult"_s);
    QTest::mouseClick(part<QPushButton>(dialog, u"testConnection"_s), Qt::LeftButton);
    QVERIFY(result->text().startsWith(u"Connecting"_s));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connected: PostgreSQL "_s), 30'000);
    QVERIFY2(!result->text().contains(u"unused"_s), qPrintable(result->text()));
    QVERIFY(part<QPushButton>(dialog, u"testConnection"_s)->isEnabled());

    QVERIFY(test::saveScreenshot(&dialog, u"connect-dialog"_s));
}

void TestConnectDialog::testOfAWrongPortFailsWithoutFreezing()
{
    QString error;
    auto profile = pg::ConnectionProfile::fromConninfo(test::testClusterConninfo(), &error);
    QVERIFY2(profile, qPrintable(error));
    ConnectDialog dialog(*profile);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // No server listens on port 1 of the cluster's socket directory.
    typeInto(part<QLineEdit>(dialog, u"port"_s), u"1"_s);

    auto *result = part<QLabel>(dialog, u"testResult"_s);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(part<QPushButton>(dialog, u"testConnection"_s), Qt::LeftButton);
    // The click returns at once; the outcome arrives through the event loop.
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(result->text().startsWith(u"Connecting"_s));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Failed: "_s), 30'000);
    QVERIFY2(result->text().contains(u".s.PGSQL.1"_s), qPrintable(result->text()));
    // The dialog stays usable: the test can be run again.
    QVERIFY(part<QPushButton>(dialog, u"testConnection"_s)->isEnabled());
}

void TestConnectDialog::testOfASilentServerTimesOutWithoutFreezing()
{
    // It takes the connection (the kernel completes the handshake) and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ConnectDialog dialog({});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(part<QLineEdit>(dialog, u"conninfo"_s),
             u"host=127.0.0.1 port=%1 connect_timeout=2"_s.arg(silent.serverPort()));

    // A timer keeps ticking while the test waits for the server: the event loop is not held up.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);
    auto *result = part<QLabel>(dialog, u"testResult"_s);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(part<QPushButton>(dialog, u"testConnection"_s), Qt::LeftButton);
    QVERIFY(clock.elapsed() < 1000);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Failed: "_s), 30'000);
    QVERIFY2(result->text().contains(u"timeout"_s), qPrintable(result->text()));
    QVERIFY(clock.elapsed() >= 1500);
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
