// A case made in the test case editor runs against the test cluster from the Deploy and Test
// pane, Record from Run fills its expectations from what happened, and the next run passes.
#include "core/io/designfile.h"
#include "tests/common/screenshot.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/opensession.h"
#include "ui/deploy/deploypane.h"
#include "ui/deploy/testbenchview.h"
#include "ui/document/designcontroller.h"
#include "ui/editor/sqleditor.h"
#include "ui/testcases/testcaseeditor.h"
#include "ui/testcases/testcaseform.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace trigon;
using namespace Qt::StringLiterals;
using trigon::test::openSession;
using trigon::test::TestDatabase;

namespace {

// An order that is paid tells order_status; the design has no test cases yet.
const QByteArray design
        = "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [\n"
          " {\"name\": \"orders_paid\", \"table\": {\"schema\": \"public\", \"name\": "
          "\"orders\"},\n"
          "  \"timing\": \"after\", \"events\": [\"update\"],\n"
          "  \"actions\": [{\"kind\": \"notify\", \"channel\": \"order_status\",\n"
          "                \"payload\": {\"id\": {\"new\": \"id\"}, \"to\": {\"new\": "
          "\"status\"}}}]}]}";

QToolButton *formButton(ui::TestCaseForm *form, const QString &text)
{
    for (QToolButton *button : form->findChildren<QToolButton *>()) {
        if (button->text() == text)
            return button;
    }
    qFatal("no button %s", qPrintable(text));
}

} // namespace

class TestTestCaseEditorRun : public QObject
{
    Q_OBJECT

private slots:
    void editRunRecordAndRunAgain()
    {
        TestDatabase db;
        db.mustExec(u"CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL)"_s);
        const DesignReadResult read = parseDesign(design);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        ui::DesignController controller;
        controller.adoptRecovered(*read.document, QString());
        controller.setCurrentTriggerId(controller.triggers().constFirst().id);

        ui::DeployPane pane;
        pane.resize(1500, 900);
        pane.setDesignController(&controller);
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        pane.setSession(&session);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        ui::TestCaseEditor *editor = pane.testCaseEditor();
        QVERIFY(editor);
        ui::TestCaseForm *form = editor->form();

        editor->addCaseAction()->trigger();
        form->nameEdit()->selectAll();
        QTest::keyClicks(form->nameEdit(), "paying an order notifies");
        form->setupEdit()->setText(u"INSERT INTO orders VALUES (3, 'draft'), (4, 'draft')"_s);
        form->actionEdit()->setText(u"UPDATE orders SET status = 'paid' WHERE id = 3"_s);
        formButton(form, u"Add Query"_s)->click();
        QTest::keyClicks(form->querySqlEdit(), "SELECT id, status FROM orders ORDER BY id");

        // The bench lists the new case (it follows the design a little behind).
        ui::TestBenchView *bench = pane.testBench();
        QTRY_COMPARE(bench->allCases().size(), 1);
        QSignalSpy finished(&pane, &ui::DeployPane::testsFinished);
        QVERIFY(editor->runCaseAction()->isEnabled());
        editor->runCaseAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(1).toInt(), 1); // no rows expected yet: fails
        QVERIFY(editor->recordAction()->isEnabled());

        editor->recordAction()->trigger();
        const TriggerTestCase recorded = controller.triggers().constFirst().tests.constFirst();
        QCOMPARE(recorded.queries.constFirst().rows,
                 (QList<QStringList> {{u"3"_s, u"paid"_s}, {u"4"_s, u"draft"_s}}));
        const NotificationExpectation paid {u"order_status"_s,
                                            {{u"id"_s, 3}, {u"to"_s, u"paid"_s}}};
        QCOMPARE(recorded.notifications, QList<NotificationExpectation> {paid});
        QCOMPARE(recorded.firedOrder, std::optional<QStringList>(QStringList {u"orders_paid"_s}));

        finished.clear();
        editor->runCaseAction()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        QCOMPARE(finished.at(0).at(1).toInt(), 0);
        QTRY_VERIFY(bench->details()->toPlainText().contains(u"PASS"_s));
        test::saveScreenshot(&pane, u"test-case-editor"_s);

        // The recording was one step: undo leaves the query without rows again.
        controller.undoStack()->undo();
        QVERIFY(controller.triggers()
                        .constFirst()
                        .tests.constFirst()
                        .queries.constFirst()
                        .rows.isEmpty());
    }
};

QTEST_MAIN(TestTestCaseEditorRun)
#include "tst_testcaseeditorrun.moc"
