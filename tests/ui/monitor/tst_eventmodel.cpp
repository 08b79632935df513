#include "ui/monitor/eventfiltermodel.h"
#include "ui/monitor/eventmodel.h"
#include "ui/monitor/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;

namespace {

MonitorEvent notification(const QString &channel, const QString &payload, int pid = 7)
{
    MonitorEvent event;
    event.channel = channel;
    event.text = payload;
    event.senderPid = pid;
    event.received = QDateTime::currentDateTimeUtc();
    return event;
}

MonitorEvent gapEvent()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return MonitorEvent::fromGap({now.addMSecs(-300), now, QStringLiteral("terminated")});
}

QStringList payloads(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, 0).data(EventModel::TextRole).toString();
    return texts;
}

} // namespace

// The monitor's item models.
class TestEventModel : public QObject
{
    Q_OBJECT
private slots:
    void flushInsertsOneBatch();
    void enqueuesOneReadOfNotifications();
    void capacityDropsTheOldest_data();
    void capacityDropsTheOldest();
    void frozenModelKeepsBufferingWithinItsCapacity();
    void droppedRowsLeaveAtTheNextFlush();
    void filters_data();
    void filters();
    void gapRowsPassEveryFilter();
    void jsonTree_data();
    void jsonTree();
};

void TestEventModel::flushInsertsOneBatch()
{
    EventModel model(EventModel::Stream::Notifications);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 500; ++i)
        model.enqueue(notification(QStringLiteral("a"), QString::number(i)));
    QCOMPARE(model.rowCount(), 0); // nothing shows before the flush
    QCOMPARE(model.pendingCount(), 500);
    QCOMPARE(model.flush(), 500);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(model.flush(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(499, EventModel::TextColumn).data().toString(), QStringLiteral("499"));
    QCOMPARE(model.index(0, EventModel::PidColumn).data().toInt(), 7);
    QCOMPARE(model.index(0, EventModel::SizeColumn).data().toString(), QStringLiteral("1 B"));
    QCOMPARE(model.headerData(EventModel::ChannelColumn, Qt::Horizontal).toString(),
             QStringLiteral("Channel"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalReceived(), 0);
}

void TestEventModel::enqueuesOneReadOfNotifications()
{
    EventModel model(EventModel::Stream::Notifications);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(3);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    pg::NotificationBatch batch(now);
    batch.append("a", "1", 5);
    batch.append("a", "2", 5);
    batch.append("b", "3", 6);
    batch.append("a", "4", 5);
    QCOMPARE(batch.channels(), (QStringList {"a", "b"}));
    model.enqueue(batch);
    QCOMPARE(model.totalReceived(), 4);
    QCOMPARE(model.pendingCount(), 3); // the queue keeps within the cap
    QCOMPARE(model.droppedCount(), 1);
    QCOMPARE(model.flush(), 3);
    QCOMPARE(payloads(model), (QStringList {"2", "3", "4"}));
    QCOMPARE(model.index(1, EventModel::ChannelColumn).data().toString(), QStringLiteral("b"));
    QCOMPARE(model.index(1, EventModel::PidColumn).data().toInt(), 6);
    QCOMPARE(model.index(2, EventModel::ChannelColumn).data().toString(), QStringLiteral("a"));
    QCOMPARE(model.event(2).received, now);
}

void TestEventModel::capacityDropsTheOldest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("perBatch");
    QTest::newRow("fits") << 100 << 2 << 30;
    QTest::newRow("overflows across batches") << 100 << 5 << 30;
    QTest::newRow("one batch larger than the buffer") << 10 << 1 << 25;
    QTest::newRow("capacity one") << 1 << 3 << 2;
}

void TestEventModel::capacityDropsTheOldest()
{
    QFETCH(int, capacity);
    QFETCH(int, batches);
    QFETCH(int, perBatch);
    EventModel model(EventModel::Stream::Notifications);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(capacity);
    int sent = 0;
    for (int batch = 0; batch < batches; ++batch) {
        for (int i = 0; i < perBatch; ++i)
            model.enqueue(notification(QStringLiteral("a"), QString::number(sent++)));
        model.flush();
        QVERIFY(model.rowCount() <= capacity);
    }
    const int kept = qMin(capacity, sent);
    QCOMPARE(model.rowCount(), kept);
    QCOMPARE(model.droppedCount(), sent - kept);
    QCOMPARE(model.index(kept - 1, 0).data(EventModel::TextRole).toString(),
             QString::number(sent - 1));
    QCOMPARE(model.index(0, 0).data(EventModel::TextRole).toString(), QString::number(sent - kept));
    // Shrinking trims at once.
    model.setCapacity(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.droppedCount(), sent - 1);
}

void TestEventModel::frozenModelKeepsBufferingWithinItsCapacity()
{
    EventModel model(EventModel::Stream::Notifications);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    for (int i = 0; i < 6; ++i)
        model.enqueue(notification(QStringLiteral("a"), QString::number(i)));
    model.flush();
    model.setFrozen(true);
    for (int i = 6; i < 9; ++i)
        model.enqueue(notification(QStringLiteral("a"), QString::number(i)));
    QCOMPARE(model.flush(), 0);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.pendingCount(), 3);
    QCOMPARE(model.droppedCount(), 0);
    // Overflowing while frozen: the oldest rows go, nothing new is shown.
    for (int i = 9; i < 14; ++i)
        model.enqueue(notification(QStringLiteral("a"), QString::number(i)));
    model.flush();
    QCOMPARE(model.rowCount() + model.pendingCount(), 10);
    QCOMPARE(model.droppedCount(), 4);
    QCOMPARE(payloads(model), (QStringList {"4", "5"}));
    model.setFrozen(false);
    model.flush();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(payloads(model).last(), QStringLiteral("13"));
}

void TestEventModel::droppedRowsLeaveAtTheNextFlush()
{
    EventModel model(EventModel::Stream::Notifications);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    for (int i = 0; i < 5; ++i)
        model.enqueue(notification(QStringLiteral("a"), QString::number(i)));
    model.flush();
    QSignalSpy dropped(&model, &EventModel::droppedCountChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 5; i < 8; ++i)
        model.enqueue(notification(QStringLiteral("a"), QString::number(i)));
    // Counted at once, and the buffer holds no more than its capacity...
    QCOMPARE(model.droppedCount(), 3);
    QCOMPARE(model.pendingCount(), 3);
    // ...but the rows stay until the flush, reading as dropped.
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(removed.size(), 0);
    QVERIFY(model.isDropped(2));
    QVERIFY(!model.isDropped(3));
    QVERIFY(model.index(0, EventModel::TextColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("dropped")));
    QVERIFY(model.event(0).text.isEmpty());
    QCOMPARE(model.event(3).text, QStringLiteral("3"));
    QCOMPARE(model.flush(), 3);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).toLongLong(), 3);
    QCOMPARE(payloads(model), (QStringList {"3", "4", "5", "6", "7"}));
    // More than the whole buffer between two flushes: every row goes, and the queue too, in one
    // reset rather than a removal and an insertion of as many rows.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int i = 8; i < 20; ++i)
        model.enqueue(notification(QStringLiteral("a"), QString::number(i)));
    QCOMPARE(model.pendingCount(), 5);
    QCOMPARE(model.flush(), 5);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(payloads(model), (QStringList {"15", "16", "17", "18", "19"}));
    QCOMPARE(model.droppedCount(), 15);
    // The same while frozen: the rows go, the newest wait.
    model.setFrozen(true);
    for (int i = 20; i < 27; ++i)
        model.enqueue(notification(QStringLiteral("a"), QString::number(i)));
    QCOMPARE(model.flush(), 0);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 5);
    model.setFrozen(false);
    QCOMPARE(model.flush(), 5);
    QCOMPARE(payloads(model), (QStringList {"22", "23", "24", "25", "26"}));
}

void TestEventModel::filters_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QString() << QString() << QString()
                          << QStringList {"1", "2", "3", "4", "5"};
    QTest::newRow("channel") << QStringLiteral("orders") << QString() << QString()
                             << QStringList {"1", "2", "3"};
    QTest::newRow("text in payload, any case")
            << QString() << QStringLiteral("delete") << QString() << QStringList {"2"};
    QTest::newRow("text in channel")
            << QString() << QStringLiteral("AUDIT") << QString() << QStringList {"4", "5"};
    QTest::newRow("json string") << QString() << QString() << QStringLiteral("op=INSERT")
                                 << QStringList {"1", "4"};
    QTest::newRow("json nested number")
            << QString() << QString() << QStringLiteral("new.id = 42") << QStringList {"1"};
    QTest::newRow("json array index")
            << QString() << QString() << QStringLiteral("tags.1=b") << QStringList {"3"};
    QTest::newRow("json bool and null")
            << QString() << QString() << QStringLiteral("ok=null") << QStringList {"5"};
    QTest::newRow("all three") << QStringLiteral("orders") << QStringLiteral("insert")
                               << QStringLiteral("op=INSERT") << QStringList {"1"};
}

void TestEventModel::filters()
{
    QFETCH(QString, channel);
    QFETCH(QString, text);
    QFETCH(QString, json);
    QFETCH(QStringList, expected);
    EventModel model(EventModel::Stream::Notifications);
    EventFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<QPair<QString, QString>> events {
            {QStringLiteral("orders"),
             QStringLiteral(R"({"n":"1","op":"INSERT","new":{"id":42}})")},
            {QStringLiteral("orders"),
             QStringLiteral(R"({"n":"2","op":"DELETE","old":{"id":42}})")},
            {QStringLiteral("orders"), QStringLiteral(R"({"n":"3","tags":["a","b"]})")},
            {QStringLiteral("audit"), QStringLiteral(R"({"n":"4","op":"INSERT"})")},
            {QStringLiteral("audit"), QStringLiteral(R"({"n":"5","ok":null})")},
    };
    for (const auto &[eventChannel, payload] : events)
        model.enqueue(notification(eventChannel, payload));
    model.flush();
    filter.setChannel(channel);
    filter.setText(text);
    QVERIFY(filter.setJsonFilter(json));
    QStringList found;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QString payload = filter.index(row, 0).data(EventModel::TextRole).toString();
        found << QJsonDocument::fromJson(payload.toUtf8())
                         .object()
                         .value(QStringLiteral("n"))
                         .toString();
    }
    QCOMPARE(found, expected);
    // New rows go through the same filter.
    model.enqueue(notification(QStringLiteral("orders"), QStringLiteral(R"({"n":"6"})")));
    model.flush();
    const bool sixthPasses = channel != QLatin1String("audit") && text.isEmpty() && json.isEmpty();
    QCOMPARE(filter.rowCount(), expected.size() + (sixthPasses ? 1 : 0));
    QVERIFY(!filter.setJsonFilter(QStringLiteral("no equals sign")));
}

void TestEventModel::gapRowsPassEveryFilter()
{
    EventModel model(EventModel::Stream::Notifications);
    EventFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.enqueue(notification(QStringLiteral("a"), QStringLiteral("x")));
    model.enqueue(gapEvent());
    model.enqueue(notification(QStringLiteral("b"), QStringLiteral("y")));
    model.flush();
    filter.setChannel(QStringLiteral("nothing"));
    filter.setText(QStringLiteral("nothing"));
    QCOMPARE(filter.rowCount(), 1);
    const QModelIndex gap = filter.index(0, EventModel::TextColumn);
    QCOMPARE(gap.data(EventModel::KindRole).toInt(), static_cast<int>(MonitorEvent::Kind::Gap));
    QVERIFY(gap.data().toString().contains(QStringLiteral("terminated")));
    QVERIFY(gap.data(Qt::BackgroundRole).isValid());
}

void TestEventModel::jsonTree_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("isTree");
    QTest::addColumn<int>("topRows");
    QTest::addColumn<QString>("firstKey");
    QTest::newRow("object keeps order") << QStringLiteral(R"({"z":1,"a":{"b":[true,null]}})")
                                        << true << 2 << QStringLiteral("z");
    QTest::newRow("array") << QStringLiteral("[1, 2, 3]") << true << 3 << QStringLiteral("[0]");
    QTest::newRow("duplicate keys")
            << QStringLiteral(R"({"a":1,"a":2})") << true << 1 << QStringLiteral("a");
    QTest::newRow("scalar") << QStringLiteral("42") << false << 0 << QString();
    QTest::newRow("not json") << QStringLiteral("hello {") << false << 0 << QString();
    QTest::newRow("empty") << QString() << false << 0 << QString();
}

void TestEventModel::jsonTree()
{
    QFETCH(QString, json);
    QFETCH(bool, isTree);
    QFETCH(int, topRows);
    QFETCH(QString, firstKey);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.setJson(json), isTree);
    QCOMPARE(model.rowCount(), topRows);
    if (topRows > 0)
        QCOMPARE(model.index(0, JsonTreeModel::KeyColumn).data().toString(), firstKey);
    if (QTest::currentDataTag() == QByteArray("object keeps order")) {
        const QModelIndex a = model.index(1, 0);
        QCOMPARE(model.rowCount(a), 1);
        const QModelIndex b = model.index(0, 0, a);
        QCOMPARE(b.data().toString(), QStringLiteral("b"));
        QCOMPARE(model.parent(b), a);
        QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, b).data().toString(),
                 QStringLiteral("true"));
        QCOMPARE(model.index(1, JsonTreeModel::TypeColumn, b).data().toString(),
                 QStringLiteral("null"));
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestEventModel)
#include "tst_eventmodel.moc"
