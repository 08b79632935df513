#pragma once

#include "core/relay/delivery.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <memory>
#include <utility>

class QNetworkAccessManager;

namespace trigon::relay {

// Events as HTTP requests in CloudEvents' binary mode (core/relay/cloudevent.h): the payload is
// the body, the attributes ce- headers, the target's own headers after them. A 2xx answer
// acknowledges the event; redirects are not followed (the target's URL is the one to fix).
//
// One QNetworkAccessManager per delivery, created on the first deliver(), keeps its connections
// open between events (HTTP keep-alive). deliver() runs a local event loop until the answer, an
// error or the timeout, and must always be called from the same thread.
class HttpDelivery final : public Delivery
{
public:
    struct Request
    {
        QUrl url;
        QByteArray method;                                // POST, PUT or PATCH
        QList<std::pair<QByteArray, QByteArray>> headers; // the target's, environment resolved
        int timeoutMs = 5000;
    };

    HttpDelivery(Request request, QString database);
    ~HttpDelivery() override;

    DeliveryResult deliver(const OutboxEvent &event) override;

private:
    Request m_request;
    QString m_database;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

// The HTTP delivery of `target`, or nullptr with `error` set when its URL cannot be used or a
// header's environment variable is not set.
std::unique_ptr<Delivery> makeHttpDelivery(const OutboxTarget &target, const QString &database,
                                           const QProcessEnvironment &environment, QString *error);

} // namespace trigon::relay
