#include "core/model/designdocument.h"

#include <QTest>

using namespace trigon;

// What the window asks of a whole document: the channels its notify actions send on.
class TestDesignDocument : public QObject
{
    Q_OBJECT
private slots:
    void listsNotifyChannels_data();
    void listsNotifyChannels();
};

namespace {

NotifyAction notifyOn(const QString &channel)
{
    NotifyAction action;
    action.channel = channel;
    return action;
}

TriggerDesign triggerWith(QList<Action> actions)
{
    TriggerDesign trigger;
    trigger.actions = std::move(actions);
    return trigger;
}

} // namespace

void TestDesignDocument::listsNotifyChannels_data()
{
    QTest::addColumn<QList<TriggerDesign>>("triggers");
    QTest::addColumn<QStringList>("channels");
    const QString a = QStringLiteral("orders");
    const QString b = QStringLiteral("événements");
    QTest::newRow("none") << QList<TriggerDesign>() << QStringList();
    QTest::newRow("other kinds only")
            << QList<TriggerDesign> {triggerWith({ProtectAction {}, AuditAction {}})}
            << QStringList();
    QTest::newRow("in order of appearance, each once")
            << QList<TriggerDesign> {triggerWith({notifyOn(b), ProtectAction {}, notifyOn(a)}),
                                     triggerWith({notifyOn(a), notifyOn(b)})}
            << QStringList {b, a};
    QTest::newRow("an empty channel is no channel")
            << QList<TriggerDesign> {triggerWith({notifyOn(QString()), notifyOn(a)})}
            << QStringList {a};
}

void TestDesignDocument::listsNotifyChannels()
{
    QFETCH(QList<TriggerDesign>, triggers);
    QFETCH(QStringList, channels);
    QCOMPARE(notifyChannels(triggers), channels);
}

QTEST_GUILESS_MAIN(TestDesignDocument)
#include "tst_designdocument.moc"
