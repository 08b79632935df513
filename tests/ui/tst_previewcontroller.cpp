#include "core/catalog/catalogsnapshot.h"
#include "ui/designer/diagnosticsmodel.h"
#include "ui/document/designcontroller.h"
#include "ui/document/previewcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;

namespace {

// A keystroke in the name field: one merging edit, as the form makes it.
void typeName(DesignController &design, const QString &id, const QString &name)
{
    design.editTrigger(id, QStringLiteral("Rename"), QStringLiteral("name"),
                       [&name](TriggerDesign &trigger) { trigger.name = name; });
}

TriggerDesign namedTrigger(const QString &name)
{
    TriggerDesign trigger;
    trigger.name = name;
    trigger.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
    trigger.timing = TriggerTiming::Before;
    trigger.events = {TriggerEvent::Update};
    trigger.actions = {ProtectAction {}};
    return trigger;
}

} // namespace

// The preview pipeline without a window: what it renders for each choice, how edits are
// coalesced, and what becomes of plpgsql_check's findings.
class TestPreviewController : public QObject
{
    Q_OBJECT
private slots:
    void rendersWhatIsChosen_data();
    void rendersWhatIsChosen();
    void aBurstOfEditsIsOneUpdate();
    void findingsLastUntilTheNextEdit();
    void installedTriggersJoinTheCascade();
    void aLargeDatabaseBuildsTheGraphOffTheGuiThread();
};

void TestPreviewController::rendersWhatIsChosen_data()
{
    QTest::addColumn<bool>("wholeFile");
    QTest::addColumn<bool>("uninstall");
    QTest::addColumn<int>("serverVersion");
    QTest::addColumn<QStringList>("contains");
    QTest::addColumn<QStringList>("lacks");

    QTest::newRow("current trigger")
            << false << false << 0 << QStringList {"first", "EXECUTE FUNCTION"}
            << QStringList {"second"};
    QTest::newRow("whole file") << true << false << 0 << QStringList {"first", "second"}
                                << QStringList {};
    QTest::newRow("uninstall the current trigger")
            << false << true << 0 << QStringList {"DROP TRIGGER IF EXISTS first"}
            << QStringList {"CREATE", "second"};
    QTest::newRow("uninstall the whole file")
            << true << true << 0 << QStringList {"DROP TRIGGER IF EXISTS first", "second"}
            << QStringList {"CREATE"};
    // PostgreSQL 10 knows neither EXECUTE FUNCTION nor CREATE OR REPLACE TRIGGER.
    QTest::newRow("an old server") << false << false << 100000 << QStringList {"EXECUTE PROCEDURE"}
                                   << QStringList {"EXECUTE FUNCTION"};
}

void TestPreviewController::rendersWhatIsChosen()
{
    QFETCH(bool, wholeFile);
    QFETCH(bool, uninstall);
    QFETCH(int, serverVersion);
    QFETCH(QStringList, contains);
    QFETCH(QStringList, lacks);

    DesignController design;
    const QString first = design.addTrigger(namedTrigger(QStringLiteral("first")));
    design.addTrigger(namedTrigger(QStringLiteral("second")));
    PreviewController preview(&design);
    preview.setCurrentTriggerId(first);
    preview.setServerVersion(serverVersion);
    preview.setWholeFile(wholeFile);
    preview.setUninstall(uninstall);
    preview.update();

    for (const QString &text : contains)
        QVERIFY2(preview.script().contains(text), qPrintable(text + u'\n' + preview.script()));
    for (const QString &text : lacks)
        QVERIFY2(!preview.script().contains(text), qPrintable(text + u'\n' + preview.script()));
}

void TestPreviewController::aBurstOfEditsIsOneUpdate()
{
    DesignController design;
    const QString id = design.addTrigger(namedTrigger(QStringLiteral("t")));
    PreviewController preview(&design);
    preview.setCurrentTriggerId(id);
    preview.update();
    QSignalSpy updated(&preview, &PreviewController::updated);

    for (const QString &name :
         {QStringLiteral("t1"), QStringLiteral("t12"), QStringLiteral("t123")})
        typeName(design, id, name);
    QCOMPARE(updated.count(), 0); // nothing yet: the pause after the last keystroke runs
    QVERIFY(updated.wait(1000));
    QTest::qWait(2 * PreviewController::defaultDelayMs);
    QCOMPARE(updated.count(), 1);
    QVERIFY(preview.script().contains(QLatin1String("t123")));
    QVERIFY(!preview.script().contains(QLatin1String("t12 ")));
}

void TestPreviewController::findingsLastUntilTheNextEdit()
{
    DesignController design;
    const QString id = design.addTrigger(namedTrigger(QStringLiteral("t")));
    PreviewController preview(&design);
    preview.setCurrentTriggerId(id);
    preview.update();
    const int validatorRows = preview.diagnostics()->rowCount();

    Diagnostic finding;
    finding.triggerId = id;
    finding.message = QStringLiteral("plpgsql_check: column \"x\" does not exist");
    preview.setFunctionFindings({finding});
    QCOMPARE(preview.diagnostics()->rowCount(), validatorRows + 1);

    typeName(design, id, QStringLiteral("t2"));
    QSignalSpy updated(&preview, &PreviewController::updated);
    QVERIFY(updated.wait(1000));
    QCOMPARE(preview.diagnostics()->rowCount(), validatorRows);
}

// A design trigger writing audit rows, and a trigger installed on the audit table that updates
// the orders again: together a loop, reported on the design's trigger while connected.
void TestPreviewController::installedTriggersJoinTheCascade()
{
    DesignController design;
    TriggerDesign audit;
    audit.name = QStringLiteral("orders_audit");
    audit.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
    audit.events = {TriggerEvent::Update};
    AuditAction writesAudit;
    writesAudit.table = TableRef {QStringLiteral("public"), QStringLiteral("audit")};
    audit.actions = {writesAudit};
    const QString id = design.addTrigger(audit);

    auto catalog = std::make_shared<CatalogSnapshot>();
    CatalogTrigger back;
    back.oid = 10;
    back.schema = QStringLiteral("public");
    back.table = QStringLiteral("audit");
    back.name = QStringLiteral("audit_touches_order");
    back.events = {TriggerEvent::Insert};
    back.function = 20;
    catalog->triggers = {back};
    CatalogFunction function;
    function.oid = 20;
    function.schema = QStringLiteral("public");
    function.name = QStringLiteral("touch_order");
    function.language = QStringLiteral("plpgsql");
    function.source = QStringLiteral("BEGIN UPDATE orders SET note = 'x'; RETURN NULL; END");
    catalog->functions = {function};

    PreviewController preview(&design);
    const auto loopWarnings = [&preview] {
        QStringList messages;
        for (const Diagnostic &diagnostic : preview.diagnostics()->diagnostics()) {
            if (diagnostic.field == u"cascade")
                messages.append(diagnostic.message);
        }
        return messages;
    };
    QSignalSpy rebuilt(&preview, &PreviewController::cascadeGraphChanged);
    preview.update();
    QCOMPARE(rebuilt.count(), 1);
    QVERIFY(loopWarnings().isEmpty());

    preview.setCatalog(catalog);
    QVERIFY(rebuilt.wait(1000));
    QCOMPARE(preview.cascadeGraph().loops.size(), 1);
    const QStringList connected = loopWarnings();
    QCOMPARE(connected.size(), 1);
    QVERIFY2(connected[0].contains(QLatin1String("audit_touches_order")), qPrintable(connected[0]));
    QCOMPARE(preview.diagnostics()->diagnostics().constLast().triggerId, id);

    // Choosing another trigger renders again but leaves the graph alone.
    preview.setCurrentTriggerId(id);
    preview.update();
    QCOMPARE(rebuilt.count(), 2);

    preview.setCatalog(nullptr);
    preview.update();
    QCOMPARE(rebuilt.count(), 3);
    QVERIFY(loopWarnings().isEmpty());
}

// Thousands of installed functions take long to read: typing must not wait for them. The preview
// comes at once, the graph and its warnings when the worker is done.
void TestPreviewController::aLargeDatabaseBuildsTheGraphOffTheGuiThread()
{
    DesignController design;
    TriggerDesign audit;
    audit.name = QStringLiteral("orders_audit");
    audit.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
    audit.events = {TriggerEvent::Update};
    AuditAction writesAudit;
    writesAudit.table = TableRef {QStringLiteral("public"), QStringLiteral("audit")};
    audit.actions = {writesAudit};
    design.addTrigger(audit);

    auto catalog = std::make_shared<CatalogSnapshot>();
    CatalogFunction function;
    function.oid = 1;
    function.schema = QStringLiteral("public");
    function.name = QStringLiteral("touch_order");
    function.language = QStringLiteral("plpgsql");
    function.source = QStringLiteral("BEGIN UPDATE orders SET note = 'x'; RETURN NULL; END");
    catalog->functions = {function};
    // One trigger closing the loop, among many that write nothing.
    for (int i = 0; i < 1000; ++i) {
        CatalogTrigger installed;
        installed.oid = quint32(100 + i);
        installed.schema = QStringLiteral("public");
        installed.table = i == 0 ? QStringLiteral("audit") : QStringLiteral("t%1").arg(i);
        installed.name = QStringLiteral("installed_%1").arg(i);
        installed.events = {TriggerEvent::Insert};
        installed.function = 1;
        catalog->triggers.append(installed);
    }

    PreviewController preview(&design);
    QSignalSpy updated(&preview, &PreviewController::updated);
    QSignalSpy rebuilt(&preview, &PreviewController::cascadeGraphChanged);
    preview.setCatalog(catalog);
    preview.update();
    QCOMPARE(updated.count(), 1);
    QVERIFY(rebuilt.wait(10'000));
    QCOMPARE(preview.cascadeGraph().triggers.size(), 1001);
    QCOMPARE(preview.cascadeGraph().loops.size(), 1);
    bool warned = false;
    for (const Diagnostic &diagnostic : preview.diagnostics()->diagnostics())
        warned = warned || diagnostic.field == u"cascade";
    QVERIFY(warned);
}

QTEST_MAIN(TestPreviewController)
#include "tst_previewcontroller.moc"
