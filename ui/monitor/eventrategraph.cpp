#include "ui/monitor/eventrategraph.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>

namespace trigon::ui {

namespace {

// The scale's labels are secondary to the rate: smaller, so that the plot keeps its height in a
// tool bar.
QFont scaleFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);
    return small;
}

QString rateLabel(double eventsPerSecond)
{
    // Below ten a second the fraction is the information: one event in five seconds is 0.2/s,
    // not 0/s.
    const int decimals = eventsPerSecond > 0 && eventsPerSecond < 10 ? 1 : 0;
    return EventRateGraph::tr("%L1/s").arg(eventsPerSecond, 0, 'f', decimals);
}

} // namespace

EventRateGraph::EventRateGraph(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateToolTip();
}

void EventRateGraph::addSample(double eventsPerSecond)
{
    m_samples.push_back(std::max(0.0, eventsPerSecond));
    if (m_samples.size() > historySeconds)
        m_samples.pop_front();
    updateToolTip();
    update();
}

void EventRateGraph::clear()
{
    m_samples.clear();
    updateToolTip();
    update();
}

double EventRateGraph::peak() const
{
    return m_samples.empty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end());
}

double EventRateGraph::currentRate() const
{
    if (m_samples.empty())
        return 0;
    const auto count = std::min<std::ptrdiff_t>(averagedSeconds, std::ssize(m_samples));
    return std::accumulate(m_samples.end() - count, m_samples.end(), 0.0)
            / static_cast<double>(count);
}

QString EventRateGraph::rateText() const
{
    return rateLabel(currentRate());
}

double EventRateGraph::scaleTop() const
{
    const double highest = peak();
    if (highest <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(highest)));
    for (const double step : {1.0, 2.0, 5.0}) {
        // The tolerance keeps a peak of exactly 20 at 20 when log10 rounds the magnitude.
        if (highest <= step * magnitude * (1 + 1e-9))
            return step * magnitude;
    }
    return 10 * magnitude;
}

void EventRateGraph::updateToolTip()
{
    setToolTip(tr("Events per second over the last minute: %1 over the last %2 seconds, "
                  "at most %3")
                       .arg(rateText())
                       .arg(averagedSeconds)
                       .arg(rateLabel(peak())));
}

QSize EventRateGraph::sizeHint() const
{
    return {280, QFontMetrics(scaleFont(font())).height() * 4 + 4};
}

QSize EventRateGraph::minimumSizeHint() const
{
    return {190, sizeHint().height()};
}

void EventRateGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, 3, 3);

    // The current rate on the left; the scale's labels around the plot on the right.
    const int textWidth = fontMetrics().horizontalAdvance(rateLabel(88888)) + 8;
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(4, 0, textWidth - 4, height()), Qt::AlignVCenter | Qt::AlignLeft,
                     rateText());

    const QFont small = scaleFont(font());
    const QFontMetricsF metrics(small);
    const double line = metrics.height();
    const double top = scaleTop();
    const QString topLabel = rateLabel(top);
    const QString zeroLabel = QStringLiteral("0");
    const double labelWidth
            = std::max(metrics.horizontalAdvance(topLabel), metrics.horizontalAdvance(zeroLabel))
            + 4;
    const QRectF plot(textWidth + labelWidth, line / 2 + 2, width() - textWidth - labelWidth - 6,
                      height() - line * 1.5 - 5);
    if (plot.width() <= 0 || plot.height() <= 0)
        return;

    painter.setFont(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const auto sideLabel = [&](double y, const QString &text) {
        painter.drawText(QRectF(textWidth, y - line / 2, labelWidth - 3, line),
                         Qt::AlignVCenter | Qt::AlignRight, text);
    };
    sideLabel(plot.top(), topLabel);
    sideLabel(plot.bottom(), zeroLabel);
    const QRectF bottomRow(plot.left(), plot.bottom() + 2, plot.width(), line);
    painter.drawText(bottomRow, Qt::AlignTop | Qt::AlignLeft, tr("−%1 s").arg(historySeconds));
    painter.drawText(bottomRow, Qt::AlignTop | Qt::AlignHCenter,
                     tr("−%1 s").arg(historySeconds / 2));
    painter.drawText(bottomRow, Qt::AlignTop | Qt::AlignRight, tr("now"));

    // The zero line solid, the top and the middle dotted, so that an idle minute still reads as a
    // graph and a curve can be read against the scale.
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(plot.topLeft(), plot.topRight());
    const double middle = plot.center().y();
    painter.drawLine(QPointF(plot.left(), middle), QPointF(plot.right(), middle));
    if (m_samples.size() < 2)
        return;
    const double step = plot.width() / (historySeconds - 1);
    const double start = plot.right() - step * static_cast<double>(m_samples.size() - 1);
    QPainterPath curve;
    for (size_t i = 0; i < m_samples.size(); ++i) {
        const QPointF point(start + step * static_cast<double>(i),
                            plot.bottom() - plot.height() * m_samples[i] / top);
        if (i == 0)
            curve.moveTo(point);
        else
            curve.lineTo(point);
    }
    QPainterPath area = curve;
    area.lineTo(plot.right(), plot.bottom());
    area.lineTo(start, plot.bottom());
    area.closeSubpath();
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    painter.fillPath(area, fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(curve);
}

} // namespace trigon::ui
