#include "core/io/designfile.h"
#include "designertestdata.h"
#include "ui/designer/conditions/conditionbuilder.h"
#include "ui/designer/conditions/conditiontreemodel.h"
#include "ui/document/designcontroller.h"
#include "ui/editor/sqleditor.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace trigon;
using namespace trigon::ui;

namespace {

Condition fromJson(const QString &json)
{
    const ConditionParseResult result = parseConditionJson(json);
    if (!result.ok())
        qFatal("bad test condition %s: %s", qPrintable(json), qPrintable(result.error.toString()));
    return *result.condition;
}

QEntry entry(RowVersion row, const QString &column, Lookup lookup, const QJsonValue &literal,
             std::optional<FieldRef> ref = std::nullopt)
{
    return {{row, column}, lookup, literal, ref};
}

// The condition of the screenshots: a status change that is not only a touch of updated_at.
Condition statusChange()
{
    return Condition::allOf(
            {Condition::q({entry(RowVersion::Old, QStringLiteral("status"), Lookup::Df, {},
                                 FieldRef {RowVersion::New, QStringLiteral("status")})}),
             Condition::change(ConditionKind::AnyChange, {}, {QStringLiteral("updated_at")})});
}

} // namespace

class TestConditionBuilder : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void disabledWithoutTrigger();
    void buildsAConditionThroughTheWidgets();
    void undoRestoresTheTree();
    void textViewRoundTrip_data();
    void textViewRoundTrip();
    void editedTextReplacesTheTreeInOneStep();
    void invalidTextShowsWhereAndKeepsTheDesign_data();
    void invalidTextShowsWhereAndKeepsTheDesign();
    void selectPathSelectsTheNode_data();
    void selectPathSelectsTheNode();
    void typingSqlIsOneUndoStep();
    void buildsARowInAnotherTable();
    void screenshot();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_builder->findChild<T *>(QString::fromLatin1(name));
    }
    void trigger(const char *actionName) const;
    std::optional<Condition> condition() const { return m_controller->trigger(m_id)->condition; }
    void setCondition(const std::optional<Condition> &condition);

    DesignController *m_controller = nullptr;
    ConditionBuilder *m_builder = nullptr;
    QString m_id;
};

void TestConditionBuilder::init()
{
    m_controller = new DesignController;
    m_id = m_controller->addTrigger(test::ordersTrigger());
    m_builder = new ConditionBuilder(m_controller);
    m_builder->resize(720, 760);
    m_builder->setTriggerId(m_id);
    m_builder->show();
}

void TestConditionBuilder::cleanup()
{
    delete m_builder;
    delete m_controller;
}

void TestConditionBuilder::trigger(const char *actionName) const
{
    auto *action = m_builder->findChild<QAction *>(QString::fromLatin1(actionName));
    QVERIFY2(action, actionName);
    QVERIFY2(action->isEnabled(), actionName);
    action->trigger();
}

void TestConditionBuilder::setCondition(const std::optional<Condition> &condition)
{
    m_controller->editTrigger(m_id, QStringLiteral("test"), QString(),
                              [&](TriggerDesign &t) { t.condition = condition; });
}

void TestConditionBuilder::disabledWithoutTrigger()
{
    m_builder->setTriggerId(QString());
    QVERIFY(!m_builder->isEnabled());
    QCOMPARE(m_builder->model()->rowCount(), 0);
    m_builder->setTriggerId(m_id);
    QVERIFY(m_builder->isEnabled());
    QVERIFY(child<QLabel>("noConditionLabel")->isVisible());
}

void TestConditionBuilder::buildsAConditionThroughTheWidgets()
{
    trigger("add_q");
    QCOMPARE(
            condition(),
            Condition::q({entry(RowVersion::New, QStringLiteral("id"), Lookup::Exact, QString())}));
    QCOMPARE(m_builder->currentPath(), QStringLiteral("condition.q.new__id"));

    auto *row = child<QComboBox>("entryRow");
    row->setCurrentIndex(row->findData(int(RowVersion::Old)));
    auto *field = child<QComboBox>("entryField");
    field->setCurrentIndex(field->findText(QStringLiteral("status")));
    auto *lookup = child<QComboBox>("lookup");
    lookup->setCurrentIndex(lookup->findData(int(Lookup::Df)));
    auto *valueKind = child<QComboBox>("valueKind");
    valueKind->setCurrentIndex(valueKind->count() - 1); // another field (F)
    const Condition q
            = Condition::q({entry(RowVersion::Old, QStringLiteral("status"), Lookup::Df, {},
                                  FieldRef {RowVersion::New, QStringLiteral("status")})});
    QCOMPARE(condition(), q);

    trigger("wrap_and");
    QCOMPARE(condition(), Condition::allOf({q}));
    QCOMPARE(m_builder->currentPath(), QStringLiteral("condition.and"));
    trigger("add_any_change");
    QCOMPARE(m_builder->currentPath(), QStringLiteral("condition.and[1].any_change"));
    auto *exclude = child<QWidget>("changeExclude")->findChild<QListWidget *>();
    const QList<QListWidgetItem *> items
            = exclude->findItems(QStringLiteral("updated_at"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    items.first()->setCheckState(Qt::Checked);
    QCOMPARE(condition(), statusChange());

    // The tree and the text say the same as the design.
    QCOMPARE(m_builder->model()->condition(), condition());
    QCOMPARE(m_builder->textView()->text(), conditionToJson(statusChange()));
    QVERIFY(child<QLabel>("whenSql")->text().startsWith(
            QStringLiteral("WHEN (OLD.status IS DISTINCT FROM NEW.status AND")));

    // A comparison with a number: the literal is JSON-typed.
    m_builder->selectPath(QStringLiteral("condition.and[0].q"));
    trigger("add_q");
    field->setCurrentIndex(field->findText(QStringLiteral("total")));
    lookup->setCurrentIndex(lookup->findData(int(Lookup::Gt)));
    valueKind->setCurrentIndex(valueKind->findText(QStringLiteral("Number")));
    auto *value = child<QLineEdit>("valueText");
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("100"));
    QCOMPARE(condition()->operands.at(0).entries.at(1),
             entry(RowVersion::New, QStringLiteral("total"), Lookup::Gt, 100));

    // Undo updates the widgets without the widgets answering with edits of their own: the
    // undone step stays available for redo.
    QUndoStack *stack = m_controller->undoStack();
    const int count = stack->count();
    stack->undo();
    QCOMPARE(stack->count(), count);
    QCOMPARE(stack->index(), count - 1);
    QVERIFY(condition()->operands.at(0).entries.at(1).literal != QJsonValue(100));
    QVERIFY(value->text() != QStringLiteral("100"));
    stack->redo();
    QCOMPARE(value->text(), QStringLiteral("100"));
}

void TestConditionBuilder::undoRestoresTheTree()
{
    setCondition(statusChange());
    m_builder->selectPath(QStringLiteral("condition.and[1]"));
    QVERIFY(m_builder->selectPath(QStringLiteral("condition.and[1].any_change")));
    const int steps = m_controller->undoStack()->count();
    trigger("deleteNode");
    QCOMPARE(condition(), Condition::allOf({statusChange().operands.at(0)}));
    QCOMPARE(m_controller->undoStack()->count(), steps + 1);
    m_controller->undoStack()->undo();
    QCOMPARE(condition(), statusChange());
    QCOMPARE(m_builder->model()->condition(), statusChange());
    QCOMPARE(m_builder->model()->rowCount(m_builder->model()->index(0, 0)), 2);
    QCOMPARE(m_builder->textView()->text(), conditionToJson(statusChange()));

    // Deleting the root leaves no condition; undo brings it back.
    m_builder->selectPath(QStringLiteral("condition.and"));
    trigger("deleteNode");
    QCOMPARE(condition(), std::nullopt);
    QVERIFY(child<QLabel>("noConditionLabel")->isVisible());
    QCOMPARE(m_builder->textView()->text(), QString());
    m_controller->undoStack()->undo();
    QCOMPARE(condition(), statusChange());
    QVERIFY(!child<QLabel>("noConditionLabel")->isVisible());
}

void TestConditionBuilder::textViewRoundTrip_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("any_change") << QStringLiteral(R"({"any_change": {}})");
    QTest::newRow("all_dont_change fields")
            << QStringLiteral(R"({"all_dont_change": {"fields": ["status", "total"]}})");
    QTest::newRow("exclude_auto") << QStringLiteral(
            R"({"any_dont_change": {"exclude": ["id"], "exclude_auto": true}})");
    QTest::newRow("q literals") << QStringLiteral(
            R"({"q": {"new__status": "paid", "new__total__gte": 10.5,)"
            R"( "old__id__in": [1, 2, 3], "new__customer_id__isnull": false}})");
    QTest::newRow("q null and text lookups")
            << QStringLiteral(R"({"q": {"old__status": null, "new__status__icontains": "Ship",)"
                              R"( "new__status__regex": "^p[a-z]+$"}})");
    QTest::newRow("f reference") << QStringLiteral(
            R"({"q": {"new__total__lt": {"f": "old__total"}}})");
    QTest::newRow("nested") << QStringLiteral(
            R"({"or": [{"and": [{"q": {"old__status": "paid"}}, {"not":)"
            R"( {"any_change": {"fields": ["total"]}}}]}, {"sql": "NEW.id < 0"}]})");
    QTest::newRow("unicode sql") << QStringLiteral(R"({"sql": "NEW.\"größe\" <> 'ö''s'"})");
    QTest::newRow("exists") << QStringLiteral(
            "{\"not\": {\"exists\": {\"table\": {\"schema\": \"public\", \"name\": "
            "\"customers\"}, \"match\": {\"id\": \"new__customer_id\"}, \"where\": "
            "\"other.frozen\"}}}");
}

void TestConditionBuilder::textViewRoundTrip()
{
    QFETCH(QString, json);
    const Condition expected = fromJson(json);
    setCondition(expected);
    // tree -> text -> parse gives the same condition
    QCOMPARE(m_builder->model()->condition(), expected);
    const QString text = m_builder->textView()->text();
    QCOMPARE(text, conditionToJson(expected));
    const ConditionParseResult parsed = parseConditionJson(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
    QCOMPARE(*parsed.condition, expected);

    // text typed into the view -> the tree: start from nothing, paste the text, apply.
    setCondition(std::nullopt);
    m_builder->textView()->setText(text);
    m_builder->applyText();
    QCOMPARE(condition(), expected);
    QCOMPARE(m_builder->model()->condition(), expected);
}

void TestConditionBuilder::editedTextReplacesTheTreeInOneStep()
{
    setCondition(statusChange());
    const int steps = m_controller->undoStack()->count();
    QsciScintilla *text = m_builder->textView();
    text->setText(QStringLiteral(R"({"q": {"new__status": "pa"}})"));
    // After the typing pause the text becomes the design.
    QTRY_COMPARE(condition(), fromJson(QStringLiteral(R"({"q": {"new__status": "pa"}})")));
    text->setText(QStringLiteral(R"({"q": {"new__status": "paid"}})"));
    QTRY_COMPARE(condition(), fromJson(QStringLiteral(R"({"q": {"new__status": "paid"}})")));
    QCOMPARE(m_builder->model()->rowCount(m_builder->model()->index(0, 0)), 1);
    // Both pauses while typing are one undo step.
    QCOMPARE(m_controller->undoStack()->count(), steps + 1);
    m_controller->undoStack()->undo();
    QCOMPARE(condition(), statusChange());
    QCOMPARE(text->text(), conditionToJson(statusChange()));

    // Emptying the text removes the condition.
    text->setText(QString());
    m_builder->applyText();
    QCOMPARE(condition(), std::nullopt);
}

void TestConditionBuilder::invalidTextShowsWhereAndKeepsTheDesign_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("syntax") << QStringLiteral("{\"and\": [\n  {\"q\": {\"old__status\": }}\n]}")
                            << 2 << 25 << QString();
    QTest::newRow("unknown kind") << QStringLiteral(
            "{\"or\": [\n  {\"sql\": \"true\"},\n  {\"any_chang\": {}}\n]}")
                                  << 3 << 3 << QStringLiteral("any_chang");
    QTest::newRow("bad q key") << QStringLiteral("{\"q\": {\"older__status\": 1}}") << 1 << 25
                               << QStringLiteral("older__status");
    QTest::newRow("wrong type") << QStringLiteral(
            "{\"any_change\": {\n  \"exclude_auto\": \"yes\"\n}}")
                                << 2 << 19 << QStringLiteral("exclude_auto");
}

void TestConditionBuilder::invalidTextShowsWhereAndKeepsTheDesign()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    setCondition(statusChange());
    const int steps = m_controller->undoStack()->count();
    QsciScintilla *view = m_builder->textView();
    view->setText(text);
    m_builder->applyText();

    const DesignFileError error = m_builder->textError();
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    if (!messagePart.isEmpty())
        QVERIFY2((error.path + error.message).contains(messagePart), qPrintable(error.message));
    auto *label = child<QLabel>("conditionTextError");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("Line %1, column %2").arg(line).arg(column)),
             qPrintable(label->text()));
    // The squiggle is under the place the parser names.
    const int lineLength = view->lineLength(line - 1);
    const int position
            = view->positionFromLineIndex(line - 1, std::min(column - 1, lineLength - 1));
    QVERIFY(view->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, 8, position) != 0);
    QVERIFY(view->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, 8,
                                view->positionFromLineIndex(0, 0))
                    == 0
            || line == 1);

    // The design is untouched until the text parses again.
    QCOMPARE(condition(), statusChange());
    QCOMPARE(m_controller->undoStack()->count(), steps);
    QCOMPARE(view->text(), text);

    view->setText(QStringLiteral(R"({"sql": "true"})"));
    m_builder->applyText();
    QVERIFY(m_builder->textError().message.isEmpty());
    QVERIFY(!label->isVisible());
    QCOMPARE(condition(), Condition::rawSql(QStringLiteral("true")));
}

void TestConditionBuilder::selectPathSelectsTheNode_data()
{
    QTest::addColumn<QString>("fieldPath");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("page");
    QTest::newRow("entry") << QStringLiteral("condition.and[0].q.old__status__df.f")
                           << QStringLiteral("condition.and[0].q.old__status__df")
                           << QStringLiteral("entry");
    QTest::newRow("change field") << QStringLiteral("condition.and[1].any_change.exclude[0]")
                                  << QStringLiteral("condition.and[1].any_change")
                                  << QStringLiteral("change");
    QTest::newRow("root") << QStringLiteral("condition") << QStringLiteral("condition.and")
                          << QStringLiteral("group");
    QTest::newRow("not ours") << QStringLiteral("actions[0].message") << QString() << QString();
}

void TestConditionBuilder::selectPathSelectsTheNode()
{
    QFETCH(QString, fieldPath);
    QFETCH(QString, selected);
    QFETCH(QString, page);
    setCondition(statusChange());
    QCOMPARE(m_builder->selectPath(fieldPath), !selected.isEmpty());
    if (selected.isEmpty())
        return;
    QCOMPARE(m_builder->currentPath(), selected);
    auto *pages = child<QStackedWidget>("nodeEditor");
    QWidget *expectedPage = page == QLatin1String("entry") ? child<QComboBox>("lookup")
            : page == QLatin1String("change")              ? child<QComboBox>("changeKind")
                                                           : child<QComboBox>("groupKind");
    QVERIFY(pages->currentWidget()->isAncestorOf(expectedPage));
}

void TestConditionBuilder::typingSqlIsOneUndoStep()
{
    setCondition(Condition::rawSql(QString()));
    QVERIFY(m_builder->selectPath(QStringLiteral("condition.sql")));
    const int steps = m_controller->undoStack()->count();
    auto *sql = child<SqlEditor>("conditionSql");
    QTest::keyClicks(sql, QStringLiteral("NEW.total > 0"));
    QCOMPARE(condition(), Condition::rawSql(QStringLiteral("NEW.total > 0")));
    QCOMPARE(m_controller->undoStack()->count(), steps + 1);
    QCOMPARE(sql->text(), QStringLiteral("NEW.total > 0"));
    m_controller->undoStack()->undo();
    QCOMPARE(condition(), Condition::rawSql(QString()));
}

// "A row in another table" through its widgets: the table, a match, extra comparisons; each
// a step of its own, typing merged.
void TestConditionBuilder::buildsARowInAnotherTable()
{
    trigger("add_exists");
    QCOMPARE(condition()->kind, ConditionKind::Exists);
    const int steps = m_controller->undoStack()->count();
    QTest::keyClicks(child<QLineEdit>("existsTable"), QStringLiteral("public.customers"));
    QCOMPARE(condition()->table,
             (TableRef {QStringLiteral("public"), QStringLiteral("customers")}));
    QCOMPARE(m_controller->undoStack()->count(), steps + 1);
    child<QPushButton>("addExistsMatch")->click();
    QCOMPARE(condition()->matches.size(), 1);
    auto *matches = child<QTableWidget>("existsMatches");
    matches->item(0, 0)->setText(QStringLiteral("id"));
    auto *field = qobject_cast<QComboBox *>(matches->cellWidget(0, 1));
    QVERIFY(field);
    field->setCurrentText(QStringLiteral("NEW.customer_id"));
    QCOMPARE(condition()->matches,
             (QList<ColumnMatch> {{QStringLiteral("id"),
                                   FieldRef {RowVersion::New, QStringLiteral("customer_id")}}}));
    QTest::keyClicks(child<QLineEdit>("existsWhere"), QStringLiteral("other.frozen"));
    QCOMPARE(condition()->sql, QStringLiteral("other.frozen"));
    QVERIFY(test::saveScreenshot(m_builder, QStringLiteral("condition-exists")));
    m_controller->undoStack()->undo(); // the extra comparisons, typed in one step
    QCOMPARE(condition()->sql, QString());
}

void TestConditionBuilder::screenshot()
{
    setCondition(statusChange());
    QVERIFY(m_builder->selectPath(QStringLiteral("condition.and[0].q.old__status__df")));
    QVERIFY(test::saveScreenshot(m_builder, QStringLiteral("condition-builder")));
}

QTEST_MAIN(TestConditionBuilder)
#include "tst_conditionbuilder.moc"
