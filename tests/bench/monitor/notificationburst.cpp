#include "tests/bench/monitor/notificationburst.h"

#include "core/pg/blockingconnection.h"

#include <cstdio>

namespace trigon::bench {

std::thread sendBurst(const QString &conninfo, const QString &channel, int count)
{
    return std::thread([conninfo, channel, count] {
        pg::BlockingConnection sender(conninfo);
        const pg::QueryResult result = sender.exec(
                QStringLiteral("SELECT count(pg_notify($1, 'event ' || i || ' of the burst'))"
                               " FROM generate_series(1, $2::int) AS i"),
                {channel, QString::number(count)});
        if (!result.ok())
            std::fprintf(stderr, "burst failed: %s\n", qPrintable(result.error().message));
    });
}

} // namespace trigon::bench
