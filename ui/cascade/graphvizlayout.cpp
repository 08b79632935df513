#include "ui/cascade/graphvizlayout.h"

#include <QCoreApplication>
#include <QMutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdlib>

namespace trigon::ui {

namespace {

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

// cgraph takes attribute names and values as char *, though it only reads them.
char *cString(const char *text)
{
    return const_cast<char *>(text);
}

// What Graphviz said last; errors are kept for aglasterr() instead of being printed, see the
// constructor.
QString lastGraphvizError(const QString &fallback)
{
    char *text = aglasterr();
    const QString message = text ? QString::fromUtf8(text).trimmed() : QString();
    std::free(text);
    return message.isEmpty() ? fallback : message;
}

// One graph read from DOT text and laid out, freed in the order Graphviz wants.
class LaidOutGraph
{
public:
    LaidOutGraph(GVC_t *context, const QString &dot)
        : m_context(context)
    {
        m_graph = agmemread(dot.toUtf8().constData());
        if (!m_graph) {
            m_error = lastGraphvizError(QCoreApplication::translate(
                    "trigon::ui::GraphvizLayout", "The DOT text could not be read."));
            return;
        }
        useSansSerifMetrics();
        if (gvLayout(m_context, m_graph, "dot") != 0) {
            m_error = lastGraphvizError(QCoreApplication::translate(
                    "trigon::ui::GraphvizLayout", "Graphviz could not lay the graph out."));
            return;
        }
        m_laidOut = true;
    }
    ~LaidOutGraph()
    {
        if (m_laidOut)
            gvFreeLayout(m_context, m_graph);
        if (m_graph)
            agclose(m_graph);
    }
    LaidOutGraph(const LaidOutGraph &) = delete;
    LaidOutGraph &operator=(const LaidOutGraph &) = delete;

    Agraph_t *graph() const { return m_laidOut ? m_graph : nullptr; }
    QString error() const { return m_error; }

private:
    // Graphviz has no font engine here: it estimates label widths from tables for Times,
    // Courier and Helvetica, and takes any other family ("Sans") for Times, whose narrow letters
    // leave sans-serif text sticking out of its nodes. Helvetica's widths fit sans-serif text,
    // both Qt's drawing and an SVG viewer's.
    void useSansSerifMetrics()
    {
        char *fontname = cString("fontname");
        char *helvetica = cString("Helvetica");
        char *none = cString("");
        for (Agnode_t *node = agfstnode(m_graph); node; node = agnxtnode(m_graph, node)) {
            agsafeset(node, fontname, helvetica, none);
            for (Agedge_t *edge = agfstout(m_graph, node); edge; edge = agnxtout(m_graph, edge))
                agsafeset(edge, fontname, helvetica, none);
        }
    }

    GVC_t *m_context;
    Agraph_t *m_graph = nullptr;
    bool m_laidOut = false;
    QString m_error;
};

QStringList labelLines(const textlabel_t *label)
{
    QStringList lines;
    if (!label || label->html)
        return lines;
    for (short i = 0; i < label->u.txt.nspans; ++i)
        lines.append(QString::fromUtf8(label->u.txt.span[i].str));
    return lines;
}

} // namespace

GraphvizLayout::GraphvizLayout() = default;

GraphvizLayout::~GraphvizLayout()
{
    const QMutexLocker locker(&graphvizLock());
    if (m_context)
        gvFreeContext(m_context);
}

GVC_t *GraphvizLayout::context() const
{
    if (!m_context) {
        // Graphviz prints its warnings and errors to stderr unless told to keep them; kept, the
        // last one is there for aglasterr() to put in a message.
        agseterr(AGMAX);
        m_context = gvContext();
    }
    return m_context;
}

GraphLayout GraphvizLayout::layout(const QString &dot) const
{
    const QMutexLocker locker(&graphvizLock());
    GraphLayout result;
    const LaidOutGraph laidOut(context(), dot);
    Agraph_t *graph = laidOut.graph();
    if (!graph) {
        result.error = laidOut.error();
        return result;
    }

    // Graphviz's y axis points up; Qt's points down.
    const boxf box = GD_bb(graph);
    const auto toQt = [&box](pointf point) {
        return QPointF(point.x - box.LL.x, box.UR.y - point.y);
    };
    result.size = QSizeF(box.UR.x - box.LL.x, box.UR.y - box.LL.y);
    constexpr double PointsPerInch = 72;
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        const QSizeF size(ND_width(node) * PointsPerInch, ND_height(node) * PointsPerInch);
        const QPointF center = toQt(ND_coord(node));
        result.nodes.append({QString::fromUtf8(agnameof(node)),
                             QRectF(center - QPointF(size.width() / 2, size.height() / 2), size),
                             labelLines(ND_label(node))});

        for (Agedge_t *edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) {
            GraphLayout::Edge laid;
            laid.tail = QString::fromUtf8(agnameof(agtail(edge)));
            laid.head = QString::fromUtf8(agnameof(aghead(edge)));
            if (const splines *curves = ED_spl(edge)) {
                for (int i = 0; i < curves->size; ++i) {
                    const bezier &curve = curves->list[i];
                    if (curve.size == 0)
                        continue;
                    laid.path.moveTo(toQt(curve.list[0]));
                    for (int p = 1; p + 2 < curve.size; p += 3)
                        laid.path.cubicTo(toQt(curve.list[p]), toQt(curve.list[p + 1]),
                                          toQt(curve.list[p + 2]));
                    if (curve.sflag)
                        laid.arrows.append(QLineF(toQt(curve.list[0]), toQt(curve.sp)));
                    if (curve.eflag)
                        laid.arrows.append(
                                QLineF(toQt(curve.list[curve.size - 1]), toQt(curve.ep)));
                }
            }
            if (const textlabel_t *label = ED_label(edge)) {
                laid.labelLines = labelLines(label);
                const QSizeF size(label->dimen.x, label->dimen.y);
                laid.labelRect = QRectF(
                        toQt(label->pos) - QPointF(size.width() / 2, size.height() / 2), size);
            }
            if (const char *color = agget(edge, cString("color")))
                laid.color = QString::fromUtf8(color);
            result.edges.append(laid);
        }
    }
    return result;
}

QByteArray GraphvizLayout::svg(const QString &dot, QString *error) const
{
    const QMutexLocker locker(&graphvizLock());
    const LaidOutGraph laidOut(context(), dot);
    Agraph_t *graph = laidOut.graph();
    if (!graph) {
        if (error)
            *error = laidOut.error();
        return {};
    }
    char *data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(context(), graph, "svg", &data, &length) != 0 || !data) {
        if (error)
            *error = lastGraphvizError(QCoreApplication::translate(
                    "trigon::ui::GraphvizLayout", "Graphviz could not render the graph as SVG."));
        gvFreeRenderData(data);
        return {};
    }
    QByteArray svg(data, static_cast<qsizetype>(length));
    gvFreeRenderData(data);
    return svg;
}

} // namespace trigon::ui
