#include "ui/cascade/firingtimeline.h"

#include "ui/cascade/loopcolor.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace trigon::ui {

namespace {

using Phase = FiringStep::Phase;

constexpr Phase Phases[]
        = {Phase::BeforeStatement, Phase::BeforeRow,      Phase::InsteadOfRow, Phase::RowChange,
           Phase::AfterRow,        Phase::AfterStatement, Phase::AtCommit};

constexpr double Margin = 8;
constexpr double Padding = 6;
constexpr double BoxGap = 10;
constexpr double ColumnGap = 8;
constexpr double MinimumBoxWidth = 120;
constexpr double MaximumBoxWidth = 220;
constexpr double EmptyColumnWidth = 64;
// Headings wrap at their spaces ("BEFORE / statement"), so that phases without triggers stay
// narrow and the whole statement fits across a dock.
constexpr int HeadingLines = 2;

double wrappedHeight(const QFontMetricsF &metrics, double width, const QString &text)
{
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

double widestWord(const QFontMetricsF &metrics, const QString &text)
{
    double widest = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

double axisY(const QFontMetricsF &headingMetrics)
{
    return Margin + HeadingLines * headingMetrics.height() + 8;
}

} // namespace

FiringTimeline::FiringTimeline(QWidget *parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    arrange();
}

QString FiringTimeline::phaseHeading(Phase phase) const
{
    switch (phase) {
    case Phase::BeforeStatement:
        return tr("BEFORE statement");
    case Phase::BeforeRow:
        return tr("BEFORE row");
    case Phase::InsteadOfRow:
        return tr("INSTEAD OF row");
    case Phase::RowChange:
        return tr("Row change");
    case Phase::AfterRow:
        return tr("AFTER row");
    case Phase::AfterStatement:
        return tr("AFTER statement");
    case Phase::AtCommit:
        return tr("At commit");
    }
    return {};
}

QString FiringTimeline::rowChangeTitle(TriggerEvent event) const
{
    switch (event) {
    case TriggerEvent::Insert:
        return tr("The row is inserted");
    case TriggerEvent::Update:
        return tr("The row is updated");
    case TriggerEvent::Delete:
        return tr("The row is deleted");
    case TriggerEvent::Truncate:
        return tr("The table is truncated");
    }
    return {};
}

void FiringTimeline::setOrder(const CascadeGraph &graph, const FiringOrder &order,
                              TriggerEvent event)
{
    m_boxes.clear();
    // Which BEFORE row triggers ran before this one and may have stopped the row.
    QStringList mayHaveStopped;
    for (const FiringStep &step : order.steps) {
        Box box;
        box.phase = step.phase;
        box.trigger = step.trigger;
        if (step.phase == Phase::RowChange) {
            box.title = rowChangeTitle(event);
            m_boxes.append(box);
            continue;
        }
        const CascadeTrigger &trigger = graph.triggers[step.trigger];
        box.title = trigger.name;
        box.designed = trigger.source == CascadeTrigger::Source::Design;
        box.details.append(box.designed ? tr("designed") : tr("installed in the database"));
        if (event == TriggerEvent::Update && !trigger.columns.isEmpty())
            box.details.append(QStringLiteral("OF ") + trigger.columns.join(QStringLiteral(", ")));
        if (!trigger.when.isEmpty())
            box.details.append(QStringLiteral("WHEN ") + trigger.when);
        // Only a BEFORE row trigger's NULL skips the row; other triggers' results are ignored.
        if (step.phase == Phase::BeforeRow) {
            if (!mayHaveStopped.isEmpty())
                box.details.append(tr("skipped when %1 stops the row")
                                           .arg(mayHaveStopped.join(QStringLiteral(", "))));
            if (trigger.mayStopRow) {
                box.warning = tr("may stop the row: later BEFORE triggers are skipped");
                mayHaveStopped.append(trigger.name);
            }
        }
        m_boxes.append(box);
    }
    arrange();
}

void FiringTimeline::arrange()
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(font());
    const QFontMetricsF boldMetrics(bold);
    const double badge = metrics.height();
    const double boxesTop = axisY(boldMetrics) + 12;

    m_columns.clear();
    double x = Margin;
    double bottom = boxesTop;
    for (Phase phase : Phases) {
        const double headingWidth = widestWord(boldMetrics, phaseHeading(phase));
        double width = std::max(EmptyColumnWidth, headingWidth + 2 * Padding);
        bool empty = true;
        for (const Box &box : std::as_const(m_boxes)) {
            if (box.phase != phase)
                continue;
            empty = false;
            width = std::max(
                    width,
                    std::clamp(boldMetrics.horizontalAdvance(box.title) + badge + 3 * Padding,
                               MinimumBoxWidth, MaximumBoxWidth));
        }
        double y = boxesTop;
        for (Box &box : m_boxes) {
            if (box.phase != phase)
                continue;
            const double textWidth = width - 2 * Padding;
            double height = Padding + boldMetrics.height() + Padding;
            for (const QString &detail : std::as_const(box.details))
                height += wrappedHeight(metrics, textWidth, detail);
            if (!box.warning.isEmpty())
                height += wrappedHeight(metrics, textWidth, box.warning);
            box.rect = QRectF(x, y, width, height);
            y += height + BoxGap;
        }
        if (empty)
            y += metrics.height() + BoxGap;
        bottom = std::max(bottom, y);
        m_columns.append({phase, QRectF(x, Margin, width, 0)});
        x += width + ColumnGap;
    }
    for (Column &column : m_columns)
        column.rect.setBottom(bottom);
    m_size = QSize(qRound(x - ColumnGap + Margin), qRound(bottom + Margin));
    updateGeometry();
    update();
}

QSize FiringTimeline::sizeHint() const
{
    return m_size;
}

QSize FiringTimeline::minimumSizeHint() const
{
    return m_size;
}

void FiringTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(font());
    const QFontMetricsF boldMetrics(bold);
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const double axis = axisY(boldMetrics);

    // Time runs left to right: an arrow under the phase headings, a mark at each phase.
    painter.setPen(QPen(muted, 1.5));
    const double axisEnd = m_size.width() - Margin;
    painter.drawLine(QPointF(Margin, axis), QPointF(axisEnd, axis));
    painter.setBrush(muted);
    painter.drawPolygon(QPolygonF({QPointF(axisEnd, axis), QPointF(axisEnd - 8, axis - 4),
                                   QPointF(axisEnd - 8, axis + 4)}));
    for (const Column &column : std::as_const(m_columns)) {
        const bool empty = std::none_of(m_boxes.cbegin(), m_boxes.cend(),
                                        [&](const Box &box) { return box.phase == column.phase; });
        painter.setPen(QPen(muted, 1.5));
        painter.drawEllipse(QPointF(column.rect.center().x(), axis), 3, 3);
        painter.setFont(bold);
        painter.setPen(empty ? muted : text);
        painter.drawText(QRectF(column.rect.left(), Margin, column.rect.width(),
                                HeadingLines * boldMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                         phaseHeading(column.phase));
        if (empty) {
            painter.setFont(font());
            painter.drawText(
                    QRectF(column.rect.left(), axis + 12, column.rect.width(), metrics.height()),
                    Qt::AlignCenter, QStringLiteral("—"));
        }
    }

    QColor designedFill = palette().color(QPalette::Highlight);
    designedFill.setAlpha(40);
    const double badge = metrics.height();
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const Box &box = m_boxes[i];
        const bool rowChange = box.trigger < 0;
        QPen outline(rowChange ? muted : text, box.designed ? 1.5 : 1);
        outline.setStyle(rowChange || box.designed ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(outline);
        painter.setBrush(rowChange              ? palette().color(QPalette::AlternateBase)
                                 : box.designed ? designedFill
                                                : palette().color(QPalette::Base));
        painter.drawRoundedRect(box.rect, 4, 4);

        // The step's number in a disc, then the name.
        const QRectF disc(box.rect.left() + Padding, box.rect.top() + Padding, badge, badge);
        painter.setPen(Qt::NoPen);
        painter.setBrush(rowChange ? muted : text);
        painter.drawEllipse(disc);
        painter.setPen(palette().color(QPalette::Base));
        painter.setFont(font());
        painter.drawText(disc, Qt::AlignCenter, QLocale().toString(i + 1));
        painter.setPen(text);
        painter.setFont(bold);
        const double textLeft = box.rect.left() + Padding;
        const double textWidth = box.rect.width() - 2 * Padding;
        const QRectF titleRect(disc.right() + Padding, box.rect.top() + Padding,
                               box.rect.right() - disc.right() - 2 * Padding, boldMetrics.height());
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                         boldMetrics.elidedText(box.title, Qt::ElideRight, titleRect.width()));

        painter.setFont(font());
        double y = titleRect.bottom() + Padding / 2;
        painter.setPen(muted);
        for (const QString &detail : box.details) {
            const double height = wrappedHeight(metrics, textWidth, detail);
            painter.drawText(QRectF(textLeft, y, textWidth, height), Qt::TextWordWrap, detail);
            y += height;
        }
        if (!box.warning.isEmpty()) {
            painter.setPen(loopColor(palette()));
            const double height = wrappedHeight(metrics, textWidth, box.warning);
            painter.drawText(QRectF(textLeft, y, textWidth, height), Qt::TextWordWrap, box.warning);
        }
    }
}

void FiringTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    for (const Box &box : std::as_const(m_boxes)) {
        if (box.trigger >= 0 && box.rect.contains(event->position())) {
            emit triggerClicked(box.trigger);
            return;
        }
    }
}

void FiringTimeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        arrange();
}

} // namespace trigon::ui
