#pragma once

#include "core/analysis/cascadegraph.h"
#include "ui/cascade/graphvizlayout.h"

#include <QGraphicsView>

namespace trigon::ui {

class CascadeNodeItem;

// The cascade graph as Graphviz laid it out, drawn with Qt: tables as boxes, triggers as
// ellipses (dashed when installed in the database rather than designed), loops in red, the
// current design's triggers highlighted. Ctrl+wheel zooms; dragging scrolls; a click on a trigger
// reports it.
class CascadeGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit CascadeGraphView(QWidget *parent = nullptr);

    // Draws `layout`, which Graphviz made from cascadeDot(graph): its nodes' DOT names
    // ("trigger3", "table1") index `graph`.
    void setGraphLayout(const CascadeGraph &graph, const GraphLayout &layout);
    // Highlights these triggers (a design has one per table) and, when they are new, scrolls the
    // first into view.
    void setCurrentTriggers(const QList<qsizetype> &triggers);
    // Where trigger `trigger` is drawn, in scene coordinates; empty when it is not.
    QRectF triggerRect(qsizetype trigger) const;

    void zoomIn();
    void zoomOut();
    // Shows the whole graph, and keeps it whole while the view is resized, until the next zoom.
    void zoomToFit();

signals:
    void triggerClicked(qsizetype trigger);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildScene();
    void scaleBy(double factor);
    void fitIfFitting();

    CascadeGraph m_graph;
    GraphLayout m_layout;
    QList<qsizetype> m_currentTriggers;
    QList<CascadeNodeItem *> m_triggerItems; // by trigger index; nullptr where none is drawn
    QPoint m_pressPosition;
    bool m_fitting = true;
};

} // namespace trigon::ui
