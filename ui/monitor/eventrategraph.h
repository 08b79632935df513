#pragma once

#include <QWidget>

#include <deque>

namespace trigon::ui {

// A small line graph of events per second over the last minute, with the latest rate as text.
class EventRateGraph : public QWidget
{
    Q_OBJECT
public:
    static constexpr int historySeconds = 60;

    explicit EventRateGraph(QWidget *parent = nullptr);

    void addSample(int eventsPerSecond); // one per second, newest last
    void clear();
    int latest() const { return m_samples.empty() ? 0 : m_samples.back(); }
    int peak() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::deque<int> m_samples;
};

} // namespace trigon::ui
