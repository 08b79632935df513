#include "core/pg/notificationjson.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace trigon::pg {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// Appends `utf8` as the inside of a JSON string literal. Runs of characters that need no escape
// are appended whole: a flood of payloads goes through here.
void appendJsonEscaped(QByteArray &out, QByteArrayView utf8)
{
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20)
            continue;
        out.append(utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
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
            out.append("\\u00");
            out.append("0123456789abcdef"[(c >> 4) & 0xf]);
            out.append("0123456789abcdef"[c & 0xf]);
        }
    }
    out.append(utf8.sliced(plainFrom));
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

QByteArray jsonString(const QString &text)
{
    // Written by hand rather than through QJsonDocument, which sorts object keys: the key order
    // of a line is part of its documented form.
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    appendJsonEscaped(out, utf8);
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

QByteArray notificationJsonLines(const NotificationBatch &batch, qsizetype count)
{
    const QByteArray time
            = "{\"time\": " + jsonString(isoTime(batch.received())) + ", \"channel\": ";
    QList<QByteArray> channels;
    for (const QString &channel : batch.channels())
        channels.append(jsonString(channel) + ", \"pid\": ");
    QByteArray out;
    out.reserve(count * (time.size() + 64));
    for (qsizetype i = 0; i < count; ++i) {
        out += time;
        out += channels.at(batch.channelIndex(i));
        std::array<char, 16> pid {};
        const auto written = std::to_chars(pid.data(), pid.data() + pid.size(), batch.senderPid(i));
        out.append(pid.data(), written.ptr - pid.data());
        out += ", \"payload\": \"";
        const QByteArrayView payload = batch.payloadUtf8(i);
        // Bytes that are not UTF-8 become U+FFFD, as when the payload is read into a QString.
        if (isAscii(payload))
            appendJsonEscaped(out, payload);
        else
            appendJsonEscaped(out, QString::fromUtf8(payload).toUtf8());
        out += "\"}\n";
    }
    return out;
}

} // namespace trigon::pg
