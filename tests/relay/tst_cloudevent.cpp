#include "core/relay/cloudevent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trigon::relay;
using namespace Qt::StringLiterals;

namespace {

const QString eventId = u"0b8f6a3e-2c1d-4e5f-9a7b-1c2d3e4f5a6b"_s;

OutboxEvent makeEvent(const QString &aggregateId, const QByteArray &payload)
{
    return {.id = eventId,
            .seq = 7,
            .aggregateType = u"orders"_s,
            .aggregateId = aggregateId,
            .type = u"order.created"_s,
            .payload = payload,
            .target = u"hook"_s,
            .createdAt = u"2024-05-01T12:00:00.123456Z"_s,
            .attempts = 0};
}

// The attributes of every row, as JSON members, subject left to the row.
QByteArray jsonHead()
{
    return "{\"specversion\":\"1.0\",\"id\":\"" + eventId.toUtf8()
            + "\",\"source\":\"/trigon/shop/orders\",\"type\":\"order.created\",";
}

QByteArray jsonTail(const QByteArray &data)
{
    return "\"time\":\"2024-05-01T12:00:00.123456Z\",\"datacontenttype\":\"application/json\","
           "\"data\":"
            + data + '}';
}

QByteArrayList headers(const QByteArray &subject)
{
    QByteArrayList lines = {"ce-specversion: 1.0", "ce-id: " + eventId.toUtf8(),
                            "ce-source: /trigon/shop/orders", "ce-type: order.created"};
    if (!subject.isNull())
        lines.append("ce-subject: " + subject);
    lines += {"ce-time: 2024-05-01T12:00:00.123456Z", "Content-Type: application/json",
              "Idempotency-Key: " + eventId.toUtf8()};
    return lines;
}

} // namespace

// An outbox event as a CloudEvent: the HTTP binding's binary-mode headers and the structured
// JSON that PUBLISH sends. The payload travels untouched (key order, number precision).
class TestCloudEvent : public QObject
{
    Q_OBJECT
private slots:
    void attributes();
    void headers_data() { rows(); }
    void headers();
    void json_data() { rows(); }
    void json();
    void jsonIsValid_data() { rows(); }
    void jsonIsValid();

private:
    static void rows();
};

void TestCloudEvent::rows()
{
    QTest::addColumn<QString>("aggregateId");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArrayList>("expectedHeaders");
    QTest::addColumn<QByteArray>("expectedJson");

    const QByteArray object = "{\"id\": 42, \"total\": 9.90, \"lines\": [1, 2]}";
    QTest::newRow("with key") << u"42"_s << object << ::headers("42")
                              << jsonHead() + "\"subject\":\"42\"," + jsonTail(object);
    QTest::newRow("without key") << QString() << object << ::headers({})
                                 << jsonHead() + jsonTail(object);
    // The HTTP binding percent-encodes space, '"', '%' and non-ASCII bytes in ce- headers.
    QTest::newRow("key to percent-encode")
            << u"a \"b\" 50% \u00e9"_s << QByteArray("{}")
            << ::headers("a%20%22b%22%2050%25%20%C3%A9")
            << jsonHead() + "\"subject\":\"a \\\"b\\\" 50% \xc3\xa9\"," + jsonTail("{}");
    const QByteArray big = "{\"n\": 12345678901234567890, \"price\": 1.50, \"z\": 1, \"a\": 2}";
    QTest::newRow("numbers and key order kept")
            << u"1"_s << big << ::headers("1") << jsonHead() + "\"subject\":\"1\"," + jsonTail(big);
    QTest::newRow("array") << u"1"_s << QByteArray("[1, \"two\"]") << ::headers("1")
                           << jsonHead() + "\"subject\":\"1\"," + jsonTail("[1, \"two\"]");
    QTest::newRow("string") << u"1"_s << QByteArray("\"text\"") << ::headers("1")
                            << jsonHead() + "\"subject\":\"1\"," + jsonTail("\"text\"");
    QTest::newRow("number, trimmed") << u"1"_s << QByteArray(" 42\n") << ::headers("1")
                                     << jsonHead() + "\"subject\":\"1\"," + jsonTail("42");
    QTest::newRow("not JSON becomes a string")
            << u"1"_s << QByteArray("oops {") << ::headers("1")
            << jsonHead() + "\"subject\":\"1\"," + jsonTail("\"oops {\"");
    QTest::newRow("no payload") << u"1"_s << QByteArray() << ::headers("1")
                                << jsonHead() + "\"subject\":\"1\"," + jsonTail("null");
}

void TestCloudEvent::attributes()
{
    const auto names = [](const QList<std::pair<QString, QString>> &attributes) {
        QStringList list;
        for (const auto &attribute : attributes)
            list.append(attribute.first);
        return list;
    };
    const QStringList all = {u"specversion"_s, u"id"_s,   u"source"_s,         u"type"_s,
                             u"subject"_s,     u"time"_s, u"datacontenttype"_s};
    QCOMPARE(names(cloudEventAttributes(makeEvent(u"7"_s, "{}"), u"shop"_s)), all);
    QStringList withoutSubject = all;
    withoutSubject.removeAll(u"subject"_s);
    QCOMPARE(names(cloudEventAttributes(makeEvent({}, "{}"), u"shop"_s)), withoutSubject);
    const auto attributes = cloudEventAttributes(makeEvent(u"7"_s, "{}"), u"shop"_s);
    QCOMPARE(attributes.value(2).second, u"/trigon/shop/orders"_s);
    QCOMPARE(attributes.value(4).second, u"7"_s);
}

void TestCloudEvent::headers()
{
    QFETCH(QString, aggregateId);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArrayList, expectedHeaders);
    QByteArrayList actual;
    for (const auto &[name, value] : cloudEventHeaders(makeEvent(aggregateId, payload), u"shop"_s))
        actual.append(name + ": " + value);
    QCOMPARE(actual, expectedHeaders);
}

void TestCloudEvent::json()
{
    QFETCH(QString, aggregateId);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, expectedJson);
    QCOMPARE(cloudEventJson(makeEvent(aggregateId, payload), u"shop"_s), expectedJson);
}

void TestCloudEvent::jsonIsValid()
{
    QFETCH(QString, aggregateId);
    QFETCH(QByteArray, payload);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
            cloudEventJson(makeEvent(aggregateId, payload), u"shop"_s), &error);
    QCOMPARE(error.errorString(), QJsonParseError().errorString());
    QVERIFY(document.isObject());
    QCOMPARE(document.object().value(u"specversion"_s).toString(), u"1.0"_s);
    QCOMPARE(document.object().value(u"subject"_s).toString(), aggregateId);
    QCOMPARE(document.object().contains(u"subject"_s), !aggregateId.isEmpty());
}

QTEST_GUILESS_MAIN(TestCloudEvent)
#include "tst_cloudevent.moc"
