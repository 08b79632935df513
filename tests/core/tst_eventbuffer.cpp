#include "core/monitor/eventbuffer.h"

#include <QTest>

#include <algorithm>

using namespace trigon;

namespace {

// Payload number `i` of a run: `size` bytes that say which event they belong to.
QByteArray payload(int i, int size)
{
    if (size == 0)
        return {};
    QByteArray text = QByteArray::number(i) + ':' + QByteArray("é☃");
    while (text.size() < size)
        text += text;
    text.truncate(size);
    return text;
}

} // namespace

// The monitor's store: the newest events, their texts intact, whatever the sizes and however
// often the buffer wraps.
class TestEventBuffer : public QObject
{
    Q_OBJECT
private slots:
    void keepsTheNewest_data();
    void keepsTheNewest();
    void capacityChangesKeepTheNewest_data();
    void capacityChangesKeepTheNewest();
    void keepsGapsWhole();
    void clearNumbersFromZero();
};

void TestEventBuffer::keepsTheNewest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("size");
    QTest::newRow("fits") << 100 << 60 << 25;
    QTest::newRow("wraps many times") << 1000 << 25000 << 25;
    QTest::newRow("largest payload") << 300 << 1000 << 7999;
    QTest::newRow("each larger than a chunk") << 3 << 7 << (3 << 20);
    QTest::newRow("empty payloads") << 10 << 25 << 0;
    QTest::newRow("capacity one") << 1 << 5 << 40;
}

void TestEventBuffer::keepsTheNewest()
{
    QFETCH(int, capacity);
    QFETCH(int, events);
    QFETCH(int, size);
    EventBuffer buffer(capacity);
    for (int i = 0; i < events; ++i)
        buffer.append(MonitorEvent::Kind::Notification, 1000 + i, i % 3, i, payload(i, size));
    const int kept = qMin(capacity, events);
    QCOMPARE(buffer.end(), events);
    QCOMPARE(buffer.begin(), events - kept);
    QCOMPARE(buffer.size(), kept);
    QVERIFY(!buffer.contains(buffer.begin() - 1));
    QVERIFY(!buffer.contains(buffer.end()));
    for (qint64 seq = buffer.begin(); seq < buffer.end(); ++seq) {
        const int i = static_cast<int>(seq);
        QCOMPARE(buffer.text(seq).toByteArray(), payload(i, size));
        QCOMPARE(buffer.receivedMs(seq), 1000 + i);
        QCOMPARE(buffer.channel(seq), i % 3);
        QCOMPARE(buffer.senderPid(seq), i);
        QCOMPARE(buffer.kind(seq), MonitorEvent::Kind::Notification);
        QVERIFY(!buffer.whole(seq));
    }
}

void TestEventBuffer::capacityChangesKeepTheNewest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("newCapacity");
    QTest::newRow("shrink") << 5000 << 700;
    QTest::newRow("grow") << 700 << 5000;
    QTest::newRow("to one") << 300 << 1;
}

void TestEventBuffer::capacityChangesKeepTheNewest()
{
    QFETCH(int, capacity);
    QFETCH(int, newCapacity);
    EventBuffer buffer(capacity);
    int sent = 0;
    for (; sent < 3000; ++sent)
        buffer.append(MonitorEvent::Kind::Notification, sent, 0, 1, payload(sent, 30));
    buffer.setCapacity(newCapacity);
    QCOMPARE(buffer.capacity(), newCapacity);
    QCOMPARE(buffer.size(), std::min({capacity, newCapacity, sent}));
    // Wrapping again in the new size.
    for (; sent < 9000; ++sent)
        buffer.append(MonitorEvent::Kind::Notification, sent, 0, 1, payload(sent, 30));
    QCOMPARE(buffer.size(), newCapacity);
    QCOMPARE(buffer.begin(), sent - newCapacity);
    for (qint64 seq = buffer.begin(); seq < buffer.end(); ++seq)
        QCOMPARE(buffer.text(seq).toByteArray(), payload(static_cast<int>(seq), 30));
}

void TestEventBuffer::keepsGapsWhole()
{
    EventBuffer buffer(3);
    const QDateTime resumed = QDateTime::fromMSecsSinceEpoch(5000, Qt::UTC);
    auto gap = std::make_unique<MonitorEvent>(
            MonitorEvent::fromGap({resumed.addMSecs(-700), resumed, QStringLiteral("restart")}));
    buffer.append(MonitorEvent::Kind::Notification, 1, 0, 9, "before");
    buffer.append(MonitorEvent::Kind::Gap, 5000, -1, 0, "restart", std::move(gap));
    buffer.append(MonitorEvent::Kind::Notification, 6000, 0, 9, "after");
    QCOMPARE(buffer.kind(1), MonitorEvent::Kind::Gap);
    QVERIFY(buffer.whole(1));
    QCOMPARE(buffer.whole(1)->lostAt, resumed.addMSecs(-700));
    QCOMPARE(buffer.text(1).toByteArray(), QByteArray("restart"));
    // Overwritten by the ring: nothing of it is left.
    for (int i = 0; i < 3; ++i)
        buffer.append(MonitorEvent::Kind::Notification, 7000 + i, 0, 9, "later");
    for (qint64 seq = buffer.begin(); seq < buffer.end(); ++seq)
        QVERIFY(!buffer.whole(seq));
}

void TestEventBuffer::clearNumbersFromZero()
{
    EventBuffer buffer(4);
    buffer.reserve();
    for (int i = 0; i < 10; ++i)
        buffer.append(MonitorEvent::Kind::Notification, i, 0, 1, payload(i, 10));
    buffer.clear();
    QCOMPARE(buffer.begin(), 0);
    QCOMPARE(buffer.end(), 0);
    QCOMPARE(buffer.capacity(), 4);
    buffer.append(MonitorEvent::Kind::Notification, 1, 0, 1, "again");
    QCOMPARE(buffer.text(0).toByteArray(), QByteArray("again"));
}

QTEST_GUILESS_MAIN(TestEventBuffer)
#include "tst_eventbuffer.moc"
