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
        // Besides the notification's 8000-byte one, warnings holding this text are expected.
        QTest::addColumn<QString>("expectedWarning");
        QTest::newRow("read only")
                << presets::readOnly(orders, columns, {QStringLiteral("status")}) << QString();
        QTest::newRow("append only") << presets::appendOnly(orders, columns) << QString();
        QTest::newRow("updated at") << presets::updatedAt(orders, columns) << QString();
        QTest::newRow("soft delete") << presets::softDelete(orders, columns) << QString();
        QTest::newRow("state machine")
                << presets::stateMachine(orders, columns, QStringLiteral("status"),
                                         {{QStringLiteral("new"), QStringLiteral("paid")}})
                << QString();
        QTest::newRow("audit rows") << presets::auditRows(orders, columns, audit) << QString();
        QTest::newRow("audit inserts")
                << presets::auditStatements(orders, columns, TriggerEvent::Insert, audit)
                << QString();
        QTest::newRow("audit updates")
                << presets::auditStatements(orders, columns, TriggerEvent::Update, audit)
                << QString();
        QTest::newRow("audit deletes")
                << presets::auditStatements(orders, columns, TriggerEvent::Delete, audit)
                << QString();
        QTest::newRow("notify") << presets::notifyChanges(orders, columns, QStringLiteral("orders"))
                                << QString();

        // The actions editor's presets, applied over an AFTER statement trigger with transition
        // tables, which neither a BEFORE trigger nor one of three events can keep.
        const TriggerDesign statementAudit
                = presets::auditStatements(orders, columns, TriggerEvent::Update, audit);
        const auto applied = [&statementAudit](ActionPreset preset) {
            TriggerDesign trigger = statementAudit;
            applyActionPreset(trigger, preset);
            return trigger;
        };
        QTest::newRow("editor: read only") << applied(ActionPreset::ReadOnly) << QString();
        QTest::newRow("editor: protect deletes")
                << applied(ActionPreset::ProtectDeletes) << QString();
        QTest::newRow("editor: soft delete") << applied(ActionPreset::SoftDelete) << QString();
        QTest::newRow("editor: audit all changes")
                << applied(ActionPreset::AuditAllChanges) << QString();
        // Its payload holds both rows on purpose: the one an operation lacks is null.
        QTest::newRow("editor: notify on change")
                << applied(ActionPreset::NotifyOnChange) << QStringLiteral("(it is NULL there)");
    }

    void presetsAreSound()
    {
        // Each preset is a clean design, renders, and survives a file round trip. The warnings
        // allowed are the notification's (its key is raw SQL, whose size the validator cannot
        // know) and the row's own expectedWarning.
        QFETCH(TriggerDesign, trigger);
        QFETCH(QString, expectedWarning);
        const QList<Diagnostic> diagnostics = validateTrigger(trigger, 0);
        for (const Diagnostic &diagnostic : diagnostics) {
            QVERIFY2(!diagnostic.isError()
                             && (diagnostic.message.contains(QLatin1String("8000-byte"))
                                 || (!expectedWarning.isEmpty()
                                     && diagnostic.message.contains(expectedWarning))),
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
