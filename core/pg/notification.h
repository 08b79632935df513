#pragma once

#include <QDateTime>
#include <QString>

namespace trigon::pg {

// One NOTIFY as delivered to a listening session.
struct Notification
{
    QString channel;
    QString payload;
    int senderPid = 0;
    QDateTime received;
};

// One RAISE NOTICE / WARNING (or any non-error message) from the server.
struct Notice
{
    QString severity; // NOTICE, WARNING, INFO, LOG, DEBUG
    QString message;
    QString sqlState;
};

} // namespace trigon::pg
