#pragma once

#include <QByteArray>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

struct GVC_s;

namespace trigon::ui {

// A graph as Graphviz's dot program lays it out, in points, y growing downwards as in Qt, the
// drawing's top left corner at (0, 0).
struct GraphLayout
{
    struct Node
    {
        QString name; // as the DOT text names it: "table3", "trigger0"
        QRectF rect;
        QStringList labelLines;
    };
    struct Edge
    {
        QString tail; // the DOT names of its ends
        QString head;
        QPainterPath path;      // the spline, ending where an arrowhead begins
        QList<QLineF> arrows;   // each from the spline's end to the arrowhead's tip
        QStringList labelLines; // empty when it has no label
        QRectF labelRect;
        QString color; // its "color" attribute, empty for the default
    };

    QSizeF size;
    QList<Node> nodes;
    QList<Edge> edges;
    QString error; // why there is no layout: the DOT text was refused, or dot failed

    bool ok() const { return error.isEmpty(); }
};

// The one place that talks to Graphviz (libgvc and libcgraph): DOT text in, plain Qt values
// out. Graphviz keeps global state (its parser, its error buffer), so every call holds one
// process-wide lock; a layout may run on a worker thread while the GUI thread exports.
class GraphvizLayout
{
public:
    GraphvizLayout();
    ~GraphvizLayout();
    GraphvizLayout(const GraphvizLayout &) = delete;
    GraphvizLayout &operator=(const GraphvizLayout &) = delete;

    // Lays `dot` out with the dot engine. Labels are sized for a sans-serif font, the kind the
    // picture is drawn with.
    GraphLayout layout(const QString &dot) const;
    // `dot` laid out and rendered as SVG by Graphviz itself; empty, with `error` set, on failure.
    QByteArray svg(const QString &dot, QString *error) const;

private:
    // Made on first use, under the lock: loading Graphviz's plugins takes tens of milliseconds
    // that a window whose Cascade dock stays closed should not spend.
    GVC_s *context() const;

    mutable GVC_s *m_context = nullptr;
};

} // namespace trigon::ui
