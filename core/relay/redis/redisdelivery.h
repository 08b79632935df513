#pragma once

#include "core/relay/delivery.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct redisContext; // hiredis, included by the .cpp only

namespace trigon::relay {

// Events to Redis through hiredis: PUBLISH of the CloudEvents structured JSON on a channel, or
// XADD of one stream entry whose fields are the attributes and "data" (the payload as it is).
// Connects on the first deliver() and again after a connection error; connecting and each
// command time out after 5 s. Blocking, one thread at a time.
class RedisDelivery final : public Delivery
{
public:
    struct Endpoint
    {
        QString host; // empty: unix socket
        int port = 6379;
        QString socketPath;    // unix socket
        std::optional<int> db; // SELECT after connecting
        QString display;       // for messages: the URL without credentials
    };

    RedisDelivery(Endpoint endpoint, QString channel, QString stream, QString database);
    ~RedisDelivery() override;

    DeliveryResult deliver(const OutboxEvent &event) override;

    static constexpr int timeoutMs = 5000;

private:
    struct ContextDeleter
    {
        void operator()(redisContext *context) const;
    };

    bool connect(QString *error);
    QList<QByteArray> command(const OutboxEvent &event) const;

    Endpoint m_endpoint;
    QString m_channel; // PUBLISH, or
    QString m_stream;  // XADD
    QString m_database;
    std::unique_ptr<redisContext, ContextDeleter> m_context;
};

// The Redis delivery of `target`, or nullptr with `error` set when its URL cannot be used.
std::unique_ptr<Delivery> makeRedisDelivery(const OutboxTarget &target, const QString &database,
                                            QString *error);

} // namespace trigon::relay
