#include "core/analysis/deployplan.h"
#include "tests/common/screenshot.h"
#include "ui/deploy/deployplandialog.h"

#include <QHeaderView>
#include <QTest>
#include <QTreeWidget>

using namespace trigon;
using namespace trigon::ui;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(trigon::DeployPlan)

// The plan dialog on plans made here: what each column says, and that it is not cut off.
class TestDeployPlanDialog : public QObject
{
    Q_OBJECT
private slots:
    void saysWhyForEachStep_data();
    void saysWhyForEachStep();
    void columnsFitTheirContents_data();
    void columnsFitTheirContents();
};

namespace {

DeployStep step(DeployAction action, const QString &name, const QString &reason,
                bool destructive = false)
{
    DeployStep made;
    made.action = action;
    made.table = TableRef {u"public"_s, u"orders"_s};
    made.name = name;
    if (action != DeployAction::None)
        made.sql = u"-- "_s + deployActionName(action) + u'\n';
    made.reason = reason;
    made.destructive = destructive;
    return made;
}

DeployPlan renamePlan()
{
    DeployPlan plan;
    plan.steps = {
            step(DeployAction::Create, u"orders_guard_against_status_changes_after_shipping"_s, {}),
            step(DeployAction::Rename, u"orders_notify"_s, u"renamed from orders_alert"_s),
            step(DeployAction::Replace, u"orders_audit"_s,
                 u"the WHEN condition differs; the function's body differs"_s, true),
            step(DeployAction::None, u"orders_touch"_s, {}),
            step(DeployAction::Drop, u"orders_alert"_s, u"renamed to orders_notify"_s),
    };
    return plan;
}

QTreeWidget *stepsOf(const DeployPlanDialog &dialog)
{
    return dialog.findChild<QTreeWidget *>(u"planSteps"_s);
}

} // namespace

void TestDeployPlanDialog::saysWhyForEachStep_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("why");
    QTest::newRow("a new trigger") << 0 << u"create"_s << u"not installed yet"_s;
    QTest::newRow("renamed") << 1 << u"rename"_s << u"renamed from orders_alert"_s;
    QTest::newRow("changed") << 2 << u"replace"_s
                             << u"the WHEN condition differs; the function's body differs"_s;
    QTest::newRow("nothing to do") << 3 << u"nothing"_s << u"installed as designed"_s;
    QTest::newRow("the old name") << 4 << u"drop"_s << u"renamed to orders_notify"_s;
}

void TestDeployPlanDialog::saysWhyForEachStep()
{
    QFETCH(int, row);
    QFETCH(QString, action);
    QFETCH(QString, why);
    const DeployPlanDialog dialog(u"Deploy"_s, renamePlan(), {}, {});
    const QTreeWidgetItem *item = stepsOf(dialog)->topLevelItem(row);
    QVERIFY(item);
    QCOMPARE(item->text(0), action);
    QCOMPARE(item->text(3), why);
    QCOMPARE(item->toolTip(3), why);
}

// Action, table and trigger get the width their longest text needs; Why takes the rest. The
// dialog opens wide enough for every column where the screen allows (the offscreen screen is 800
// pixels wide): a short plan shows whole, a longer reason is elided and whole in its tool tip.
void TestDeployPlanDialog::columnsFitTheirContents_data()
{
    QTest::addColumn<DeployPlan>("plan");
    QTest::addColumn<int>("wholeColumns");
    DeployPlan shortPlan;
    shortPlan.steps
            = {step(DeployAction::Rename, u"orders_notify"_s, u"renamed from orders_alert"_s),
               step(DeployAction::Drop, u"orders_alert"_s, u"renamed to orders_notify"_s)};
    QTest::newRow("short") << shortPlan << 4;
    QTest::newRow("long") << renamePlan() << 3;
}

void TestDeployPlanDialog::columnsFitTheirContents()
{
    QFETCH(DeployPlan, plan);
    QFETCH(int, wholeColumns);
    DeployPlanDialog dialog(u"Deploy"_s, plan, {}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *steps = stepsOf(dialog);
    // QTreeView hides the width its contents need; QAbstractItemView's public call reaches it.
    const QAbstractItemView *view = steps;
    for (int column = 0; column < wholeColumns; ++column) {
        QVERIFY2(steps->columnWidth(column) >= view->sizeHintForColumn(column),
                 qPrintable(u"column %1: %2 < %3"_s.arg(column)
                                    .arg(steps->columnWidth(column))
                                    .arg(view->sizeHintForColumn(column))));
    }
    int columnsWidth = 0;
    for (int column = 0; column < 4; ++column)
        columnsWidth += steps->columnWidth(column);
    QCOMPARE(columnsWidth, steps->viewport()->width());
    test::saveScreenshot(&dialog, u"deploy-plan-reasons-"_s + QTest::currentDataTag());
}

QTEST_MAIN(TestDeployPlanDialog)
#include "tst_deployplandialog.moc"
