#pragma once

#include <QByteArray>
#include <QString>

namespace trigon::relay {

// One event of trigon.outbox as the relay claimed it (core/sql/outboxsql.h).
struct OutboxEvent
{
    QString id; // uuid: the CloudEvents id and the idempotency key of every attempt
    qint64 seq = 0;
    QString aggregateType; // the table the event came from
    QString aggregateId;   // its key; empty when it has none
    QString type;
    QByteArray payload; // JSON text
    QString target;
    QString createdAt; // RFC 3339, UTC
    int attempts = 0;  // before this one

    friend bool operator==(const OutboxEvent &, const OutboxEvent &) = default;
};

} // namespace trigon::relay
