#include "ui/testcases/testcaseeditor.h"

#include "core/model/triggerdesign.h"
#include "ui/document/designcontroller.h"
#include "ui/document/triggerbinding.h"
#include "ui/testcases/recordedexpectations.h"
#include "ui/testcases/testcaseform.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

// `base`, or `base` with the first number from 2 on that no case of `tests` is named with:
// results are kept by case name, so names within a trigger stay apart.
QString unusedCaseName(const QList<TriggerTestCase> &tests, const QString &base,
                       const QString &numbered)
{
    const auto taken = [&tests](const QString &name) {
        return std::any_of(tests.cbegin(), tests.cend(),
                           [&name](const TriggerTestCase &test) { return test.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = numbered.arg(n);
    return name;
}

// The keys the case list handles itself, ahead of the window's shortcuts of the same keys
// (Ctrl+D and Del also duplicate and delete triggers).
bool isListKey(const QKeyEvent *event)
{
    const QKeyCombination key = event->keyCombination();
    return key == QKeyCombination(Qt::Key_Insert) || key == QKeyCombination(Qt::Key_Delete)
            || key == QKeyCombination(Qt::ControlModifier, Qt::Key_D);
}

} // namespace

TestCaseEditor::TestCaseEditor(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_binding(new TriggerBinding(controller, this))
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_form(new TestCaseForm(controller, this))
    , m_add(new QAction(tr("Add"), this))
    , m_duplicate(new QAction(tr("Duplicate"), this))
    , m_delete(new QAction(tr("Delete"), this))
    , m_run(new QAction(tr("Run"), this))
    , m_record(new QAction(tr("Record from Run"), this))
{
    m_add->setToolTip(tr("Add a test case to this trigger (Ins in the list)"));
    m_duplicate->setToolTip(tr("Add a copy of the selected case (Ctrl+D in the list)"));
    m_delete->setToolTip(tr("Delete the selected case (Del in the list)"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_run->setToolTip(tr("Run the selected case in the test bench; nothing stays behind"));
    m_record->setToolTip(tr("Make what the case's last run did its expectations: the rows its "
                            "queries returned, the notifications sent and the triggers that "
                            "fired"));
    connect(m_add, &QAction::triggered, this, &TestCaseEditor::addCase);
    connect(m_duplicate, &QAction::triggered, this, &TestCaseEditor::duplicateCase);
    connect(m_delete, &QAction::triggered, this, &TestCaseEditor::deleteCase);
    connect(m_run, &QAction::triggered, this, [this] {
        if (m_caseIndex >= 0)
            emit runRequested(triggerId(), m_caseIndex);
    });
    connect(m_record, &QAction::triggered, this, &TestCaseEditor::recordFromRun);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_add, m_duplicate, m_delete});
    toolbar->addSeparator();
    toolbar->addActions({m_run, m_record});

    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("testCaseList"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_add, m_duplicate, m_delete, m_run});
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_binding->isUpdating())
            setCurrentCase(row);
    });

    auto *formArea = new QScrollArea(this);
    formArea->setWidget(m_form);
    formArea->setWidgetResizable(true);
    formArea->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(formArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({130, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(m_binding, &TriggerBinding::refreshNeeded, this, &TestCaseEditor::refresh);
    connect(m_controller, &DesignController::currentTriggerChanged, this,
            &TestCaseEditor::setTriggerId);
    setTriggerId(m_controller->currentTriggerId());
}

QString TestCaseEditor::triggerId() const
{
    return m_binding->triggerId();
}

void TestCaseEditor::setTriggerId(const QString &id)
{
    m_binding->setTriggerId(id);
    const TriggerDesign *trigger = m_binding->trigger();
    m_caseIndex = trigger && !trigger->tests.isEmpty() ? 0 : -1;
    refresh();
}

void TestCaseEditor::setCurrentCase(int index)
{
    const TriggerDesign *trigger = m_binding->trigger();
    const int count = trigger ? static_cast<int>(trigger->tests.size()) : 0;
    index = count == 0 ? -1 : std::clamp(index, 0, count - 1);
    if (index == m_caseIndex)
        return;
    m_caseIndex = index;
    refresh();
}

void TestCaseEditor::setResultLookup(ResultLookup lookup)
{
    m_lookup = std::move(lookup);
    updateActions();
}

void TestCaseEditor::resultsChanged()
{
    updateActions();
}

void TestCaseEditor::setRunnable(bool runnable)
{
    m_runnable = runnable;
    updateActions();
}

void TestCaseEditor::refresh()
{
    const TriggerDesign *trigger = m_binding->trigger();
    const int count = trigger ? static_cast<int>(trigger->tests.size()) : 0;
    // Undo may take away the case shown: its neighbour is shown instead.
    m_caseIndex = count == 0 ? -1 : std::clamp(m_caseIndex, 0, count - 1);
    {
        const auto updating = m_binding->updating();
        if (!trigger) {
            m_title->setText(tr("Choose a trigger in Designs to edit its test cases."));
        } else {
            m_title->setText(count == 0
                                     ? tr("<b>%1</b> on %2 has no test cases yet: Add makes "
                                          "one.")
                                               .arg(trigger->name.toHtmlEscaped(),
                                                    trigger->tablesDisplayName().toHtmlEscaped())
                                     : tr("Test cases of <b>%1</b> on %2")
                                               .arg(trigger->name.toHtmlEscaped(),
                                                    trigger->tablesDisplayName().toHtmlEscaped()));
        }
        for (int row = 0; row < count; ++row) {
            const QString name = trigger->tests.at(row).name;
            if (row < m_list->count()) {
                if (m_list->item(row)->text() != name)
                    m_list->item(row)->setText(name);
            } else {
                m_list->addItem(name);
            }
        }
        while (m_list->count() > count)
            delete m_list->takeItem(m_list->count() - 1);
        m_list->setCurrentRow(m_caseIndex);
    }
    m_form->showCase(m_binding->triggerId(), m_caseIndex);
    updateActions();
    const QString announced = QStringLiteral("%1/%2").arg(m_binding->triggerId()).arg(m_caseIndex);
    if (announced != m_announced) {
        m_announced = announced;
        emit currentCaseChanged(m_binding->triggerId(), m_caseIndex);
    }
}

void TestCaseEditor::updateActions()
{
    const bool hasTrigger = m_binding->trigger() != nullptr;
    const bool hasCase = m_caseIndex >= 0;
    m_add->setEnabled(hasTrigger);
    m_duplicate->setEnabled(hasCase);
    m_delete->setEnabled(hasCase);
    m_run->setEnabled(hasCase && m_runnable);
    m_record->setEnabled(currentResult() != nullptr);
}

const pg::TestCaseResult *TestCaseEditor::currentResult() const
{
    const TriggerDesign *trigger = m_binding->trigger();
    if (!m_lookup || !trigger || m_caseIndex < 0)
        return nullptr;
    return m_lookup(trigger->id, trigger->tests.at(m_caseIndex).name);
}

void TestCaseEditor::addCase()
{
    const TriggerDesign *trigger = m_binding->trigger();
    if (!trigger)
        return;
    // After the selected case, or at the end.
    const int index = m_caseIndex < 0 ? static_cast<int>(trigger->tests.size()) : m_caseIndex + 1;
    TriggerTestCase added;
    added.name = unusedCaseName(trigger->tests, tr("new case"), tr("new case %1"));
    m_controller->sealMerging();
    m_controller->editTrigger(trigger->id, tr("Add Test Case %1").arg(added.name), QString(),
                              [&](TriggerDesign &t) { t.tests.insert(index, added); });
    setCurrentCase(index);
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

void TestCaseEditor::duplicateCase()
{
    const TriggerDesign *trigger = m_binding->trigger();
    if (!trigger || m_caseIndex < 0)
        return;
    const int index = m_caseIndex + 1;
    TriggerTestCase copy = trigger->tests.at(m_caseIndex);
    copy.name = unusedCaseName(trigger->tests, tr("%1 (copy)").arg(copy.name),
                               tr("%1 (copy %2)").arg(copy.name, QStringLiteral("%1")));
    m_controller->sealMerging();
    m_controller->editTrigger(trigger->id, tr("Duplicate Test Case %1").arg(copy.name), QString(),
                              [&](TriggerDesign &t) { t.tests.insert(index, copy); });
    setCurrentCase(index);
}

void TestCaseEditor::deleteCase()
{
    const TriggerDesign *trigger = m_binding->trigger();
    if (!trigger || m_caseIndex < 0)
        return;
    const int index = m_caseIndex;
    m_controller->sealMerging();
    m_controller->editTrigger(trigger->id,
                              tr("Delete Test Case %1").arg(trigger->tests.at(index).name),
                              QString(), [index](TriggerDesign &t) {
                                  if (index < t.tests.size())
                                      t.tests.removeAt(index);
                              });
}

void TestCaseEditor::recordFromRun()
{
    const pg::TestCaseResult *result = currentResult();
    if (!result)
        return;
    const int index = m_caseIndex;
    const pg::TestCaseResult recorded = *result;
    m_controller->sealMerging();
    m_controller->editTrigger(triggerId(),
                              tr("Record Test Case %1 from Run").arg(recorded.testCase), QString(),
                              [&](TriggerDesign &t) {
                                  if (index < t.tests.size())
                                      recordExpectations(t.tests[index], recorded);
                              });
}

void TestCaseEditor::focusField(const QString &fieldPath)
{
    static const QRegularExpression testIndex(QStringLiteral("^tests\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = testIndex.match(fieldPath);
    if (!match.hasMatch())
        return;
    setCurrentCase(match.captured(1).toInt());
    m_form->focusField(fieldPath.mid(match.capturedLength()));
}

bool TestCaseEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isListKey(key)) {
            // Accepting the override makes the key a key press of the list instead of a
            // shortcut of the window.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                QAction *action = key->key() == Qt::Key_Insert ? m_add
                        : key->key() == Qt::Key_Delete         ? m_delete
                                                               : m_duplicate;
                if (action->isEnabled())
                    action->trigger();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trigon::ui
