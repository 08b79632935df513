#include "core/pg/blockingconnection.h"
#include "core/pg/listener.h"
#include "core/pg/notificationddl.h"
#include "core/pg/notificationjson.h"
#include "tests/common/testdatabase.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace trigon::pg;
using trigon::test::TestDatabase;

namespace {

using Sent = QList<QPair<QString, QString>>; // channel, payload

// What a listener delivered, gaps included, in the order it delivered it.
struct Recorder
{
    explicit Recorder(Listener &listener)
    {
        QObject::connect(&listener, &Listener::notificationsReceived, &listener,
                         [this](const NotificationBatch &batch) {
                             for (const Notification &notification : batch.toList()) {
                                 received.append({notification.channel, notification.payload});
                                 notifications.append(notification);
                             }
                         });
        QObject::connect(&listener, &Listener::gap, &listener, [this](const ListenerGap &gap) {
            received.append({QStringLiteral("<gap>"), gap.reason});
            gaps.append(gap);
        });
    }
    Sent received;
    QList<Notification> notifications;
    QList<ListenerGap> gaps;
};

bool startAndWait(Listener &listener, const QString &conninfo)
{
    QSignalSpy listening(&listener, &Listener::listening);
    listener.start(conninfo);
    return listening.wait(15000);
}

void notify(BlockingConnection &sender, const QString &channel, const QString &payload)
{
    const QueryResult result
            = sender.exec(QStringLiteral("SELECT pg_notify($1, $2)"), {channel, payload});
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
}

QString repeated(const QString &unit, int count)
{
    return unit.repeated(count);
}

} // namespace

class TestListener : public QObject
{
    Q_OBJECT
private slots:
    void deliversExactPayloadsInCommitOrder_data();
    void deliversExactPayloadsInCommitOrder();
    void oddChannelNames_data();
    void oddChannelNames();
    void channelsChangeWhileListening();
    void rolledBackNotificationsAreNeverDelivered();
    void terminatedBackendReconnectsWithAGap();
    void unreachableServerIsRetriedWithBackoff();
    void jsonLines_data();
    void jsonLines();
    void batchLinesAreTheSingleLines();
    void ddlEventTriggerReportsSchemaChanges();
    void ddlEventTriggerNeedsASuperuser();
};

void TestListener::deliversExactPayloadsInCommitOrder_data()
{
    QTest::addColumn<QStringList>("payloads");
    QTest::newRow("plain") << QStringList {QStringLiteral("one"), QStringLiteral("two"),
                                           QStringLiteral("three"), QStringLiteral("four")};
    QTest::newRow("unicode") << QStringList {QStringLiteral("naïve 日本語 🐘"),
                                             QStringLiteral("Ωmega ☃"), QStringLiteral("𝄞")};
    // NOTIFY payloads must be shorter than 8000 bytes: 7999 is the longest there is.
    QTest::newRow("7999 bytes ascii") << QStringList {repeated(QStringLiteral("x"), 7999)};
    QTest::newRow("7999 bytes utf-8")
            << QStringList {repeated(QStringLiteral("é"), 3999) + QStringLiteral("x")};
    QTest::newRow("empty and blank") << QStringList {QString(), QStringLiteral(" ")};
    QTest::newRow("quotes, backslashes, newlines")
            << QStringList {QStringLiteral("it's \"quoted\"\\n\nsecond line\ttab")};
    QTest::newRow("json") << QStringList {QStringLiteral(R"({"op":"INSERT","new":{"id":1}})")};
}

void TestListener::deliversExactPayloadsInCommitOrder()
{
    QFETCH(QStringList, payloads);
    TestDatabase db;
    const QStringList channels {QStringLiteral("alpha"), QStringLiteral("beta"),
                                QStringLiteral("gamma")};
    Listener listener;
    listener.setChannels(channels);
    Recorder recorder(listener);
    QVERIFY(startAndWait(listener, db.conninfo()));
    QCOMPARE(listener.state(), Listener::State::Listening);
    QVERIFY(listener.backendPid() > 0);

    BlockingConnection &sender = db.connection();
    Sent sent;
    // One transaction per payload, each on the next channel round the list...
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        const QString channel = channels.at(i % channels.size());
        notify(sender, channel, payloads.at(i));
        sent.append({channel, payloads.at(i)});
    }
    // ...then all of them in one transaction, in reverse channel order: delivered at its commit,
    // in the order they were sent.
    QVERIFY(sender.exec(QStringLiteral("BEGIN")).ok());
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        const QString channel = channels.at(channels.size() - 1 - i % channels.size());
        notify(sender, channel, payloads.at(i));
        sent.append({channel, payloads.at(i)});
    }
    QVERIFY(sender.exec(QStringLiteral("COMMIT")).ok());

    QTRY_COMPARE_WITH_TIMEOUT(recorder.received.size(), sent.size(), 10000);
    QCOMPARE(recorder.received, sent);
    for (const Notification &notification : std::as_const(recorder.notifications)) {
        QCOMPARE(notification.senderPid, sender.backendPid());
        QVERIFY(notification.received.isValid());
    }
    QVERIFY(recorder.gaps.isEmpty());
}

void TestListener::oddChannelNames_data()
{
    QTest::addColumn<QString>("channel");
    QTest::newRow("upper case") << QStringLiteral("Orders");
    QTest::newRow("space") << QStringLiteral("order events");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"");
    QTest::newRow("unicode") << QStringLiteral("événements_日本");
    QTest::newRow("keyword") << QStringLiteral("select");
    QTest::newRow("dots and semicolon") << QStringLiteral("a.b; DROP TABLE x");
    QTest::newRow("63 bytes") << QStringLiteral("c").repeated(63);
}

void TestListener::oddChannelNames()
{
    QFETCH(QString, channel);
    TestDatabase db;
    Listener listener;
    QSignalSpy failed(&listener, &Listener::channelFailed);
    // A plain channel next to the odd one: both must work, and only the odd one gets its payload.
    listener.setChannels({channel, QStringLiteral("plain")});
    Recorder recorder(listener);
    QVERIFY(startAndWait(listener, db.conninfo()));
    QVERIFY(failed.isEmpty());
    notify(db.connection(), channel.toLower(), QStringLiteral("folded"));
    notify(db.connection(), channel, QStringLiteral("exact"));
    notify(db.connection(), QStringLiteral("plain"), QStringLiteral("p"));
    Sent expected;
    if (channel.toLower() == channel)
        expected.append({channel, QStringLiteral("folded")});
    expected.append({channel, QStringLiteral("exact")});
    expected.append({QStringLiteral("plain"), QStringLiteral("p")});
    QTRY_COMPARE_WITH_TIMEOUT(recorder.received.size(), expected.size(), 10000);
    QCOMPARE(recorder.received, expected);
}

void TestListener::channelsChangeWhileListening()
{
    TestDatabase db;
    Listener listener;
    listener.setChannels({QStringLiteral("alpha")});
    Recorder recorder(listener);
    QVERIFY(startAndWait(listener, db.conninfo()));
    listener.addChannel(QStringLiteral("beta"));
    listener.removeChannel(QStringLiteral("alpha"));
    QCOMPARE(listener.channels(), QStringList {QStringLiteral("beta")});
    // The UNLISTEN has run once a notification sent after it arrives on the listening session.
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                notify(db.connection(), QStringLiteral("beta"), QStringLiteral("probe"));
                QTest::qWait(20);
                return !recorder.received.isEmpty();
            }(),
            10000);
    recorder.received.clear();
    notify(db.connection(), QStringLiteral("alpha"), QStringLiteral("not heard"));
    notify(db.connection(), QStringLiteral("beta"), QStringLiteral("heard"));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.received.size(), 1, 10000);
    QCOMPARE(recorder.received.first().second, QStringLiteral("heard"));

    listener.setChannels({QStringLiteral("gamma"), QStringLiteral("beta")});
    QCOMPARE(listener.channels(), (QStringList {QStringLiteral("gamma"), QStringLiteral("beta")}));
}

void TestListener::rolledBackNotificationsAreNeverDelivered()
{
    TestDatabase db;
    Listener listener;
    listener.setChannels({QStringLiteral("alpha")});
    Recorder recorder(listener);
    QVERIFY(startAndWait(listener, db.conninfo()));
    BlockingConnection &sender = db.connection();
    QVERIFY(sender.exec(QStringLiteral("BEGIN")).ok());
    notify(sender, QStringLiteral("alpha"), QStringLiteral("rolled back"));
    QVERIFY(sender.exec(QStringLiteral("ROLLBACK")).ok());
    notify(sender, QStringLiteral("alpha"), QStringLiteral("committed"));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.received.size(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(recorder.received, (Sent {{QStringLiteral("alpha"), QStringLiteral("committed")}}));
}

void TestListener::terminatedBackendReconnectsWithAGap()
{
    TestDatabase db;
    Listener listener;
    listener.setChannels({QStringLiteral("alpha"), QStringLiteral("Beta Channel")});
    Recorder recorder(listener);
    QVERIFY(startAndWait(listener, db.conninfo()));
    BlockingConnection &sender = db.connection();
    notify(sender, QStringLiteral("alpha"), QStringLiteral("before"));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.received.size(), 1, 10000);

    QSignalSpy lost(&listener, &Listener::connectionLost);
    QSignalSpy listening(&listener, &Listener::listening);
    const int oldPid = listener.backendPid();
    QElapsedTimer clock;
    clock.start();
    const QueryResult terminated = sender.exec(QStringLiteral("SELECT pg_terminate_backend($1)"),
                                               {QString::number(oldPid)});
    QVERIFY(terminated.ok());
    QCOMPARE(terminated.value(0, 0), QStringLiteral("t"));
    // Said at once, not when the next notification fails to come.
    QVERIFY(lost.wait(1000));
    QCOMPARE(listener.state(), Listener::State::Reconnecting);
    QCOMPARE(listener.backendPid(), 0);
    // Sent while nobody listens: lost, and the gap says so.
    notify(sender, QStringLiteral("alpha"), QStringLiteral("lost"));

    QVERIFY(listening.wait(2000));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(listener.state(), Listener::State::Listening);
    QVERIFY(listener.backendPid() > 0);
    QVERIFY(listener.backendPid() != oldPid);
    QCOMPARE(recorder.gaps.size(), 1);
    // The server's reason, not libpq's "server closed the connection unexpectedly".
    QCOMPARE(recorder.gaps.first().reason,
             QStringLiteral("terminating connection due to administrator command"));
    QVERIFY(recorder.gaps.first().lostAt <= recorder.gaps.first().resumedAt);

    // Listening again on every channel.
    notify(sender, QStringLiteral("alpha"), QStringLiteral("after"));
    notify(sender, QStringLiteral("Beta Channel"), QStringLiteral("after too"));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.received.size(), 4, 10000);
    QCOMPARE(recorder.received.at(0).second, QStringLiteral("before"));
    QCOMPARE(recorder.received.at(1).first, QStringLiteral("<gap>"));
    QCOMPARE(recorder.received.at(2), qMakePair(QStringLiteral("alpha"), QStringLiteral("after")));
    QCOMPARE(recorder.received.at(3),
             qMakePair(QStringLiteral("Beta Channel"), QStringLiteral("after too")));
}

void TestListener::unreachableServerIsRetriedWithBackoff()
{
    Listener listener;
    listener.setReconnectDelays(50, 200);
    QSignalSpy failed(&listener, &Listener::connectFailed);
    listener.setChannels({QStringLiteral("alpha")});
    // A socket directory with no server in it fails at once, without any network.
    listener.start(QStringLiteral("host=/nonexistent-trigon-socket-dir port=1 dbname=x"));
    QCOMPARE(listener.state(), Listener::State::Connecting);
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 4, 5000);
    QCOMPARE(failed.at(0).at(1).toInt(), 50);
    QCOMPARE(failed.at(1).at(1).toInt(), 100);
    QCOMPARE(failed.at(2).at(1).toInt(), 200);
    QCOMPARE(failed.at(3).at(1).toInt(), 200);
    QCOMPARE(listener.state(), Listener::State::Reconnecting);
    listener.stop();
    QCOMPARE(listener.state(), Listener::State::Stopped);
    const qsizetype count = failed.size();
    QTest::qWait(300);
    QCOMPARE(failed.size(), count);
}

void TestListener::jsonLines_data()
{
    QTest::addColumn<QString>("payload");
    QTest::newRow("plain") << QStringLiteral("hello");
    QTest::newRow("escapes") << QStringLiteral("\"q\" \\ \n\t\x01 end");
    QTest::newRow("unicode") << QStringLiteral("naïve 日本語 🐘");
    QTest::newRow("json text") << QStringLiteral(R"({"a":[1,2]})");
}

void TestListener::jsonLines()
{
    QFETCH(QString, payload);
    const QDateTime time(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    const QByteArray line = notificationJsonLine({QStringLiteral("ch \"x\""), payload, 42, time});
    QVERIFY(!line.contains('\n'));
    QVERIFY(line.startsWith("{\"time\": \"2026-01-02T03:04:05.678Z\", \"channel\": "));
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QStringLiteral("channel")).toString(), QStringLiteral("ch \"x\""));
    QCOMPARE(object.value(QStringLiteral("pid")).toInt(), 42);
    QCOMPARE(object.value(QStringLiteral("payload")).toString(), payload);

    const QByteArray gapLine = gapJsonLine({time.addSecs(-1), time, payload});
    const QJsonObject gap = QJsonDocument::fromJson(gapLine, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!gap.contains(QStringLiteral("payload")));
    QVERIFY(!gap.contains(QStringLiteral("channel")));
    QCOMPARE(gap.value(QStringLiteral("gap")).toBool(), true);
    QCOMPARE(gap.value(QStringLiteral("lost_at")).toString(),
             QStringLiteral("2026-01-02T03:04:04.678Z"));
    QCOMPARE(gap.value(QStringLiteral("reason")).toString(), payload);
}

// trigon-cli listen writes a batch's lines at once: byte for byte what the lines one by one were.
void TestListener::batchLinesAreTheSingleLines()
{
    NotificationBatch batch(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
    const QList<QByteArray> payloads {
            "hello", "\"q\" \\ \n\t\x01 end", "na\xc3\xafve", "bad \xff\xfe", "", "{\"a\":[1,2]}"};
    for (qsizetype i = 0; i < payloads.size(); ++i)
        batch.append(i % 2 ? QByteArrayView("orders") : QByteArrayView("ch \"x\""), payloads.at(i),
                     int(4000 + i));
    QByteArray oneByOne;
    for (qsizetype i = 0; i < batch.size(); ++i)
        oneByOne += notificationJsonLine(batch.at(i)) + '\n';
    QCOMPARE(notificationJsonLines(batch, batch.size()), oneByOne);
    // The first few only, as --count stops within a batch.
    QCOMPARE(notificationJsonLines(batch, 2),
             oneByOne.left(oneByOne.indexOf('\n', oneByOne.indexOf('\n') + 1) + 1));
}

void TestListener::ddlEventTriggerReportsSchemaChanges()
{
    TestDatabase db;
    BlockingConnection &admin = db.connection();
    const auto installedNow = [&admin] {
        PgError error;
        const std::optional<DdlNotificationStatus> status
                = readDdlNotificationStatus(admin, &error);
        return status && status->installed;
    };
    QVERIFY(!installedNow());
    PgError error;
    QVERIFY2(changeDdlNotifications(admin, true, &error), qPrintable(error.message));
    const std::optional<DdlNotificationStatus> status = readDdlNotificationStatus(admin, &error);
    QVERIFY(status);
    QVERIFY(status->superuser);
    QVERIFY(status->installed);
    QCOMPARE(status->database, db.name());
    // Installing twice replaces, it does not fail.
    QVERIFY(changeDdlNotifications(admin, true, &error));

    Listener listener;
    listener.setChannels({ddlNotificationChannel()});
    Recorder recorder(listener);
    QVERIFY(startAndWait(listener, db.conninfo()));
    db.mustExec(QStringLiteral("CREATE TABLE orders (id int); DROP TABLE orders;"));
    // sql_drop reports every dropped object: the table, then its row type and array type.
    QTRY_COMPARE_WITH_TIMEOUT(recorder.received.size(), 4, 10000);
    const auto field = [&recorder](int index, const char *key) {
        return QJsonDocument::fromJson(recorder.received.at(index).second.toUtf8())
                .object()
                .value(QLatin1String(key))
                .toString();
    };
    QCOMPARE(field(0, "event"), QStringLiteral("ddl_command_end"));
    QCOMPARE(field(0, "tag"), QStringLiteral("CREATE TABLE"));
    QCOMPARE(field(0, "object_type"), QStringLiteral("table"));
    QCOMPARE(field(0, "identity"), QStringLiteral("public.orders"));
    QCOMPARE(field(1, "event"), QStringLiteral("sql_drop"));
    QCOMPARE(field(1, "tag"), QStringLiteral("DROP TABLE"));
    QCOMPARE(field(1, "identity"), QStringLiteral("public.orders"));
    QCOMPARE(field(1, "object_type"), QStringLiteral("table"));
    QCOMPARE(field(3, "identity"), QStringLiteral("public.orders[]"));

    QVERIFY(changeDdlNotifications(admin, false, &error));
    QVERIFY(!installedNow());
    db.mustExec(QStringLiteral("CREATE TABLE quiet (id int);"));
    notify(admin, ddlNotificationChannel(), QStringLiteral("marker"));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.received.size(), 5, 10000);
    QCOMPARE(recorder.received.at(4).second, QStringLiteral("marker"));
}

void TestListener::ddlEventTriggerNeedsASuperuser()
{
    TestDatabase db;
    // Roles are cluster-wide: a name of this database's own, dropped again at the end.
    const QString role = db.name() + QStringLiteral("_plain");
    db.mustExec(
            QStringLiteral("CREATE ROLE %1 LOGIN; GRANT CREATE ON SCHEMA public TO %1;").arg(role));
    {
        BlockingConnection plain(db.conninfo() + QStringLiteral(" user=") + role);
        QVERIFY(plain.isOpen());
        PgError error;
        const std::optional<DdlNotificationStatus> status
                = readDdlNotificationStatus(plain, &error);
        QVERIFY(status);
        QCOMPARE(status->superuser, false);
        QCOMPARE(status->user, role);
        QVERIFY(!changeDdlNotifications(plain, true, &error));
        QCOMPARE(error.sqlState, QStringLiteral("42501")); // insufficient_privilege
        // One transaction: the function created before the refusal is gone too.
        QCOMPARE(
                plain.exec(QStringLiteral("SELECT to_regproc("
                                          "'public.trigon_event__trigon_ddl_command_end') IS NULL"))
                        .value(0, 0),
                QStringLiteral("t"));
    }
    db.mustExec(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM %1;").arg(role));
    BlockingConnection maintenance(trigon::test::testClusterConninfo());
    QVERIFY(maintenance.exec(QStringLiteral("DROP ROLE %1").arg(role)).ok());
}

QTEST_GUILESS_MAIN(TestListener)
#include "tst_listener.moc"
