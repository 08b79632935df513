#pragma once

#include "core/relay/outboxevent.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace trigon::relay {

// An outbox event as a CloudEvent (specification 1.0): the attributes a consumer's SDK reads.
// source is /trigon/<database>/<aggregatetype>, subject the key (left out when empty), time the
// event's creation, datacontenttype application/json.
QList<std::pair<QString, QString>> cloudEventAttributes(const OutboxEvent &event,
                                                        const QString &database);
// The HTTP binding's binary mode: each attribute as a ce-<name> header (datacontenttype as
// Content-Type), and Idempotency-Key with the event's id; the payload is the body.
QList<std::pair<QByteArray, QByteArray>> cloudEventHeaders(const OutboxEvent &event,
                                                           const QString &database);
// Structured mode: one JSON object with the attributes and the payload as "data".
QByteArray cloudEventJson(const OutboxEvent &event, const QString &database);

} // namespace trigon::relay
