#include "core/monitor/payloadformat.h"

#include <QTest>

using namespace trigon;

// How the monitor shows a payload: its size as NOTIFY counts it, a one-line preview and
// re-indented JSON that keeps every token as sent.
class TestPayloadFormat : public QObject
{
    Q_OBJECT
private slots:
    void indentedJsonKeepsTokens_data();
    void indentedJsonKeepsTokens();
    void utf8Length_data();
    void utf8Length();
    void formatBytes_data();
    void formatBytes();
    void payloadPreview_data();
    void payloadPreview();
};

void TestPayloadFormat::indentedJsonKeepsTokens_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("object") << QStringLiteral(R"({"b":1,"a":[1,2]})")
                            << QStringLiteral("{\n  \"b\": 1,\n  \"a\": [\n    1,\n    2\n  ]\n}");
    QTest::newRow("big integer stays exact") << QStringLiteral(R"({"id":9007199254740993})")
                                             << QStringLiteral("{\n  \"id\": 9007199254740993\n}");
    QTest::newRow("strings untouched") << QStringLiteral(R"(["a, {b}: \"c\""])")
                                       << QStringLiteral("[\n  \"a, {b}: \\\"c\\\"\"\n]");
    QTest::newRow("empty containers") << QStringLiteral(R"({"a":{},"b":[ ]})")
                                      << QStringLiteral("{\n  \"a\": {},\n  \"b\": []\n}");
    QTest::newRow("not json") << QStringLiteral("plain text") << QString();
}

void TestPayloadFormat::indentedJsonKeepsTokens()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(indentedJson(input), expected);
}

void TestPayloadFormat::utf8Length_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("hello");
    QTest::newRow("two bytes") << QStringLiteral("naïve é");
    QTest::newRow("three bytes") << QStringLiteral("日本語");
    QTest::newRow("four bytes") << QStringLiteral("🐘𝄞");
    QTest::newRow("empty") << QString();
}

void TestPayloadFormat::utf8Length()
{
    QFETCH(QString, text);
    QCOMPARE(trigon::utf8Length(text), text.toUtf8().size());
}

void TestPayloadFormat::formatBytes_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << qsizetype(0) << QStringLiteral("0 B");
    QTest::newRow("under a KiB") << qsizetype(812) << QStringLiteral("812 B");
    QTest::newRow("one KiB") << qsizetype(1024) << QStringLiteral("1.0 KiB");
    QTest::newRow("NOTIFY's limit") << qsizetype(8000) << QStringLiteral("7.8 KiB");
}

void TestPayloadFormat::formatBytes()
{
    QFETCH(qsizetype, bytes);
    QFETCH(QString, expected);
    QCOMPARE(trigon::formatBytes(bytes), expected);
}

void TestPayloadFormat::payloadPreview_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << QStringLiteral("{\"id\": 1}") << 200 << QStringLiteral("{\"id\": 1}");
    QTest::newRow("line breaks") << QStringLiteral("a\r\nb\nc\td") << 200
                                 << QStringLiteral("a ⏎ b ⏎ c d");
    QTest::newRow("cut") << QStringLiteral("abcdef") << 3 << QStringLiteral("abc…");
    QTest::newRow("exactly the maximum") << QStringLiteral("abc") << 3 << QStringLiteral("abc");
}

void TestPayloadFormat::payloadPreview()
{
    QFETCH(QString, payload);
    QFETCH(int, maximum);
    QFETCH(QString, expected);
    QCOMPARE(trigon::payloadPreview(payload, maximum), expected);
}

QTEST_GUILESS_MAIN(TestPayloadFormat)
#include "tst_payloadformat.moc"
