#include "core/targets/redis/redistarget.h"

#include "core/analysis/targetchecks.h"

#include <QUrl>

namespace trigon {

void checkTarget(const RedisTarget &target, TargetChecks &checks, const QString &)
{
    const QUrl url(target.url, QUrl::StrictMode);
    const bool tcp = url.scheme() == QLatin1String("redis") && !url.host().isEmpty();
    const bool unixSocket = url.scheme() == QLatin1String("unix") && !url.path().isEmpty();
    if (!url.isValid() || !(tcp || unixSocket))
        checks.error(QStringLiteral("url"),
                     TargetChecks::tr("expected redis://host:port/db or unix:///path/to/socket, "
                                      "not \"%1\"")
                             .arg(target.url));
    else if (!url.password().isEmpty())
        checks.error(QStringLiteral("url"),
                     TargetChecks::tr("the URL holds a password, which does not belong in the "
                                      "design file"));
    if (target.channel.isEmpty() == target.stream.isEmpty())
        checks.error(QString(),
                     TargetChecks::tr("give either \"channel\" (PUBLISH) or "
                                      "\"stream\" (XADD)"));
}

} // namespace trigon
