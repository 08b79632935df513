#include "core/monitor/eventexport.h"

#include "core/pg/notificationjson.h"

namespace trigon {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n')
        || field.contains('\r')) {
        field.replace('"', "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

} // namespace

QByteArray eventsToJsonLines(const QList<MonitorEvent> &events)
{
    QByteArray out;
    for (const MonitorEvent &event : events) {
        switch (event.kind) {
        case MonitorEvent::Kind::Notification:
            out += pg::notificationJsonLine(
                    {event.channel, event.text, event.senderPid, event.received});
            break;
        case MonitorEvent::Kind::Gap:
            out += pg::gapJsonLine({event.lostAt, event.received, event.text});
            break;
        case MonitorEvent::Kind::Notice:
            out += "{\"time\": " + pg::jsonString(pg::isoTime(event.received))
                    + ", \"source\": " + pg::jsonString(event.channel)
                    + ", \"severity\": " + pg::jsonString(event.severity)
                    + ", \"sqlstate\": " + pg::jsonString(event.sqlState)
                    + ", \"message\": " + pg::jsonString(event.text) + '}';
            break;
        }
        out += '\n';
    }
    return out;
}

QByteArray eventsToCsv(const QList<MonitorEvent> &events)
{
    QByteArray out("time,kind,channel,pid,payload\r\n");
    for (const MonitorEvent &event : events) {
        QString kind = QStringLiteral("notification");
        if (event.kind == MonitorEvent::Kind::Gap)
            kind = QStringLiteral("gap");
        else if (event.kind == MonitorEvent::Kind::Notice)
            kind = event.severity;
        out += csvField(pg::isoTime(event.received)) + ',' + csvField(kind) + ','
                + csvField(event.channel) + ','
                + (event.kind == MonitorEvent::Kind::Notification
                           ? QByteArray::number(event.senderPid)
                           : QByteArray())
                + ',' + csvField(event.text) + "\r\n";
    }
    return out;
}

} // namespace trigon
