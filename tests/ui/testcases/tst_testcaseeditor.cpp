// The test case editor: adding, duplicating and deleting cases (by button and key) and undoing
// each, typing in a field as one undo step, the expectation forms writing the design's
// TriggerTestCase, fields following a replaced document, and Record from Run filling the
// expectations from a result built here (no server).
#include "core/io/designfile.h"
#include "ui/deploy/testbenchview.h"
#include "ui/document/designcontroller.h"
#include "ui/editor/sqleditor.h"
#include "ui/testcases/recordedexpectations.h"
#include "ui/testcases/testcaseeditor.h"
#include "ui/testcases/testcaseform.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace trigon;
using namespace Qt::StringLiterals;

namespace {

const QByteArray design = "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [\n"
                          " {\"name\": \"guard\", \"table\": {\"schema\": \"public\", \"name\": "
                          "\"orders\"},\n"
                          "  \"timing\": \"before\", \"events\": [\"delete\"],\n"
                          "  \"actions\": [{\"kind\": \"protect\", \"message\": \"no deletes\"}],\n"
                          "  \"tests\": [{\"name\": \"refuses\", \"setup\": \"INSERT INTO orders "
                          "VALUES (1)\",\n"
                          "              \"action\": \"DELETE FROM orders\",\n"
                          "              \"expect\": {\"raises\": {\"message\": \"no "
                          "deletes\"}}}]}]}";

// A controller holding `design`, its trigger the current one.
void load(ui::DesignController &controller)
{
    const DesignReadResult read = parseDesign(design);
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    controller.adoptRecovered(*read.document, QString());
    controller.setCurrentTriggerId(controller.triggers().constFirst().id);
}

const QList<TriggerTestCase> &casesOf(const ui::DesignController &controller)
{
    return controller.triggers().constFirst().tests;
}

} // namespace

class TestTestCaseEditor : public QObject
{
    Q_OBJECT

private slots:
    void addDuplicateDeleteAndUndo()
    {
        ui::DesignController controller;
        load(controller);
        ui::TestCaseEditor editor(&controller);
        const TriggerTestCase original = casesOf(controller).constFirst();
        QCOMPARE(editor.caseList()->count(), 1);
        QCOMPARE(editor.currentCase(), 0);

        editor.addCaseAction()->trigger();
        QCOMPARE(casesOf(controller).size(), 2);
        QCOMPARE(casesOf(controller).at(1).name, u"new case"_s);
        QCOMPARE(editor.currentCase(), 1);
        QCOMPARE(editor.caseList()->count(), 2);
        QCOMPARE(editor.form()->nameEdit()->text(), u"new case"_s);
        controller.undoStack()->undo();
        QCOMPARE(casesOf(controller), QList<TriggerTestCase> {original});
        QCOMPARE(editor.caseList()->count(), 1);
        QCOMPARE(editor.currentCase(), 0);

        editor.duplicateCaseAction()->trigger();
        QCOMPARE(casesOf(controller).size(), 2);
        TriggerTestCase copy = casesOf(controller).at(1);
        QCOMPARE(copy.name, u"refuses (copy)"_s);
        copy.name = original.name;
        QCOMPARE(copy, original);
        controller.undoStack()->undo();
        QCOMPARE(casesOf(controller).size(), 1);

        editor.deleteCaseAction()->trigger();
        QVERIFY(casesOf(controller).isEmpty());
        QCOMPARE(editor.currentCase(), -1);
        QVERIFY(!editor.form()->isEnabled());
        QVERIFY(!editor.duplicateCaseAction()->isEnabled());
        controller.undoStack()->undo();
        QCOMPARE(casesOf(controller), QList<TriggerTestCase> {original});
        QCOMPARE(editor.currentCase(), 0);
        QCOMPARE(editor.form()->actionEdit()->text(), original.action);
    }

    // Ins, Ctrl+D and Del in the list, even when the window has Ctrl+D and Del of its own (the
    // designs list duplicates and deletes triggers with them).
    void keysInTheList()
    {
        ui::DesignController controller;
        load(controller);
        QWidget window;
        auto *editor = new ui::TestCaseEditor(&controller, &window);
        int windowShortcuts = 0;
        for (const QKeySequence &key :
             {QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(QKeySequence::Delete)}) {
            auto *action = new QAction(&window);
            action->setShortcut(key);
            window.addAction(action);
            connect(action, &QAction::triggered, this, [&windowShortcuts] { ++windowShortcuts; });
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QListWidget *list = editor->caseList();
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());

        QTest::keyClick(list, Qt::Key_Insert);
        QCOMPARE(casesOf(controller).size(), 2);
        list->setFocus(); // Add moves the focus to the new case's name
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(casesOf(controller).size(), 3);
        QCOMPARE(casesOf(controller).at(2).name, u"new case (copy)"_s);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(casesOf(controller).size(), 2);
        QCOMPARE(windowShortcuts, 0);
        for (int step = 0; step < 3; ++step)
            controller.undoStack()->undo();
        QCOMPARE(casesOf(controller).size(), 1);
    }

    // Typing is one undo step per field, and undo puts the old text back in the editor.
    void typingTheActionIsOneUndoStep()
    {
        ui::DesignController controller;
        load(controller);
        ui::TestCaseEditor editor(&controller);
        editor.resize(800, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        ui::SqlEditor *action = editor.form()->actionEdit();
        action->setFocus();
        action->setCursorPosition(0, int(casesOf(controller).constFirst().action.size()));
        const int before = controller.undoStack()->count();
        QTest::keyClicks(action, " WHERE id = 1");
        QCOMPARE(casesOf(controller).constFirst().action, u"DELETE FROM orders WHERE id = 1"_s);
        QCOMPARE(controller.undoStack()->count(), before + 1);
        QVERIFY(controller.undoStack()->undoText().contains(u"action"_s));
        controller.undoStack()->undo();
        QCOMPARE(casesOf(controller).constFirst().action, u"DELETE FROM orders"_s);
        QCOMPARE(action->text(), u"DELETE FROM orders"_s);

        QLineEdit *name = editor.form()->nameEdit();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, "refuses deletes");
        QCOMPARE(casesOf(controller).constFirst().name, u"refuses deletes"_s);
        QCOMPARE(editor.caseList()->item(0)->text(), u"refuses deletes"_s);
        controller.undoStack()->undo();
        QCOMPARE(casesOf(controller).constFirst().name, u"refuses"_s);
        QCOMPARE(name->text(), u"refuses"_s);
    }

    // A replaced document (open, reload) gives the fields fresh texts without undo history, so
    // Ctrl+Z in a field cannot bring back the old document's text as an edit.
    void replacedDocumentClearsFieldHistory()
    {
        ui::DesignController controller;
        load(controller);
        ui::TestCaseEditor editor(&controller);
        QLineEdit *name = editor.form()->nameEdit();
        QTest::keyClicks(name, "x");
        QVERIFY(name->isUndoAvailable());
        load(controller);
        QCOMPARE(name->text(), u"refuses"_s);
        QVERIFY(!name->isUndoAvailable());
        QVERIFY(!editor.form()->actionEdit()->isUndoAvailable());
    }

    void expectationFormsLandInTheDesign()
    {
        ui::DesignController controller;
        load(controller);
        ui::TestCaseEditor editor(&controller);
        ui::TestCaseForm *form = editor.form();

        QTest::keyClicks(form->raisesSqlStateEdit(), "p0001");
        form->bypassEdit()->clear();
        QTest::keyClicks(form->bypassEdit(), "audit, other");

        const auto clickButton = [form](const QString &text, int nth = 0) {
            QList<QToolButton *> matching;
            for (QToolButton *button : form->findChildren<QToolButton *>()) {
                if (button->text() == text)
                    matching.append(button);
            }
            QVERIFY2(nth < matching.size(), qPrintable(text));
            matching.at(nth)->click();
        };
        clickButton(u"Add Query"_s);
        QTest::keyClicks(form->querySqlEdit(), "SELECT id FROM orders");
        clickButton(u"Add Row"_s);
        form->queryRowsTable()->item(0, 0)->setText(u"1"_s);

        clickButton(u"Add"_s, 0); // the row counts' Add
        form->rowCountsTable()->item(0, 1)->setText(u"-1"_s);
        clickButton(u"Add"_s, 1); // the notifications' Add
        form->notificationsTable()->item(0, 0)->setText(u"orders"_s);
        form->notificationsTable()->item(0, 1)->setText(u"{\"id\": 1}"_s);
        form->noticesEdit()->setPlainText(u"deleted\nagain"_s);
        form->checkFiredBox()->setChecked(true);
        form->firedEdit()->setPlainText(u"guard"_s);

        TriggerTestCase expected;
        expected.name = u"refuses"_s;
        expected.setup = u"INSERT INTO orders VALUES (1)"_s;
        expected.action = u"DELETE FROM orders"_s;
        expected.bypass = {u"audit"_s, u"other"_s};
        expected.raises = RaisesExpectation {u"no deletes"_s, u"P0001"_s};
        expected.queries = {QueryExpectation {u"SELECT id FROM orders"_s, {{u"1"_s}}}};
        expected.rowCounts = {RowCountExpectation {TableRef {u"public"_s, u"orders"_s}, -1}};
        expected.notifications = {NotificationExpectation {u"orders"_s, {{u"id"_s, 1}}}};
        expected.notices = {u"deleted"_s, u"again"_s};
        expected.firedOrder = QStringList {u"guard"_s};
        QCOMPARE(casesOf(controller).constFirst(), expected);

        // Must succeed drops the error; not checking the firing order unsets it.
        form->mustSucceedButton()->setChecked(true);
        form->checkFiredBox()->setChecked(false);
        QVERIFY(!casesOf(controller).constFirst().raises);
        QVERIFY(!casesOf(controller).constFirst().firedOrder);
        QVERIFY(!form->raisesMessageEdit()->isEnabled());
        // A payload that is no JSON object is not taken.
        form->notificationsTable()->item(0, 1)->setText(u"[1]"_s);
        QCOMPARE(casesOf(controller).constFirst().notifications, expected.notifications);
        QCOMPARE(form->notificationsTable()->item(0, 1)->text(), u"{\"id\":1}"_s);

        // Every one of these was an edit: undoing them all gives the case back as it was.
        while (controller.undoStack()->canUndo())
            controller.undoStack()->undo();
        QCOMPARE(casesOf(controller).constFirst().queries.size(), 0);
        QCOMPARE(casesOf(controller).constFirst().raises->sqlState, QString());
        QCOMPARE(form->raisesSqlStateEdit()->text(), QString());
    }

    void recordFromRunFillsTheExpectations()
    {
        ui::DesignController controller;
        load(controller);
        controller.editTrigger(
                controller.currentTriggerId(), u"queries"_s, QString(), [](TriggerDesign &t) {
                    t.tests[0].queries = {{u"SELECT id, status FROM orders ORDER BY id"_s, {}},
                                          {u"SELECT nope"_s, {{u"kept"_s}}}};
                });
        ui::TestCaseEditor editor(&controller);
        QVERIFY(!editor.recordAction()->isEnabled()); // no run yet

        pg::TestCaseResult result;
        result.trigger = u"guard"_s;
        result.testCase = u"refuses"_s;
        pg::ExpectationOutcome raises;
        raises.kind = u"raises"_s;
        pg::ExpectationOutcome rows;
        rows.kind = u"query"_s;
        rows.description = u"SELECT id, status FROM orders ORDER BY id"_s;
        rows.actualRows = QList<QStringList> {{u"1"_s, u"paid"_s}, {u"2"_s, QString()}};
        pg::ExpectationOutcome failedQuery;
        failedQuery.kind = u"query"_s;
        failedQuery.description = u"SELECT nope"_s;
        result.expectations = {raises, rows, failedQuery};
        for (const auto &[channel, payload] :
             {std::pair {u"order_status"_s, u"{\"id\": 1, \"to\": \"paid\"}"_s},
              std::pair {u"order_status"_s, u"{\"id\": 1, \"to\": \"paid\"}"_s},
              std::pair {u"plain"_s, u"hello"_s}}) {
            pg::Notification notification;
            notification.channel = channel;
            notification.payload = payload;
            result.notifications.append(notification);
        }
        result.fired = {{u"public.orders"_s, u"guard"_s, u"BEFORE"_s, u"ROW"_s, u"DELETE"_s},
                        {u"public.orders"_s, u"audit"_s, u"AFTER"_s, u"ROW"_s, u"DELETE"_s}};

        const QString triggerId = controller.currentTriggerId();
        editor.setResultLookup([&](const QString &id, const QString &caseName) {
            return id == triggerId && caseName == result.testCase ? &result : nullptr;
        });
        QVERIFY(editor.recordAction()->isEnabled());
        const TriggerTestCase before = casesOf(controller).constFirst();
        editor.recordAction()->trigger();

        TriggerTestCase expected = before;
        expected.queries[0].rows = {{u"1"_s, u"paid"_s}, {u"2"_s, QString()}};
        expected.notifications = {
                {u"order_status"_s, {{u"id"_s, 1}, {u"to"_s, u"paid"_s}}},
                {u"plain"_s, {}},
        };
        expected.firedOrder = QStringList {u"guard"_s, u"audit"_s};
        QCOMPARE(casesOf(controller).constFirst(), expected);
        QCOMPARE(editor.form()->firedEdit()->toPlainText(), u"guard\naudit"_s);
        QCOMPARE(editor.form()->queryRowsTable()->rowCount(), 2);

        // One undoable edit.
        QVERIFY(controller.undoStack()->undoText().contains(u"Record"_s));
        controller.undoStack()->undo();
        QCOMPARE(casesOf(controller).constFirst(), before);
    }

    // A query whose SQL changed since the run keeps its rows: they were not its rows.
    void recordingSkipsChangedQueries()
    {
        TriggerTestCase test;
        test.queries = {{u"SELECT 2"_s, {{u"x"_s}}}};
        pg::TestCaseResult result;
        pg::ExpectationOutcome rows;
        rows.kind = u"query"_s;
        rows.description = u"SELECT 1"_s;
        rows.actualRows = QList<QStringList> {{u"1"_s}};
        result.expectations = {rows};
        ui::recordExpectations(test, result);
        QCOMPARE(test.queries.constFirst().rows, QList<QStringList> {{u"x"_s}});
        QCOMPARE(test.firedOrder, std::optional<QStringList>(QStringList()));
    }

    // The bench's "no test cases yet" goes once there are cases (it stayed beside results).
    void benchDropsTheNoCasesMessage()
    {
        ui::DesignController controller;
        load(controller);
        ui::TestBenchView bench;
        DesignDocument empty = controller.document();
        empty.triggers[0].tests.clear();
        bench.setDocument(empty);
        QVERIFY(bench.details()->toPlainText().contains(u"test cases yet"_s));
        QVERIFY(!bench.details()->toPlainText().contains(u"design-format"_s));
        bench.setDocument(controller.document());
        QVERIFY(!bench.details()->toPlainText().contains(u"test cases yet"_s));
    }

    // Diagnostics name fields by path: the editor selects the case and focuses the field.
    void focusesAFieldByPath()
    {
        ui::DesignController controller;
        load(controller);
        ui::TestCaseEditor editor(&controller);
        editor.addCaseAction()->trigger();
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.focusField(u"tests[0].action"_s);
        QCOMPARE(editor.currentCase(), 0);
        QTRY_VERIFY(editor.form()->actionEdit()->hasFocus());
        editor.focusField(u"tests[1].expect.notice"_s);
        QCOMPARE(editor.currentCase(), 1);
        QTRY_VERIFY(editor.form()->noticesEdit()->hasFocus());
    }
};

QTEST_MAIN(TestTestCaseEditor)
#include "tst_testcaseeditor.moc"
