#pragma once

#include "core/model/outboxtarget.h"
#include "core/relay/outboxevent.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace trigon::relay {

// What a target answered to one event.
struct DeliveryResult
{
    bool ok = false; // acknowledged: the event may be marked delivered
    QString error; // why not, for last_error: "HTTP 503 Service Unavailable", "timed out after 5000
                   // ms"
};

// Sends events to one target, one at a time, keeping its connection between them. Each kind
// of target (core/relay/<kind>) has one. Blocking: deliver() returns once the target answered,
// failed or timed out.
class Delivery
{
public:
    virtual ~Delivery() = default;
    virtual DeliveryResult deliver(const OutboxEvent &event) = 0;
};

// The delivery for `target`, its secrets read from `environment` ({"env": NAME} headers), the
// CloudEvents source naming `database`. nullptr with `error` set when the target cannot be used
// (an environment variable is not set, the URL cannot be parsed); nothing is sent then.
std::unique_ptr<Delivery> makeDelivery(const OutboxTarget &target, const QString &database,
                                       const QProcessEnvironment &environment, QString *error);

} // namespace trigon::relay
