#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace trigon::pg {

// One NOTIFY as delivered to a listening session.
struct Notification
{
    QString channel;
    QString payload;
    int senderPid = 0;
    QDateTime received;
};

// The notifications parsed from one read of a listening session's socket, in the order they were
// sent, all with one `received` time. A flood arrives hundreds to a read: the payloads sit in one
// UTF-8 buffer and each channel name is one shared string, so a batch costs a handful of
// allocations instead of two per notification, and a consumer that keeps bytes (the event
// monitor) never decodes what nobody looks at.
class NotificationBatch
{
public:
    NotificationBatch() = default;
    explicit NotificationBatch(QDateTime received)
        : m_received(std::move(received))
    { }

    void append(QByteArrayView channel, QByteArrayView payload, int senderPid);

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QDateTime &received() const { return m_received; }

    // The distinct channels of the batch, in order of first appearance.
    const QStringList &channels() const { return m_channels; }
    int channelIndex(qsizetype i) const { return m_entries.at(i).channel; }
    const QString &channel(qsizetype i) const { return m_channels.at(channelIndex(i)); }
    QByteArrayView payloadUtf8(qsizetype i) const
    {
        const Entry &entry = m_entries.at(i);
        return QByteArrayView(m_payloads.constData() + entry.offset, entry.length);
    }
    int senderPid(qsizetype i) const { return m_entries.at(i).senderPid; }

    Notification at(qsizetype i) const;
    QList<Notification> toList() const;

private:
    struct Entry
    {
        qsizetype offset = 0;
        int length = 0;
        int senderPid = 0;
        int channel = 0;
    };

    QDateTime m_received;
    QStringList m_channels;
    QList<QByteArray> m_channelNames; // as the server sent them, parallel to m_channels
    QList<Entry> m_entries;
    QByteArray m_payloads;
};

// One RAISE NOTICE / WARNING (or any non-error message) from the server.
struct Notice
{
    QString severity; // NOTICE, WARNING, INFO, LOG, DEBUG; FATAL or PANIC before the server
                      // ends an idle session
    QString message;
    QString sqlState;

    // The server's reason for ending the session, not a message to show on its own.
    bool endsSession() const
    {
        return severity == QLatin1String("FATAL") || severity == QLatin1String("PANIC");
    }
};

} // namespace trigon::pg
