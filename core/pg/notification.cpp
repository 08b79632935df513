#include "core/pg/notification.h"

namespace trigon::pg {

namespace {

// Room for a full read of a flood (libpq reads 16 kB at a time, 30 to 40 bytes a notification)
// once a second notification shows it is one, instead of growing through a dozen reallocations
// per read. A read of a single notification, the usual case, takes no more than it needs.
constexpr qsizetype firstPayloadBytes = 16 * 1024;
constexpr qsizetype firstEntries = 512;

} // namespace

void NotificationBatch::append(QByteArrayView channel, QByteArrayView payload, int senderPid)
{
    if (m_entries.size() == 1) {
        m_entries.reserve(firstEntries);
        m_payloads.reserve(firstPayloadBytes);
    }
    // A flood is nearly always one channel, or runs of a few: try the previous one's first.
    int index = m_entries.isEmpty() ? -1 : m_entries.constLast().channel;
    if (index < 0 || m_channelNames.at(index) != channel) {
        index = static_cast<int>(m_channelNames.indexOf(channel));
        if (index < 0) {
            index = static_cast<int>(m_channelNames.size());
            m_channelNames.append(channel.toByteArray());
            m_channels.append(QString::fromUtf8(channel));
        }
    }
    m_entries.append(Entry {m_payloads.size(), static_cast<int>(payload.size()), senderPid, index});
    m_payloads.append(payload);
}

Notification NotificationBatch::at(qsizetype i) const
{
    return Notification {channel(i), QString::fromUtf8(payloadUtf8(i)), senderPid(i), m_received};
}

QList<Notification> NotificationBatch::toList() const
{
    QList<Notification> notifications;
    notifications.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        notifications.append(at(i));
    return notifications;
}

} // namespace trigon::pg
