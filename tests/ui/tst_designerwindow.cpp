#include "core/analysis/designvalidator.h"
#include "core/model/triggerdesign.h"
#include "tests/common/screenshot.h"
#include "tests/common/serverdirectory.h"
#include "ui/catalog/catalogpane.h"
#include "ui/designer/designlistpane.h"
#include "ui/designer/diagnosticsmodel.h"
#include "ui/designer/functionpicker.h"
#include "ui/designer/tablesdialog.h"
#include "ui/designer/triggerform.h"
#include "ui/document/designcontroller.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <cstdio>

using namespace trigon;
using namespace trigon::ui;

namespace {

const char *const RecoveryChildArgument = "--recovery-child";

// Answers the next modal dialog with `button` as soon as it shows.
void answerNextDialog(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            box->button(button)->click();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

template<typename Widget>
Widget *findByText(QWidget *parent, const QString &text)
{
    for (Widget *widget : parent->findChildren<Widget *>()) {
        if (widget->text().remove(QLatin1Char('&')) == text)
            return widget;
    }
    return nullptr;
}

// The child process of recoveryAfterKill: makes an unsaved edit, waits for its autosave, says so
// and waits to be killed.
int runRecoveryChild(int argc, char *argv[], const QString &recoveryDirectory)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window(MainWindowOptions {QString(), recoveryDirectory, 50});
    TriggerDesign trigger;
    trigger.name = QStringLiteral("unsaved_work");
    trigger.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
    trigger.events = {TriggerEvent::Delete};
    window.design()->addTrigger(trigger);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (!QDir(recoveryDirectory).entryList(QDir::Files).isEmpty()) {
            poll.stop();
            std::printf("ready\n");
            std::fflush(stdout);
        }
    });
    poll.start(20);
    return QApplication::exec();
}

} // namespace

class TestDesignerWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildATriggerWithTheFormAndSeeItsSql();
    void tabLeavesTheArguments();
    void bypassHasThreeChoices();
    void refusedOptionsAreDisabledWithAReason_data();
    void refusedOptionsAreDisabledWithAReason();
    void diagnosticsPointAtTheField();
    void saveAndReopen();
    void undoInAFieldAfterReopening();
    void recoveryAfterKill();
    void mainStatesWithTheSandbox();

private:
    MainWindowOptions options() const
    {
        return {m_directory.path() + QStringLiteral("/sandbox"),
                m_directory.path() + QStringLiteral("/recovery"), 5000};
    }
    QTemporaryDir m_directory;
};

void TestDesignerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_directory.isValid());
    // As root the sandbox server runs as `postgres`, which must reach its data directory.
    trigon::test::openToServer(m_directory.path());
}

void TestDesignerWindow::buildATriggerWithTheFormAndSeeItsSql()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.designList()->addAction()->trigger();
    TriggerForm *form = window.triggerForm();
    QVERIFY(!form->triggerId().isEmpty());

    auto *name = form->findChild<QLineEdit *>();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("orders_touch"));
    auto *table = findByText<QRadioButton>(form, QStringLiteral("Before"));
    QVERIFY(table);
    table->click();
    findByText<QCheckBox>(form, QStringLiteral("INSERT"))->click();

    QSignalSpy updated(&window, &MainWindow::previewUpdated);
    QVERIFY(updated.wait(2000));
    const QString sql = window.previewText();
    QVERIFY2(sql.contains(QStringLiteral("orders_touch")), qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("BEFORE INSERT OR UPDATE")), qPrintable(sql));

    // Undo takes back the last edit (the INSERT event), and the preview follows.
    window.design()->undoStack()->undo();
    QVERIFY(updated.wait(2000));
    QVERIFY2(window.previewText().contains(QStringLiteral("BEFORE UPDATE")),
             qPrintable(window.previewText()));
    // The name was typed in one go: one undo step for all its characters.
    window.design()->undoStack()->undo(); // timing
    window.design()->undoStack()->undo(); // name
    QCOMPARE(window.design()->trigger(form->triggerId())->name, QStringLiteral("trigger_1"));
    window.design()->undoStack()->clear();
}

// Tab in Arguments typed a tab, which became an argument of tabs (issue #16, item 3).
void TestDesignerWindow::tabLeavesTheArguments()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.designList()->addAction()->trigger();
    TriggerForm *form = window.triggerForm();
    QPlainTextEdit *arguments = nullptr;
    for (QPlainTextEdit *edit : form->findChildren<QPlainTextEdit *>()) {
        if (edit->placeholderText().contains(QLatin1String("TG_ARGV")))
            arguments = edit;
    }
    QVERIFY(arguments);
    QTest::keyClicks(arguments, QStringLiteral("a"));
    QTest::keyClick(arguments, Qt::Key_Tab);
    QCOMPARE(arguments->toPlainText(), QStringLiteral("a"));
    QCOMPARE(window.design()->triggers().constFirst().arguments, QStringList {QStringLiteral("a")});
}

// The bypass control offers off, the log table and a NOTICE; each choice is one undo step and
// shows in the preview.
void TestDesignerWindow::bypassHasThreeChoices()
{
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.designList()->addAction()->trigger();
    TriggerForm *form = window.triggerForm();
    auto *bypass = form->findChild<QComboBox *>(QStringLiteral("bypass"));
    QVERIFY(bypass);
    QCOMPARE(bypass->count(), 3);
    QCOMPARE(bypass->currentIndex(), 0);
    QVERIFY2(bypass->isEnabled(), qPrintable(bypass->toolTip()));
    const auto bypassOf = [&] {
        return window.design()->trigger(form->triggerId())->bypass;
    };
    QUndoStack *undo = window.design()->undoStack();
    const int before = undo->count();
    QSignalSpy updated(&window, &MainWindow::previewUpdated);
    for (const auto &[index, mode] :
         {std::pair {2, BypassMode::Notice}, std::pair {1, BypassMode::AuditTable}}) {
        bypass->setCurrentIndex(index);
        emit bypass->activated(index);
        QCOMPARE(bypassOf(), mode);
    }
    QCOMPARE(undo->count(), before + 2);
    QVERIFY(updated.wait(2000));
    QVERIFY2(window.previewText().contains(QLatin1String("trigon.bypass_options")),
             qPrintable(window.previewText()));
    undo->undo();
    QCOMPARE(bypassOf(), BypassMode::Notice);
    QCOMPARE(bypass->currentIndex(), 2);
    undo->undo();
    QCOMPARE(bypassOf(), BypassMode::Off);
    QCOMPARE(bypass->currentIndex(), 0);
    undo->clear();
}

void TestDesignerWindow::refusedOptionsAreDisabledWithAReason_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("truncate needs statement level")
            << QStringLiteral("row") << QStringLiteral("TRUNCATE") << QStringLiteral("TRUNCATE");
    QTest::newRow("instead of needs row level")
            << QStringLiteral("statement") << QStringLiteral("Instead of")
            << QStringLiteral("INSTEAD OF");
}

void TestDesignerWindow::refusedOptionsAreDisabledWithAReason()
{
    QFETCH(QString, setup);
    QFETCH(QString, option);
    QFETCH(QString, reasonPart);
    MainWindow window(options());
    TriggerDesign trigger;
    trigger.name = QStringLiteral("t");
    trigger.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
    trigger.events = {TriggerEvent::Update};
    trigger.level = setup == QLatin1String("row") ? TriggerLevel::Row : TriggerLevel::Statement;
    window.designList()->selectTrigger(window.design()->addTrigger(trigger));
    QWidget *widget = findByText<QCheckBox>(window.triggerForm(), option);
    if (!widget)
        widget = findByText<QRadioButton>(window.triggerForm(), option);
    QVERIFY(widget);
    QVERIFY(!widget->isEnabled());
    QVERIFY2(widget->toolTip().contains(reasonPart), qPrintable(widget->toolTip()));
}

void TestDesignerWindow::diagnosticsPointAtTheField()
{
    MainWindow window(options());
    window.show();
    QAbstractItemModelTester tester(window.diagnostics(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    TriggerDesign trigger;
    trigger.name = QStringLiteral("bad");
    trigger.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
    trigger.events = {TriggerEvent::Truncate};
    trigger.level = TriggerLevel::Row; // PostgreSQL refuses TRUNCATE row triggers
    window.design()->addTrigger(trigger);
    QSignalSpy updated(&window, &MainWindow::previewUpdated);
    QVERIFY(updated.wait(2000));
    DiagnosticsModel *diagnostics = window.diagnostics();
    QVERIFY(diagnostics->errorCount() >= 1);
    const QModelIndex first = diagnostics->index(0, DiagnosticsModel::FieldColumn);
    QVERIFY(!first.data().toString().isEmpty());
    QVERIFY(diagnostics->index(0, DiagnosticsModel::MessageColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("TRUNCATE")));
}

void TestDesignerWindow::saveAndReopen()
{
    const QString fileName = m_directory.filePath(QStringLiteral("saved.trigon.json"));
    {
        MainWindow window(options());
        TriggerDesign trigger;
        trigger.name = QStringLiteral("kept");
        trigger.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
        trigger.events = {TriggerEvent::Insert};
        window.design()->addTrigger(trigger);
        QCOMPARE(window.design()->save(fileName), QString());
        QVERIFY(!window.isWindowModified());
    }
    MainWindow window(options());
    QVERIFY(window.openDesign(fileName));
    QCOMPARE(window.design()->triggers().size(), 1);
    QCOMPARE(window.design()->triggers()[0].name, QStringLiteral("kept"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("saved.trigon.json")));

    answerNextDialog(QMessageBox::Ok);
    QVERIFY(!window.openDesign(m_directory.filePath(QStringLiteral("missing.json"))));
    QCOMPARE(window.design()->triggers().size(), 1);
}

// After save and reopen, Ctrl+Z in Name renamed the trigger back to the name it had before an
// earlier rename: the field kept its own undo history across the new document (issue #16, 4).
void TestDesignerWindow::undoInAFieldAfterReopening()
{
    const QString fileName = m_directory.filePath(QStringLiteral("renamed.trigon.json"));
    MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.designList()->addAction()->trigger();
    auto *name = window.triggerForm()->findChild<QLineEdit *>();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("first"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("renamed"));
    QCOMPARE(window.design()->triggers().constFirst().name, QStringLiteral("renamed"));
    QCOMPARE(window.design()->save(fileName), QString());
    QVERIFY(window.openDesign(fileName));
    QCOMPARE(window.triggerForm()->triggerId(), window.design()->triggers().constFirst().id);

    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("x"));
    QCOMPARE(window.design()->triggers().constFirst().name, QStringLiteral("renamedx"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.design()->triggers().constFirst().name, QStringLiteral("renamed"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.design()->triggers().constFirst().name, QStringLiteral("renamed"));
}

void TestDesignerWindow::recoveryAfterKill()
{
    const QString recovery = options().recoveryDirectory;
    QProcess child;
    child.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(RecoveryChildArgument), recovery});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("ready"),
                              qPrintable(output + child.readAllStandardError()), 20000);
    child.kill(); // SIGKILL: no chance to clean up, as in a crash
    QVERIFY(child.waitForFinished());

    MainWindow window(options());
    answerNextDialog(QMessageBox::Yes);
    QVERIFY(window.offerRecovery());
    QCOMPARE(window.design()->triggers().size(), 1);
    QCOMPARE(window.design()->triggers()[0].name, QStringLiteral("unsaved_work"));
    QVERIFY(window.design()->isModified());
    // Taken over: the next start has nothing left to offer.
    MainWindow another(options());
    QVERIFY(!another.offerRecovery());
}

// Opens the sandbox, designs a notify trigger with a condition, adds a broken one, and grabs
// each state when TRIGON_SCREENSHOT_DIR is set (the README's screenshots come from here).
void TestDesignerWindow::mainStatesWithTheSandbox()
{
    const auto grab = [](QWidget *widget, const QString &name) {
        QVERIFY(test::saveScreenshot(widget, name));
    };
    MainWindow window(options());
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    grab(&window, QStringLiteral("empty"));

    QSignalSpy catalogLoaded(&window, &MainWindow::catalogLoaded);
    window.openSandbox();
    QVERIFY(catalogLoaded.wait(120'000));
    QVERIFY(window.catalog()->relation(QStringLiteral("public"), QStringLiteral("orders")));
    // Show the columns of orders, as a user looking for what to trigger on would.
    QTreeView *catalogView = window.catalogPane()->view();
    const QModelIndexList orderRows = catalogView->model()->match(
            catalogView->model()->index(0, 0, QModelIndex()), Qt::DisplayRole,
            QStringLiteral("orders"), 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(orderRows.size(), 1);
    catalogView->expand(orderRows.first());
    grab(&window, QStringLiteral("catalog"));

    const CatalogRelation *orders
            = window.catalog()->relation(QStringLiteral("public"), QStringLiteral("orders"));
    TriggerDesign notify;
    notify.name = QStringLiteral("orders_status_changed");
    notify.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
    for (const CatalogColumn &column : orders->columns)
        notify.tableColumns.append(
                TableColumn {column.name, column.type, column.looksAutomatic, column.primaryKey});
    notify.timing = TriggerTiming::After;
    notify.events = {TriggerEvent::Update};
    notify.condition = Condition::allOf(
            {Condition::q(
                     {QEntry {FieldRef {RowVersion::Old, QStringLiteral("status")}, Lookup::Df,
                              QJsonValue(), FieldRef {RowVersion::New, QStringLiteral("status")}}}),
             Condition::change(ConditionKind::AnyChange, {}, {QStringLiteral("updated_at")})});
    NotifyAction action;
    action.channel = QStringLiteral("order_status");
    action.payload = {
            {QStringLiteral("op"), PayloadValue::tg(QStringLiteral("op"))},
            {QStringLiteral("id"), PayloadValue::column(RowVersion::New, QStringLiteral("id"))},
            {QStringLiteral("from"),
             PayloadValue::column(RowVersion::Old, QStringLiteral("status"))},
            {QStringLiteral("to"), PayloadValue::column(RowVersion::New, QStringLiteral("status"))},
            {QStringLiteral("at"), PayloadValue::now()}};
    notify.actions = {action};
    const QString notifyId = window.design()->addTrigger(notify);
    window.designList()->selectTrigger(notifyId);
    QSignalSpy updated(&window, &MainWindow::previewUpdated);
    QVERIFY(updated.wait(2000));
    QVERIFY2(window.previewText().contains(QStringLiteral("pg_notify")),
             qPrintable(window.previewText()));
    QVERIFY(window.previewText().contains(QStringLiteral("WHEN (")));
    QCOMPARE(window.diagnostics()->errorCount(), 0);
    grab(&window, QStringLiteral("designer-notify"));

    TriggerDesign broken = notify;
    broken.name = QStringLiteral("orders_truncate_rows");
    broken.events = {TriggerEvent::Truncate};
    broken.level = TriggerLevel::Row;
    broken.condition.reset();
    window.designList()->selectTrigger(window.design()->addTrigger(broken));
    QVERIFY(updated.wait(2000));
    QVERIFY(window.diagnostics()->errorCount() >= 1);
    grab(&window, QStringLiteral("diagnostics"));

    // One design over every table with an updated_at column, picked by a rule in the Tables
    // dialog: one edit, one shared function, a trigger per table in the preview.
    TriggerDesign touch;
    touch.name = QStringLiteral("touch_updated_at");
    touch.table = TableRef {QStringLiteral("public"), QStringLiteral("customers")};
    touch.timing = TriggerTiming::Before;
    touch.events = {TriggerEvent::Update};
    touch.actions = {SetTimestampAction {}};
    const QString touchId = window.design()->addTrigger(touch);
    window.designList()->selectTrigger(touchId);
    QVERIFY(updated.wait(2000));
    const int stepsBefore = window.design()->undoStack()->count();
    bool dialogSeen = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<TablesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        dialog->findChild<QGroupBox *>(QStringLiteral("tablesRule"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("ruleHasColumn"))
                ->setText(QStringLiteral("updated_at"));
        QCOMPARE(dialog->tables().size(), 3);
        grab(dialog, QStringLiteral("tables-dialog"));
        dialog->accept();
    });
    window.findChild<QPushButton *>(QStringLiteral("chooseTables"))->click();
    QVERIFY(dialogSeen);
    const TriggerDesign *shared = window.design()->trigger(touchId);
    QCOMPARE(shared->tables.size(), 3);
    QVERIFY(shared->selector);
    QCOMPARE(shared->selector->hasColumn, QStringLiteral("updated_at"));
    QCOMPARE(window.design()->undoStack()->count(), stepsBefore + 1);
    QVERIFY(updated.wait(2000));
    QCOMPARE(window.previewText().count(QStringLiteral("CREATE OR REPLACE FUNCTION")), 1);
    QCOMPARE(window.previewText().count(
                     QStringLiteral("EXECUTE FUNCTION public.touch_updated_at()")),
             3);
    auto *summary = window.findChild<QLabel *>(QStringLiteral("tablesSummary"));
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(QStringLiteral("public.customers, public.orders, "
                                                     "public.products (by rule)")),
             qPrintable(summary->text()));
    QVERIFY(!hasErrors(validateTrigger(*window.design()->trigger(touchId), 0)));
    grab(&window, QStringLiteral("designer-tables"));
    window.design()->undoStack()->undo();
    QCOMPARE(window.design()->trigger(touchId)->table.name, QStringLiteral("customers"));
    QVERIFY(window.design()->trigger(touchId)->tables.isEmpty());

    // A trigger that executes a built-in function, picked in the form.
    TriggerDesign skipSame;
    skipSame.name = QStringLiteral("orders_skip_same");
    skipSame.table = TableRef {QStringLiteral("public"), QStringLiteral("orders")};
    skipSame.timing = TriggerTiming::Before;
    skipSame.events = {TriggerEvent::Update};
    const QString skipId = window.design()->addTrigger(skipSame);
    window.designList()->selectTrigger(skipId);
    QVERIFY(updated.wait(2000));
    auto *picker = window.findChild<FunctionPicker *>(QStringLiteral("triggerFunction"));
    QVERIFY(picker);
    const int builtIn
            = picker->findText(QStringLiteral("pg_catalog.suppress_redundant_updates_trigger"));
    QVERIFY(builtIn > 0);
    picker->setCurrentIndex(builtIn);
    emit picker->activated(builtIn);
    QCOMPARE(window.design()->trigger(skipId)->existingFunction,
             (FunctionRef {QStringLiteral("pg_catalog"),
                           QStringLiteral("suppress_redundant_updates_trigger")}));
    QVERIFY(picker->toolTip().contains(QStringLiteral("internal")));
    QVERIFY(updated.wait(2000));
    QVERIFY2(window.previewText().contains(QStringLiteral(
                     "EXECUTE FUNCTION pg_catalog.suppress_redundant_updates_trigger();")),
             qPrintable(window.previewText()));
    QVERIFY(!window.previewText().contains(QStringLiteral("CREATE OR REPLACE FUNCTION")));
    window.design()->undoStack()->undo();
    QVERIFY(!window.design()->trigger(skipId)->existingFunction);
    QCOMPARE(picker->currentIndex(), 0);
    window.design()->undoStack()->setClean(); // nothing to ask about when the window closes
    window.close();
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], RecoveryChildArgument) == 0)
        return runRecoveryChild(1, argv, QString::fromLocal8Bit(argv[2]));
    QApplication app(argc, argv);
    TestDesignerWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_designerwindow.moc"
