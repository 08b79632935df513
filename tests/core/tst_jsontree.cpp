#include "core/io/jsontree.h"

#include <QTest>

using namespace trigon;

class TestJsonTree : public QObject
{
    Q_OBJECT

private slots:
    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << 1 << 1 << "unexpected end of file";
        QTest::newRow("missing comma")
                << "{\n  \"a\": 1\n  \"b\": 2\n}" << 3 << 3 << "expected ',' or '}'";
        QTest::newRow("trailing comma") << "[1,\n 2,\n]" << 3 << 1 << "expected a JSON value";
        QTest::newRow("duplicate key")
                << "{\"a\": 1,\n \"a\": 2}" << 2 << 2 << "duplicate member \"a\"";
        QTest::newRow("bad literal") << "{\"a\": tru}" << 1 << 7 << "expected a JSON value";
        QTest::newRow("unterminated") << "[\"abc" << 1 << 6 << "unterminated string";
        QTest::newRow("garbage after") << "{} x" << 1 << 4 << "unexpected text";
        QTest::newRow("bad number") << "[01]" << 1 << 3 << "expected ',' or ']'";
        QTest::newRow("control char") << "[\"a\tb\"]" << 1 << 4 << "control character";
        QTest::newRow("lone high surrogate")
                << "[\"a\\ud800\"]" << 1 << 4 << "a lone surrogate (\\ud800)";
        QTest::newRow("surrogate pair split")
                << "[\"\\ud800 \\udc00\"]" << 1 << 3 << "a lone surrogate (\\ud800)";
        QTest::newRow("lone low surrogate")
                << "{\"k\": \"\\uDC00\"}" << 1 << 8 << "a lone surrogate (\\udc00)";
        QTest::newRow("bad \\u escape") << "[\"\\u12G4\"]" << 1 << 3 << "invalid \\u escape";
        QTest::newRow("unicode before")
                << QStringLiteral("[\"ü\", ?]") << 1 << 7 << "expected a JSON value";
    }

    void syntaxErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        JsonSyntaxError error;
        QVERIFY(!parseJson(text, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }

    void surrogatePairsAndNul()
    {
        JsonSyntaxError error;
        const auto node = parseJson(QStringLiteral("[\"\\ud83d\\ude00\", \"\\u0000\"]"), &error);
        QVERIFY2(node, qPrintable(error.message));
        QCOMPARE(node->items.at(0).string, QStringLiteral("\U0001F600"));
        QCOMPARE(node->items.at(1).string, QString(QChar(0))); // JSON allows it; designs do not
    }

    void keepsOrderAndPositions()
    {
        JsonSyntaxError error;
        const auto node = parseJson(
                QStringLiteral("{\"z\": 1,\n \"a\": [true, null, \"x\\n\\u00fc\"]}"), &error);
        QVERIFY(node);
        QCOMPARE(node->members.size(), 2);
        QCOMPARE(node->members.at(0).key, QStringLiteral("z"));
        QCOMPARE(node->members.at(1).key, QStringLiteral("a"));
        const JsonNode *a = node->member(QStringLiteral("a"));
        QCOMPARE(a->line, 2);
        QCOMPARE(a->column, 7);
        QCOMPARE(a->items.at(2).string, QStringLiteral("x\nü"));
    }

    void writes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scalars inline") << "{\"a\": [1, 2.5, -3e2], \"b\": \"x\"}"
                                        << "{\"a\": [1, 2.5, -300], \"b\": \"x\"}\n";
        QTest::newRow("nested inline") << "{\"a\": {\"b\": [1]}}"
                                       << "{\"a\": {\"b\": [1]}}\n";
        QTest::newRow("objects in arrays break") << "[{\"a\": 1}, {\"b\": [2]}]"
                                                 << "[\n  {\"a\": 1},\n  {\"b\": [2]}\n]\n";
        QTest::newRow("long breaks")
                << "{\"a\": \"" + QString(100, u'x') + "\", \"b\": 1}"
                << "{\n  \"a\": \"" + QString(100, u'x') + "\",\n  \"b\": 1\n}\n";
        QTest::newRow("escapes") << "[\"q\\\"\\\\\\n\\u0001\"]"
                                 << "[\"q\\\"\\\\\\n\\u0001\"]\n";
        QTest::newRow("empty containers") << "{\"a\": [], \"b\": {}}"
                                          << "{\"a\": [], \"b\": {}}\n";
        QTest::newRow("precise numbers") << "[0.1, 1e21, 123456789012]"
                                         << "[0.1, 1e+21, 123456789012]\n";
    }

    void writes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        JsonSyntaxError error;
        const auto node = parseJson(input, &error);
        QVERIFY2(node, qPrintable(error.message));
        QCOMPARE(QString::fromUtf8(writeJson(*node)), expected);
        // Writing is a fixed point: reading the output and writing again changes nothing.
        QCOMPARE(QString::fromUtf8(writeJson(*parseJson(expected, &error))), expected);
    }

    void refusesDeepNesting()
    {
        JsonSyntaxError error;
        QVERIFY(!parseJson(QString(5000, u'['), &error));
        QVERIFY(error.message.contains(QLatin1String("too deep")));
    }
};

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
