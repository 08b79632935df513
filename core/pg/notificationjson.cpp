#include "core/pg/notificationjson.h"

namespace trigon::pg {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray jsonString(const QString &text)
{
    // Written by hand rather than through QJsonDocument, which sorts object keys: the key order
    // of a line is part of its documented form.
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out.append("\\u00");
                out.append("0123456789abcdef"[(c >> 4) & 0xf]);
                out.append("0123456789abcdef"[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray notificationJsonLine(const Notification &notification)
{
    return "{\"time\": " + jsonString(isoTime(notification.received))
            + ", \"channel\": " + jsonString(notification.channel)
            + ", \"pid\": " + QByteArray::number(notification.senderPid)
            + ", \"payload\": " + jsonString(notification.payload) + '}';
}

QByteArray gapJsonLine(const ListenerGap &gap)
{
    return "{\"time\": " + jsonString(isoTime(gap.resumedAt)) + ", \"gap\": true, \"lost_at\": "
            + jsonString(isoTime(gap.lostAt)) + ", \"reason\": " + jsonString(gap.reason) + '}';
}

} // namespace trigon::pg
