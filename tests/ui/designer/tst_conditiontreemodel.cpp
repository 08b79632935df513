#include "core/io/designfile.h"
#include "ui/designer/conditions/conditiontreeedits.h"
#include "ui/designer/conditions/conditiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;

namespace {

// Conditions are written as design-file JSON here: short, and what users read too.
std::optional<Condition> fromJson(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const ConditionParseResult result = parseConditionJson(json);
    if (!result.ok())
        qFatal("bad test condition %s: %s", qPrintable(json), qPrintable(result.error.toString()));
    return result.condition;
}

QString toJson(const std::optional<Condition> &condition)
{
    return condition ? conditionToJson(*condition).simplified() : QString();
}

ConditionContext ordersContext()
{
    return {{QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("updated_at")},
            {QStringLiteral("updated_at")}};
}

} // namespace

class TestConditionTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTester_data();
    void passesTheModelTester();
    void valueChangesKeepIndexes();
    void fieldPaths_data();
    void fieldPaths();
    void edits_data();
    void edits();
};

void TestConditionTreeModel::passesTheModelTester_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("topRows");
    QTest::newRow("none") << QString() << QStringLiteral(R"({"any_change": {}})") << 0;
    QTest::newRow("change") << QStringLiteral(R"({"any_change": {"exclude": ["updated_at"]}})")
                            << QString() << 1;
    QTest::newRow("q entries") << QStringLiteral(
            R"({"q": {"old__status": "paid", "new__id__gt": 3}})")
                               << QStringLiteral(R"({"q": {"old__status": "paid"}})") << 1;
    QTest::newRow("and") << QStringLiteral(
            R"({"and": [{"q": {"old__status__df": {"f": "new__status"}}},)"
            R"( {"any_change": {"exclude": ["updated_at"]}}]})")
                         << QStringLiteral(R"({"or": [{"sql": "true"}]})") << 1;
    QTest::newRow("nested") << QStringLiteral(
            R"({"or": [{"not": {"and": [{"q": {"new__id__in": [1, 2]}},)"
            R"( {"sql": "NEW.id > 0"}]}}, {"all_dont_change": {}}]})")
                            << QStringLiteral(R"({"not": {"not": {"sql": "false"}}})") << 1;
}

void TestConditionTreeModel::passesTheModelTester()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, topRows);
    ConditionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCondition(fromJson(first), ordersContext());
    QCOMPARE(model.rowCount(), topRows);
    // Walking every index exercises data() and parent() under the tester's eye.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            QVERIFY(!model.data(child).toString().isEmpty());
            QVERIFY(!model.data(child.siblingAtColumn(ConditionTreeModel::SqlColumn))
                             .toString()
                             .isEmpty());
            QCOMPARE(model.indexForNodePath(model.nodePath(child)), child);
            walk(child);
        }
    };
    walk({});
    model.setCondition(fromJson(second), ordersContext());
    walk({});
    model.setCondition(fromJson(first), ordersContext());
    walk({});
}

void TestConditionTreeModel::valueChangesKeepIndexes()
{
    ConditionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCondition(fromJson(QStringLiteral(R"({"and": [{"q": {"old__status": "paid"}}]})")),
                       ordersContext());
    const QPersistentModelIndex entry = model.indexForNodePath({0, 0});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setCondition(fromJson(QStringLiteral(R"({"or": [{"q": {"new__id__gt": 1}}]})")),
                       ordersContext());
    QCOMPARE(resets.size(), 0);
    QVERIFY(!changes.isEmpty());
    QVERIFY(entry.isValid());
    QCOMPARE(model.data(entry).toString(), QStringLiteral("NEW.id > 1"));
    QCOMPARE(model.data(entry.sibling(entry.row(), ConditionTreeModel::SqlColumn)).toString(),
             QStringLiteral("NEW.id > 1"));
}

void TestConditionTreeModel::fieldPaths_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("fieldPath");
    QTest::addColumn<NodePath>("expected");
    const QString andQ = QStringLiteral(
            R"({"and": [{"any_change": {"exclude": ["updated_at"]}}, {"q": {"old__status": "paid", "new__id__gt": 0}}]})");
    QTest::newRow("whole condition") << andQ << QStringLiteral("condition") << NodePath {};
    QTest::newRow("and") << andQ << QStringLiteral("condition.and") << NodePath {};
    QTest::newRow("q entry") << andQ << QStringLiteral("condition.and[1].q.old__status")
                             << NodePath {1, 0};
    QTest::newRow("lookup entry") << andQ << QStringLiteral("condition.and[1].q.new__id__gt")
                                  << NodePath {1, 1};
    QTest::newRow("q") << andQ << QStringLiteral("condition.and[1].q") << NodePath {1};
    QTest::newRow("inside a change")
            << andQ << QStringLiteral("condition.and[0].any_change.exclude[0]") << NodePath {0};
    QTest::newRow("f of an entry")
            << QStringLiteral(R"({"not": {"q": {"old__x__df": {"f": "new__x"}}}})")
            << QStringLiteral("condition.not.q.old__x__df.f") << NodePath {0, 0};
    QTest::newRow("sql") << QStringLiteral(R"({"or": [{"sql": ""}]})")
                         << QStringLiteral("condition.or[0].sql") << NodePath {0};
}

void TestConditionTreeModel::fieldPaths()
{
    QFETCH(QString, condition);
    QFETCH(QString, fieldPath);
    QFETCH(NodePath, expected);
    ConditionTreeModel model;
    model.setCondition(fromJson(condition), ordersContext());
    const QModelIndex index = model.indexForFieldPath(fieldPath);
    QVERIFY(index.isValid());
    QCOMPARE(model.nodePath(index), expected);
    // The node's own path is where the diagnostic's path starts (or, for the whole condition,
    // the other way round).
    const QString nodePath = model.fieldPath(index);
    QVERIFY2(fieldPath.startsWith(nodePath) || nodePath.startsWith(fieldPath),
             qPrintable(nodePath));
    QVERIFY(!model.indexForFieldPath(QStringLiteral("actions[0].channel")).isValid());
}

void TestConditionTreeModel::edits_data()
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

void TestConditionTreeModel::edits()
{
    QFETCH(QString, before);
    QFETCH(QString, edit);
    QFETCH(NodePath, selected);
    QFETCH(QString, after);
    QFETCH(NodePath, selectedAfter);
    // `shared` shares its lists with `condition`: an edit must never write through to it.
    const std::optional<Condition> shared = fromJson(before);
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
    QCOMPARE(toJson(condition), toJson(fromJson(after)));
    QCOMPARE(result, selectedAfter);
    QCOMPARE(toJson(shared), toJson(fromJson(before)));
}

QTEST_MAIN(TestConditionTreeModel)
#include "tst_conditiontreemodel.moc"
