#pragma once

#include "core/monitor/monitorevent.h"

#include <QByteArrayView>

#include <deque>
#include <memory>
#include <vector>

namespace trigon {

// The monitor's bounded store of events, numbered in arrival order by a sequence number that
// never repeats until clear(). It holds the newest capacity() events: appending to a full buffer
// drops the oldest first.
//
// Built for a flood of notifications: a fixed ring of small records, each notification's text
// kept as UTF-8 in large shared chunks, so storing an event allocates nothing (the ring grows to
// the capacity once; a chunk holds thousands of payloads and is reused) and dropping one frees
// nothing. Gaps and notices, which are rare, keep their whole MonitorEvent beside their record.
class EventBuffer
{
public:
    explicit EventBuffer(int capacity);

    // `channel` is the caller's number for the channel name (or the notice's source), -1 for none.
    // `whole` is the event itself for a gap or a notice, null for a notification.
    void append(MonitorEvent::Kind kind, qint64 receivedMs, int channel, int senderPid,
                QByteArrayView text, std::unique_ptr<MonitorEvent> whole = {});

    // The events held are those numbered begin() to end() - 1. Every event before begin() was
    // dropped; end() is how many were ever appended.
    qint64 begin() const { return m_begin; }
    qint64 end() const { return m_end; }
    qsizetype size() const { return static_cast<qsizetype>(m_end - m_begin); }
    bool contains(qint64 seq) const { return seq >= m_begin && seq < m_end; }

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity); // keeps the newest
    // Allocates the ring for the whole capacity now (up to 131,072 events), so that a flood does
    // not pay for growing it; it otherwise starts small and doubles.
    void reserve();
    void clear(); // empty, numbering from 0 again; the ring stays allocated

    // Of an event that contains() says is held.
    MonitorEvent::Kind kind(qint64 seq) const { return slot(seq).kind; }
    qint64 receivedMs(qint64 seq) const { return slot(seq).receivedMs; }
    int channel(qint64 seq) const { return slot(seq).channel; }
    int senderPid(qint64 seq) const { return slot(seq).senderPid; }
    QByteArrayView text(qint64 seq) const
    {
        const Slot &held = slot(seq);
        return QByteArrayView(held.text, held.textLength);
    }
    const MonitorEvent *whole(qint64 seq) const { return slot(seq).whole.get(); }

private:
    struct Slot
    {
        qint64 receivedMs = 0;
        const char *text = nullptr; // in a chunk
        std::unique_ptr<MonitorEvent> whole;
        int textLength = 0;
        int senderPid = 0;
        int channel = -1;
        MonitorEvent::Kind kind = MonitorEvent::Kind::Notification;
    };
    // Texts of consecutive events, in order; released once its last event has been dropped.
    struct Chunk
    {
        std::unique_ptr<char[]> bytes;
        qsizetype size = 0;
        qsizetype used = 0;
        qint64 lastSeq = 0;
    };

    const Slot &slot(qint64 seq) const
    {
        return m_slots[static_cast<size_t>(seq % m_slots.size())];
    }
    Slot &slot(qint64 seq) { return m_slots[static_cast<size_t>(seq % m_slots.size())]; }
    // Re-places the held events in a ring of `size` slots.
    void resizeRing(size_t size);
    const char *storeText(QByteArrayView text, qint64 seq);
    void dropOldest(qint64 count);
    void releaseChunks();

    int m_capacity;
    qint64 m_begin = 0;
    qint64 m_end = 0;
    std::vector<Slot> m_slots;
    std::deque<Chunk> m_chunks;
    Chunk m_spare; // the last released chunk of the usual size, ready for the next one
};

} // namespace trigon
