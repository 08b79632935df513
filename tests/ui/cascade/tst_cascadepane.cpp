#include "core/analysis/cascadeexport.h"
#include "core/catalog/catalogsnapshot.h"
#include "tests/common/screenshot.h"
#include "ui/cascade/cascadegraphview.h"
#include "ui/cascade/cascadepane.h"
#include "ui/cascade/firingtimeline.h"
#include "ui/designer/diagnosticsmodel.h"
#include "ui/document/designcontroller.h"
#include "ui/document/previewcontroller.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace trigon;
using namespace trigon::ui;

namespace {

QString designPath(const QString &name)
{
    return QStringLiteral(TRIGON_TEST_DATA_DIR "/designs/") + name;
}

QString idOf(const DesignController &design, const QString &name)
{
    for (const TriggerDesign &trigger : design.triggers()) {
        if (trigger.name == name)
            return trigger.id;
    }
    return {};
}

qsizetype graphIndexOf(const CascadeGraph &graph, const QString &name)
{
    for (qsizetype i = 0; i < graph.triggers.size(); ++i) {
        if (graph.triggers[i].name == name)
            return i;
    }
    return -1;
}

// A database with one trigger installed on `table`, its PL/pgSQL function running `body`.
std::shared_ptr<const CatalogSnapshot> catalogWithTrigger(const QString &table, const QString &name,
                                                          TriggerLevel level, TriggerEvent event,
                                                          const QString &body)
{
    auto catalog = std::make_shared<CatalogSnapshot>();
    CatalogRelation relation;
    relation.oid = 1;
    relation.schema = QStringLiteral("public");
    relation.name = table;
    catalog->relations = {relation};
    CatalogTrigger installed;
    installed.oid = 10;
    installed.relation = 1;
    installed.schema = QStringLiteral("public");
    installed.table = table;
    installed.name = name;
    installed.timing = TriggerTiming::After;
    installed.events = {event};
    installed.level = level;
    installed.function = 20;
    catalog->triggers = {installed};
    CatalogFunction function;
    function.oid = 20;
    function.schema = QStringLiteral("public");
    function.name = name + QStringLiteral("_function");
    function.language = QStringLiteral("plpgsql");
    function.source = QStringLiteral("BEGIN\n  %1\n  RETURN NULL;\nEND").arg(body);
    catalog->functions = {function};
    return catalog;
}

} // namespace

// The Cascade dock on a design whose three triggers set each other off in a loop, and on a
// table with five triggers of every timing: what it draws, what clicking selects, the depth
// guard as one undoable edit, the timeline in PostgreSQL's order and the exports.
class TestCascadePane : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheLoopAndSelectsWhatIsClicked();
    void zoomsWithWheelAndKeys();
    void listsTheStagesOfTheCurrentTrigger();
    void depthGuardIsOneUndoableEdit();
    void timelineFollowsPostgresOrder();
    void exportsDotAndSvg();
    void laysOutABigGraphWhenAsked();

private:
    // Opens `file`, shows the pane and waits until the picture shows its graph.
    void openAndShow(const QString &file);

    std::unique_ptr<DesignController> m_design;
    std::unique_ptr<PreviewController> m_preview;
    std::unique_ptr<CascadePane> m_pane;
};

void TestCascadePane::init()
{
    m_design = std::make_unique<DesignController>();
    m_preview = std::make_unique<PreviewController>(m_design.get());
    m_pane = std::make_unique<CascadePane>(m_design.get(), m_preview.get());
    m_pane->resize(1040, 660);
}

void TestCascadePane::cleanup()
{
    m_pane.reset();
    m_preview.reset();
    m_design.reset();
}

void TestCascadePane::openAndShow(const QString &file)
{
    QCOMPARE(m_design->open(designPath(file)), QString());
    QSignalSpy pictured(m_pane.get(), &CascadePane::pictureUpdated);
    m_preview->update();
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    // Graphviz may finish while the window is being exposed.
    QTRY_VERIFY_WITH_TIMEOUT(!pictured.isEmpty(), 10000);
}

void TestCascadePane::showsTheLoopAndSelectsWhatIsClicked()
{
    // The database archives each audit row too: a trigger outside the loop, drawn dashed.
    m_preview->setCatalog(catalogWithTrigger(
            QStringLiteral("audit"), QStringLiteral("audit_archive"), TriggerLevel::Row,
            TriggerEvent::Insert, QStringLiteral("INSERT INTO audit_archive SELECT NEW.*;")));
    openAndShow(QStringLiteral("cascade_loop.json"));
    const CascadeGraph &graph = m_preview->cascadeGraph();
    QCOMPARE(graph.loops.size(), 1);
    QCOMPARE(graph.triggers.size(), 5);

    // The loop is listed with its path, and each of its triggers carries a diagnostic.
    QCOMPARE(m_pane->loopList()->count(), 1);
    const QString path = m_pane->loopList()->item(0)->text();
    QCOMPARE(path, graph.loops[0].path);
    for (const QString &name : {QStringLiteral("orders_audit"), QStringLiteral("audit_fanout"),
                                QStringLiteral("fanout_touch_order")})
        QVERIFY2(path.contains(name), qPrintable(path));
    QStringList warned;
    for (const Diagnostic &diagnostic : m_preview->diagnostics()->diagnostics()) {
        if (diagnostic.field == u"cascade" && diagnostic.message.contains(graph.loops[0].path))
            warned.append(diagnostic.triggerName);
    }
    warned.sort();
    QCOMPARE(warned,
             QStringList({QStringLiteral("audit_fanout"), QStringLiteral("fanout_touch_order"),
                          QStringLiteral("orders_audit")}));

    // Clicking a trigger's node selects its design.
    CascadeGraphView *view = m_pane->graphView();
    const QRectF node = view->triggerRect(graphIndexOf(graph, QStringLiteral("audit_fanout")));
    QVERIFY(!node.isEmpty());
    const QPoint at = view->mapFromScene(node.center());
    QVERIFY(view->viewport()->rect().contains(at));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_design->currentTriggerId(), idOf(*m_design, QStringLiteral("audit_fanout")));
    QVERIFY(m_pane->depthGuardButton()->isEnabled());
    QVERIFY(test::saveScreenshot(m_pane.get(), QStringLiteral("cascade-graph")));

    // A trigger outside the loop can have no guard.
    m_design->setCurrentTriggerId(idOf(*m_design, QStringLiteral("orders_status_changed")));
    QVERIFY(!m_pane->depthGuardButton()->isEnabled());
}

void TestCascadePane::zoomsWithWheelAndKeys()
{
    openAndShow(QStringLiteral("cascade_loop.json"));
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    CascadeGraphView *view = m_pane->graphView();
    const auto scale = [view] {
        return view->transform().m11();
    };
    const double fitted = scale();

    // Ctrl+wheel zooms; the wheel alone scrolls.
    const QPointF center = view->viewport()->rect().center();
    const auto wheel = [&](Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(center, view->viewport()->mapToGlobal(center), {}, {0, 120}, Qt::NoButton,
                          modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &event);
    };
    wheel(Qt::NoModifier);
    QCOMPARE(scale(), fitted);
    wheel(Qt::ControlModifier);
    QVERIFY(scale() > fitted);

    // Ctrl+- zooms out, Ctrl++ in, Ctrl+0 fits the whole graph again.
    view->setFocus();
    const double zoomed = scale();
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(scale() < zoomed);
    const double smaller = scale();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(scale() > smaller);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(qFuzzyCompare(scale(), fitted));
}

void TestCascadePane::listsTheStagesOfTheCurrentTrigger()
{
    openAndShow(QStringLiteral("cascade_loop.json"));
    m_design->setCurrentTriggerId(idOf(*m_design, QStringLiteral("orders_audit")));

    // INSERT on orders: the audit row, its fan-out row, the order updated again, which would
    // fire orders_audit a second time.
    const QTreeWidget *stages = m_pane->stageTree();
    QCOMPARE(stages->topLevelItemCount(), 2);
    const QTreeWidgetItem *insert = stages->topLevelItem(0);
    QCOMPARE(insert->text(0), QStringLiteral("INSERT on public.orders"));
    QStringList rows;
    for (int i = 0; i < insert->childCount(); ++i)
        rows.append(insert->child(i)->text(0) + QStringLiteral(": ") + insert->child(i)->text(1));
    QCOMPARE(rows,
             QStringList({QStringLiteral("Stage 1: orders_audit (public.orders)"),
                          QStringLiteral("Stage 2: audit_fanout (public.audit)"),
                          QStringLiteral("Stage 3: fanout_touch_order (public.audit_fanout)"),
                          QStringLiteral("Again: orders_audit (public.orders) would fire again")}));
    // An UPDATE of an order fires both its triggers in stage 1: one row each.
    const QTreeWidgetItem *update = stages->topLevelItem(1);
    QCOMPARE(update->text(0), QStringLiteral("UPDATE on public.orders"));
    QCOMPARE(update->child(0)->text(1), QStringLiteral("orders_audit (public.orders)"));
    QCOMPARE(update->child(1)->text(0), QString());
    QCOMPARE(update->child(1)->text(1), QStringLiteral("orders_status_changed (public.orders)"));
}

void TestCascadePane::depthGuardIsOneUndoableEdit()
{
    openAndShow(QStringLiteral("cascade_loop.json"));
    const QString fanout = idOf(*m_design, QStringLiteral("audit_fanout"));
    m_design->setCurrentTriggerId(fanout);
    const std::optional<Condition> before = m_design->trigger(fanout)->condition;
    QVERIFY(m_pane->depthGuardButton()->isEnabled());

    QTest::mouseClick(m_pane->depthGuardButton(), Qt::LeftButton);
    QCOMPARE(m_design->undoStack()->count(), 1);
    QCOMPARE(m_design->trigger(fanout)->condition, withDepthGuard(before));
    m_preview->update();
    QVERIFY(m_preview->cascadeGraph().loops.isEmpty());
    QCOMPARE(m_pane->loopList()->count(), 1);
    QCOMPARE(m_pane->loopList()->item(0)->flags(), Qt::ItemFlags(Qt::NoItemFlags)); // "None: ..."
    QVERIFY(!m_pane->depthGuardButton()->isEnabled());

    m_design->undoStack()->undo();
    QCOMPARE(m_design->trigger(fanout)->condition, before);
    m_preview->update();
    QCOMPARE(m_preview->cascadeGraph().loops.size(), 1);
    QVERIFY(m_pane->loopList()->item(0)->text().contains(QLatin1String("audit_fanout")));
    QVERIFY(m_pane->depthGuardButton()->isEnabled());
}

void TestCascadePane::timelineFollowsPostgresOrder()
{
    // One more trigger fires on accounts: installed, AFTER DELETE FOR EACH STATEMENT.
    m_preview->setCatalog(catalogWithTrigger(
            QStringLiteral("accounts"), QStringLiteral("f_refresh_totals"), TriggerLevel::Statement,
            TriggerEvent::Delete, QStringLiteral("DELETE FROM account_totals;")));
    openAndShow(QStringLiteral("cascade_firing_order.json"));
    m_pane->tabs()->setCurrentIndex(1);
    m_pane->showFiringOrder({QStringLiteral("public"), QStringLiteral("accounts")},
                            TriggerEvent::Delete);

    // Statement triggers around row triggers, each group in name order, whatever the names of
    // the other groups say.
    const QList<FiringTimeline::Box> boxes = m_pane->timeline()->boxes();
    QStringList titles;
    for (const FiringTimeline::Box &box : boxes)
        titles.append(box.title);
    QCOMPARE(titles,
             QStringList({QStringLiteral("b_log_statement"), QStringLiteral("c_keep_archived"),
                          QStringLiteral("d_soft_delete"), QStringLiteral("The row is deleted"),
                          QStringLiteral("a_audit"), QStringLiteral("f_refresh_totals")}));
    // Drawn in that order: left to right across the phases, top to bottom within one.
    for (qsizetype i = 1; i < boxes.size(); ++i) {
        const QRectF previous = boxes[i - 1].rect;
        const QRectF next = boxes[i].rect;
        QVERIFY2(next.left() > previous.right()
                         || (next.left() == previous.left() && next.top() > previous.bottom()),
                 qPrintable(titles[i]));
    }

    using Phase = FiringStep::Phase;
    QCOMPARE(boxes[0].phase, Phase::BeforeStatement);
    QCOMPARE(boxes[1].phase, Phase::BeforeRow);
    QCOMPARE(boxes[4].phase, Phase::AfterRow);
    QCOMPARE(boxes[5].phase, Phase::AfterStatement);
    QVERIFY(boxes[1].designed);
    QVERIFY(!boxes[5].designed); // installed in the database
    // RETURN NULL and a soft delete may stop the row; the trigger after the first says so.
    QVERIFY(!boxes[1].warning.isEmpty());
    QVERIFY(!boxes[2].warning.isEmpty());
    QVERIFY(boxes[4].warning.isEmpty());
    QVERIFY(boxes[2].details.contains(
            QStringLiteral("skipped when c_keep_archived stops the row")));

    // Both BEFORE row designs change the outcome: their order hangs on their names.
    const QLabel *warning = m_pane->nameOrderWarning();
    QVERIFY(warning->isVisibleTo(m_pane.get()));
    QVERIFY2(warning->text().contains(QLatin1String("c_keep_archived runs before d_soft_delete")),
             qPrintable(warning->text()));
    QVERIFY(test::saveScreenshot(m_pane.get(), QStringLiteral("cascade-timeline")));

    // A designed trigger's box selects it.
    QTest::mouseClick(m_pane->timeline(), Qt::LeftButton, {}, boxes[2].rect.center().toPoint());
    QCOMPARE(m_design->currentTriggerId(), idOf(*m_design, QStringLiteral("d_soft_delete")));
}

void TestCascadePane::exportsDotAndSvg()
{
    openAndShow(QStringLiteral("cascade_loop.json"));
    QTemporaryDir directory;
    QVERIFY(directory.isValid());

    const QString dotFile = directory.filePath(QStringLiteral("cascade.dot"));
    QString error;
    QVERIFY2(m_pane->exportDot(dotFile, &error), qPrintable(error));
    QFile dot(dotFile);
    QVERIFY(dot.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(dot.readAll()), cascadeDot(m_preview->cascadeGraph()));

    const QString svgFile = directory.filePath(QStringLiteral("cascade.svg"));
    QVERIFY2(m_pane->exportSvg(svgFile, &error), qPrintable(error));
    QFile svg(svgFile);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray drawing = svg.readAll();
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains("fanout_touch_order"));

    // A folder that is not there: the message names the file and the reason.
    const QString nowhere = directory.filePath(QStringLiteral("missing/cascade.dot"));
    QVERIFY(!m_pane->exportDot(nowhere, &error));
    QVERIFY2(error.contains(QLatin1String("missing")) && error.contains(u':'), qPrintable(error));
}

// A database with 1,000 triggers on 600 tables: more than the pane lays out unasked.
void TestCascadePane::laysOutABigGraphWhenAsked()
{
    auto catalog = std::make_shared<CatalogSnapshot>();
    CatalogFunction function;
    function.oid = 1;
    function.schema = QStringLiteral("public");
    function.name = QStringLiteral("touch");
    function.language = QStringLiteral("plpgsql");
    function.source = QStringLiteral("BEGIN RETURN NEW; END");
    catalog->functions = {function};
    for (int i = 0; i < 1000; ++i) {
        CatalogTrigger trigger;
        trigger.oid = quint32(100 + i);
        trigger.schema = QStringLiteral("public");
        trigger.table = QStringLiteral("table_%1").arg(i % 600, 3, 10, QLatin1Char('0'));
        trigger.name = QStringLiteral("trigger_%1").arg(i);
        trigger.events = {TriggerEvent::Update};
        trigger.function = 1;
        catalog->triggers.append(trigger);
    }
    // A database this size has its graph built on a worker thread.
    QSignalSpy built(m_preview.get(), &PreviewController::cascadeGraphChanged);
    m_preview->setCatalog(catalog);
    m_preview->update();
    QVERIFY(built.wait(10'000));
    QVERIFY(m_preview->cascadeGraph().triggers.size() + m_preview->cascadeGraph().tables.size()
            > CascadePane::largeGraphNodes);
    QSignalSpy pictured(m_pane.get(), &CascadePane::pictureUpdated);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));

    QPushButton *layOut = nullptr;
    for (QPushButton *button : m_pane->findChildren<QPushButton *>()) {
        if (button->text() == u"Lay It Out Anyway")
            layOut = button;
    }
    QVERIFY(layOut);
    QVERIFY(layOut->isVisible());
    QVERIFY(!m_pane->graphView()->isVisible());
    QTest::qWait(100);
    QVERIFY(pictured.isEmpty());

    QTest::mouseClick(layOut, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pictured.isEmpty(), 60'000);
    QVERIFY(m_pane->graphView()->isVisible());
    QVERIFY(!m_pane->graphView()->triggerRect(999).isEmpty());
}

QTEST_MAIN(TestCascadePane)
#include "tst_cascadepane.moc"
