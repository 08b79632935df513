#include "ui/cascade/cascadegraphview.h"

#include "ui/cascade/loopcolor.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QWheelEvent>

#include <cmath>

namespace trigon::ui {

namespace {

// Graphviz sized the labels for these sizes in points, and the scene's unit is the point.
constexpr int NodeFontSize = 10;
constexpr int EdgeFontSize = 9;
constexpr double ZoomStep = 1.25;
constexpr double MinimumScale = 0.05;
constexpr double MaximumScale = 8;
// A small graph fitted to a big view would be drawn with huge letters.
constexpr double MaximumFitScale = 1.5;
constexpr double SceneMargin = 8;

// The index in a DOT name such as "trigger12", or -1 when `name` is not `prefix` + a number.
qsizetype dotIndex(const QString &name, QLatin1String prefix)
{
    if (!name.startsWith(prefix))
        return -1;
    bool ok = false;
    const qsizetype index = QStringView(name).mid(prefix.size()).toLongLong(&ok);
    return ok ? index : -1;
}

} // namespace

// A table (box) or a trigger (ellipse) with its label, drawn in the palette's colours.
class CascadeNodeItem : public QGraphicsItem
{
public:
    enum class Shape { Table, Trigger };
    struct Look
    {
        Shape shape = Shape::Table;
        bool installed = false; // dashed outline
        bool looping = false;   // red outline
        bool muted = false;     // disabled or replica-only: grey text
    };

    CascadeNodeItem(const GraphLayout::Node &node, const Look &look, const QPalette &palette,
                    const QFont &font)
        : m_rect(node.rect)
        , m_lines(node.labelLines)
        , m_look(look)
        , m_palette(palette)
        , m_font(font)
    { }

    void setCurrent(bool current)
    {
        if (current == m_current)
            return;
        m_current = current;
        update();
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }

    QPainterPath shape() const override
    {
        QPainterPath path;
        if (m_look.shape == Shape::Table)
            path.addRect(m_rect);
        else
            path.addEllipse(m_rect);
        return path;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QPen outline(m_look.looping ? loopColor(m_palette) : m_palette.color(QPalette::Text));
        outline.setWidthF(m_current ? 2.5 : m_look.looping ? 1.6 : 1);
        outline.setStyle(m_look.installed ? Qt::DashLine : Qt::SolidLine);
        QColor fill = m_palette.color(m_look.shape == Shape::Table ? QPalette::AlternateBase
                                                                   : QPalette::Base);
        if (m_current) {
            QColor highlight = m_palette.color(QPalette::Highlight);
            highlight.setAlpha(70);
            fill = highlight;
        }
        painter->setPen(outline);
        painter->setBrush(fill);
        if (m_look.shape == Shape::Table)
            painter->drawRect(m_rect);
        else
            painter->drawEllipse(m_rect);
        paintLabel(painter);
    }

private:
    void paintLabel(QPainter *painter) const
    {
        QFont regular = m_font;
        regular.setPixelSize(NodeFontSize);
        QFont bold = regular;
        bold.setBold(true);
        const QFontMetricsF regularMetrics(regular);
        const QFontMetricsF boldMetrics(bold);
        // The first line names the table or the trigger.
        const auto fontOf = [&](qsizetype line) {
            return line == 0 ? bold : regular;
        };
        const auto metricsOf = [&](qsizetype line) {
            return line == 0 ? boldMetrics : regularMetrics;
        };
        double widest = 0;
        double height = 0;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            widest = std::max(widest, metricsOf(i).horizontalAdvance(m_lines[i]));
            height += metricsOf(i).height();
        }
        // An ellipse holds its text in the rectangle inscribed in it.
        const double room = m_look.shape == Shape::Table ? m_rect.width() - 6
                                                         : m_rect.width() / std::sqrt(2.0);
        const double scale = widest > room && widest > 0 ? room / widest : 1.0;

        painter->save();
        painter->translate(m_rect.center());
        painter->scale(scale, scale);
        painter->setPen(m_palette.color(m_look.muted ? QPalette::PlaceholderText : QPalette::Text));
        double y = -height / 2;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const QFontMetricsF &metrics = metricsOf(i);
            painter->setFont(fontOf(i));
            painter->drawText(
                    QPointF(-metrics.horizontalAdvance(m_lines[i]) / 2, y + metrics.ascent()),
                    m_lines[i]);
            y += metrics.height();
        }
        painter->restore();
    }

    QRectF m_rect;
    QStringList m_lines;
    Look m_look;
    QPalette m_palette;
    QFont m_font;
    bool m_current = false;
};

CascadeGraphView::CascadeGraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
}

void CascadeGraphView::setGraphLayout(const CascadeGraph &graph, const GraphLayout &layout)
{
    m_graph = graph;
    m_layout = layout;
    rebuildScene();
    fitIfFitting();
}

void CascadeGraphView::rebuildScene()
{
    scene()->clear();
    m_triggerItems = QList<CascadeNodeItem *>(m_graph.triggers.size(), nullptr);
    const QPalette colors = palette();

    QSet<qsizetype> looping;
    for (const CascadeLoop &loop : m_graph.loops)
        looping.unite(QSet<qsizetype>(loop.triggers.cbegin(), loop.triggers.cend()));

    QColor edgeColor = colors.color(QPalette::Text);
    edgeColor.setAlphaF(0.75);
    QFont edgeFont = font();
    edgeFont.setPixelSize(EdgeFontSize);
    const QFontMetricsF edgeMetrics(edgeFont);
    for (const GraphLayout::Edge &edge : m_layout.edges) {
        // cascadeDot() colours the writes that fire the next trigger of a loop; the edge from a
        // table to a trigger of a loop is the rest of the cycle.
        const bool inLoop = edge.color == u"red"
                || looping.contains(dotIndex(edge.head, QLatin1String("trigger")));
        const QColor color = inLoop ? loopColor(colors) : edgeColor;
        QPen pen(color);
        pen.setWidthF(inLoop ? 1.6 : 1);
        scene()->addPath(edge.path, pen);
        for (const QLineF &arrow : edge.arrows) {
            // An arrowhead as Graphviz draws its "normal" one: a triangle from the spline's
            // end to the tip, about a third as wide as it is long.
            const QPointF along = arrow.p2() - arrow.p1();
            const QPointF across = QPointF(-along.y(), along.x()) * 0.35;
            scene()->addPolygon(QPolygonF({arrow.p2(), arrow.p1() + across, arrow.p1() - across}),
                                pen, color);
        }
        double y = edge.labelRect.center().y() - edgeMetrics.height() * edge.labelLines.size() / 2;
        for (const QString &line : edge.labelLines) {
            QGraphicsSimpleTextItem *text = scene()->addSimpleText(line, edgeFont);
            text->setBrush(color);
            text->setPos(edge.labelRect.center().x() - edgeMetrics.horizontalAdvance(line) / 2, y);
            y += edgeMetrics.height();
        }
    }

    for (const GraphLayout::Node &node : m_layout.nodes) {
        CascadeNodeItem::Look look;
        const qsizetype trigger = dotIndex(node.name, QLatin1String("trigger"));
        const bool drawsTrigger = trigger >= 0 && trigger < m_graph.triggers.size();
        if (drawsTrigger) {
            const CascadeTrigger &drawn = m_graph.triggers[trigger];
            look.shape = CascadeNodeItem::Shape::Trigger;
            look.installed = drawn.source == CascadeTrigger::Source::Installed;
            look.looping = looping.contains(trigger);
            look.muted = !drawn.firesNormally();
        }
        auto *item = new CascadeNodeItem(node, look, colors, font());
        scene()->addItem(item);
        if (!drawsTrigger)
            continue;
        m_triggerItems[trigger] = item;
        item->setData(0, trigger);
        if (m_graph.triggers[trigger].source == CascadeTrigger::Source::Design)
            item->setCursor(Qt::PointingHandCursor);
        item->setToolTip(m_graph.triggers[trigger].displayName());
    }
    scene()->setSceneRect(QRectF(QPointF(0, 0), m_layout.size)
                                  .adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    setCurrentTriggers(m_currentTriggers);
}

void CascadeGraphView::setCurrentTriggers(const QList<qsizetype> &triggers)
{
    const bool changed = triggers != m_currentTriggers;
    m_currentTriggers = triggers;
    for (qsizetype i = 0; i < m_triggerItems.size(); ++i) {
        if (m_triggerItems[i])
            m_triggerItems[i]->setCurrent(triggers.contains(i));
    }
    // Only a new choice scrolls: the same one again after an edit leaves the view where it is.
    const QRectF first = triggerRect(triggers.value(0, -1));
    if (changed && !first.isEmpty())
        ensureVisible(first);
}

QRectF CascadeGraphView::triggerRect(qsizetype trigger) const
{
    if (trigger < 0 || trigger >= m_triggerItems.size() || !m_triggerItems[trigger])
        return {};
    return m_triggerItems[trigger]->sceneBoundingRect();
}

void CascadeGraphView::zoomIn()
{
    m_fitting = false;
    scaleBy(ZoomStep);
}

void CascadeGraphView::zoomOut()
{
    m_fitting = false;
    scaleBy(1 / ZoomStep);
}

void CascadeGraphView::zoomToFit()
{
    m_fitting = true;
    fitIfFitting();
}

void CascadeGraphView::fitIfFitting()
{
    if (!m_fitting || scene()->sceneRect().isEmpty())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    if (transform().m11() > MaximumFitScale)
        setTransform(QTransform::fromScale(MaximumFitScale, MaximumFitScale));
}

void CascadeGraphView::scaleBy(double factor)
{
    const double current = transform().m11();
    const double wanted = std::clamp(current * factor, MinimumScale, MaximumScale);
    scale(wanted / current, wanted / current);
}

void CascadeGraphView::wheelEvent(QWheelEvent *event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) is one zoom step; touchpads send smaller deltas more often.
    m_fitting = false;
    scaleBy(std::pow(ZoomStep, event->angleDelta().y() / 120.0));
    event->accept();
}

void CascadeGraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPosition = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

// A click, not the end of a drag that scrolled the view, selects what is under the mouse.
void CascadeGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint position = event->position().toPoint();
    if (event->button() != Qt::LeftButton
        || (position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance())
        return;
    for (QGraphicsItem *item : items(position)) {
        if (item->data(0).isValid()) {
            emit triggerClicked(item->data(0).value<qsizetype>());
            return;
        }
    }
}

void CascadeGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitIfFitting();
}

void CascadeGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuildScene();
}

} // namespace trigon::ui
