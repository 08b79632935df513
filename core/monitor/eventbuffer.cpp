#include "core/monitor/eventbuffer.h"

#include <algorithm>
#include <cstring>

namespace trigon {

namespace {

// Some 40,000 short payloads to a chunk: a flood takes a new one every few tens of thousands of
// events, not per event, and a nearly empty buffer still costs little.
constexpr qsizetype chunkSize = qsizetype(1) << 20;
// The ring starts small (the Server Messages stream rarely holds more than a few events) and
// doubles up to the capacity.
constexpr size_t firstRingSize = 1024;
// reserve() allocates no more than this many slots (6 MB) up front: a buffer made to hold
// millions of events should not take hundreds of MB before the first one arrives.
constexpr size_t largestReservation = size_t(1) << 17;

} // namespace

EventBuffer::EventBuffer(int capacity)
    : m_capacity(qMax(1, capacity))
{ }

void EventBuffer::append(MonitorEvent::Kind kind, qint64 receivedMs, int channel, int senderPid,
                         QByteArrayView text, std::unique_ptr<MonitorEvent> whole)
{
    if (size() >= m_capacity)
        dropOldest(size() - m_capacity + 1);
    if (static_cast<size_t>(size()) == m_slots.size())
        resizeRing(std::min(static_cast<size_t>(m_capacity),
                            std::max(firstRingSize, m_slots.size() * 2)));
    const qint64 seq = m_end;
    Slot &held = slot(seq);
    held.receivedMs = receivedMs;
    held.text = storeText(text, seq);
    held.textLength = static_cast<int>(text.size());
    held.whole = std::move(whole);
    held.senderPid = senderPid;
    held.channel = channel;
    held.kind = kind;
    ++m_end;
}

void EventBuffer::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (size() > m_capacity)
        dropOldest(size() - m_capacity);
    if (m_slots.size() > static_cast<size_t>(m_capacity))
        resizeRing(static_cast<size_t>(m_capacity));
}

void EventBuffer::reserve()
{
    const size_t size = std::min(static_cast<size_t>(m_capacity), largestReservation);
    if (m_slots.size() < size)
        resizeRing(size);
}

void EventBuffer::clear()
{
    for (Slot &held : m_slots)
        held.whole.reset();
    m_chunks.clear();
    m_spare = {};
    m_begin = 0;
    m_end = 0;
}

void EventBuffer::resizeRing(size_t size)
{
    std::vector<Slot> ring(size);
    for (qint64 seq = m_begin; seq < m_end; ++seq)
        ring[static_cast<size_t>(seq % size)] = std::move(slot(seq));
    m_slots = std::move(ring);
}

const char *EventBuffer::storeText(QByteArrayView text, qint64 seq)
{
    const qsizetype length = text.size();
    if (length == 0)
        return nullptr;
    if (m_chunks.empty() || m_chunks.back().size - m_chunks.back().used < length) {
        Chunk chunk;
        if (length <= chunkSize && m_spare.bytes) {
            chunk = std::move(m_spare);
            m_spare = {};
        } else {
            chunk.size = std::max(chunkSize, length);
            chunk.bytes = std::make_unique_for_overwrite<char[]>(static_cast<size_t>(chunk.size));
        }
        m_chunks.push_back(std::move(chunk));
    }
    Chunk &chunk = m_chunks.back();
    char *stored = chunk.bytes.get() + chunk.used;
    std::memcpy(stored, text.data(), static_cast<size_t>(length));
    chunk.used += length;
    chunk.lastSeq = seq;
    return stored;
}

void EventBuffer::dropOldest(qint64 count)
{
    // A gap's or a notice's whole event goes now, not when its slot is next written.
    for (qint64 seq = m_begin; seq < m_begin + count; ++seq)
        slot(seq).whole.reset();
    m_begin += count;
    releaseChunks();
}

void EventBuffer::releaseChunks()
{
    while (!m_chunks.empty() && m_chunks.front().lastSeq < m_begin) {
        Chunk released = std::move(m_chunks.front());
        m_chunks.pop_front();
        if (released.size == chunkSize && !m_spare.bytes) {
            released.used = 0;
            m_spare = std::move(released);
        }
    }
}

} // namespace trigon
