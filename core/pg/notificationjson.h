#pragma once

#include "core/pg/listener.h"
#include "core/pg/notification.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace trigon::pg {

// The JSON-lines form of what a listener delivers, shared by `trigon-cli listen` and the monitor's
// export. One compact object per line (no newline returned), keys in a fixed order:
//   {"time": "2026-01-02T03:04:05.678Z", "channel": "orders", "pid": 4242, "payload": "..."}
// A gap has no "channel" and no "payload", so a script that reads payloads skips it naturally:
//   {"time": <listening again>, "gap": true, "lost_at": <lost>, "reason": "..."}
QByteArray notificationJsonLine(const Notification &notification);
QByteArray gapJsonLine(const ListenerGap &gap);
// The lines of the first `count` notifications of `batch`, each ending in a newline, the same
// bytes as notificationJsonLine() gives one by one. Made for a flood: the time and each channel
// are written once per batch, and the payloads are escaped from the batch's UTF-8 as they are.
QByteArray notificationJsonLines(const NotificationBatch &batch, qsizetype count);

// ISO 8601 in UTC with milliseconds: 2026-01-02T03:04:05.678Z
QString isoTime(const QDateTime &time);
// A JSON string literal, quotes included; non-ASCII stays UTF-8.
QByteArray jsonString(const QString &text);

} // namespace trigon::pg
