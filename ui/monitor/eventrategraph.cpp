#include "ui/monitor/eventrategraph.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace trigon::ui {

EventRateGraph::EventRateGraph(QWidget *parent)
    : QWidget(parent)
{
    setToolTip(tr("Events per second over the last minute"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void EventRateGraph::addSample(int eventsPerSecond)
{
    m_samples.push_back(eventsPerSecond);
    if (m_samples.size() > historySeconds)
        m_samples.pop_front();
    update();
}

void EventRateGraph::clear()
{
    m_samples.clear();
    update();
}

int EventRateGraph::peak() const
{
    return m_samples.empty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end());
}

QSize EventRateGraph::sizeHint() const
{
    return {150, 24};
}

void EventRateGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, 3, 3);

    // The text keeps the left part; the curve uses the rest, scaled to the minute's peak.
    const QString label = tr("%L1/s").arg(latest());
    const int textWidth = fontMetrics().horizontalAdvance(QStringLiteral("000,000/s")) + 8;
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(4, 0, textWidth - 4, height()), Qt::AlignVCenter | Qt::AlignLeft,
                     label);
    const QRectF plot(textWidth, 3, width() - textWidth - 4, height() - 6);
    if (plot.width() <= 0)
        return;
    // The zero line, so that an idle minute still reads as a graph.
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    if (m_samples.size() < 2)
        return;
    const double top = qMax(1, peak());
    const double step = plot.width() / (historySeconds - 1);
    const double start = plot.right() - step * static_cast<double>(m_samples.size() - 1);
    QPainterPath line;
    for (size_t i = 0; i < m_samples.size(); ++i) {
        const QPointF point(start + step * static_cast<double>(i),
                            plot.bottom() - plot.height() * m_samples[i] / top);
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    QPainterPath area = line;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(start, plot.bottom());
    area.closeSubpath();
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    painter.fillPath(area, fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(line);
}

} // namespace trigon::ui
