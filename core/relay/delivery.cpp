#include "core/relay/delivery.h"

#include "core/relay/http/httpdelivery.h"
#include "core/relay/redis/redisdelivery.h"

namespace trigon::relay {

std::unique_ptr<Delivery> makeDelivery(const OutboxTarget &target, const QString &database,
                                       const QProcessEnvironment &environment, QString *error)
{
    switch (target.kind()) {
    case TargetKind::Http:
        return makeHttpDelivery(target, database, environment, error);
    case TargetKind::Redis:
        return makeRedisDelivery(target, database, error);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace trigon::relay
