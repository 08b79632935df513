// Every condition kind and lookup deployed as a WHEN clause and exercised: a row trigger logs the
// ids of the rows its condition let through.

#include "tests/behaviour/deployhelper.h"

#include <QTest>

using namespace trigon;
using namespace trigon::test;

class TestConditionBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("logged"); // ids, comma-separated, ascending

        const QString touchA = QStringLiteral("UPDATE t SET a = a + 1");
        QTest::newRow("any_change, no change") << "update"
                                               << R"({"any_change": {}})"
                                               << "UPDATE t SET a = a"
                                               << "";
        QTest::newRow("any_change") << "update"
                                    << R"({"any_change": {}})"
                                    << "UPDATE t SET a = a + 1 WHERE id = 2"
                                    << "2";
        QTest::newRow("any_change fields")
                << "update"
                << R"({"any_change": {"fields": ["b"]}})" << touchA << "";
        QTest::newRow("any_change exclude")
                << "update"
                << R"({"any_change": {"exclude": ["a"]}})" << touchA << "";
        QTest::newRow("any_change exclude_auto") << "update"
                                                 << R"({"any_change": {"exclude_auto": true}})"
                                                 << "UPDATE t SET u = now()"
                                                 << "";
        QTest::newRow("any_change exclude_auto, real change")
                << "update"
                << R"({"any_change": {"exclude_auto": true}})"
                << "UPDATE t SET u = now(), c = 'y'"
                << "1,2";
        QTest::newRow("any_dont_change")
                << "update"
                << R"({"any_dont_change": {"fields": ["a", "b"]}})" << touchA << "1,2";
        QTest::newRow("any_dont_change, all change")
                << "update"
                << R"({"any_dont_change": {"fields": ["a", "b"]}})"
                << "UPDATE t SET a = a + 1, b = b || '!'"
                << "";
        QTest::newRow("all_change, one changes")
                << "update"
                << R"({"all_change": {"fields": ["a", "b"]}})" << touchA << "";
        QTest::newRow("all_change") << "update"
                                    << R"({"all_change": {"fields": ["a", "b"]}})"
                                    << "UPDATE t SET a = a + 1, b = b || '!' WHERE id = 1"
                                    << "1";
        QTest::newRow("all_dont_change") << "update"
                                         << R"({"all_dont_change": {}})"
                                         << "UPDATE t SET a = a + id - 1"
                                         << "1";
        QTest::newRow("q exact") << "update"
                                 << R"({"q": {"old__b": "Hello"}})" << touchA << "1";
        QTest::newRow("q exact null") << "update"
                                      << R"({"q": {"new__c": null}})" << touchA << "2";
        QTest::newRow("q df with F") << "update"
                                     << R"({"q": {"old__a__df": {"f": "new__a"}}})"
                                     << "UPDATE t SET a = a + id - 1"
                                     << "2";
        QTest::newRow("q ndf with F") << "update"
                                      << R"({"q": {"old__a__ndf": {"f": "new__a"}}})"
                                      << "UPDATE t SET a = a + id - 1"
                                      << "1";
        QTest::newRow("q df literal") << "update"
                                      << R"({"q": {"new__c__df": "x"}})" << touchA << "2";
        QTest::newRow("q gt") << "update"
                              << R"({"q": {"new__a__gt": 15}})" << touchA << "2";
        QTest::newRow("q gte") << "update"
                               << R"({"q": {"new__a__gte": 11}})" << touchA << "1,2";
        QTest::newRow("q lt") << "update"
                              << R"({"q": {"old__a__lt": 20}})" << touchA << "1";
        QTest::newRow("q lte and gt with F")
                << "update"
                << R"({"q": {"old__a__lte": 20, "new__a__gt": {"f": "old__a"}}})"
                << "UPDATE t SET a = a + 1 WHERE id = 1"
                << "1";
        QTest::newRow("q in") << "update"
                              << R"({"q": {"new__b__in": ["Hello", "nope"]}})" << touchA << "1";
        QTest::newRow("q isnull") << "update"
                                  << R"({"q": {"new__c__isnull": true}})" << touchA << "2";
        QTest::newRow("q is not null") << "update"
                                       << R"({"q": {"new__c__isnull": false}})" << touchA << "1";
        QTest::newRow("q contains") << "update"
                                    << R"({"q": {"new__b__contains": "ell"}})" << touchA << "1";
        QTest::newRow("q contains wildcard text")
                << "update"
                << R"({"q": {"new__b__contains": "_%"}})" << touchA << "2";
        QTest::newRow("q icontains") << "update"
                                     << R"({"q": {"new__b__icontains": "WORLD"}})" << touchA << "2";
        QTest::newRow("q startswith is not a pattern")
                << "update"
                << R"({"q": {"new__b__startswith": "H_"}})" << touchA << "";
        QTest::newRow("q startswith") << "update"
                                      << R"({"q": {"new__b__startswith": "Wor"}})" << touchA << "2";
        QTest::newRow("q endswith") << "update"
                                    << R"({"q": {"new__b__endswith": "d_%"}})" << touchA << "2";
        QTest::newRow("q startswith F") << "update"
                                        << R"({"q": {"new__b__startswith": {"f": "old__b"}}})"
                                        << "UPDATE t SET b = b || '!' WHERE id = 1"
                                        << "1";
        QTest::newRow("q contains F") << "update"
                                      << R"({"q": {"new__b__contains": {"f": "new__c"}}})"
                                      << "UPDATE t SET c = 'ell'"
                                      << "1";
        QTest::newRow("q regex") << "update"
                                 << R"({"q": {"new__b__regex": "^H.*o$"}})" << touchA << "1";
        QTest::newRow("and") << "update"
                             << R"({"and": [{"q": {"new__a__gt": 5}}, {"q": {"new__c": "x"}}]})"
                             << touchA << "1";
        QTest::newRow("or") << "update"
                            << R"({"or": [{"q": {"new__a": 11}}, {"q": {"new__a": 21}}]})" << touchA
                            << "1,2";
        QTest::newRow("not") << "update"
                             << R"({"not": {"q": {"new__a": 11}}})" << touchA << "2";
        QTest::newRow("nested")
                << "update"
                << R"({"and": [{"any_change": {"fields": ["a"]}}, {"not": {"or": [{"q": {"old__a": 10}}, {"sql": "false"}]}}]})"
                << touchA << "2";
        QTest::newRow("sql") << "update"
                             << R"({"sql": "NEW.a > 15 AND OLD.b <> 'x'"})" << touchA << "2";
        QTest::newRow("insert reads NEW") << "insert"
                                          << R"({"q": {"new__a__gt": 15}})"
                                          << "INSERT INTO t (id, a) VALUES (3, 30), (4, 5)"
                                          << "3";
        QTest::newRow("delete reads OLD") << "delete"
                                          << R"({"q": {"old__a__lt": 15}})"
                                          << "DELETE FROM t"
                                          << "1";
    }

    void conditions()
    {
        QFETCH(QString, events);
        QFETCH(QString, condition);
        QFETCH(QString, statement);
        QFETCH(QString, logged);
        TestDatabase db;
        db.mustExec(QStringLiteral(
                "CREATE TABLE t (id integer PRIMARY KEY, a integer, b text, c text, u timestamptz);"
                "INSERT INTO t VALUES (1, 10, 'Hello', 'x', NULL), (2, 20, 'World_%', NULL, NULL);"
                "CREATE TABLE log (id integer);"));
        const QByteArray json = R"json({"name": "t_log", "table": {"schema": "public", "name": "t"},
            "table_columns": [{"name": "id", "type": "integer"}, {"name": "a", "type": "integer"},
                              {"name": "b", "type": "text"}, {"name": "c", "type": "text"},
                              {"name": "u", "type": "timestamptz", "auto": true}],
            "timing": "after", "events": ["EVENT"], "condition": CONDITION,
            "actions": [{"kind": "insert", "table": {"schema": "public", "name": "log"},
                         "values": {"id": {"sql": "COALESCE(NEW.id, OLD.id)"}}}]})json";
        const TriggerDesign trigger
                = triggerFromJson(QByteArray(json)
                                          .replace("EVENT", events.toUtf8())
                                          .replace("CONDITION", condition.toUtf8()));
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(statement);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COALESCE(string_agg(id::text, ',' ORDER BY id), '') "
                                       "FROM log")),
                 logged);
    }
};

QTEST_GUILESS_MAIN(TestConditionBehaviour)
#include "tst_conditionbehaviour.moc"
