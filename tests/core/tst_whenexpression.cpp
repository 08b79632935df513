// The scan of raw SQL conditions (whenexpression.h) for calls of the functions a design marks as
// reading other tables ("table_reading_functions"), and the split that follows from it.

#include "core/sql/whenexpression.h"

#include <QTest>

using namespace trigon;

class TestWhenExpression : public QObject
{
    Q_OBJECT

private slots:
    void tableReadingCall_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("functions");
        QTest::addColumn<QString>("expected"); // the call as written; empty for none
        const QStringList flagged {QStringLiteral("my_flagged")};
        QTest::newRow("plain call") << "NOT my_flagged(NEW.customer_id)" << flagged << "my_flagged";
        QTest::newRow("call in upper case")
                << "NOT My_Flagged (NEW.customer_id)" << flagged << "My_Flagged";
        QTest::newRow("qualified call, unqualified entry")
                << "shop.my_flagged(NEW.customer_id)" << flagged << "shop.my_flagged";
        QTest::newRow("qualified call, qualified entry")
                << "shop.my_flagged(NEW.customer_id)"
                << QStringList {QStringLiteral("shop.my_flagged")} << "shop.my_flagged";
        QTest::newRow("unqualified call, qualified entry")
                << "my_flagged(NEW.customer_id)" << QStringList {QStringLiteral("Shop.My_Flagged")}
                << "my_flagged";
        QTest::newRow("another schema")
                << "audit.my_flagged(NEW.customer_id)"
                << QStringList {QStringLiteral("shop.my_flagged")} << QString();
        QTest::newRow("name in a string literal")
                << "NEW.note <> 'my_flagged(1)'" << flagged << QString();
        QTest::newRow("name in a dollar string")
                << "NEW.note <> $$my_flagged(1)$$" << flagged << QString();
        QTest::newRow("name in a comment")
                << "NEW.id > 0 /* my_flagged(NEW.id) */" << flagged << QString();
        QTest::newRow("column of the same name") << "NEW.my_flagged" << flagged << QString();
        QTest::newRow("column of the same name, compared")
                << "(NEW.my_flagged) AND NEW.id > 0" << flagged << QString();
        QTest::newRow("quoted identifier, same name")
                << "\"my_flagged\"(NEW.id)" << flagged << "\"my_flagged\"";
        QTest::newRow("quoted identifier, another name")
                << "\"My_Flagged\"(NEW.id)" << flagged << QString();
        QTest::newRow("quoted entry matches exactly")
                << "\"My_Flagged\"(NEW.id)" << QStringList {QStringLiteral("\"My_Flagged\"")}
                << "\"My_Flagged\"";
        QTest::newRow("quoted entry, unquoted call folds")
                << "My_Flagged(NEW.id)" << QStringList {QStringLiteral("\"My_Flagged\"")}
                << QString();
        QTest::newRow("a longer name") << "my_flagged_too(NEW.id)" << flagged << QString();
        QTest::newRow("no list") << "my_flagged(NEW.id)" << QStringList() << QString();
        QTest::newRow("entry that is no name")
                << "my_flagged(NEW.id)" << QStringList {QStringLiteral("my_flagged()")}
                << QString();
    }

    void tableReadingCall()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, functions);
        QFETCH(QString, expected);
        const WhenExpressionReads reads = scanWhenExpression(sql, functions);
        QCOMPARE(reads.tableReadingCall, expected);
        QVERIFY(!reads.subquery);
        // Only the scan's own finding: no other table is read through a qualified column.
        QCOMPARE(reads.otherTable, QString());
    }

    void parseFunctionName_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "fn" << true << QString() << "fn";
        QTest::newRow("folded") << "Shop.FN" << true << "shop"
                                << "fn";
        QTest::newRow("quoted") << "\"Shop\".\"F n\"" << true << "Shop"
                                << "F n";
        QTest::newRow("spaces around the dot") << "shop . fn" << true << "shop"
                                               << "fn";
        QTest::newRow("empty") << "" << false << QString() << QString();
        QTest::newRow("parentheses") << "fn()" << false << QString() << QString();
        QTest::newRow("three parts") << "a.b.c" << false << QString() << QString();
        QTest::newRow("unterminated quote") << "\"fn" << false << QString() << QString();
    }

    void parseFunctionName()
    {
        QFETCH(QString, entry);
        QFETCH(bool, valid);
        QFETCH(QString, schema);
        QFETCH(QString, name);
        const std::optional<QualifiedFunctionName> parsed = trigon::parseFunctionName(entry);
        QCOMPARE(parsed.has_value(), valid);
        if (parsed) {
            QCOMPARE(parsed->schema, schema);
            QCOMPARE(parsed->name, name);
        }
    }

    // Under a top-level AND only the part with the call moves to the function.
    void splitMovesTheCall()
    {
        const Condition condition
                = Condition::allOf({Condition::rawSql(QStringLiteral("NEW.total > 0")),
                                    Condition::rawSql(QStringLiteral("NOT my_flagged(NEW.id)"))});
        const ConditionSplit unmarked = splitCondition(condition);
        QVERIFY(unmarked.inWhen == condition);
        QVERIFY(!unmarked.inFunction);
        const ConditionSplit split
                = splitCondition(condition, {QStringLiteral("public.my_flagged")});
        QVERIFY(split.inWhen == Condition::rawSql(QStringLiteral("NEW.total > 0")));
        QVERIFY(split.inFunction == Condition::rawSql(QStringLiteral("NOT my_flagged(NEW.id)")));
    }
};

QTEST_GUILESS_MAIN(TestWhenExpression)
#include "tst_whenexpression.moc"
