#include "core/monitor/eventexport.h"

#include <QTest>

using namespace trigon;

namespace {

QDateTime sentAt()
{
    return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
}

MonitorEvent ordersNotification()
{
    MonitorEvent event;
    event.channel = QStringLiteral("orders");
    event.text = QStringLiteral("a,\"b\"\nc");
    event.senderPid = 42;
    event.received = sentAt();
    return event;
}

} // namespace

// The monitor's events as files: JSON lines as `trigon-cli listen` prints them, and CSV.
class TestEventExport : public QObject
{
    Q_OBJECT
private slots:
    void formats_data();
    void formats();
};

void TestEventExport::formats_data()
{
    QTest::addColumn<QList<MonitorEvent>>("events");
    QTest::addColumn<QByteArrayList>("jsonLines");
    QTest::addColumn<QByteArray>("csv");
    const QDateTime sent = sentAt();
    const MonitorEvent gap = MonitorEvent::fromGap(
            {sent.addMSecs(500), sent.addSecs(1), QStringLiteral("terminated")});
    QTest::newRow("notification and gap")
            << QList<MonitorEvent> {ordersNotification(), gap}
            << QByteArrayList {R"({"time": "2026-01-02T03:04:05.006Z", "channel": "orders", )"
                               R"("pid": 42, "payload": "a,\"b\"\nc"})",
                               R"({"time": "2026-01-02T03:04:06.006Z", "gap": true, )"
                               R"("lost_at": "2026-01-02T03:04:05.506Z", )"
                               R"("reason": "terminated"})"}
            << QByteArray("time,kind,channel,pid,payload\r\n"
                          "2026-01-02T03:04:05.006Z,notification,orders,42,\"a,\"\"b\"\"\nc\"\r\n"
                          "2026-01-02T03:04:06.006Z,gap,,,terminated\r\n");
    const MonitorEvent notice = MonitorEvent::fromNotice(
            QStringLiteral("test run"),
            {QStringLiteral("WARNING"), QStringLiteral("stock is low"), QStringLiteral("01000")},
            sent);
    QTest::newRow("server message")
            << QList<MonitorEvent> {notice}
            << QByteArrayList {R"({"time": "2026-01-02T03:04:05.006Z", "source": "test run", )"
                               R"("severity": "WARNING", "sqlstate": "01000", )"
                               R"("message": "stock is low"})"}
            << QByteArray("time,kind,channel,pid,payload\r\n"
                          "2026-01-02T03:04:05.006Z,WARNING,test run,,stock is low\r\n");
    QTest::newRow("nothing") << QList<MonitorEvent> {} << QByteArrayList {}
                             << QByteArray("time,kind,channel,pid,payload\r\n");
}

void TestEventExport::formats()
{
    QFETCH(QList<MonitorEvent>, events);
    QFETCH(QByteArrayList, jsonLines);
    QFETCH(QByteArray, csv);
    const QByteArray lines = eventsToJsonLines(events);
    QCOMPARE(lines.count('\n'), jsonLines.size());
    QByteArrayList split = lines.split('\n');
    QCOMPARE(split.takeLast(), QByteArray()); // every line ends with a newline
    QCOMPARE(split, jsonLines);
    QCOMPARE(eventsToCsv(events), csv);
}

QTEST_GUILESS_MAIN(TestEventExport)
#include "tst_eventexport.moc"
