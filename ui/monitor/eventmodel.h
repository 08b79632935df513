#pragma once

#include "core/monitor/eventbuffer.h"
#include "core/monitor/monitorevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace trigon::ui {

// The monitor's bounded buffer (an EventBuffer) as a table. Events are enqueue()d as they arrive,
// which costs no model signal, and flush() shows them with one row insertion per call: a flood
// becomes a few batches a second instead of one row insertion per notification.
//
// At most capacity() events are held, rows and queued together; the oldest go first and are
// counted in droppedCount() at once. A row whose event was dropped stays a row until the next
// flush() removes it (removing rows per read of a flood would cost the view more than the flood
// itself): until then it reads as dropped. While frozen (paused), flush() adds no rows, but the
// buffer still fills: if it overflows, the oldest rows leave from the top as they always do.
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
        KindRole = Qt::UserRole + 1, // MonitorEvent::Kind as int; none for a dropped row
        ChannelRole,                 // the channel (a notice: its source)
        TextRole,                    // the whole payload or message
    };

    static constexpr int defaultCapacity = 100000;

    explicit EventModel(Stream stream, QObject *parent = nullptr);

    void enqueue(const MonitorEvent &event);
    // The notifications of one read, as rows of kind Notification.
    void enqueue(const pg::NotificationBatch &notifications);
    // Returns the number of rows added.
    int flush();
    void clear(); // rows, queue and the dropped count

    void setFrozen(bool frozen) { m_frozen = frozen; }
    bool isFrozen() const { return m_frozen; }
    void setCapacity(int capacity); // trims at once
    int capacity() const { return m_buffer.capacity(); }
    void reserve() { m_buffer.reserve(); } // see EventBuffer::reserve()
    qint64 droppedCount() const { return m_buffer.begin(); }
    int pendingCount() const
    {
        return static_cast<int>(m_buffer.end() - qMax(m_rowEnd, m_buffer.begin()));
    }
    qint64 totalReceived() const { return m_buffer.end(); }

    // The row's event was dropped since the last flush(); the accessors below then return empty
    // values.
    bool isDropped(int row) const { return !m_buffer.contains(m_rowBegin + row); }
    MonitorEvent event(int row) const;
    MonitorEvent::Kind kind(int row) const;
    QString channel(int row) const;
    QString text(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // Said by flush(), setCapacity() and clear(), not per event dropped.
    void droppedCountChanged(qint64 dropped);

private:
    // The buffer's number for a channel name (or a notice's source).
    int channelNumber(const QString &name);
    QString channelName(qint64 seq) const;
    void removeDroppedRows();
    void reportDropped();
    QVariant display(qint64 seq, int column) const;

    Stream m_stream;
    EventBuffer m_buffer;
    QStringList m_channels;
    QHash<QString, int> m_channelNumbers;
    // The rows are the events m_rowBegin to m_rowEnd - 1; those before m_buffer.begin() were
    // dropped and leave at the next flush().
    qint64 m_rowBegin = 0;
    qint64 m_rowEnd = 0;
    qint64 m_reportedDropped = 0;
    bool m_frozen = false;
};

} // namespace trigon::ui
