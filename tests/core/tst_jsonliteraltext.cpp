#include "core/model/jsonliteraltext.h"

#include <QJsonObject>
#include <QTest>

using namespace trigon;

// JSON literals as users type them in the condition builder and the action pages: words need no
// quotes, and what is shown reads back as the same value.
class TestJsonLiteralText : public QObject
{
    Q_OBJECT
private slots:
    void readsTypedText_data();
    void readsTypedText();
    void showsValuesSoTheyReadBack_data();
    void showsValuesSoTheyReadBack();
    void parsesOnlyOneJsonValue_data();
    void parsesOnlyOneJsonValue();
};

void TestJsonLiteralText::readsTypedText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("word") << QStringLiteral("paid") << QJsonValue(QStringLiteral("paid"));
    QTest::newRow("quoted word") << QStringLiteral("\"paid\"")
                                 << QJsonValue(QStringLiteral("paid"));
    QTest::newRow("number") << QStringLiteral("3") << QJsonValue(3);
    QTest::newRow("true") << QStringLiteral("true") << QJsonValue(true);
    QTest::newRow("null") << QStringLiteral("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("array") << QStringLiteral("[1, \"a\"]")
                           << QJsonValue(QJsonArray {1, QStringLiteral("a")});
    QTest::newRow("quoted number stays text")
            << QStringLiteral("\"3\"") << QJsonValue(QStringLiteral("3"));
    QTest::newRow("broken JSON is text")
            << QStringLiteral("[1,") << QJsonValue(QStringLiteral("[1,"));
    QTest::newRow("empty is text") << QString() << QJsonValue(QString());
}

void TestJsonLiteralText::readsTypedText()
{
    QFETCH(QString, typed);
    QFETCH(QJsonValue, value);
    QCOMPARE(literalFromTypedText(typed), value);
}

void TestJsonLiteralText::showsValuesSoTheyReadBack_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("word without quotes")
            << QJsonValue(QStringLiteral("paid")) << QStringLiteral("paid");
    QTest::newRow("text that looks like a number")
            << QJsonValue(QStringLiteral("3")) << QStringLiteral("\"3\"");
    QTest::newRow("text that looks like true")
            << QJsonValue(QStringLiteral("true")) << QStringLiteral("\"true\"");
    QTest::newRow("number") << QJsonValue(2.5) << QStringLiteral("2.5");
    QTest::newRow("object") << QJsonValue(QJsonObject {{QStringLiteral("a"), 1}})
                            << QStringLiteral("{\"a\":1}");
}

void TestJsonLiteralText::showsValuesSoTheyReadBack()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, shown);
    QCOMPARE(typedTextOfLiteral(value), shown);
    QCOMPARE(literalFromTypedText(typedTextOfLiteral(value)), value);
}

void TestJsonLiteralText::parsesOnlyOneJsonValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("json");
    QTest::newRow("one value") << QStringLiteral("1") << true;
    QTest::newRow("two values") << QStringLiteral("1, 2") << false;
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("bare word") << QStringLiteral("paid") << false;
}

void TestJsonLiteralText::parsesOnlyOneJsonValue()
{
    QFETCH(QString, text);
    QFETCH(bool, json);
    QCOMPARE(parseJsonLiteral(text).has_value(), json);
}

QTEST_GUILESS_MAIN(TestJsonLiteralText)
#include "tst_jsonliteraltext.moc"
