#include "core/relay/http/httpdelivery.h"

#include "core/relay/cloudevent.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace trigon::relay {

namespace {

bool isToken(const QByteArray &name)
{
    static const QByteArray punctuation = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool alnum
                = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alnum && !punctuation.contains(c))
            return false;
    }
    return true;
}

// A line break in a value would end the header and let the rest pass as headers of its own.
bool isSafeHeaderValue(const QByteArray &value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

} // namespace

HttpDelivery::HttpDelivery(Request request, QString database)
    : m_request(std::move(request))
    , m_database(std::move(database))
{ }

HttpDelivery::~HttpDelivery() = default;

DeliveryResult HttpDelivery::deliver(const OutboxEvent &event)
{
    // Created here rather than in the constructor so that it lives in the thread that delivers.
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    QNetworkRequest request(m_request.url);
    // No activity for that long aborts the request; the timer below bounds the whole of it, for
    // a server that answers a byte at a time.
    request.setTransferTimeout(m_request.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Trigon-Relay/" TRIGON_VERSION));
    for (const auto &[name, value] : cloudEventHeaders(event, m_database))
        request.setRawHeader(name, value);
    // After the CloudEvents headers, so that a target may replace Content-Type.
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);

    std::unique_ptr<QNetworkReply> reply(
            m_network->sendCustomRequest(request, m_request.method, event.payload));

    QEventLoop loop;
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort(); // emits finished
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_request.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();

    // The transfer timeout aborts the reply too: OperationCanceledError is a timeout either way,
    // since nothing else cancels it.
    const QNetworkReply::NetworkError networkError = reply->error();
    if (timedOut || networkError == QNetworkReply::OperationCanceledError
        || networkError == QNetworkReply::TimeoutError)
        return {.ok = false,
                .error
                = QCoreApplication::translate("trigon::relay::Delivery", "timed out after %1 ms")
                          .arg(m_request.timeoutMs)};

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        reply->readAll(); // the answer's body is not used; the connection goes back to the pool
        const int code = status.toInt();
        if (code >= 200 && code <= 299)
            return {.ok = true, .error = {}};
        const QString reason = QString::fromUtf8(
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        return {.ok = false, .error = QStringLiteral("HTTP %1 %2").arg(code).arg(reason).trimmed()};
    }
    return {.ok = false, .error = reply->errorString()};
}

std::unique_ptr<Delivery> makeHttpDelivery(const OutboxTarget &target, const QString &database,
                                           const QProcessEnvironment &environment, QString *error)
{
    const HttpTarget &http = std::get<HttpTarget>(target.delivery);
    const auto fail = [error](const QString &message) -> std::unique_ptr<Delivery> {
        if (error)
            *error = message;
        return nullptr;
    };

    HttpDelivery::Request request;
    request.url = QUrl(http.url, QUrl::StrictMode);
    if (!request.url.isValid() || request.url.host().isEmpty()
        || (request.url.scheme() != QLatin1String("http")
            && request.url.scheme() != QLatin1String("https")))
        return fail(QCoreApplication::translate("trigon::relay::Delivery",
                                                "target %1: not an http:// or https:// URL: %2")
                            .arg(target.name, http.url));
    request.method = http.method.toUpper().toLatin1();
    if (request.method != "POST" && request.method != "PUT" && request.method != "PATCH")
        return fail(QCoreApplication::translate("trigon::relay::Delivery",
                                                "target %1: the method is POST, PUT or PATCH, "
                                                "not %2")
                            .arg(target.name, http.method));
    if (http.timeoutMs <= 0)
        return fail(QCoreApplication::translate("trigon::relay::Delivery",
                                                "target %1: the timeout must be positive, not %2 "
                                                "ms")
                            .arg(target.name)
                            .arg(http.timeoutMs));
    request.timeoutMs = http.timeoutMs;

    for (const auto &[name, value] : http.headers) {
        const QByteArray headerName = name.toLatin1();
        if (!isToken(headerName) || headerName != name.toUtf8())
            return fail(QCoreApplication::translate("trigon::relay::Delivery",
                                                    "target %1: \"%2\" is not a valid header "
                                                    "name")
                                .arg(target.name, name));
        QByteArray headerValue;
        if (!value.env.isEmpty()) {
            // Messages name the variable, never its value: that is usually a secret.
            if (!environment.contains(value.env))
                return fail(QCoreApplication::translate(
                                    "trigon::relay::Delivery",
                                    "target %1: the environment variable %2 for the header %3 is "
                                    "not set")
                                    .arg(target.name, value.env, name));
            headerValue = environment.value(value.env).toUtf8();
            if (headerValue.isEmpty())
                return fail(QCoreApplication::translate(
                                    "trigon::relay::Delivery",
                                    "target %1: the environment variable %2 for the header %3 is "
                                    "empty")
                                    .arg(target.name, value.env, name));
            if (!isSafeHeaderValue(headerValue))
                return fail(QCoreApplication::translate(
                                    "trigon::relay::Delivery",
                                    "target %1: the environment variable %2 for the header %3 "
                                    "holds a line break")
                                    .arg(target.name, value.env, name));
        } else {
            headerValue = value.text.toUtf8();
            if (!isSafeHeaderValue(headerValue))
                return fail(QCoreApplication::translate("trigon::relay::Delivery",
                                                        "target %1: the header %2 holds a line "
                                                        "break")
                                    .arg(target.name, name));
        }
        request.headers.append({headerName, headerValue});
    }
    return std::make_unique<HttpDelivery>(std::move(request), database);
}

} // namespace trigon::relay
