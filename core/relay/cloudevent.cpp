#include "core/relay/cloudevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace trigon::relay {

namespace {

// The HTTP binding (3.1.3.2) percent-encodes space, '"', '%' and everything outside printable
// ASCII, as UTF-8 bytes with upper-case hex digits, so that any attribute survives as a header
// and a CloudEvents SDK decodes it back.
QByteArray percentEncodedHeaderValue(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray encoded;
    encoded.reserve(utf8.size());
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x21 || byte > 0x7e || byte == '"' || byte == '%') {
            static constexpr char hex[] = "0123456789ABCDEF";
            encoded += '%';
            encoded += hex[byte >> 4];
            encoded += hex[byte & 0x0f];
        } else {
            encoded += c;
        }
    }
    return encoded;
}

// A JSON string literal, escaped the way QJsonDocument escapes.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The payload as the value of "data". Spliced in as it is rather than re-serialized: a
// QJsonObject would reorder the keys and turn numbers into doubles (jsonb's 12345678901234567890
// or 1.50 would change). It is still parsed first so that the envelope stays valid JSON whatever
// the column held: text that is not JSON goes in as a string. Parsed inside an array because
// QJsonDocument accepts only an object or an array at the top.
QByteArray jsonData(const QByteArray &payload)
{
    const QByteArray trimmed = payload.trimmed();
    QJsonParseError error;
    QJsonDocument::fromJson('[' + trimmed + ']', &error);
    if (error.error == QJsonParseError::NoError)
        return trimmed;
    return jsonString(QString::fromUtf8(payload));
}

} // namespace

QList<std::pair<QString, QString>> cloudEventAttributes(const OutboxEvent &event,
                                                        const QString &database)
{
    QList<std::pair<QString, QString>> attributes;
    attributes.append({QStringLiteral("specversion"), QStringLiteral("1.0")});
    attributes.append({QStringLiteral("id"), event.id});
    attributes.append({QStringLiteral("source"),
                       QStringLiteral("/trigon/%1/%2").arg(database, event.aggregateType)});
    attributes.append({QStringLiteral("type"), event.type});
    if (!event.aggregateId.isEmpty())
        attributes.append({QStringLiteral("subject"), event.aggregateId});
    attributes.append({QStringLiteral("time"), event.createdAt});
    attributes.append({QStringLiteral("datacontenttype"), QStringLiteral("application/json")});
    return attributes;
}

QList<std::pair<QByteArray, QByteArray>> cloudEventHeaders(const OutboxEvent &event,
                                                           const QString &database)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : cloudEventAttributes(event, database)) {
        if (name == QLatin1String("datacontenttype"))
            headers.append({QByteArrayLiteral("Content-Type"), value.toUtf8()});
        else
            headers.append({"ce-" + name.toUtf8(), percentEncodedHeaderValue(value)});
    }
    // The event id again, under the name most webhook receivers deduplicate by: every attempt at
    // the same event carries the same key.
    headers.append({QByteArrayLiteral("Idempotency-Key"), percentEncodedHeaderValue(event.id)});
    return headers;
}

QByteArray cloudEventJson(const OutboxEvent &event, const QString &database)
{
    QByteArray json = "{";
    for (const auto &[name, value] : cloudEventAttributes(event, database)) {
        json += jsonString(name);
        json += ':';
        json += jsonString(value);
        json += ',';
    }
    json += "\"data\":";
    json += event.payload.trimmed().isEmpty() ? QByteArrayLiteral("null") : jsonData(event.payload);
    json += '}';
    return json;
}

} // namespace trigon::relay
