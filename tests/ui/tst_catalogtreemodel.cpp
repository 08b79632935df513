#include "core/pg/catalogloader.h"
#include "core/pg/sandbox.h"
#include "tests/common/testdatabase.h"
#include "ui/catalog/catalogfiltermodel.h"
#include "ui/catalog/catalogpane.h"
#include "ui/catalog/catalogtreemodel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace trigon;
using namespace trigon::ui;

class TestCatalogTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsSchemasTablesColumnsAndTriggers();
    void passesTheModelTester();
    void filterKeepsTheWayToAMatch();
    void filterMatchesNamesAndTypes_data();
    void filterMatchesNamesAndTypes();

private:
    std::shared_ptr<const CatalogSnapshot> m_snapshot;
};

void TestCatalogTreeModel::initTestCase()
{
    test::TestDatabase db;
    db.mustExec(pg::Sandbox::demoSchemaScript());
    db.mustExec(QStringLiteral(
            "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "NEW.updated_at := now(); RETURN NEW; END $$;"
            "CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION "
            "touch();"
            "ALTER TABLE orders DISABLE TRIGGER orders_touch;"
            "CREATE TRIGGER products_touch BEFORE UPDATE ON products FOR EACH ROW EXECUTE "
            "FUNCTION touch();"));
    pg::PgError error;
    const std::optional<CatalogSnapshot> snapshot = pg::loadCatalog(db.connection(), &error);
    QVERIFY2(snapshot, qPrintable(error.message));
    m_snapshot = std::make_shared<const CatalogSnapshot>(*snapshot);
}

void TestCatalogTreeModel::showsSchemasTablesColumnsAndTriggers()
{
    CatalogTreeModel model;
    model.setSnapshot(m_snapshot);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex schema = model.index(0, 0);
    QCOMPARE(schema.data().toString(), QStringLiteral("public"));
    QStringList relations;
    QModelIndex orders;
    for (int row = 0; row < model.rowCount(schema); ++row) {
        const QModelIndex relation = model.index(row, 0, schema);
        relations.append(relation.data().toString());
        if (relation.data().toString() == QLatin1String("orders"))
            orders = relation;
    }
    QCOMPARE(relations,
             (QStringList {"audit_log", "customers", "order_items", "order_summaries", "orders",
                           "products"}));
    // Seven columns, then the trigger.
    QCOMPARE(model.rowCount(orders), 8);
    QVERIFY(model.index(0, 0, orders).data().toString().startsWith(QStringLiteral("id")));
    const QModelIndex trigger = model.index(7, 0, orders);
    // Its function is products_touch's too: the name says which, and how many share it.
    QCOMPARE(trigger.data().toString(), QStringLiteral("orders_touch  → touch() ×2"));
    QVERIFY2(trigger.data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("shared with 1 other trigger(s): products_touch on "
                                              "public.products")),
             qPrintable(trigger.data(Qt::ToolTipRole).toString()));
    QVERIFY(trigger.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Function public.touch(), plpgsql\n\nBEGIN "
                                             "NEW.updated_at := now(); RETURN NEW; END")));
    QCOMPARE(trigger.data(CatalogTreeModel::NodeKindRole).toInt(),
             static_cast<int>(CatalogTreeModel::NodeKind::Trigger));
    QVERIFY(trigger.data(Qt::ToolTipRole).toString().contains(QStringLiteral("disabled")));
    QCOMPARE(model.trigger(trigger)->enabled, TriggerEnabled::Disabled);
    QCOMPARE(model.relation(trigger)->name, QStringLiteral("orders"));
    QCOMPARE(trigger.data(CatalogTreeModel::RelationNameRole).toString(), QStringLiteral("orders"));
}

void TestCatalogTreeModel::passesTheModelTester()
{
    CatalogTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(m_snapshot);
    model.setSnapshot(nullptr);
    model.setSnapshot(m_snapshot);
}

void TestCatalogTreeModel::filterKeepsTheWayToAMatch()
{
    CatalogPane pane;
    pane.setSnapshot(m_snapshot);
    auto *filter = pane.findChild<QLineEdit *>();
    filter->setText(QStringLiteral("orders_touch"));
    QAbstractItemModel *shown = pane.view()->model();
    QCOMPARE(shown->rowCount(), 1);
    const QModelIndex schema = shown->index(0, 0);
    // The filter waits for typing to pause.
    QTRY_COMPARE(shown->rowCount(schema), 1);
    const QModelIndex table = shown->index(0, 0, schema);
    QCOMPARE(table.data().toString(), QStringLiteral("orders"));
    QCOMPARE(shown->rowCount(table), 1);
    QCOMPARE(shown->index(0, 0, table).data(CatalogTreeModel::TriggerNameRole).toString(),
             QStringLiteral("orders_touch"));
}

void TestCatalogTreeModel::filterMatchesNamesAndTypes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("matches"); // every node shown that matches, depth first
    QTest::newRow("a trigger, any case")
            << QStringLiteral("ORDERS_TOUCH") << QStringList {"orders_touch  → touch() ×2"};
    QTest::newRow("a table and what it holds")
            << QStringLiteral("order_items") << QStringList {"order_items"};
    QTest::newRow("a column type")
            << QStringLiteral("jsonb") << QStringList {"old_row  jsonb", "new_row  jsonb"};
    QTest::newRow("nothing") << QStringLiteral("no such thing") << QStringList {};
    QTest::newRow("everything") << QString() << QStringList {};
}

void TestCatalogTreeModel::filterMatchesNamesAndTypes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, matches);
    CatalogTreeModel model;
    model.setSnapshot(m_snapshot);
    CatalogFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setText(text);
    QCOMPARE(filter.text(), text);
    QStringList found;
    const std::function<int(const QAbstractItemModel &, const QModelIndex &)> walk
            = [&](const QAbstractItemModel &shown, const QModelIndex &parent) {
                  int nodes = 0;
                  for (int row = 0; row < shown.rowCount(parent); ++row) {
                      const QModelIndex index = shown.index(row, 0, parent);
                      if (&shown == &filter && !text.isEmpty()
                          && model.matches(filter.mapToSource(index), text))
                          found.append(index.data().toString());
                      nodes += 1 + walk(shown, index);
                  }
                  return nodes;
              };
    const int shown = walk(filter, {});
    // A match keeps the way to it: its schema, and its table.
    if (text.isEmpty()) {
        QCOMPARE(shown, walk(model, {}));
    } else {
        QCOMPARE(found, matches);
        QCOMPARE(filter.rowCount(), matches.isEmpty() ? 0 : 1);
    }
}

QTEST_MAIN(TestCatalogTreeModel)
#include "tst_catalogtreemodel.moc"
