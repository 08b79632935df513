#include "tests/core/conditionjson.h"
#include "ui/designer/conditions/conditiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;
using trigon::test::conditionFromJson;

namespace {

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
    model.setCondition(conditionFromJson(first), ordersContext());
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
    model.setCondition(conditionFromJson(second), ordersContext());
    walk({});
    model.setCondition(conditionFromJson(first), ordersContext());
    walk({});
}

void TestConditionTreeModel::valueChangesKeepIndexes()
{
    ConditionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCondition(
            conditionFromJson(QStringLiteral(R"({"and": [{"q": {"old__status": "paid"}}]})")),
            ordersContext());
    const QPersistentModelIndex entry = model.indexForNodePath({0, 0});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setCondition(conditionFromJson(QStringLiteral(R"({"or": [{"q": {"new__id__gt": 1}}]})")),
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
    model.setCondition(conditionFromJson(condition), ordersContext());
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

QTEST_MAIN(TestConditionTreeModel)
#include "tst_conditiontreemodel.moc"
