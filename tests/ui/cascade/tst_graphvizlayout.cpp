#include "ui/cascade/graphvizlayout.h"

#include <QTest>

using namespace trigon::ui;

// Graphviz behind plain Qt values: what a small graph becomes, and what a broken one says.
class TestGraphvizLayout : public QObject
{
    Q_OBJECT
private slots:
    void laysOutNodesEdgesAndLabels();
    void refusedDotSaysWhy();
    void rendersSvg();
};

namespace {

const QString SmallGraph
        = QStringLiteral("digraph cascade {\n"
                         "  rankdir=LR;\n"
                         "  table0 [shape=box, label=\"public.orders\"];\n"
                         "  trigger0 [shape=ellipse, label=\"orders_audit\\nAFTER ROW\"];\n"
                         "  table0 -> trigger0 [label=\"INSERT\"];\n"
                         "  trigger0 -> table0 [label=\"UPDATE\", color=red];\n"
                         "}\n");

} // namespace

void TestGraphvizLayout::laysOutNodesEdgesAndLabels()
{
    const GraphvizLayout graphviz;
    const GraphLayout layout = graphviz.layout(SmallGraph);
    QVERIFY2(layout.ok(), qPrintable(layout.error));
    const QRectF drawing(QPointF(0, 0), layout.size);

    QCOMPARE(layout.nodes.size(), 2);
    QCOMPARE(layout.nodes[0].name, QStringLiteral("table0"));
    QCOMPARE(layout.nodes[0].labelLines, QStringList {QStringLiteral("public.orders")});
    QCOMPARE(layout.nodes[1].labelLines,
             QStringList({QStringLiteral("orders_audit"), QStringLiteral("AFTER ROW")}));
    for (const GraphLayout::Node &node : layout.nodes)
        QVERIFY(drawing.adjusted(-1, -1, 1, 1).contains(node.rect));
    // Left to right: the table before the trigger it fires.
    QVERIFY(layout.nodes[0].rect.center().x() < layout.nodes[1].rect.center().x());

    QCOMPARE(layout.edges.size(), 2);
    for (const GraphLayout::Edge &edge : layout.edges) {
        QVERIFY(!edge.path.isEmpty());
        QCOMPARE(edge.arrows.size(), 1);
        QVERIFY(!edge.labelRect.isEmpty());
        const bool write = edge.tail == u"trigger0";
        QCOMPARE(edge.head, write ? QStringLiteral("table0") : QStringLiteral("trigger0"));
        QCOMPARE(edge.labelLines,
                 QStringList {write ? QStringLiteral("UPDATE") : QStringLiteral("INSERT")});
        QCOMPARE(edge.color, write ? QStringLiteral("red") : QString());
        // The arrowhead ends on the node it points at.
        const QRectF head = layout.nodes[write ? 0 : 1].rect.adjusted(-2, -2, 2, 2);
        QVERIFY(head.contains(edge.arrows[0].p2()));
    }
}

void TestGraphvizLayout::refusedDotSaysWhy()
{
    const GraphLayout layout = GraphvizLayout().layout(QStringLiteral("digraph { a -> }"));
    QVERIFY(!layout.ok());
    QVERIFY2(layout.error.contains(QLatin1String("syntax error")), qPrintable(layout.error));
    QVERIFY(layout.nodes.isEmpty());
}

void TestGraphvizLayout::rendersSvg()
{
    QString error;
    const QByteArray svg = GraphvizLayout().svg(SmallGraph, &error);
    QVERIFY2(svg.contains("<svg"), qPrintable(error));
    QVERIFY(svg.contains("orders_audit"));
    QVERIFY(GraphvizLayout().svg(QStringLiteral("graph {"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
