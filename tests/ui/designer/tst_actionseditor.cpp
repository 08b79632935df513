#include "core/io/designfile.h"
#include "designertestdata.h"
#include "ui/designer/actions/actionform.h"
#include "ui/designer/actions/actionseditor.h"
#include "ui/designer/actions/payloadeditor.h"
#include "ui/document/designcontroller.h"
#include "ui/editor/pythoneditor.h"
#include "ui/editor/sqleditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace trigon;
using namespace trigon::ui;

Q_DECLARE_METATYPE(trigon::Action)
Q_DECLARE_METATYPE(trigon::ActionPreset)

class TestActionsEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void disabledWithoutTrigger();
    void eachFormEditsItsAction_data();
    void eachFormEditsItsAction();
    void typingInAMessageIsOneUndoStep();
    void payloadBuilder();
    void fsmTransitionTable();
    void validateCheckAsConditionText();
    void listOperations();
    void presetsAreOneUndoStep_data();
    void presetsAreOneUndoStep();
    void selectPathSelectsTheAction();
    void pythonCompletion_data();
    void pythonCompletion();
    void screenshot();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_editor->findChild<T *>(name);
    }
    void add(ActionKind kind) const;
    const TriggerDesign &design() const { return *m_controller->trigger(m_id); }
    int steps() const { return m_controller->undoStack()->count(); }

    DesignController *m_controller = nullptr;
    ActionsEditor *m_editor = nullptr;
    QString m_id;
};

void TestActionsEditor::init()
{
    m_controller = new DesignController;
    m_id = m_controller->addTrigger(test::ordersTrigger());
    m_editor = new ActionsEditor(m_controller);
    m_editor->resize(620, 640);
    m_editor->setTriggerId(m_id);
    m_editor->show();
}

void TestActionsEditor::cleanup()
{
    delete m_editor;
    delete m_controller;
}

void TestActionsEditor::add(ActionKind kind) const
{
    auto *action = child<QAction>(QStringLiteral("addAction_") + actionKindName(kind));
    QVERIFY(action);
    action->trigger();
}

void TestActionsEditor::disabledWithoutTrigger()
{
    m_editor->setTriggerId(QString());
    QVERIFY(!m_editor->isEnabled());
    m_editor->setTriggerId(m_id);
    QVERIFY(m_editor->isEnabled());
    QCOMPARE(m_editor->actionList()->count(), 0);
}

void TestActionsEditor::eachFormEditsItsAction_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<Action>("expected");

    QTest::newRow("protect") << int(ActionKind::Protect) << QStringLiteral("protectMessage")
                             << QStringLiteral("paid orders are final")
                             << Action(ProtectAction {QStringLiteral("paid orders are final"), {}});
    SoftDeleteAction softDelete;
    softDelete.value = QStringLiteral("gone");
    QTest::newRow("soft_delete") << int(ActionKind::SoftDelete) << QStringLiteral("softDeleteValue")
                                 << QStringLiteral("gone") << Action(softDelete);
    FsmAction fsm;
    fsm.message = QStringLiteral("no way back");
    QTest::newRow("fsm") << int(ActionKind::Fsm) << QStringLiteral("fsmMessage")
                         << QStringLiteral("no way back") << Action(fsm);
    AuditAction audit;
    audit.table.name = QStringLiteral("orders_audit");
    QTest::newRow("audit") << int(ActionKind::Audit) << QStringLiteral("auditTable")
                           << QStringLiteral("orders_audit") << Action(audit);
    NotifyAction notify;
    notify.channel = QStringLiteral("orders");
    QTest::newRow("notify") << int(ActionKind::Notify) << QStringLiteral("notifyChannel")
                            << QStringLiteral("orders") << Action(notify);
    ValidateAction validate;
    validate.check = Condition::rawSql(QStringLiteral("NEW.total >= 0"));
    QTest::newRow("validate") << int(ActionKind::Validate) << QStringLiteral("checkText")
                              << QStringLiteral("NEW.total >= 0") << Action(validate);
    SetTimestampAction timestamp;
    timestamp.columns.append(QStringLiteral("touched_at"));
    QTest::newRow("set_timestamp")
            << int(ActionKind::SetTimestamp) << QStringLiteral("timestampColumns/addColumn")
            << QStringLiteral("touched_at\n") << Action(timestamp);
    InsertAction insert;
    insert.table.name = QStringLiteral("order_log");
    QTest::newRow("insert") << int(ActionKind::Insert) << QStringLiteral("insertTable")
                            << QStringLiteral("order_log") << Action(insert);
    SqlAction sql;
    sql.body = QStringLiteral("PERFORM 1;");
    QTest::newRow("sql") << int(ActionKind::Sql) << QStringLiteral("sqlBody")
                         << QStringLiteral("PERFORM 1;") << Action(sql);
    QTest::newRow("python") << int(ActionKind::Python) << QStringLiteral("pythonBody")
                            << QStringLiteral("pass")
                            << Action(PythonAction {QStringLiteral("pass")});
}

void TestActionsEditor::pythonCompletion_data()
{
    QTest::addColumn<QString>("before"); // the text before the cursor
    QTest::addColumn<QStringList>("offered");
    QTest::newRow("TD keys") << QStringLiteral("x = TD[\"n")
                             << QStringList {QStringLiteral("TD[\"name\"]"),
                                             QStringLiteral("TD[\"new\"]")};
    QTest::newRow("plpy") << QStringLiteral("    plpy.ex")
                          << QStringList {QStringLiteral("plpy.execute")};
    QTest::newRow("return value") << QStringLiteral("return \"M")
                                  << QStringList {QStringLiteral("\"MODIFY\"")};
    QTest::newRow("nothing") << QStringLiteral("zz") << QStringList {};
}

// What the PL/Python editor completes: TD keys, plpy, the return values.
void TestActionsEditor::pythonCompletion()
{
    QFETCH(QString, before);
    QFETCH(QStringList, offered);
    QCOMPARE(PythonEditor::completionsFor(before), offered);
}

void TestActionsEditor::eachFormEditsItsAction()
{
    QFETCH(int, kind);
    QFETCH(QString, widget);
    QFETCH(QString, typed);
    QFETCH(Action, expected);
    add(ActionKind(kind));
    QCOMPARE(design().actions.size(), 1);
    QCOMPARE(design().actions.first(), makeAction(ActionKind(kind)));
    QCOMPARE(m_editor->currentActionIndex(), 0);

    // "parent/child" names a widget inside another, for names forms use more than once.
    QWidget *target = m_editor;
    for (const QString &name : widget.split(u'/'))
        target = target ? target->findChild<QWidget *>(name) : nullptr;
    QVERIFY2(target, qPrintable(widget));
    QVERIFY(target->isVisibleTo(m_editor));
    if (auto *line = qobject_cast<QLineEdit *>(target))
        line->selectAll(); // typing replaces the default
    else if (auto *text = qobject_cast<QPlainTextEdit *>(target))
        text->selectAll();
    else if (auto *code = qobject_cast<QsciScintilla *>(target))
        code->selectAll();
    const int before = steps();
    if (typed.endsWith(u'\n')) {
        QTest::keyClicks(target, typed.chopped(1));
        QTest::keyClick(target, Qt::Key_Return);
    } else {
        QTest::keyClicks(target, typed);
    }
    QCOMPARE(design().actions.first(), expected);
    QCOMPARE(steps(), before + 1);
    m_controller->undoStack()->undo();
    QCOMPARE(design().actions.first(), makeAction(ActionKind(kind)));
}

void TestActionsEditor::typingInAMessageIsOneUndoStep()
{
    add(ActionKind::Protect);
    auto *message = child<QLineEdit>(QStringLiteral("protectMessage"));
    const int before = steps();
    QTest::keyClicks(message, QStringLiteral("read"));
    QTest::keyClicks(message, QStringLiteral("-only"));
    QCOMPARE(std::get<ProtectAction>(design().actions.first()).message,
             QStringLiteral("read-only"));
    QCOMPARE(steps(), before + 1);
    QCOMPARE(message->text(), QStringLiteral("read-only"));
    // Leaving the field ends the step: the next typing is a new one.
    emit message->editingFinished();
    QTest::keyClicks(message, QStringLiteral("!"));
    QCOMPARE(steps(), before + 2);
    m_controller->undoStack()->undo();
    QCOMPARE(std::get<ProtectAction>(design().actions.first()).message,
             QStringLiteral("read-only"));
}

void TestActionsEditor::payloadBuilder()
{
    add(ActionKind::Notify);
    auto *payload = child<PayloadEditor>(QStringLiteral("notifyPayload"));
    auto *addRow = payload->findChild<QPushButton *>(QStringLiteral("addPayloadRow"));
    addRow->click();
    addRow->click();
    const auto payloadOf = [this] {
        return std::get<NotifyAction>(design().actions.first()).payload;
    };
    QCOMPARE(payloadOf(),
             (QList<NamedValue> {
                     {QStringLiteral("id"),
                      PayloadValue::column(RowVersion::New, QStringLiteral("id"))},
                     {QStringLiteral("customer_id"),
                      PayloadValue::column(RowVersion::New, QStringLiteral("customer_id"))}}));
    QTableWidget *table = payload->table();
    QCOMPARE(table->rowCount(), 2);

    // Row 2 becomes TG_OP under the key "op".
    auto *name = static_cast<QLineEdit *>(table->cellWidget(1, 0));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("op"));
    auto *kind = static_cast<QComboBox *>(table->cellWidget(1, 1));
    kind->setCurrentIndex(kind->findData(int(PayloadValue::Kind::TgVariable)));
    QCOMPARE(payloadOf().at(1),
             (NamedValue {QStringLiteral("op"), PayloadValue::tg(QStringLiteral("op"))}));

    // Row 1 becomes the old value of status.
    auto *kind0 = static_cast<QComboBox *>(table->cellWidget(0, 1));
    kind0->setCurrentIndex(kind0->findData(int(PayloadValue::Kind::OldColumn)));
    auto *value0 = static_cast<QComboBox *>(table->cellWidget(0, 2));
    value0->setCurrentIndex(value0->findText(QStringLiteral("status")));
    QCOMPARE(payloadOf().at(0).value,
             PayloadValue::column(RowVersion::Old, QStringLiteral("status")));

    // A JSON literal: typed text that parses is JSON, other text a string.
    kind0->setCurrentIndex(kind0->findData(int(PayloadValue::Kind::Literal)));
    value0->lineEdit()->selectAll();
    QTest::keyClicks(value0->lineEdit(), QStringLiteral("[1, 2]"));
    QCOMPARE(payloadOf().at(0).value, PayloadValue::json(QJsonArray {1, 2}));
    value0->lineEdit()->selectAll();
    QTest::keyClicks(value0->lineEdit(), QStringLiteral("v2"));
    QCOMPARE(payloadOf().at(0).value, PayloadValue::json(QStringLiteral("v2")));
    QCOMPARE(value0->currentText(), QStringLiteral("v2"));

    auto *overflow = child<QComboBox>(QStringLiteral("notifyOverflow"));
    overflow->setCurrentIndex(overflow->findData(int(NotifyAction::Overflow::Error)));
    QCOMPARE(std::get<NotifyAction>(design().actions.first()).onOverflow,
             NotifyAction::Overflow::Error);
}

void TestActionsEditor::fsmTransitionTable()
{
    add(ActionKind::Fsm);
    auto *addTransition = child<QPushButton>(QStringLiteral("addTransition"));
    addTransition->click();
    auto *table = child<QTableWidget>(QStringLiteral("fsmTransitions"));
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(QStringLiteral("pending"));
    table->item(0, 1)->setText(QStringLiteral("paid"));
    addTransition->click();
    table->item(1, 0)->setText(QStringLiteral("paid"));
    table->item(1, 1)->setText(QStringLiteral("shipped"));
    QCOMPARE(std::get<FsmAction>(design().actions.first()).transitions,
             (QList<FsmTransition> {{QStringLiteral("pending"), QStringLiteral("paid")},
                                    {QStringLiteral("paid"), QStringLiteral("shipped")}}));
    auto *column = child<QComboBox>(QStringLiteral("fsmColumn"));
    QCOMPARE(column->currentText(), QStringLiteral("status"));
}

void TestActionsEditor::validateCheckAsConditionText()
{
    add(ActionKind::Validate);
    auto *mode = child<QComboBox>(QStringLiteral("checkMode"));
    mode->setCurrentIndex(1);
    auto *text = child<QPlainTextEdit>(QStringLiteral("checkText"));
    QCOMPARE(text->toPlainText(), conditionToJson(Condition::rawSql(QStringLiteral("true"))));
    text->setPlainText(QStringLiteral(R"({"q": {"new__total__gte": 0}})"));
    QEntry entry {{RowVersion::New, QStringLiteral("total")}, Lookup::Gte, 0, std::nullopt};
    QCOMPARE(std::get<ValidateAction>(design().actions.first()).check, Condition::q({entry}));
    text->setPlainText(QStringLiteral(R"({"q": )"));
    QVERIFY(child<QWidget>(QStringLiteral("checkError"))->isVisibleTo(m_editor));
    QCOMPARE(std::get<ValidateAction>(design().actions.first()).check, Condition::q({entry}));
    // Back to SQL: the condition as the renderer writes it.
    mode->setCurrentIndex(0);
    QCOMPARE(std::get<ValidateAction>(design().actions.first()).check,
             Condition::rawSql(QStringLiteral("NEW.total >= 0")));
}

void TestActionsEditor::listOperations()
{
    add(ActionKind::SetTimestamp);
    add(ActionKind::Notify);
    QCOMPARE(m_editor->currentActionIndex(), 1);
    QCOMPARE(m_editor->actionList()->count(), 2);
    QVERIFY(m_editor->actionList()->item(1)->text().startsWith(QStringLiteral("2. Notify")));
    child<QAction>(QStringLiteral("moveActionUp"))->trigger();
    QCOMPARE(actionKind(design().actions.at(0)), ActionKind::Notify);
    QCOMPARE(m_editor->currentActionIndex(), 0);
    child<QAction>(QStringLiteral("duplicateAction"))->trigger();
    QCOMPARE(design().actions.size(), 3);
    QCOMPARE(actionKind(design().actions.at(1)), ActionKind::Notify);
    QCOMPARE(m_editor->currentActionIndex(), 1);
    child<QAction>(QStringLiteral("removeAction"))->trigger();
    QCOMPARE(design().actions.size(), 2);
    QCOMPARE(actionKind(design().actions.at(1)), ActionKind::SetTimestamp);
    m_controller->undoStack()->undo();
    QCOMPARE(design().actions.size(), 3);
    QCOMPARE(m_editor->actionList()->count(), 3);
}

void TestActionsEditor::presetsAreOneUndoStep_data()
{
    QTest::addColumn<ActionPreset>("preset");
    QTest::addColumn<int>("timing");
    QTest::addColumn<QList<int>>("events");
    QTest::addColumn<std::optional<Condition>>("condition");
    QTest::addColumn<int>("actionKind");
    QTest::newRow("read-only") << ActionPreset::ReadOnly << int(TriggerTiming::Before)
                               << QList<int> {int(TriggerEvent::Update)}
                               << std::optional(Condition::change(ConditionKind::AnyChange))
                               << int(ActionKind::Protect);
    QTest::newRow("protect deletes") << ActionPreset::ProtectDeletes << int(TriggerTiming::Before)
                                     << QList<int> {int(TriggerEvent::Delete)}
                                     << std::optional<Condition>() << int(ActionKind::Protect);
    QTest::newRow("soft delete") << ActionPreset::SoftDelete << int(TriggerTiming::Before)
                                 << QList<int> {int(TriggerEvent::Delete)}
                                 << std::optional<Condition>() << int(ActionKind::SoftDelete);
    const QList<int> all
            = {int(TriggerEvent::Insert), int(TriggerEvent::Update), int(TriggerEvent::Delete)};
    QTest::newRow("audit") << ActionPreset::AuditAllChanges << int(TriggerTiming::After) << all
                           << std::optional<Condition>() << int(ActionKind::Audit);
    QTest::newRow("notify") << ActionPreset::NotifyOnChange << int(TriggerTiming::After) << all
                            << std::optional<Condition>() << int(ActionKind::Notify);
}

void TestActionsEditor::presetsAreOneUndoStep()
{
    QFETCH(ActionPreset, preset);
    QFETCH(int, timing);
    QFETCH(QList<int>, events);
    QFETCH(std::optional<Condition>, condition);
    QFETCH(int, actionKind);
    add(ActionKind::Sql);
    const TriggerDesign before = design();
    const int stepsBefore = steps();
    child<QAction>(QStringLiteral("preset_%1").arg(int(preset)))->trigger();
    QCOMPARE(steps(), stepsBefore + 1);
    const TriggerDesign &after = design();
    QCOMPARE(int(after.timing), timing);
    QList<int> afterEvents;
    for (const TriggerEvent event : after.events)
        afterEvents.append(int(event));
    QCOMPARE(afterEvents, events);
    QCOMPARE(after.level, TriggerLevel::Row);
    QCOMPARE(after.condition, condition);
    QCOMPARE(after.actions.size(), 1);
    QCOMPARE(int(trigon::actionKind(after.actions.first())), actionKind);
    QCOMPARE(m_editor->actionList()->count(), 1);
    if (preset == ActionPreset::SoftDelete)
        QCOMPARE(std::get<SoftDeleteAction>(after.actions.first()).key,
                 QStringList {QStringLiteral("id")});
    if (preset == ActionPreset::NotifyOnChange)
        QCOMPARE(std::get<NotifyAction>(after.actions.first()).channel, QStringLiteral("orders"));
    m_controller->undoStack()->undo();
    QCOMPARE(design(), before);
}

void TestActionsEditor::selectPathSelectsTheAction()
{
    add(ActionKind::Protect);
    add(ActionKind::Notify);
    m_editor->setCurrentActionIndex(0);
    QVERIFY(m_editor->selectPath(QStringLiteral("actions[1].channel")));
    QCOMPARE(m_editor->currentActionIndex(), 1);
    QVERIFY(child<QLineEdit>(QStringLiteral("notifyChannel"))->isVisibleTo(m_editor));
    QVERIFY(!m_editor->selectPath(QStringLiteral("actions[7].channel")));
    QVERIFY(!m_editor->selectPath(QStringLiteral("condition.q")));
}

void TestActionsEditor::screenshot()
{
    m_controller->editTrigger(m_id, QStringLiteral("test"), QString(), [](TriggerDesign &t) {
        NotifyAction notify;
        notify.channel = QStringLiteral("order_status");
        notify.payload = {
                {QStringLiteral("op"), PayloadValue::tg(QStringLiteral("op"))},
                {QStringLiteral("id"), PayloadValue::column(RowVersion::New, QStringLiteral("id"))},
                {QStringLiteral("from"),
                 PayloadValue::column(RowVersion::Old, QStringLiteral("status"))},
                {QStringLiteral("to"),
                 PayloadValue::column(RowVersion::New, QStringLiteral("status"))},
                {QStringLiteral("at"), PayloadValue::now()},
                {QStringLiteral("by"),
                 PayloadValue::setting(QStringLiteral("app.current_user_id"))}};
        t.actions = {SetTimestampAction {}, notify};
    });
    m_editor->setCurrentActionIndex(1);
    QVERIFY(test::saveScreenshot(m_editor, QStringLiteral("actions")));

    m_controller->editTrigger(m_id, QStringLiteral("test"), QString(), [](TriggerDesign &t) {
        t.actions = {PythonAction {QStringLiteral(
                "if TD[\"new\"][\"status\"] == TD[\"old\"][\"status\"]:\n"
                "    return \"SKIP\"\n"
                "if \"plan\" not in SD:\n"
                "    SD[\"plan\"] = plpy.prepare(\n"
                "        \"INSERT INTO order_log (order_id, status) VALUES ($1, $2)\",\n"
                "        [\"integer\", \"text\"])\n"
                "plpy.execute(SD[\"plan\"], [TD[\"new\"][\"id\"], TD[\"new\"][\"status\"]])\n")}};
    });
    m_editor->setCurrentActionIndex(0);
    auto *python = m_editor->findChild<PythonEditor *>(QStringLiteral("pythonBody"));
    QVERIFY(python);
    python->setFocus();
    // A new line typed at the end: after two characters the TD keys pop up.
    python->setCursorPosition(python->lines() - 1, 0);
    QTest::keyClicks(python, QStringLiteral("TD[\"n"));
    QVERIFY(python->isListActive());
    // The list is a pop-up window of its own: drawn onto the page's picture where it shows.
    QListWidget *list = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<QListWidget *>(widget); candidate && widget->isVisible())
            list = candidate;
    }
    QVERIFY(list);
    // Opened after "TD" with every key; typing on selects the first that fits.
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->text(), QStringLiteral("TD[\"name\"]"));
    QVERIFY(test::saveScreenshot(m_editor, QStringLiteral("actions-python"), {list}));
}

QTEST_MAIN(TestActionsEditor)
#include "tst_actionseditor.moc"
