#include "core/io/designfile.h"
#include "core/model/conditiontreeedits.h"
#include "tests/core/conditionjson.h"

#include <QTest>

using namespace trigon;
using trigon::test::conditionFromJson;

namespace {

QString toJson(const std::optional<Condition> &condition)
{
    return condition ? conditionToJson(*condition).simplified() : QString();
}

} // namespace

// The condition builder's structural edits, on condition values: the new condition, the node
// to select next, and a copy sharing the value's lists left untouched. And the validator's field
// paths of nodes, both ways.
class TestConditionTreeEdits : public QObject
{
    Q_OBJECT
private slots:
    void edits_data();
    void edits();
    void fieldPathOf_data();
    void fieldPathOf();
    void nodePathOfField_data();
    void nodePathOfField();
};

void TestConditionTreeEdits::edits_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<NodePath>("selected");
    QTest::addColumn<QString>("after");
    QTest::addColumn<NodePath>("selectedAfter");
    const QString q = QStringLiteral(R"({"q": {"old__status": "paid"}})");
    const QString andTwo
            = QStringLiteral(R"({"and": [{"q": {"old__status": "paid"}}, {"sql": "x"}]})");
    QTest::newRow("add to nothing") << QString() << QStringLiteral("add") << NodePath {}
                                    << QStringLiteral(R"({"sql": "added"})") << NodePath {};
    QTest::newRow("add to a leaf ands")
            << q << QStringLiteral("add") << NodePath {}
            << QStringLiteral(R"({"and": [{"q": {"old__status": "paid"}}, {"sql": "added"}]})")
            << NodePath {1};
    QTest::newRow("add into a group")
            << andTwo << QStringLiteral("add") << NodePath {}
            << QStringLiteral(
                       R"({"and": [{"q": {"old__status": "paid"}}, {"sql": "x"}, {"sql": "added"}]})")
            << NodePath {2};
    QTest::newRow("add after an operand")
            << andTwo << QStringLiteral("add") << NodePath {0}
            << QStringLiteral(
                       R"({"and": [{"q": {"old__status": "paid"}}, {"sql": "added"}, {"sql": "x"}]})")
            << NodePath {1};
    QTest::newRow("entry into a q")
            << q << QStringLiteral("entry") << NodePath {}
            << QStringLiteral(R"({"q": {"old__status": "paid", "new__id": 1}})") << NodePath {1};
    QTest::newRow("wrap in or") << q << QStringLiteral("wrap_or") << NodePath {0}
                                << QStringLiteral(R"({"or": [{"q": {"old__status": "paid"}}]})")
                                << NodePath {0};
    QTest::newRow("wrap in not")
            << andTwo << QStringLiteral("wrap_not") << NodePath {1}
            << QStringLiteral(R"({"and": [{"q": {"old__status": "paid"}}, {"not": {"sql": "x"}}]})")
            << NodePath {1, 0};
    QTest::newRow("remove operand")
            << andTwo << QStringLiteral("remove") << NodePath {1}
            << QStringLiteral(R"({"and": [{"q": {"old__status": "paid"}}]})") << NodePath {0};
    QTest::newRow("remove last entry takes the q")
            << andTwo << QStringLiteral("remove") << NodePath {0, 0}
            << QStringLiteral(R"({"and": [{"sql": "x"}]})") << NodePath {0};
    QTest::newRow("remove under not takes the not")
            << QStringLiteral(R"({"not": {"sql": "x"}})") << QStringLiteral("remove")
            << NodePath {0} << QString() << NodePath {};
    QTest::newRow("remove root") << q << QStringLiteral("remove") << NodePath {} << QString()
                                 << NodePath {};
    QTest::newRow("move down")
            << andTwo << QStringLiteral("down") << NodePath {0}
            << QStringLiteral(R"({"and": [{"sql": "x"}, {"q": {"old__status": "paid"}}]})")
            << NodePath {1};
}

void TestConditionTreeEdits::edits()
{
    QFETCH(QString, before);
    QFETCH(QString, edit);
    QFETCH(NodePath, selected);
    QFETCH(QString, after);
    QFETCH(NodePath, selectedAfter);
    // `shared` shares its lists with `condition`: an edit must never write through to it.
    const std::optional<Condition> shared = conditionFromJson(before);
    std::optional<Condition> condition = shared;
    NodePath result;
    if (edit == QLatin1String("add")) {
        result = addCondition(condition, selected, Condition::rawSql(QStringLiteral("added")));
    } else if (edit == QLatin1String("entry")) {
        QEntry entry;
        entry.field = {RowVersion::New, QStringLiteral("id")};
        entry.literal = 1;
        result = addEntry(condition, selected, entry);
    } else if (edit == QLatin1String("wrap_or")) {
        result = wrapNode(condition, selected, ConditionKind::Or);
    } else if (edit == QLatin1String("wrap_not")) {
        result = wrapNode(condition, selected, ConditionKind::Not);
    } else if (edit == QLatin1String("remove")) {
        result = removeNode(condition, selected).value_or(NodePath {});
    } else if (edit == QLatin1String("down")) {
        result = moveNode(condition, selected, 1).value_or(NodePath {-1});
    }
    QCOMPARE(toJson(condition), toJson(conditionFromJson(after)));
    QCOMPARE(result, selectedAfter);
    QCOMPARE(toJson(shared), toJson(conditionFromJson(before)));
}

void TestConditionTreeEdits::fieldPathOf_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<NodePath>("path");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected");
    const QString andQ
            = QStringLiteral(R"({"and": [{"sql": "x"}, {"q": {"old__status": "paid"}}]})");
    const QString condition = QStringLiteral("condition");
    QTest::newRow("root") << andQ << NodePath {} << condition << QStringLiteral("condition.and");
    QTest::newRow("operand") << andQ << NodePath {1} << condition
                             << QStringLiteral("condition.and[1].q");
    QTest::newRow("entry") << andQ << NodePath {1, 0} << condition
                           << QStringLiteral("condition.and[1].q.old__status");
    QTest::newRow("under not") << QStringLiteral(
            R"({"not": {"q": {"old__x__df": {"f": "new__x"}}}})")
                               << NodePath {0, 0} << condition
                               << QStringLiteral("condition.not.q.old__x__df");
    QTest::newRow("a check's condition")
            << QStringLiteral(R"({"sql": "x"})") << NodePath {}
            << QStringLiteral("actions[0].check") << QStringLiteral("actions[0].check.sql");
    QTest::newRow("no such node") << andQ << NodePath {2} << condition << QString();
}

void TestConditionTreeEdits::fieldPathOf()
{
    QFETCH(QString, condition);
    QFETCH(NodePath, path);
    QFETCH(QString, prefix);
    QFETCH(QString, expected);
    QCOMPARE(trigon::fieldPathOf(*conditionFromJson(condition), path, prefix), expected);
}

void TestConditionTreeEdits::nodePathOfField_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("fieldPath");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<std::optional<NodePath>>("expected");
    const QString andQ = QStringLiteral(
            R"({"and": [{"any_change": {"fields": ["status"]}}, {"q": {"old__status": "paid"}}]})");
    const QString condition = QStringLiteral("condition");
    QTest::newRow("the prefix alone is the root")
            << andQ << condition << condition << std::optional(NodePath {});
    QTest::newRow("a field inside a node")
            << andQ << QStringLiteral("condition.and[0].any_change.fields[0]") << condition
            << std::optional(NodePath {0});
    QTest::newRow("an entry") << andQ << QStringLiteral("condition.and[1].q.old__status")
                              << condition << std::optional(NodePath {1, 0});
    QTest::newRow("letters past a node's path are not inside it")
            << andQ << QStringLiteral("condition.and[1].qx") << condition
            << std::optional(NodePath {});
    QTest::newRow("another prefix")
            << QStringLiteral(R"({"or": [{"sql": ""}]})")
            << QStringLiteral("actions[0].check.or[0].sql") << QStringLiteral("actions[0].check")
            << std::optional(NodePath {0});
    QTest::newRow("elsewhere") << andQ << QStringLiteral("actions[0].channel") << condition
                               << std::optional<NodePath>();
}

void TestConditionTreeEdits::nodePathOfField()
{
    QFETCH(QString, condition);
    QFETCH(QString, fieldPath);
    QFETCH(QString, prefix);
    QFETCH(std::optional<NodePath>, expected);
    QCOMPARE(trigon::nodePathOfField(*conditionFromJson(condition), fieldPath, prefix), expected);
}

QTEST_GUILESS_MAIN(TestConditionTreeEdits)
#include "tst_conditiontreeedits.moc"
