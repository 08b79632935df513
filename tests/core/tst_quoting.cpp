#include "core/model/tableref.h"
#include "core/sql/quoting.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace trigon;

class TestQuoting : public QObject
{
    Q_OBJECT

private slots:
    void identifiers_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "orders"
                               << "orders";
        QTest::newRow("digits and underscore") << "_order_2"
                                               << "_order_2";
        QTest::newRow("leading digit") << "2fast"
                                       << "\"2fast\"";
        QTest::newRow("capitals") << "Orders"
                                  << "\"Orders\"";
        QTest::newRow("space") << "order lines"
                               << "\"order lines\"";
        QTest::newRow("dot") << "a.b"
                             << "\"a.b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("only a quote") << "\""
                                      << "\"\"\"\"";
        QTest::newRow("reserved") << "select"
                                  << "\"select\"";
        QTest::newRow("reserved, any case") << "USER"
                                            << "\"USER\"";
        QTest::newRow("column-name keyword") << "timestamp"
                                             << "\"timestamp\"";
        QTest::newRow("type/function keyword") << "left"
                                               << "\"left\"";
        QTest::newRow("plpgsql reserved") << "loop"
                                          << "\"loop\"";
        QTest::newRow("unreserved keyword stays bare") << "comment"
                                                       << "comment";
        QTest::newRow("unicode") << QStringLiteral("kolumn_ü") << QStringLiteral("\"kolumn_ü\"");
        QTest::newRow("dollar") << "a$b"
                                << "\"a$b\"";
        QTest::newRow("semicolon") << "x; DROP TABLE y"
                                   << "\"x; DROP TABLE y\"";
        QTest::newRow("empty") << ""
                               << "\"\"";
    }

    void identifiers()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, expected);
        QCOMPARE(quoteIdentifier(identifier), expected);
    }

    void qualified()
    {
        QCOMPARE(quoteQualifiedName(TableRef {QStringLiteral("public"), QStringLiteral("Order")}),
                 QStringLiteral("public.\"Order\""));
        QCOMPARE(quoteQualifiedName(QString(), QStringLiteral("t")), QStringLiteral("t"));
        QCOMPARE(quoteQualifiedName(QStringLiteral("a.b"), QStringLiteral("c")),
                 QStringLiteral("\"a.b\".c"));
    }

    void literals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "paid"
                               << "'paid'";
        QTest::newRow("quote") << "it's"
                               << "'it''s'";
        QTest::newRow("backslash") << "a\\b"
                                   << "E'a\\\\b'";
        QTest::newRow("backslash and quote") << "\\'"
                                             << "E'\\\\'''";
        QTest::newRow("injection") << "'; DROP TABLE t; --"
                                   << "'''; DROP TABLE t; --'";
        QTest::newRow("newline") << "a\nb"
                                 << "'a\nb'";
        QTest::newRow("empty") << ""
                               << "''";
        QTest::newRow("dollar quote") << "$$"
                                      << "'$$'";
    }

    void literals()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(quoteLiteral(text), expected);
    }

    void jsonLiterals_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "NULL";
        QTest::newRow("true") << QJsonValue(true) << "true";
        QTest::newRow("integer") << QJsonValue(42) << "42";
        QTest::newRow("negative") << QJsonValue(-7) << "-7";
        QTest::newRow("fraction") << QJsonValue(0.5) << "0.5";
        QTest::newRow("huge") << QJsonValue(1e300) << "1.0000000000000001e+300";
        QTest::newRow("big integer") << QJsonValue(4e15) << "4000000000000000";
        QTest::newRow("string") << QJsonValue(QStringLiteral("it's")) << "'it''s'";
        QTest::newRow("array") << QJsonValue(QJsonArray {1, QStringLiteral("a'b")})
                               << "'[1,\"a''b\"]'::jsonb";
        QTest::newRow("object") << QJsonValue(QJsonObject {{QStringLiteral("k"), 1}})
                                << "'{\"k\":1}'::jsonb";
    }

    void jsonLiterals()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QCOMPARE(jsonLiteral(value), expected);
    }
};

QTEST_GUILESS_MAIN(TestQuoting)
#include "tst_quoting.moc"
