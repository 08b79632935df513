#include "core/monitor/jsonfieldfilter.h"

#include <QTest>

using namespace trigon;

// The monitor's "field=value" filter: what it reads from the text, and which payloads pass.
class TestJsonFieldFilter : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void matches_data();
    void matches();
};

void TestJsonFieldFilter::parse_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("value");
    QTest::newRow("empty is off") << QString() << true << QStringList() << QString();
    QTest::newRow("blank is off") << QStringLiteral("  ") << true << QStringList() << QString();
    QTest::newRow("field") << QStringLiteral("status=paid") << true
                           << QStringList {QStringLiteral("status")} << QStringLiteral("paid");
    QTest::newRow("path, spaces trimmed")
            << QStringLiteral(" order.items.0.sku = A-1 ") << true
            << QStringList {QStringLiteral("order"), QStringLiteral("items"), QStringLiteral("0"),
                            QStringLiteral("sku")}
            << QStringLiteral("A-1");
    QTest::newRow("empty value") << QStringLiteral("note=") << true
                                 << QStringList {QStringLiteral("note")} << QString();
    QTest::newRow("value with =") << QStringLiteral("sql=a=b") << true
                                  << QStringList {QStringLiteral("sql")} << QStringLiteral("a=b");
    QTest::newRow("no =") << QStringLiteral("status") << false << QStringList() << QString();
    QTest::newRow("no path") << QStringLiteral("=paid") << false << QStringList() << QString();
}

void TestJsonFieldFilter::parse()
{
    QFETCH(QString, expression);
    QFETCH(bool, valid);
    QFETCH(QStringList, path);
    QFETCH(QString, value);
    const std::optional<JsonFieldFilter> filter = JsonFieldFilter::parse(expression);
    QCOMPARE(filter.has_value(), valid);
    if (!filter)
        return;
    QCOMPARE(filter->path, path);
    QCOMPARE(filter->value, value);
    QCOMPARE(filter->isEmpty(), path.isEmpty());
}

void TestJsonFieldFilter::matches_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("expected");
    const QString order = QStringLiteral(
            R"({"id": 7, "status": "paid", "gift": true, "note": null, "lines": [{"sku": "A"}]})");
    QTest::newRow("string") << QStringLiteral("status=paid") << order << true;
    QTest::newRow("other string") << QStringLiteral("status=new") << order << false;
    QTest::newRow("number") << QStringLiteral("id=7") << order << true;
    QTest::newRow("number written otherwise") << QStringLiteral("id=7.0") << order << true;
    QTest::newRow("not a number") << QStringLiteral("id=seven") << order << false;
    QTest::newRow("boolean") << QStringLiteral("gift=true") << order << true;
    QTest::newRow("null") << QStringLiteral("note=null") << order << true;
    QTest::newRow("into an array") << QStringLiteral("lines.0.sku=A") << order << true;
    QTest::newRow("past an array") << QStringLiteral("lines.1.sku=A") << order << false;
    QTest::newRow("missing key") << QStringLiteral("customer=7") << order << false;
    QTest::newRow("an object is no value") << QStringLiteral("lines.0={}") << order << false;
    QTest::newRow("top-level array")
            << QStringLiteral("1=b") << QStringLiteral(R"(["a", "b"])") << true;
    QTest::newRow("not json") << QStringLiteral("status=paid")
                              << QStringLiteral("status=paid, but as text") << false;
    QTest::newRow("empty filter matches nothing") << QString() << order << false;
}

void TestJsonFieldFilter::matches()
{
    QFETCH(QString, expression);
    QFETCH(QString, payload);
    QFETCH(bool, expected);
    const std::optional<JsonFieldFilter> filter = JsonFieldFilter::parse(expression);
    QVERIFY(filter);
    QCOMPARE(filter->matches(payload), expected);
}

QTEST_GUILESS_MAIN(TestJsonFieldFilter)
#include "tst_jsonfieldfilter.moc"
