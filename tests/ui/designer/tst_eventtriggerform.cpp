#include "core/analysis/designvalidator.h"
#include "core/model/presets.h"
#include "core/sql/eventtriggerscript.h"
#include "tests/common/screenshot.h"
#include "ui/designer/actions/notify/notifypage.h"
#include "ui/designer/actions/payloadeditor.h"
#include "ui/designer/designlistpane.h"
#include "ui/designer/diagnosticsmodel.h"
#include "ui/designer/eventactions/attach/attachpage.h"
#include "ui/designer/eventtriggers/commandtagpicker.h"
#include "ui/designer/eventtriggers/eventactionform.h"
#include "ui/designer/eventtriggers/eventactionseditor.h"
#include "ui/designer/eventtriggers/eventtriggerform.h"
#include "ui/designer/eventtriggers/eventtriggerlistmodel.h"
#include "ui/document/designcontroller.h"
#include "ui/document/previewcontroller.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace trigon;
using namespace trigon::ui;

namespace {

// A document with one design over several tables with a selector (what attach names) and the
// event triggers of `eventTriggers`.
void load(DesignController &controller, const QList<EventTriggerDesign> &eventTriggers)
{
    DesignDocument document;
    TriggerDesign audited;
    audited.name = QStringLiteral("audit_everything");
    audited.table = TableRef {QStringLiteral("public"), QString()};
    audited.tables = {DesignTable {TableRef {QStringLiteral("public"), QStringLiteral("a")}, {}},
                      DesignTable {TableRef {QStringLiteral("public"), QStringLiteral("b")}, {}}};
    audited.selector = TableSelector {};
    audited.events = {TriggerEvent::Insert};
    audited.actions = {AuditAction {}};
    document.addTrigger(audited);
    for (const EventTriggerDesign &eventTrigger : eventTriggers)
        document.addEventTrigger(eventTrigger);
    controller.adoptRecovered(document, QString());
}

QList<PayloadValue::Kind> offeredKinds(const PayloadEditor &editor)
{
    QList<PayloadValue::Kind> kinds;
    const auto *combo = static_cast<QComboBox *>(editor.table()->cellWidget(0, 1));
    for (int i = 0; i < combo->count(); ++i)
        kinds.append(PayloadValue::Kind(combo->itemData(i).toInt()));
    return kinds;
}

} // namespace

class TestEventTriggerForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ddlEventsPresetKeepsItsContract();
    void formEditsWithUndoAndRedo();
    void tagPickerOffersTheEventsTags_data();
    void tagPickerOffersTheEventsTags();
    void payloadEditorOffersDdlOnlyForEventTriggers_data();
    void payloadEditorOffersDdlOnlyForEventTriggers();
    void notifyActionEditsTheEventTrigger();
    void attachPageOffersDesignsWithSelector();
    void designsPaneAddsRemovesAndDuplicates();
    void presetIsOneUndoStep();
    void previewShowsTheSelectedEventTrigger();
    void diagnosticActivationSelectsTheEventTrigger();
    void screenshot();

private:
    QTemporaryDir m_dir;
};

void TestEventTriggerForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestEventTriggerForm::ddlEventsPresetKeepsItsContract()
{
    const QList<EventTriggerDesign> designs = presets::ddlEvents();
    QCOMPARE(designs.size(), 2);
    QCOMPARE(designs[0].name, QStringLiteral("trigon_ddl_command_end"));
    QCOMPARE(designs[0].event, DdlEvent::DdlCommandEnd);
    QCOMPARE(designs[1].name, QStringLiteral("trigon_sql_drop"));
    QCOMPARE(designs[1].event, DdlEvent::SqlDrop);
    for (const EventTriggerDesign &design : designs) {
        const EventAction action = design.actions.value(0);
        const auto *notify = std::get_if<NotifyAction>(&action);
        QVERIFY(notify);
        QCOMPARE(notify->channel, QStringLiteral("trigon_ddl"));
        QCOMPARE(notify->payload.size(), 4);
        QCOMPARE(notify->payload[1].name, QStringLiteral("tag"));
        QCOMPARE(notify->payload[1].value, PayloadValue::ddl(QStringLiteral("command_tag")));
    }
    // Every preset is valid as it comes, given a design it can attach.
    DesignController controller;
    load(controller, {});
    DesignDocument document = controller.document();
    for (const EventTriggerPreset &preset : eventTriggerPresets(document.triggers)) {
        for (const EventTriggerDesign &design : preset.eventTriggers)
            document.addEventTrigger(design);
    }
    for (const Diagnostic &diagnostic : validateDesign(document, ValidationOptions {150000, true}))
        QVERIFY2(!diagnostic.isError() || diagnostic.field.isEmpty()
                         || !diagnostic.field.startsWith(u"event_triggers"),
                 qPrintable(diagnostic.toString()));
}

void TestEventTriggerForm::formEditsWithUndoAndRedo()
{
    DesignController controller;
    load(controller, {presets::forbidDropSchema()});
    const QString id = controller.eventTriggers().constFirst().id;
    const EventTriggerDesign original = *controller.eventTrigger(id);
    EventTriggerForm form(&controller);
    form.setEventTriggerId(id);
    auto *name = form.findChild<QLineEdit *>(QStringLiteral("eventTriggerName"));
    QCOMPARE(name->text(), QStringLiteral("trigon_forbid_drop_schema"));

    // Typing in one field is one undo step.
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("no_drop"));
    QCOMPARE(controller.eventTrigger(id)->name, QStringLiteral("no_drop"));
    QCOMPARE(controller.undoStack()->count(), 1);

    // Another event drops the tags it does not fire for, in the same step.
    auto *event = form.findChild<QComboBox *>(QStringLiteral("eventTriggerEvent"));
    event->setCurrentIndex(event->findData(QStringLiteral("table_rewrite")));
    emit event->activated(event->currentIndex());
    QCOMPARE(controller.eventTrigger(id)->event, DdlEvent::TableRewrite);
    QVERIFY(controller.eventTrigger(id)->tags.isEmpty());
    QCOMPARE(controller.undoStack()->count(), 2);

    // Checking a tag is an edit.
    QListWidget *tags = form.tagPicker()->list();
    const QString tag = commandTagsFiringFor(DdlEvent::TableRewrite).constFirst();
    tags->findItems(tag, Qt::MatchExactly).constFirst()->setCheckState(Qt::Checked);
    QCOMPARE(controller.eventTrigger(id)->tags, QStringList {tag});

    auto *enabled = form.findChild<QComboBox *>(QStringLiteral("eventTriggerEnabled"));
    enabled->setCurrentIndex(3);
    emit enabled->activated(3);
    QCOMPARE(controller.eventTrigger(id)->enabled, TriggerEnabled::Always);
    QCOMPARE(controller.undoStack()->count(), 4);

    // Undo takes every step back, and the form follows.
    controller.undoStack()->undo();
    QCOMPARE(enabled->currentIndex(), 0);
    controller.undoStack()->undo();
    QCOMPARE(form.tagPicker()->checkedTags(), QStringList());
    controller.undoStack()->undo();
    QCOMPARE(event->currentData().toString(), QStringLiteral("ddl_command_start"));
    QCOMPARE(form.tagPicker()->checkedTags(), QStringList {QStringLiteral("DROP SCHEMA")});
    controller.undoStack()->undo();
    QCOMPARE(name->text(), QStringLiteral("trigon_forbid_drop_schema"));
    QCOMPARE(*controller.eventTrigger(id), original);
    controller.undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("no_drop"));
}

void TestEventTriggerForm::tagPickerOffersTheEventsTags_data()
{
    QTest::addColumn<QString>("event");
    for (const QString &event : ddlEventNames())
        QTest::newRow(qPrintable(event)) << event;
}

void TestEventTriggerForm::tagPickerOffersTheEventsTags()
{
    QFETCH(QString, event);
    EventTriggerDesign design;
    design.name = QStringLiteral("e");
    design.event = *ddlEventFromName(event);
    DesignController controller;
    load(controller, {design});
    EventTriggerForm form(&controller);
    form.setEventTriggerId(controller.eventTriggers().constFirst().id);
    CommandTagPicker *picker = form.tagPicker();
    QCOMPARE(picker->offeredTags(), commandTagsFiringFor(design.event));
    QCOMPARE(picker->list()->count(), commandTagsFiringFor(design.event).size());

    // The filter hides what does not match, case-insensitively.
    picker->setFilter(QStringLiteral("drop"));
    for (int i = 0; i < picker->list()->count(); ++i) {
        QListWidgetItem *item = picker->list()->item(i);
        QCOMPARE(item->isHidden(), !item->text().contains(QStringLiteral("DROP")));
    }
}

void TestEventTriggerForm::payloadEditorOffersDdlOnlyForEventTriggers_data()
{
    QTest::addColumn<bool>("eventTrigger");
    QTest::newRow("table trigger") << false;
    QTest::newRow("event trigger") << true;
}

void TestEventTriggerForm::payloadEditorOffersDdlOnlyForEventTriggers()
{
    QFETCH(bool, eventTrigger);
    PayloadEditor editor;
    editor.setEventTriggerMode(eventTrigger);
    editor.setValues({{QStringLiteral("at"), PayloadValue::now()}}, {});
    const QList<PayloadValue::Kind> kinds = offeredKinds(editor);
    QCOMPARE(kinds.contains(PayloadValue::Kind::Ddl), eventTrigger);
    for (const auto kind : {PayloadValue::Kind::NewColumn, PayloadValue::Kind::OldColumn,
                            PayloadValue::Kind::Row, PayloadValue::Kind::TgVariable})
        QCOMPARE(kinds.contains(kind), !eventTrigger);
    QVERIFY(kinds.contains(PayloadValue::Kind::Now));
    QVERIFY(kinds.contains(PayloadValue::Kind::Sql));
}

void TestEventTriggerForm::notifyActionEditsTheEventTrigger()
{
    DesignController controller;
    load(controller, presets::ddlEvents());
    const QString id = controller.eventTriggers().constFirst().id;
    EventTriggerForm form(&controller);
    form.setEventTriggerId(id);
    EventActionsEditor *actions = form.actionsEditor();
    QCOMPARE(actions->actionList()->count(), 1);
    auto *page = qobject_cast<NotifyPage *>(actions->form()->currentPage());
    QVERIFY(page);
    auto *payload = page->findChild<PayloadEditor *>();
    QVERIFY(payload->isEventTriggerMode());
    QCOMPARE(payload->table()->rowCount(), 4);
    auto *value = static_cast<QComboBox *>(payload->table()->cellWidget(1, 2));
    QCOMPARE(value->currentText(), QStringLiteral("command_tag"));
    QVERIFY(value->findText(QStringLiteral("object_identity")) >= 0);

    auto *channel = page->findChild<QLineEdit *>(QStringLiteral("notifyChannel"));
    channel->setFocus();
    channel->selectAll();
    QTest::keyClicks(channel, QStringLiteral("ddl"));
    const auto *notify = std::get_if<NotifyAction>(&controller.eventTrigger(id)->actions[0]);
    QCOMPARE(notify->channel, QStringLiteral("ddl"));
    QCOMPARE(controller.undoStack()->count(), 1); // three keys, one step

    // The table-trigger pages of the actions editor stay without DDL fields.
    PayloadEditor tableTriggerPayload;
    QVERIFY(!tableTriggerPayload.isEventTriggerMode());

    actions->appendAction(EventActionKind::Attach);
    QCOMPARE(controller.eventTrigger(id)->actions.size(), 2);
    QVERIFY(qobject_cast<AttachPage *>(actions->form()->currentPage()));
    controller.undoStack()->undo();
    QCOMPARE(actions->actionList()->count(), 1);
    controller.undoStack()->undo();
    QCOMPARE(channel->text(), QStringLiteral("trigon_ddl"));
}

void TestEventTriggerForm::attachPageOffersDesignsWithSelector()
{
    DesignController controller;
    load(controller, {presets::attachNewTables()});
    const QString id = controller.eventTriggers().constFirst().id;
    EventTriggerForm form(&controller);
    form.setEventTriggerId(id);
    auto *design = form.findChild<QComboBox *>(QStringLiteral("attachDesign"));
    QVERIFY(design);
    QCOMPARE(design->count(), 1);
    QCOMPARE(design->itemText(0), QStringLiteral("audit_everything"));
    design->setCurrentIndex(0);
    const auto *attach = std::get_if<AttachAction>(&controller.eventTrigger(id)->actions[0]);
    QCOMPARE(attach->trigger, QStringLiteral("audit_everything"));
}

void TestEventTriggerForm::designsPaneAddsRemovesAndDuplicates()
{
    DesignController controller;
    load(controller, {});
    DesignListPane pane(&controller);
    QAbstractItemModelTester tester(pane.eventTriggerModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.addEventTriggerAction()->trigger();
    QCOMPARE(controller.eventTriggers().size(), 1);
    const QString id = controller.eventTriggers().constFirst().id;
    QCOMPARE(pane.currentEventTriggerId(), id);
    QCOMPARE(controller.currentEventTriggerId(), id);
    QVERIFY(controller.currentTriggerId().isEmpty());

    pane.duplicateAction()->trigger();
    QCOMPARE(controller.eventTriggers().size(), 2);
    QCOMPARE(controller.eventTriggers()[1].name, controller.eventTriggers()[0].name + "_copy");
    pane.deleteAction()->trigger();
    QCOMPARE(controller.eventTriggers().size(), 1);
    controller.undoStack()->undo();
    QCOMPARE(controller.eventTriggers().size(), 2);
    controller.undoStack()->undo();
    controller.undoStack()->undo();
    QVERIFY(controller.eventTriggers().isEmpty());
    QVERIFY(controller.currentEventTriggerId().isEmpty());

    // Choosing a trigger leaves the event triggers, and the other way round.
    controller.undoStack()->redo();
    QCOMPARE(controller.currentEventTriggerId(), id);
    const QString triggerId = controller.triggers().constFirst().id;
    pane.selectTrigger(triggerId);
    QCOMPARE(controller.currentTriggerId(), triggerId);
    QVERIFY(controller.currentEventTriggerId().isEmpty());
    QVERIFY(pane.currentEventTriggerId().isEmpty());
}

void TestEventTriggerForm::presetIsOneUndoStep()
{
    DesignController controller;
    load(controller, {});
    DesignListPane pane(&controller);
    pane.addEventTriggerPreset(QStringLiteral("ddl_events"));
    QCOMPARE(controller.eventTriggers().size(), 2);
    QCOMPARE(controller.undoStack()->count(), 1);
    QCOMPARE(pane.currentEventTriggerId(), controller.eventTriggers().constFirst().id);
    controller.undoStack()->undo();
    QVERIFY(controller.eventTriggers().isEmpty());
    QCOMPARE(pane.eventTriggerPresetMenu()->actions().size(), eventTriggerPresets().size());
}

void TestEventTriggerForm::previewShowsTheSelectedEventTrigger()
{
    DesignController controller;
    load(controller, {presets::forbidDropSchema()});
    PreviewController preview(&controller);
    const EventTriggerDesign design = controller.eventTriggers().constFirst();
    controller.setCurrentEventTriggerId(design.id);
    preview.update();
    const RenderOptions options {PreviewController::defaultServerVersion, true};
    QCOMPARE(preview.script(), renderEventTriggerInstall(design, controller.triggers(), options));
    QVERIFY(preview.script().contains(QStringLiteral("CREATE EVENT TRIGGER")));
    preview.setUninstall(true);
    QCOMPARE(preview.script(), renderEventTriggerUninstall(design));

    // The whole file has the event triggers too.
    preview.setUninstall(false);
    preview.setWholeFile(true);
    QVERIFY(preview.script().contains(QStringLiteral("CREATE EVENT TRIGGER")));
}

void TestEventTriggerForm::diagnosticActivationSelectsTheEventTrigger()
{
    // table_rewrite never fires for CREATE TABLE: the validator refuses the tag.
    EventTriggerDesign wrong = presets::forbidDropSchema();
    wrong.event = DdlEvent::TableRewrite;
    wrong.tags = {QStringLiteral("CREATE TABLE")};
    MainWindow window({m_dir.path() + QStringLiteral("/sandbox"),
                       m_dir.path() + QStringLiteral("/recovery"), 5000});
    auto *controller = window.findChild<DesignController *>();
    load(*controller, {wrong});
    window.preview()->update();
    QTreeView *view = nullptr;
    for (QTreeView *candidate : window.findChildren<QTreeView *>()) {
        if (candidate->model() == window.diagnostics())
            view = candidate;
    }
    QVERIFY(view);
    const QList<Diagnostic> &diagnostics = window.diagnostics()->diagnostics();
    const auto found = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [](const auto &d) {
        return d.field == QStringLiteral("event_triggers[0].tags[0]");
    });
    QVERIFY(found != diagnostics.cend());
    QCOMPARE(found->triggerId, controller->eventTriggers().constFirst().id);
    emit view->activated(window.diagnostics()->index(int(found - diagnostics.cbegin()), 0));
    QCOMPARE(controller->currentEventTriggerId(), found->triggerId);
    QVERIFY(controller->currentTriggerId().isEmpty());
    QCOMPARE(window.designList()->currentEventTriggerId(), found->triggerId);

    // The form puts the focus on the tag the diagnostic names.
    EventTriggerForm form(controller);
    form.setEventTriggerId(found->triggerId);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.activateWindow();
    form.focusField(found->field);
    QCOMPARE(form.tagPicker()->list()->currentItem()->text(), QStringLiteral("CREATE TABLE"));
    form.focusField(QStringLiteral("event_triggers[0].actions[0].message"));
    QCOMPARE(QApplication::focusWidget(),
             form.findChild<QLineEdit *>(QStringLiteral("protectMessage")));
}

void TestEventTriggerForm::screenshot()
{
    // The whole window as a person sees it: the example file open, the event trigger that logs
    // and attaches new tables selected, its SQL beside the form.
    MainWindow window({m_dir.path() + QStringLiteral("/sandbox"),
                       m_dir.path() + QStringLiteral("/recovery"), 5000});
    QVERIFY(window.openDesign(QStringLiteral(TRIGON_DATA_DIR "/eventtriggers/ddl.trigon.json")));
    DesignController *controller = window.design();
    controller->setCurrentEventTriggerId(controller->eventTriggers().constFirst().id);
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.preview()->update();
    QVERIFY(test::saveScreenshot(&window, QStringLiteral("event-trigger-designer")));
}

QTEST_MAIN(TestEventTriggerForm)
#include "tst_eventtriggerform.moc"
