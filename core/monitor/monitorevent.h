#pragma once

#include "core/pg/listener.h"
#include "core/pg/notification.h"

#include <QDateTime>
#include <QString>

namespace trigon {

// One row of the monitor: a notification, a gap in the listening session, or a server message
// (RAISE NOTICE / WARNING) from one of Trigon's own connections.
struct MonitorEvent
{
    enum class Kind : quint8 { Notification, Gap, Notice };

    Kind kind = Kind::Notification;
    int senderPid = 0;
    QDateTime received; // a gap: when listening resumed
    QDateTime lostAt;   // a gap: when the session was lost
    QString channel;    // a notice: where it came from ("deploy", "test run", ...)
    QString text;       // payload; a notice's message; a gap's reason
    QString severity;   // a notice: NOTICE, WARNING, ...
    QString sqlState;   // a notice

    static MonitorEvent fromGap(const pg::ListenerGap &gap);
    static MonitorEvent fromNotice(const QString &source, const pg::Notice &notice,
                                   const QDateTime &received);
};

} // namespace trigon
