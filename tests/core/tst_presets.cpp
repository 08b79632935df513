#include "core/analysis/designvalidator.h"
#include "core/io/designfile.h"
#include "core/model/presets.h"
#include "core/sql/scriptrenderer.h"

#include <QTest>

using namespace trigon;

namespace {

const TableRef orders {QStringLiteral("shop"), QStringLiteral("orders")};
const QList<TableColumn> columns {
        {QStringLiteral("id"), QStringLiteral("integer"), false, true},
        {QStringLiteral("status"), QStringLiteral("text"), false, false},
        {QStringLiteral("is_deleted"), QStringLiteral("boolean"), false, false},
        {QStringLiteral("updated_at"), QStringLiteral("timestamptz"), true, false}};
const TableRef audit {QStringLiteral("shop"), QStringLiteral("audit_log")};

} // namespace

class TestPresets : public QObject
{
    Q_OBJECT

private slots:
    void presetsAreSound_data()
    {
        QTest::addColumn<TriggerDesign>("trigger");
        QTest::newRow("read only")
                << presets::readOnly(orders, columns, {QStringLiteral("status")});
        QTest::newRow("append only") << presets::appendOnly(orders, columns);
        QTest::newRow("updated at") << presets::updatedAt(orders, columns);
        QTest::newRow("soft delete") << presets::softDelete(orders, columns);
        QTest::newRow("state machine")
                << presets::stateMachine(orders, columns, QStringLiteral("status"),
                                         {{QStringLiteral("new"), QStringLiteral("paid")}});
        QTest::newRow("audit rows") << presets::auditRows(orders, columns, audit);
        QTest::newRow("audit inserts")
                << presets::auditStatements(orders, columns, TriggerEvent::Insert, audit);
        QTest::newRow("audit updates")
                << presets::auditStatements(orders, columns, TriggerEvent::Update, audit);
        QTest::newRow("audit deletes")
                << presets::auditStatements(orders, columns, TriggerEvent::Delete, audit);
        QTest::newRow("notify") << presets::notifyChanges(orders, columns,
                                                          QStringLiteral("orders"));
    }

    void presetsAreSound()
    {
        // Each preset is a clean design, renders, and survives a file round trip. The only warning
        // allowed is the notification's: its key is raw SQL, whose size the validator cannot know.
        QFETCH(TriggerDesign, trigger);
        const QList<Diagnostic> diagnostics = validateTrigger(trigger, 0);
        for (const Diagnostic &diagnostic : diagnostics) {
            QVERIFY2(!diagnostic.isError()
                             && diagnostic.message.contains(QLatin1String("8000-byte")),
                     qPrintable(diagnostic.toString()));
        }
        QVERIFY(renderTriggerInstall(trigger, {})
                        .contains(QLatin1String("CREATE OR REPLACE TRIGGER")));
        DesignDocument document;
        document.addTrigger(trigger);
        const DesignReadResult read = parseDesign(serializeDesign(document));
        QVERIFY(read.ok());
        QVERIFY(*read.document == document);
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
