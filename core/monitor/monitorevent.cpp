#include "core/monitor/monitorevent.h"

namespace trigon {

MonitorEvent MonitorEvent::fromGap(const pg::ListenerGap &gap)
{
    MonitorEvent event;
    event.kind = Kind::Gap;
    event.received = gap.resumedAt;
    event.lostAt = gap.lostAt;
    event.text = gap.reason;
    return event;
}

MonitorEvent MonitorEvent::fromNotice(const QString &source, const pg::Notice &notice,
                                      const QDateTime &received)
{
    MonitorEvent event;
    event.kind = Kind::Notice;
    event.received = received;
    event.channel = source;
    event.text = notice.message;
    event.severity = notice.severity;
    event.sqlState = notice.sqlState;
    return event;
}

} // namespace trigon
