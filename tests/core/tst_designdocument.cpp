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
    void givesMissingIds_data();
    void givesMissingIds();
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

// Ids are "t1", "t2", ... in order, skipping any a trigger already has, wherever it stands.
void TestDesignDocument::givesMissingIds_data()
{
    QTest::addColumn<QStringList>("ids"); // the triggers' ids before; empty: none
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QString>("next"); // unusedId() afterwards
    QTest::newRow("none have one") << QStringList {QString(), QString(), QString()}
                                   << QStringList {"t1", "t2", "t3"} << "t4";
    QTest::newRow("taken ones are skipped, also when later")
            << QStringList {QString(), "t3", QString(), "t1", QString()}
            << QStringList {"t2", "t3", "t4", "t1", "t5"} << "t6";
    QTest::newRow("names that only look alike")
            << QStringList {"t01", QString(), "T2"} << QStringList {"t01", "t1", "T2"} << "t2";
    QTest::newRow("all have one") << QStringList {"a", "t2"} << QStringList {"a", "t2"} << "t1";
}

void TestDesignDocument::givesMissingIds()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, given);
    QFETCH(QString, next);
    DesignDocument document;
    for (const QString &id : std::as_const(ids)) {
        TriggerDesign trigger;
        trigger.id = id;
        document.triggers.append(trigger);
    }
    document.giveMissingIds();
    QStringList after;
    for (const TriggerDesign &trigger : std::as_const(document.triggers))
        after.append(trigger.id);
    QCOMPARE(after, given);
    QCOMPARE(document.unusedId(), next);
}

QTEST_GUILESS_MAIN(TestDesignDocument)
#include "tst_designdocument.moc"
