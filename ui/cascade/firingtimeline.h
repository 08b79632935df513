#pragma once

#include "core/analysis/cascadegraph.h"

#include <QRectF>
#include <QWidget>

namespace trigon::ui {

// When one table's triggers run for one event, drawn as a timeline: the phases of a statement
// from left to right (BEFORE statement, BEFORE row, INSTEAD OF, the row change, AFTER row, AFTER
// statement, at commit), each trigger a numbered box in PostgreSQL's order. Designed triggers
// have solid boxes, installed ones dashed; a BEFORE row trigger that may stop the row says so,
// and the BEFORE row triggers after it say that they are then skipped.
class FiringTimeline : public QWidget
{
    Q_OBJECT
public:
    struct Box
    {
        FiringStep::Phase phase = FiringStep::Phase::RowChange;
        qsizetype trigger = -1; // into the graph; -1 for the row change
        QString title;
        QStringList details;
        // Drawn in red: it may stop the row, so that the BEFORE row triggers after it are
        // skipped. Empty when it cannot.
        QString warning;
        bool designed = false;
        QRectF rect;
    };

    explicit FiringTimeline(QWidget *parent = nullptr);

    // Shows `order`, which firingOrder() made from `graph` for `event`.
    void setOrder(const CascadeGraph &graph, const FiringOrder &order, TriggerEvent event);
    // Every step in PostgreSQL's order, where it is drawn.
    const QList<Box> &boxes() const { return m_boxes; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A trigger's box was clicked (an index into the graph).
    void triggerClicked(qsizetype trigger);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Column
    {
        FiringStep::Phase phase;
        QRectF rect;
    };

    void arrange();
    QString phaseHeading(FiringStep::Phase phase) const;
    QString rowChangeTitle(TriggerEvent event) const;

    QList<Box> m_boxes;
    QList<Column> m_columns;
    QSize m_size;
};

} // namespace trigon::ui
