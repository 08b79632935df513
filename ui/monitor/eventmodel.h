#pragma once

#include "ui/monitor/monitorevent.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <deque>

namespace trigon::ui {

// The monitor's bounded buffer as a table. Events are enqueue()d as they arrive, which costs no
// model signal, and flush() moves them into the rows with one insertion per call: a flood becomes a
// few batches a second instead of one row insertion per notification.
//
// At most capacity() events are held, rows and queued together; the oldest go first and are
// counted in droppedCount(). While frozen (paused), flush() adds no rows, but the buffer still
// fills: if it overflows, the oldest rows leave from the top as they always do.
class EventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Stream {
        Notifications, // notifications and gaps
        Messages,      // RAISE NOTICE / WARNING from Trigon's connections
    };
    enum Column { TimeColumn, ChannelColumn, PidColumn, SizeColumn, TextColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // MonitorEvent::Kind as int
        ChannelRole,                 // the channel (a notice: its source)
        TextRole,                    // the whole payload or message
    };

    static constexpr int defaultCapacity = 100000;

    explicit EventModel(Stream stream, QObject *parent = nullptr);

    void enqueue(MonitorEvent event);
    // The notifications of one read, as rows of kind Notification.
    void enqueue(const QList<pg::Notification> &notifications);
    // Returns the number of rows added.
    int flush();
    void clear(); // rows, queue and the dropped count

    void setFrozen(bool frozen) { m_frozen = frozen; }
    bool isFrozen() const { return m_frozen; }
    void setCapacity(int capacity); // trims at once
    int capacity() const { return m_capacity; }
    qint64 droppedCount() const { return m_dropped; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    qint64 totalReceived() const { return m_received; }

    const MonitorEvent &event(int row) const { return m_rows[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void droppedCountChanged(qint64 dropped);

private:
    // The shared copy of a channel name.
    QString intern(const QString &channel);
    void trimPending();
    void dropRows(int count);
    QVariant display(const MonitorEvent &event, int column) const;

    Stream m_stream;
    std::deque<MonitorEvent> m_rows;
    std::deque<MonitorEvent> m_pending;
    // Channel names shared by all their events, instead of one copy per notification.
    QSet<QString> m_names;
    int m_capacity = defaultCapacity;
    qint64 m_dropped = 0;
    qint64 m_received = 0;
    bool m_frozen = false;
};

} // namespace trigon::ui
