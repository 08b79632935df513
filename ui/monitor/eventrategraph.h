#pragma once

#include <QWidget>

#include <deque>

namespace trigon::ui {

// A small line graph of events per second over the last minute, with a scale (events per
// second up the side, seconds ago along the bottom) and the current rate as text.
class EventRateGraph : public QWidget
{
    Q_OBJECT
public:
    static constexpr int historySeconds = 60;
    // The rate the text shows is the mean of this many newest samples: a single notification
    // reads as a rate for a few seconds instead of one, and a flood's text does not jitter with
    // the timer.
    static constexpr int averagedSeconds = 5;

    explicit EventRateGraph(QWidget *parent = nullptr);

    void addSample(double eventsPerSecond); // one per second, newest last
    void clear();
    double latest() const { return m_samples.empty() ? 0 : m_samples.back(); }
    double peak() const;
    // The mean of the newest averagedSeconds samples (fewer at the start).
    double currentRate() const;
    // currentRate() as the graph shows it: "0.4/s", "12/s", "1,234/s".
    QString rateText() const;
    // The rate at the top of the scale: the minute's peak rounded up to 1, 2 or 5 times a power
    // of ten, at least 1.
    double scaleTop() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateToolTip();

    std::deque<double> m_samples;
};

} // namespace trigon::ui
