#include "ui/designer/designlistmodel.h"
#include "ui/designer/designlistpane.h"
#include "ui/document/designcontroller.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;

namespace {

TriggerDesign namedTrigger(const QString &name)
{
    TriggerDesign trigger;
    trigger.name = name;
    trigger.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
    trigger.events = {TriggerEvent::Update};
    return trigger;
}

} // namespace

class TestDesignController : public QObject
{
    Q_OBJECT
private slots:
    void eachEditIsOneUndoStep_data();
    void eachEditIsOneUndoStep();
    void typingMergesUntilSealed();
    void editsOfDifferentTriggersDoNotMerge();
    void noOpEditPushesNothing();
    void addRemoveMoveUndo();
    void duplicateGetsAUniqueName();
    void listModelFollowsEveryChange();
    void currentTriggerIsClearedWhenItGoes();
    void choosingAnotherTriggerSealsMerging();
    void listPaneAndCurrentTriggerFollowEachOther();
    void saveMarksCleanAndUndoMarksModified();
};

void TestDesignController::eachEditIsOneUndoStep_data()
{
    QTest::addColumn<int>("edit");
    QTest::newRow("timing") << 0;
    QTest::newRow("events") << 1;
    QTest::newRow("level") << 2;
    QTest::newRow("constraint") << 3;
    QTest::newRow("condition") << 4;
}

void TestDesignController::eachEditIsOneUndoStep()
{
    QFETCH(int, edit);
    DesignController controller;
    const QString id = controller.addTrigger(namedTrigger(QStringLiteral("t")));
    const TriggerDesign before = *controller.trigger(id);
    controller.editTrigger(id, QStringLiteral("edit"), QString(), [edit](TriggerDesign &t) {
        switch (edit) {
        case 0:
            t.timing = TriggerTiming::Before;
            break;
        case 1:
            t.events.append(TriggerEvent::Insert);
            break;
        case 2:
            t.level = TriggerLevel::Statement;
            break;
        case 3:
            t.constraint = ConstraintOptions {true, true, std::nullopt};
            break;
        case 4:
            t.condition = Condition::change(ConditionKind::AnyChange);
            break;
        }
    });
    QCOMPARE(controller.undoStack()->count(), 2); // add + edit
    QVERIFY(*controller.trigger(id) != before);
    controller.undoStack()->undo();
    QCOMPARE(*controller.trigger(id), before);
    controller.undoStack()->redo();
    QVERIFY(*controller.trigger(id) != before);
}

void TestDesignController::typingMergesUntilSealed()
{
    DesignController controller;
    const QString id = controller.addTrigger(namedTrigger(QString()));
    for (const QString &text : {QStringLiteral("o"), QStringLiteral("or"), QStringLiteral("ord")})
        controller.editTrigger(id, QStringLiteral("Rename"), QStringLiteral("name"),
                               [&](TriggerDesign &t) { t.name = text; });
    QCOMPARE(controller.undoStack()->count(), 2);
    controller.sealMerging();
    controller.editTrigger(id, QStringLiteral("Rename"), QStringLiteral("name"),
                           [](TriggerDesign &t) { t.name = QStringLiteral("orders"); });
    QCOMPARE(controller.undoStack()->count(), 3);
    controller.undoStack()->undo();
    QCOMPARE(controller.trigger(id)->name, QStringLiteral("ord"));
    controller.undoStack()->undo();
    QCOMPARE(controller.trigger(id)->name, QString());
}

void TestDesignController::editsOfDifferentTriggersDoNotMerge()
{
    DesignController controller;
    const QString a = controller.addTrigger(namedTrigger(QStringLiteral("a")));
    const QString b = controller.addTrigger(namedTrigger(QStringLiteral("b")));
    controller.editTrigger(a, QStringLiteral("Rename"), QStringLiteral("name"),
                           [](TriggerDesign &t) { t.name = QStringLiteral("a2"); });
    controller.editTrigger(b, QStringLiteral("Rename"), QStringLiteral("name"),
                           [](TriggerDesign &t) { t.name = QStringLiteral("b2"); });
    QCOMPARE(controller.undoStack()->count(), 4);
    controller.undoStack()->undo();
    QCOMPARE(controller.trigger(a)->name, QStringLiteral("a2"));
    QCOMPARE(controller.trigger(b)->name, QStringLiteral("b"));
}

void TestDesignController::noOpEditPushesNothing()
{
    DesignController controller;
    const QString id = controller.addTrigger(namedTrigger(QStringLiteral("t")));
    controller.editTrigger(id, QStringLiteral("Rename"), QString(),
                           [](TriggerDesign &t) { t.name = QStringLiteral("t"); });
    QCOMPARE(controller.undoStack()->count(), 1);
}

void TestDesignController::addRemoveMoveUndo()
{
    DesignController controller;
    const QString a = controller.addTrigger(namedTrigger(QStringLiteral("a")));
    const QString b = controller.addTrigger(namedTrigger(QStringLiteral("b")));
    const QString c = controller.addTrigger(namedTrigger(QStringLiteral("c")));
    controller.moveTrigger(c, 0);
    QCOMPARE(controller.triggers()[0].name, QStringLiteral("c"));
    controller.removeTrigger(a);
    QCOMPARE(controller.triggers().size(), 2);
    controller.undoStack()->undo(); // a comes back where it was
    QCOMPARE(controller.triggers()[1].name, QStringLiteral("a"));
    QCOMPARE(controller.triggers()[1].id, a);
    controller.undoStack()->undo(); // the move is undone
    QCOMPARE(controller.triggers()[2].id, c);
    QCOMPARE(controller.indexOf(b), 1);
}

void TestDesignController::duplicateGetsAUniqueName()
{
    DesignController controller;
    const QString a = controller.addTrigger(namedTrigger(QStringLiteral("a")));
    const QString copy1 = controller.duplicateTrigger(a);
    const QString copy2 = controller.duplicateTrigger(a);
    QCOMPARE(controller.trigger(copy1)->name, QStringLiteral("a_copy"));
    QCOMPARE(controller.trigger(copy2)->name, QStringLiteral("a_copy2"));
    QCOMPARE(controller.indexOf(copy2), 1); // right after the original
    QVERIFY(copy1 != a && copy2 != copy1);
}

void TestDesignController::listModelFollowsEveryChange()
{
    DesignController controller;
    DesignListModel model(&controller);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString a = controller.addTrigger(namedTrigger(QStringLiteral("a")));
    const QString b = controller.addTrigger(namedTrigger(QStringLiteral("b")));
    controller.addTrigger(namedTrigger(QStringLiteral("c")));
    controller.moveTrigger(a, 2);
    controller.moveTrigger(a, 0);
    controller.editTrigger(b, QStringLiteral("Rename"), QString(),
                           [](TriggerDesign &t) { t.name = QStringLiteral("b2"); });
    QCOMPARE(model.data(model.index(1), Qt::DisplayRole).toString(), QStringLiteral("b2"));
    controller.removeTrigger(b);
    QCOMPARE(model.rowCount(), 2);
    while (controller.undoStack()->canUndo())
        controller.undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    controller.newDocument();
    QCOMPARE(model.rowCount(), 0);
}

void TestDesignController::currentTriggerIsClearedWhenItGoes()
{
    DesignController controller;
    QSignalSpy changed(&controller, &DesignController::currentTriggerChanged);
    const QString a = controller.addTrigger(namedTrigger(QStringLiteral("a")));
    const QString b = controller.addTrigger(namedTrigger(QStringLiteral("b")));
    controller.setCurrentTriggerId(b);
    controller.setCurrentTriggerId(b);
    QCOMPARE(changed.size(), 1);
    controller.removeTrigger(a); // another one: the current stays
    QCOMPARE(controller.currentTriggerId(), b);
    controller.removeTrigger(b);
    QCOMPARE(controller.currentTriggerId(), QString());
    QCOMPARE(changed.size(), 2);
    controller.undoStack()->undo(); // b is back, but nobody chose it
    QCOMPARE(controller.currentTriggerId(), QString());
    controller.setCurrentTriggerId(b);
    controller.newDocument();
    QCOMPARE(controller.currentTriggerId(), QString());
    QCOMPARE(changed.last().constFirst().toString(), QString());
}

void TestDesignController::choosingAnotherTriggerSealsMerging()
{
    DesignController controller;
    const QString a = controller.addTrigger(namedTrigger(QStringLiteral("a")));
    const QString b = controller.addTrigger(namedTrigger(QStringLiteral("b")));
    controller.setCurrentTriggerId(a);
    const auto rename = [&](const QString &name) {
        controller.editTrigger(a, QStringLiteral("Rename"), QStringLiteral("name"),
                               [&](TriggerDesign &t) { t.name = name; });
    };
    rename(QStringLiteral("a1"));
    controller.setCurrentTriggerId(b);
    controller.setCurrentTriggerId(a);
    rename(QStringLiteral("a12"));
    QCOMPARE(controller.undoStack()->count(), 4); // two adds, two renames
}

void TestDesignController::listPaneAndCurrentTriggerFollowEachOther()
{
    DesignController controller;
    DesignListPane pane(&controller);
    const QString a = controller.addTrigger(namedTrigger(QStringLiteral("a")));
    const QString b = controller.addTrigger(namedTrigger(QStringLiteral("b")));
    controller.setCurrentTriggerId(b);
    QCOMPARE(pane.currentTriggerId(), b);
    pane.selectTrigger(a);
    QCOMPARE(controller.currentTriggerId(), a);
    controller.removeTrigger(a); // the list moves to the neighbour, and so does the current
    QCOMPARE(controller.currentTriggerId(), b);
    QCOMPARE(pane.currentTriggerId(), b);
}

void TestDesignController::saveMarksCleanAndUndoMarksModified()
{
    DesignController controller;
    QSignalSpy modified(&controller, &DesignController::modifiedChanged);
    controller.addTrigger(namedTrigger(QStringLiteral("a")));
    QVERIFY(controller.isModified());
    const QString fileName = QDir::temp().filePath(
            QStringLiteral("tst_designcontroller_%1.json").arg(QCoreApplication::applicationPid()));
    QCOMPARE(controller.save(fileName), QString());
    QVERIFY(!controller.isModified());
    controller.undoStack()->undo();
    QVERIFY(controller.isModified());
    QVERIFY(!modified.isEmpty());
    QCOMPARE(controller.open(fileName), QString());
    QCOMPARE(controller.triggers().size(), 1);
    QVERIFY(!controller.isModified());
    QVERIFY(controller.open(QStringLiteral("/nonexistent/design.json"))
                    .contains(QStringLiteral("/nonexistent/design.json")));
    QCOMPARE(controller.triggers().size(), 1); // a failed open keeps the document
    QFile::remove(fileName);
}

QTEST_MAIN(TestDesignController)
#include "tst_designcontroller.moc"
