#pragma once

#include "core/monitor/monitorevent.h"

#include <QByteArray>
#include <QList>

namespace trigon {

// The monitor's events as files. JSON lines: notifications and gaps exactly as `trigon-cli listen`
// prints them (see core/pg/notificationjson.h); a server message is
// {"time", "source", "severity", "sqlstate", "message"}. CSV (RFC 4180, UTF-8, CRLF):
// time,kind,channel,pid,payload with kind notification, gap or the message's severity; a gap's
// payload is its reason.
QByteArray eventsToJsonLines(const QList<MonitorEvent> &events);
QByteArray eventsToCsv(const QList<MonitorEvent> &events);

} // namespace trigon
