#include "core/pg/blockingconnection.h"
#include "core/pg/notificationddl.h"
#include "tests/common/screenshot.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/opensession.h"
#include "ui/document/designcontroller.h"
#include "ui/monitor/eventfiltermodel.h"
#include "ui/monitor/eventmodel.h"
#include "ui/monitor/eventrategraph.h"
#include "ui/monitor/jsontreemodel.h"
#include "ui/monitor/monitorpane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace trigon;
using namespace trigon::ui;
using trigon::test::openSession;
using trigon::test::TestDatabase;

// The pane against a real server, on the offscreen platform.
class TestMonitorPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void suggestsTheChannelsTheDesignNotifiesOn();
    void remembersItsChannels();
    void rateShowsTheEventsOfTheLastSeconds();
    void rateGraphHasAScale_data();
    void rateGraphHasAScale();
    void showsNotificationsAndTheSelectedPayload();
    void reconnectsAfterTerminateAndShowsTheGap();
    void pauseKeepsTheTableStill();
    void overflowWhilePausedDropsTheOldestRows();
    void keyboardCopiesPausesFindsAndClears();
    void exportsBufferAndSelection_data();
    void exportsBufferAndSelection();
    void noticesAreASecondStream();
    void ddlEventsNeedASuperuser();
    void ddlEventsInstallAndRemove();

private:
    void grab(QWidget *widget, const QString &name);
};

namespace {

bool waitForStatus(MonitorPane &pane, MonitorPane::Status status, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (pane.status() != status && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return pane.status() == status;
}

void send(pg::BlockingConnection &sender, const QString &channel, const QString &payload)
{
    QVERIFY(sender.exec(QStringLiteral("SELECT pg_notify($1, $2)"), {channel, payload}).ok());
}

// Every model the pane shows, checked while the test drives it.
struct Testers
{
    explicit Testers(MonitorPane &pane)
        : events(pane.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , messages(pane.messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , filter(pane.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , json(pane.jsonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    { }
    QAbstractItemModelTester events;
    QAbstractItemModelTester messages;
    QAbstractItemModelTester filter;
    QAbstractItemModelTester json;
};

} // namespace

void TestMonitorPane::grab(QWidget *widget, const QString &name)
{
    QVERIFY(trigon::test::saveScreenshot(widget, name));
}

namespace {

TriggerDesign notifyingTrigger(const QString &table, const QString &channel)
{
    TriggerDesign trigger;
    trigger.table = TableRef {QStringLiteral("public"), table};
    trigger.name = table + QStringLiteral("_notify");
    NotifyAction notify;
    notify.channel = channel;
    trigger.actions.append(notify);
    return trigger;
}

// The buttons that offer a suggested channel with one click, by channel.
QStringList suggestionButtons(const MonitorPane &pane)
{
    QStringList channels;
    for (const QToolButton *button : pane.findChildren<QToolButton *>()) {
        if (button->isVisibleTo(&pane) && button->text().startsWith(QStringLiteral("+ ")))
            channels.append(button->text().mid(2));
    }
    return channels;
}

QToolButton *suggestionButton(const MonitorPane &pane, const QString &channel)
{
    for (QToolButton *button : pane.findChildren<QToolButton *>()) {
        if (button->isVisibleTo(&pane) && button->text() == QStringLiteral("+ ") + channel)
            return button;
    }
    return nullptr;
}

MonitorEvent notification(const QString &channel)
{
    MonitorEvent event;
    event.channel = channel;
    event.text = QStringLiteral("{}");
    event.received = QDateTime::currentDateTimeUtc();
    return event;
}

} // namespace

void TestMonitorPane::initTestCase()
{
    // Settings go to a throwaway location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // Rates read "2.5/s" and "1,500/s" whatever the machine's language.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// The channels the open design notifies on are one click away, and follow the design's edits.
void TestMonitorPane::suggestsTheChannelsTheDesignNotifiesOn()
{
    DesignController design;
    design.addTrigger(notifyingTrigger(QStringLiteral("orders"), QStringLiteral("order_events")));
    MonitorPane pane;
    pane.resize(900, 360);
    pane.show();
    pane.followDesign(&design);
    QCOMPARE(pane.suggestedChannels(), QStringList {QStringLiteral("order_events")});
    // Widgets added to a shown pane appear at the next turn of the event loop.
    QTRY_COMPARE(suggestionButtons(pane), QStringList {QStringLiteral("order_events")});

    design.addTrigger(notifyingTrigger(QStringLiteral("customers"), QStringLiteral("audit")));
    QTRY_COMPARE(suggestionButtons(pane),
                 (QStringList {QStringLiteral("order_events"), QStringLiteral("audit")}));
    grab(&pane, QStringLiteral("monitor-suggestions"));

    QToolButton *button = suggestionButton(pane, QStringLiteral("order_events"));
    QVERIFY(button);
    button->click();
    QCOMPARE(pane.channels(), QStringList {QStringLiteral("order_events")});
    // Listened to, it is no longer offered; the drop-down offers the rest too.
    QCOMPARE(pane.offeredChannels(), QStringList {QStringLiteral("audit")});
    QTRY_COMPARE(suggestionButtons(pane), QStringList {QStringLiteral("audit")});
    auto *input = pane.findChild<QComboBox *>(QStringLiteral("channelInput"));
    QVERIFY(input);
    QCOMPARE(input->findText(QStringLiteral("audit")), 0);

    design.newDocument();
    QVERIFY(pane.suggestedChannels().isEmpty());
    QTRY_VERIFY(suggestionButtons(pane).isEmpty());
}

void TestMonitorPane::remembersItsChannels()
{
    const QString key = QStringLiteral("monitor/channels");
    QSettings().remove(key);
    {
        MonitorPane pane;
        pane.rememberChannels(key);
        QVERIFY(pane.channels().isEmpty());
        pane.addChannel(QStringLiteral("order_events"));
        pane.addChannel(QStringLiteral("Audit Log"));
        pane.addChannel(QStringLiteral("gone"));
        pane.removeChannel(QStringLiteral("gone"));
    }
    {
        MonitorPane pane;
        pane.rememberChannels(key);
        QCOMPARE(pane.channels(),
                 (QStringList {QStringLiteral("order_events"), QStringLiteral("Audit Log")}));
        pane.setChannels({});
    }
    MonitorPane pane;
    pane.rememberChannels(key);
    QVERIFY(pane.channels().isEmpty());
}

// The rate counts the events the pane's model received per second of the pane's clock. In whole
// numbers, one event in 1,001 ms was 0/s: the label stayed "0/s" for any trickle.
void TestMonitorPane::rateShowsTheEventsOfTheLastSeconds()
{
    MonitorPane pane;
    qint64 now = 1000000;
    pane.setRateClock([&now] { return now; });
    const EventRateGraph *graph = pane.rateGraph();
    QCOMPARE(graph->rateText(), QStringLiteral("0/s"));

    pane.eventModel()->enqueue(notification(QStringLiteral("orders")));
    now += 1001;
    pane.takeRateSample();
    QVERIFY(graph->latest() > 0.99);
    QCOMPARE(graph->rateText(), QStringLiteral("1.0/s"));

    // A second without events: the text is the mean of the last seconds, so a single event
    // stays readable for a moment.
    now += 1000;
    pane.takeRateSample();
    QCOMPARE(graph->latest(), 0.0);
    QCOMPARE(graph->rateText(), QStringLiteral("0.5/s"));

    for (int second = 0; second < EventRateGraph::averagedSeconds; ++second) {
        for (int i = 0; i < 1500; ++i)
            pane.eventModel()->enqueue(notification(QStringLiteral("orders")));
        now += 1000;
        pane.takeRateSample();
    }
    QCOMPARE(graph->rateText(), QStringLiteral("1,500/s"));
    QCOMPARE(graph->scaleTop(), 2000.0);

    // Staging for the picture: a minute of uneven traffic.
    for (int second = 0; second < EventRateGraph::historySeconds; ++second) {
        const int events = second % 17 < 5 ? 40 + 7 * (second % 5) : second % 3;
        for (int i = 0; i < events; ++i)
            pane.eventModel()->enqueue(notification(QStringLiteral("orders")));
        now += 1000;
        pane.takeRateSample();
    }
    pane.resize(1000, 300);
    pane.show();
    pane.flush();
    grab(pane.rateGraph(), QStringLiteral("monitor-rate"));
}

void TestMonitorPane::rateGraphHasAScale_data()
{
    QTest::addColumn<QList<double>>("samples");
    QTest::addColumn<double>("top");
    QTest::newRow("idle") << QList<double> {} << 1.0;
    QTest::newRow("below one") << QList<double> {0.2, 0.5} << 1.0;
    QTest::newRow("three") << QList<double> {3, 1} << 5.0;
    QTest::newRow("exactly twenty") << QList<double> {20} << 20.0;
    QTest::newRow("a flood") << QList<double> {12, 730, 40} << 1000.0;
    QTest::newRow("just above a hundred") << QList<double> {100.5} << 200.0;
}

// The top of the scale is a round number at or above the minute's peak; the text says it.
void TestMonitorPane::rateGraphHasAScale()
{
    QFETCH(QList<double>, samples);
    QFETCH(double, top);
    EventRateGraph graph;
    for (const double sample : samples)
        graph.addSample(sample);
    QCOMPARE(graph.scaleTop(), top);
    QVERIFY(graph.toolTip().contains(QStringLiteral("over the last 5 seconds")));
}

void TestMonitorPane::showsNotificationsAndTheSelectedPayload()
{
    TestDatabase db;
    MonitorPane pane;
    Testers testers(pane);
    pane.resize(1200, 420);
    pane.show();
    pane.suggestChannels({QStringLiteral("order_events"), QStringLiteral("audit")});
    pane.setChannels({QStringLiteral("order_events"), QStringLiteral("Audit Log")});
    Session session;
    QVERIFY(openSession(session, db.conninfo()));
    pane.setSession(&session);
    QVERIFY(waitForStatus(pane, MonitorPane::Status::Listening, 15000));
    QVERIFY2(pane.statusText().contains(QStringLiteral("order_events, Audit Log")),
             qPrintable(pane.statusText()));

    pg::BlockingConnection &sender = db.connection();
    for (int i = 1; i <= 6; ++i) {
        send(sender, QStringLiteral("order_events"),
             QStringLiteral(R"({"op":"%1","table":"orders","new":{"id":%2,"total":%3,)"
                            R"("customer":"Zoë %2","items":[{"sku":"A-1","qty":2}]}})")
                     .arg(i % 3 == 0 ? QStringLiteral("UPDATE") : QStringLiteral("INSERT"))
                     .arg(1000 + i)
                     .arg(19.5 * i));
    }
    send(sender, QStringLiteral("Audit Log"), QStringLiteral("user alice signed in"));
    QTRY_COMPARE_WITH_TIMEOUT(pane.eventModel()->rowCount() + pane.eventModel()->pendingCount(), 7,
                              10000);
    pane.flush();
    QCOMPARE(pane.eventModel()->rowCount(), 7);
    QCOMPARE(pane.eventModel()->index(6, EventModel::ChannelColumn).data().toString(),
             QStringLiteral("Audit Log"));

    // The filters narrow the table; the JSON one looks inside payloads.
    pane.setChannelFilter(QStringLiteral("order_events"));
    QCOMPARE(pane.filterModel()->rowCount(), 6);
    QVERIFY(pane.setJsonFilter(QStringLiteral("op=UPDATE")));
    QCOMPARE(pane.filterModel()->rowCount(), 2);
    QVERIFY(pane.setJsonFilter(QString()));
    pane.setTextFilter(QStringLiteral("zoë 1003"));
    QCOMPARE(pane.filterModel()->rowCount(), 1);
    pane.setTextFilter(QString());
    pane.setChannelFilter(QString());
    QCOMPARE(pane.filterModel()->rowCount(), 7);

    // Selecting an event shows its payload indented and as a tree.
    pane.eventView()->setCurrentIndex(pane.filterModel()->index(2, 0));
    QVERIFY(pane.detailText().startsWith(QStringLiteral("{\n  \"op\": \"UPDATE\",")));
    QCOMPARE(pane.jsonModel()->rowCount(), 3);
    QCOMPARE(pane.jsonModel()->index(0, 0).data().toString(), QStringLiteral("op"));
    pane.eventView()->setCurrentIndex(pane.filterModel()->index(6, 0));
    QCOMPARE(pane.detailText(), QStringLiteral("user alice signed in"));
    QVERIFY(pane.jsonModel()->isEmpty());

    pane.appendNotice(QStringLiteral("Deploy"),
                      {QStringLiteral("WARNING"), QStringLiteral("trigger replaced"),
                       QStringLiteral("01000")});
    if (!qEnvironmentVariableIsEmpty("TRIGON_SCREENSHOT_DIR")) {
        // Staging for the picture only: the minute before as the rate graph would have drawn
        // it, then a few seconds of uneven traffic.
        for (int second = 0; second < EventRateGraph::historySeconds - 5; ++second)
            pane.rateGraph()->addSample(second % 13 < 4 ? 6 + second % 5 : second % 3);
        const QStringList users {QStringLiteral("alice"), QStringLiteral("bob"),
                                 QStringLiteral("carol")};
        for (int i = 0; i < 30; ++i) {
            send(sender, QStringLiteral("Audit Log"),
                 QStringLiteral("user %1 signed in").arg(users.at(i % users.size())));
            QTest::qWait(i < 10 ? 40 : i < 20 ? 180 : 90);
        }
    }
    pane.flush();
    pane.eventView()->setCurrentIndex(pane.filterModel()->index(5, 0));
    pane.eventView()->scrollToTop();
    grab(&pane, QStringLiteral("monitor"));
}

void TestMonitorPane::reconnectsAfterTerminateAndShowsTheGap()
{
    TestDatabase db;
    MonitorPane pane;
    Testers testers(pane);
    pane.resize(1100, 360);
    pane.show();
    pane.setChannels({QStringLiteral("alpha")});
    Session session;
    QVERIFY(openSession(session, db.conninfo()));
    pane.setSession(&session);
    QVERIFY(waitForStatus(pane, MonitorPane::Status::Listening, 15000));
    pg::BlockingConnection &sender = db.connection();
    send(sender, QStringLiteral("alpha"), QStringLiteral("before"));
    QTRY_COMPARE_WITH_TIMEOUT(pane.eventModel()->totalReceived(), 1, 10000);

    QSignalSpy status(&pane, &MonitorPane::statusChanged);
    const int pid = pane.listener()->backendPid();
    QElapsedTimer clock;
    clock.start();
    QVERIFY(sender.exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {QString::number(pid)})
                    .ok());
    QVERIFY(waitForStatus(pane, MonitorPane::Status::Reconnecting, 1000));
    QVERIFY(pane.statusText().contains(QStringLiteral("lost")));
    grab(&pane, QStringLiteral("monitor-reconnecting"));
    QVERIFY(waitForStatus(pane, MonitorPane::Status::Listening, 2000));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    send(sender, QStringLiteral("alpha"), QStringLiteral("after"));
    QTRY_COMPARE_WITH_TIMEOUT(pane.eventModel()->totalReceived(), 3, 10000);
    pane.flush();
    const EventModel *model = pane.eventModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->event(0).text, QStringLiteral("before"));
    QCOMPARE(model->event(1).kind, MonitorEvent::Kind::Gap);
    QCOMPARE(model->event(2).text, QStringLiteral("after"));
    grab(&pane, QStringLiteral("monitor-gap"));
}

void TestMonitorPane::pauseKeepsTheTableStill()
{
    TestDatabase db;
    MonitorPane pane;
    Testers testers(pane);
    pane.setChannels({QStringLiteral("alpha")});
    Session session;
    QVERIFY(openSession(session, db.conninfo()));
    pane.setSession(&session);
    QVERIFY(waitForStatus(pane, MonitorPane::Status::Listening, 15000));
    pg::BlockingConnection &sender = db.connection();
    send(sender, QStringLiteral("alpha"), QStringLiteral("1"));
    QTRY_COMPARE_WITH_TIMEOUT(pane.eventModel()->rowCount(), 1, 10000);
    pane.setPaused(true);
    for (int i = 2; i <= 5; ++i)
        send(sender, QStringLiteral("alpha"), QString::number(i));
    QTRY_COMPARE_WITH_TIMEOUT(pane.eventModel()->pendingCount(), 4, 10000);
    QTest::qWait(250); // several flush ticks
    QCOMPARE(pane.eventModel()->rowCount(), 1);
    pane.setPaused(false);
    QCOMPARE(pane.eventModel()->rowCount(), 5);
    pane.clear();
    QCOMPARE(pane.eventModel()->rowCount(), 0);
    QCOMPARE(pane.droppedCount(), 0);
}

void TestMonitorPane::overflowWhilePausedDropsTheOldestRows()
{
    TestDatabase db;
    MonitorPane pane;
    Testers testers(pane);
    pane.resize(1200, 420);
    pane.show();
    pane.setCapacity(12);
    pane.setChannels({QStringLiteral("alpha")});
    Session session;
    QVERIFY(openSession(session, db.conninfo()));
    pane.setSession(&session);
    QVERIFY(waitForStatus(pane, MonitorPane::Status::Listening, 15000));
    pg::BlockingConnection &sender = db.connection();
    const QString burst = QStringLiteral("SELECT count(pg_notify('alpha', 'event ' || i)) FROM "
                                         "generate_series($1::int, $2::int) "
                                         "AS i");
    QVERIFY(sender.exec(burst, {QStringLiteral("1"), QStringLiteral("10")}).ok());
    QTRY_COMPARE_WITH_TIMEOUT(pane.eventModel()->rowCount(), 10, 10000);
    pane.setPaused(true);

    // Looked at the moment the overflowing read is in the buffer, before an update removes the
    // rows of the events it pushed out: one transaction's notifications come in one read.
    EventModel *model = pane.eventModel();
    bool checked = false;
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("events.jsonl"));
    QObject context;
    connect(pane.listener(), &pg::Listener::notificationsReceived, &context, [&] {
        if (model->totalReceived() < 15)
            return;
        checked = true;
        QCOMPARE(model->droppedCount(), 3);
        QCOMPARE(model->rowCount(), 10);
        QVERIFY(model->isDropped(2));
        QVERIFY(!model->isDropped(3));
        QVERIFY(model->index(0, EventModel::TextColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("dropped")));
        pane.eventView()->selectRow(1);
        QVERIFY2(pane.detailText().contains(QStringLiteral("made room")),
                 qPrintable(pane.detailText()));
        QVERIFY(pane.exportEvents(exported, MonitorPane::ExportFormat::JsonLines,
                                  MonitorPane::ExportScope::Buffer));
    });
    QVERIFY(sender.exec(burst, {QStringLiteral("11"), QStringLiteral("15")}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(checked, 10000);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray lines = file.readAll();
    QCOMPARE(lines.count('\n'), 7); // the rows still held, not the dropped ones
    QVERIFY(!lines.contains("\"event 3\""));
    QVERIFY(lines.contains("\"event 4\""));

    // The next update takes the dropped rows away; nothing new shows while paused.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 7, 5000);
    QCOMPARE(model->pendingCount(), 5);
    QCOMPARE(model->index(0, EventModel::TextColumn).data().toString(), QStringLiteral("event 4"));
    pane.setPaused(false);
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(model->index(11, EventModel::TextColumn).data().toString(),
             QStringLiteral("event 15"));
    QCOMPARE(pane.droppedCount(), 3);
}

void TestMonitorPane::keyboardCopiesPausesFindsAndClears()
{
    TestDatabase db;
    MonitorPane pane;
    Testers testers(pane);
    pane.resize(1000, 400);
    pane.show();
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.setChannels({QStringLiteral("alpha")});
    Session session;
    QVERIFY(openSession(session, db.conninfo()));
    pane.setSession(&session);
    QVERIFY(waitForStatus(pane, MonitorPane::Status::Listening, 15000));
    for (const QString &payload :
         {QStringLiteral("{\"id\":1}"), QStringLiteral("two"), QStringLiteral("three\nlines")})
        send(db.connection(), QStringLiteral("alpha"), payload);
    QTRY_COMPARE_WITH_TIMEOUT(pane.eventModel()->rowCount(), 3, 10000);

    QTableView *view = pane.eventView();
    view->setFocus();
    view->selectRow(0);
    view->selectionModel()->select(pane.filterModel()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("{\"id\":1}\nthree\nlines"));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString lines = QGuiApplication::clipboard()->text();
    QCOMPARE(lines.count(QLatin1Char('\n')), 2);
    QVERIFY2(lines.startsWith(QStringLiteral("{\"time\": \"")), qPrintable(lines));
    QVERIFY(lines.contains(QStringLiteral("\"payload\": \"three\\nlines\"")));

    QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier);
    QVERIFY(pane.isPaused());
    QTest::keyClick(view, Qt::Key_Period, Qt::ControlModifier);
    QVERIFY(!pane.isPaused());

    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->metaObject()->className(), "QLineEdit");
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("two"));
    QCOMPARE(pane.filterModel()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(pane.filterModel()->rowCount(), 3);

    // Clearing works from anywhere in the pane, the filter line included.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(pane.eventModel()->rowCount(), 0);

    // The size, as the Buffer Size… dialog sets it: said once per change.
    QSignalSpy changed(&pane, &MonitorPane::capacityChanged);
    pane.setCapacity(250000);
    pane.setCapacity(250000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(pane.capacity(), 250000);
    QCOMPARE(pane.messageModel()->capacity(), 250000);
}

void TestMonitorPane::exportsBufferAndSelection_data()
{
    QTest::addColumn<MonitorPane::ExportFormat>("format");
    QTest::addColumn<MonitorPane::ExportScope>("scope");
    QTest::addColumn<int>("lines");
    QTest::newRow("buffer, JSON lines")
            << MonitorPane::ExportFormat::JsonLines << MonitorPane::ExportScope::Buffer << 3;
    QTest::newRow("buffer, CSV") << MonitorPane::ExportFormat::Csv
                                 << MonitorPane::ExportScope::Buffer << 4;
    QTest::newRow("selection, JSON lines")
            << MonitorPane::ExportFormat::JsonLines << MonitorPane::ExportScope::Selection << 2;
    QTest::newRow("selection, CSV")
            << MonitorPane::ExportFormat::Csv << MonitorPane::ExportScope::Selection << 3;
}

void TestMonitorPane::exportsBufferAndSelection()
{
    QFETCH(MonitorPane::ExportFormat, format);
    QFETCH(MonitorPane::ExportScope, scope);
    QFETCH(int, lines);
    TestDatabase db;
    MonitorPane pane;
    pane.setChannels({QStringLiteral("alpha")});
    Session session;
    QVERIFY(openSession(session, db.conninfo()));
    pane.setSession(&session);
    QVERIFY(waitForStatus(pane, MonitorPane::Status::Listening, 15000));
    for (int i = 0; i < 3; ++i)
        send(db.connection(), QStringLiteral("alpha"), QStringLiteral("line %1\nsecond").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(pane.eventModel()->rowCount(), 3, 10000);
    pane.eventView()->selectRow(0);
    pane.eventView()->selectionModel()->select(pane.filterModel()->index(2, 0),
                                               QItemSelectionModel::Select
                                                       | QItemSelectionModel::Rows);
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("events"));
    QVERIFY(pane.exportEvents(fileName, format, scope));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    // Payload line breaks are escaped in JSON lines and quoted in CSV (CRLF ends a record).
    const QByteArray terminator = format == MonitorPane::ExportFormat::Csv ? "\r\n" : "\n";
    QCOMPARE(content.count(terminator), lines);
    QVERIFY(content.contains("line 0"));
    QCOMPARE(content.contains("line 1"), scope == MonitorPane::ExportScope::Buffer);
    QVERIFY(pane.messageText().contains(QStringLiteral("exported")));
}

void TestMonitorPane::noticesAreASecondStream()
{
    MonitorPane pane;
    Testers testers(pane);
    pane.appendNotice(QStringLiteral("Test run"),
                      {QStringLiteral("NOTICE"), QStringLiteral("row checked"), QString()});
    pane.appendNotice(QStringLiteral("Deploy"),
                      {QStringLiteral("WARNING"), QStringLiteral("trigger replaced"),
                       QStringLiteral("01000")});
    pane.flush();
    const EventModel *messages = pane.messageModel();
    QCOMPARE(messages->rowCount(), 2);
    QCOMPARE(messages->index(1, EventModel::ChannelColumn).data().toString(),
             QStringLiteral("Deploy"));
    QCOMPARE(messages->index(1, EventModel::PidColumn).data().toString(),
             QStringLiteral("WARNING"));
    QCOMPARE(messages->headerData(EventModel::PidColumn, Qt::Horizontal).toString(),
             QStringLiteral("Severity"));
    QVERIFY(messages->index(1, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(pane.eventModel()->rowCount(), 0);
}

void TestMonitorPane::ddlEventsNeedASuperuser()
{
    TestDatabase db;
    const QString role = db.name() + QStringLiteral("_plain");
    db.mustExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    {
        MonitorPane pane;
        QSignalSpy finished(&pane, &MonitorPane::ddlEventsFinished);
        Session session;
        QVERIFY(openSession(session, db.conninfo() + QStringLiteral(" user=") + role));
        pane.setSession(&session);
        pane.installDdlEvents(false);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(pane.messageText().contains(QStringLiteral("superuser")),
                 qPrintable(pane.messageText()));
        QVERIFY(pane.messageText().contains(role));
        QVERIFY(!pane.channels().contains(pg::ddlNotificationChannel()));
    }
    pg::BlockingConnection maintenance(trigon::test::testClusterConninfo());
    QVERIFY(maintenance.exec(QStringLiteral("DROP ROLE %1").arg(role)).ok());
}

void TestMonitorPane::ddlEventsInstallAndRemove()
{
    TestDatabase db;
    MonitorPane pane;
    Testers testers(pane);
    QSignalSpy finished(&pane, &MonitorPane::ddlEventsFinished);
    Session session;
    QVERIFY(openSession(session, db.conninfo()));
    pane.setSession(&session);
    QVERIFY(waitForStatus(pane, MonitorPane::Status::Listening, 15000));
    pane.installDdlEvents(false);
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(pane.messageText()));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(pane.channels(), QStringList {pg::ddlNotificationChannel()});
    // The LISTEN on trigon_ddl has run once the listener answers a notification on it.
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                send(db.connection(), pg::ddlNotificationChannel(), QStringLiteral("probe"));
                QTest::qWait(20);
                return pane.eventModel()->totalReceived() > 0;
            }(),
            10000);
    db.mustExec(QStringLiteral("CREATE TABLE shipments (id int);"));
    QTRY_VERIFY_WITH_TIMEOUT(pane.eventModel()->rowCount() > 0
                                     && pane.eventModel()
                                                ->event(pane.eventModel()->rowCount() - 1)
                                                .text.contains(QStringLiteral("public.shipments")),
                             10000);
    pane.removeDdlEvents(false);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(finished.last().at(1).toBool(), false);
    QVERIFY(pane.channels().isEmpty());
    pg::PgError error;
    const std::optional<pg::DdlNotificationStatus> status
            = pg::readDdlNotificationStatus(db.connection(), &error);
    QVERIFY(status);
    QVERIFY(!status->installed);
}

QTEST_MAIN(TestMonitorPane)
#include "tst_monitorpane.moc"
