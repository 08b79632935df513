#include "core/catalog/catalogsnapshot.h"
#include "tests/common/screenshot.h"
#include "ui/catalog/catalogpane.h"
#include "ui/catalog/catalogtreemodel.h"
#include "ui/catalogcontroller.h"
#include "ui/document/designcontroller.h"
#include "ui/editor/sqleditor.h"
#include "ui/session/session.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QTest>
#include <QTreeView>

using namespace trigon;
using namespace trigon::ui;

// The Catalog pane without a server: snapshots made here, as a reload after a deploy brings them.
class TestCatalogPane : public QObject
{
    Q_OBJECT
private slots:
    void keepsExpandedNodesAndTheCurrentOneAcrossAReload();
    void anotherDatabaseStartsAfresh();
    void saysHowToConnectWhileNotConnected();
    void showsTriggerSqlInTheSqlEditor();
};

namespace {

CatalogColumn column(const QString &name, const QString &type)
{
    CatalogColumn made;
    made.name = name;
    made.type = type;
    return made;
}

// A small shop; `oids` moves every oid, as a catalog read again after objects were dropped and
// made again does. `withInvoices` adds a table that sorts before orders, moving its row.
std::shared_ptr<const CatalogSnapshot> shop(const QString &database, quint32 oids,
                                            bool withInvoices = false)
{
    auto catalog = std::make_shared<CatalogSnapshot>();
    catalog->server.database = database;
    for (const QString &name : {QStringLiteral("app"), QStringLiteral("public")}) {
        CatalogSchema schema;
        schema.oid = oids++;
        schema.name = name;
        catalog->schemas.append(schema);
    }
    const auto addRelation
            = [&](const QString &schema, const QString &name, const QList<CatalogColumn> &columns) {
                  CatalogRelation relation;
                  relation.oid = oids++;
                  relation.schema = schema;
                  relation.name = name;
                  relation.columns = columns;
                  relation.canCreateTrigger = true;
                  catalog->relations.append(relation);
                  return relation.oid;
              };
    addRelation(QStringLiteral("app"), QStringLiteral("settings"),
                {column(QStringLiteral("key"), QStringLiteral("text"))});
    addRelation(QStringLiteral("public"), QStringLiteral("customers"),
                {column(QStringLiteral("id"), QStringLiteral("integer"))});
    if (withInvoices)
        addRelation(QStringLiteral("public"), QStringLiteral("invoices"),
                    {column(QStringLiteral("id"), QStringLiteral("integer"))});
    const quint32 orders = addRelation(QStringLiteral("public"), QStringLiteral("orders"),
                                       {column(QStringLiteral("id"), QStringLiteral("integer")),
                                        column(QStringLiteral("status"), QStringLiteral("text"))});
    CatalogFunction function;
    function.oid = oids++;
    function.schema = QStringLiteral("public");
    function.name = QStringLiteral("orders_notify");
    function.language = QStringLiteral("plpgsql");
    function.source = QStringLiteral("BEGIN PERFORM pg_notify('order_events', NEW.id::text); "
                                     "RETURN NEW; END");
    catalog->functions.append(function);
    for (const QString &name : {QStringLiteral("orders_audit"), QStringLiteral("orders_notify")}) {
        CatalogTrigger trigger;
        trigger.oid = oids++;
        trigger.relation = orders;
        trigger.schema = QStringLiteral("public");
        trigger.table = QStringLiteral("orders");
        trigger.name = name;
        trigger.function = function.oid + (name == QStringLiteral("orders_audit") ? 1000 : 0);
        trigger.definition = QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON public.orders FOR "
                                            "EACH ROW EXECUTE FUNCTION public.orders_notify()")
                                     .arg(name);
        catalog->triggers.append(trigger);
    }
    return catalog;
}

// The view's index of the node shown as `names`, top down.
QModelIndex find(const QTreeView *view, const QStringList &names)
{
    const QAbstractItemModel *model = view->model();
    QModelIndex found;
    for (const QString &name : names) {
        const QModelIndexList matches = model->match(model->index(0, 0, found), Qt::DisplayRole,
                                                     name, 1, Qt::MatchExactly);
        if (matches.isEmpty())
            return {};
        found = matches.first();
    }
    return found;
}

bool isExpanded(const QTreeView *view, const QStringList &names)
{
    const QModelIndex index = find(view, names);
    return index.isValid() && view->isExpanded(index);
}

} // namespace

void TestCatalogPane::keepsExpandedNodesAndTheCurrentOneAcrossAReload()
{
    CatalogPane pane;
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(320, 200);
    pane.show();
    QTreeView *view = pane.view();
    pane.setSnapshot(shop(QStringLiteral("shop"), 1000));
    QVERIFY(isExpanded(view, {QStringLiteral("public")}));
    view->collapse(find(view, {QStringLiteral("app")}));
    view->expand(find(view, {QStringLiteral("public"), QStringLiteral("orders")}));
    const QModelIndex notify = find(
            view,
            {QStringLiteral("public"), QStringLiteral("orders"), QStringLiteral("orders_notify")});
    QVERIFY(notify.isValid());
    view->setCurrentIndex(notify);

    // After a deploy: new oids, and a new table moves orders down a row.
    pane.setSnapshot(shop(QStringLiteral("shop"), 5000, true));
    QVERIFY(isExpanded(view, {QStringLiteral("public")}));
    QVERIFY(!isExpanded(view, {QStringLiteral("app")}));
    QVERIFY(isExpanded(view, {QStringLiteral("public"), QStringLiteral("orders")}));
    QVERIFY(!isExpanded(view, {QStringLiteral("public"), QStringLiteral("customers")}));
    QVERIFY(!isExpanded(view, {QStringLiteral("public"), QStringLiteral("invoices")}));
    QCOMPARE(view->currentIndex().data(CatalogTreeModel::TriggerNameRole).toString(),
             QStringLiteral("orders_notify"));
    QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));

    // The path is by names: the same trigger in the new snapshot.
    const QStringList path
            = pane.model()->path(pane.model()->index(0, 0, pane.model()->index(0, 0)));
    QCOMPARE(pane.model()->indexOfPath(path), pane.model()->index(0, 0, pane.model()->index(0, 0)));
    QVERIFY(!pane.model()->indexOfPath({QStringLiteral("no such node")}).isValid());
}

void TestCatalogPane::anotherDatabaseStartsAfresh()
{
    CatalogPane pane;
    QTreeView *view = pane.view();
    pane.setSnapshot(shop(QStringLiteral("shop"), 1000));
    view->collapse(find(view, {QStringLiteral("app")}));
    view->expand(find(view, {QStringLiteral("public"), QStringLiteral("orders")}));
    pane.setSnapshot(shop(QStringLiteral("shop_copy"), 1000));
    QVERIFY(isExpanded(view, {QStringLiteral("app")}));
    QVERIFY(!isExpanded(view, {QStringLiteral("public"), QStringLiteral("orders")}));
    // So does the first snapshot after a disconnection.
    view->collapse(find(view, {QStringLiteral("app")}));
    pane.setSnapshot(nullptr);
    pane.setSnapshot(shop(QStringLiteral("shop_copy"), 1000));
    QVERIFY(isExpanded(view, {QStringLiteral("app")}));
}

void TestCatalogPane::saysHowToConnectWhileNotConnected()
{
    QWidget window;
    auto *pane = new CatalogPane(&window);
    DesignController design;
    Session session;
    CatalogController controller(pane, &design, &session, &window);
    window.resize(300, 400);
    pane->resize(300, 400);
    window.show();
    QVERIFY(pane->placeholderText().contains(QStringLiteral("Not connected")));
    QVERIFY(pane->placeholderText().contains(QStringLiteral("Open Sandbox Database")));
    QVERIFY(!pane->view()->isVisible());
    test::saveScreenshot(pane, QStringLiteral("catalog-not-connected"));

    pane->setSnapshot(shop(QStringLiteral("shop"), 1000));
    QVERIFY(pane->view()->isVisible());
    pane->setSnapshot(nullptr);
    QVERIFY(!pane->view()->isVisible());
}

// Show SQL: the definition and the function's source in the SQL editor, read-only.
void TestCatalogPane::showsTriggerSqlInTheSqlEditor()
{
    QWidget window;
    auto *pane = new CatalogPane(&window);
    DesignController design;
    Session session;
    CatalogController controller(pane, &design, &session, &window);
    const CatalogTrigger trigger = shop(QStringLiteral("shop"), 1000)->triggers.constLast();
    controller.showTriggerDefinition(trigger);
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("triggerDefinition"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("orders_notify")));
    auto *editor = dialog->findChild<SqlEditor *>();
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    QVERIFY(editor->lexer());
    QVERIFY(editor->text().startsWith(QStringLiteral("CREATE TRIGGER orders_notify AFTER")));
    test::saveScreenshot(dialog, QStringLiteral("catalog-show-sql"));
    dialog->close();
}

QTEST_MAIN(TestCatalogPane)
#include "tst_catalogpane.moc"
