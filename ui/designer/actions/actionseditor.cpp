#include "ui/designer/actions/actionseditor.h"

#include "ui/designer/actions/actionform.h"
#include "ui/designer/actions/actionpages.h"
#include "ui/document/designcontroller.h"
#include "ui/document/triggerbinding.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace trigon::ui {

void layOutActionsEditor(QWidget *editor, QToolBar *toolBar, QListWidget *list, QWidget *form)
{
    auto *splitter = new QSplitter(Qt::Vertical, editor);
    splitter->addWidget(list);
    splitter->addWidget(form);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(splitter);
}

int showActionSummaries(QListWidget *list, const QStringList &summaries, std::optional<int> select)
{
    const int previous = list->currentRow();
    while (list->count() > summaries.size())
        delete list->takeItem(list->count() - 1);
    while (list->count() < summaries.size())
        list->addItem(QString());
    for (int i = 0; i < summaries.size(); ++i) {
        const QString text = QStringLiteral("%1. %2").arg(i + 1).arg(summaries.at(i));
        if (list->item(i)->text() != text)
            list->item(i)->setText(text);
    }
    int row = std::min(select.value_or(previous), int(summaries.size()) - 1);
    if (row < 0 && !summaries.isEmpty())
        row = 0;
    if (list->currentRow() != row)
        list->setCurrentRow(row);
    return row;
}

void updateActionButtons(const QListWidget *list, QAction *remove, QAction *duplicate,
                         QAction *moveUp, QAction *moveDown)
{
    const int row = list->currentRow();
    const bool has = row >= 0;
    remove->setEnabled(has);
    duplicate->setEnabled(has);
    moveUp->setEnabled(has && row > 0);
    moveDown->setEnabled(has && row < list->count() - 1);
}

std::optional<ActionPath> parseActionPath(const QString &fieldPath, int count)
{
    static const QRegularExpression pattern(QStringLiteral("^actions\\[(\\d+)\\](.*)$"));
    const QRegularExpressionMatch match = pattern.match(fieldPath);
    if (!match.hasMatch())
        return std::nullopt;
    const int index = match.captured(1).toInt();
    if (index < 0 || index >= count)
        return std::nullopt;
    return ActionPath {index, match.captured(2)};
}

ActionsEditor::ActionsEditor(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_binding(new TriggerBinding(controller, this))
    , m_list(new QListWidget(this))
    , m_form(new ActionForm(controller, this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_addMenu = new QMenu(tr("&Add Action"), this);
    m_addMenu->setObjectName(QStringLiteral("actionAddMenu"));
    for (int i = 0; i < actionKindCount; ++i) {
        const auto kind = ActionKind(i);
        QAction *action = m_addMenu->addAction(actionKindTitle(kind));
        action->setObjectName(QStringLiteral("addAction_") + actionKindName(kind));
        connect(action, &QAction::triggered, this, [this, kind] { appendAction(kind); });
    }
    auto *addButton = new QToolButton(toolBar);
    addButton->setText(tr("Add"));
    addButton->setMenu(m_addMenu);
    addButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(addButton);

    m_presetMenu = new QMenu(tr("&Presets"), this);
    m_presetMenu->setObjectName(QStringLiteral("actionPresetMenu"));
    for (const ActionPreset preset :
         {ActionPreset::ReadOnly, ActionPreset::ProtectDeletes, ActionPreset::SoftDelete,
          ActionPreset::AuditAllChanges, ActionPreset::NotifyOnChange}) {
        QAction *action = m_presetMenu->addAction(presetText(preset));
        action->setObjectName(QStringLiteral("preset_%1").arg(int(preset)));
        action->setToolTip(tr("Sets the timing, events, condition and actions in one step"));
        connect(action, &QAction::triggered, this, [this, preset] { applyPreset(preset); });
    }
    auto *presetButton = new QToolButton(toolBar);
    presetButton->setText(tr("Presets"));
    presetButton->setMenu(m_presetMenu);
    presetButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(presetButton);
    toolBar->addSeparator();

    m_remove = toolBar->addAction(tr("Remove"), this, &ActionsEditor::removeCurrent);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_duplicate = toolBar->addAction(tr("Duplicate"), this, &ActionsEditor::duplicateCurrent);
    m_duplicate->setObjectName(QStringLiteral("duplicateAction"));
    m_moveUp = toolBar->addAction(tr("Up"), this, [this] { moveCurrent(-1); });
    m_moveUp->setObjectName(QStringLiteral("moveActionUp"));
    m_moveUp->setToolTip(tr("Run this action earlier"));
    m_moveDown = toolBar->addAction(tr("Down"), this, [this] { moveCurrent(1); });
    m_moveDown->setObjectName(QStringLiteral("moveActionDown"));
    m_moveDown->setToolTip(tr("Run this action later"));

    m_list->setObjectName(QStringLiteral("actionList"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(m_addMenu->menuAction());
    m_list->addAction(m_remove);
    m_list->addAction(m_duplicate);
    m_list->addAction(m_moveUp);
    m_list->addAction(m_moveDown);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_binding->isUpdating())
            return;
        m_form->setAction(m_binding->triggerId(), row);
        updateButtons();
        emit currentActionChanged(row);
    });

    layOutActionsEditor(this, toolBar, m_list, m_form);

    connect(m_binding, &TriggerBinding::refreshNeeded, this, &ActionsEditor::refresh);
    connect(m_binding, &TriggerBinding::triggerRemoved, this, [this] { setTriggerId(QString()); });
    setTriggerId(QString());
}

QString ActionsEditor::presetText(ActionPreset preset)
{
    switch (preset) {
    case ActionPreset::ReadOnly:
        return tr("Read-only (refuse updates that change fields)");
    case ActionPreset::ProtectDeletes:
        return tr("Protect deletes");
    case ActionPreset::SoftDelete:
        return tr("Soft delete");
    case ActionPreset::AuditAllChanges:
        return tr("Audit all changes");
    case ActionPreset::NotifyOnChange:
        return tr("Notify on change");
    }
    return {};
}

QString ActionsEditor::triggerId() const
{
    return m_binding->triggerId();
}

void ActionsEditor::setTriggerId(const QString &id)
{
    if (id != m_binding->triggerId())
        m_controller->sealMerging();
    m_binding->setTriggerId(id);
    refresh();
    setCurrentActionIndex(m_list->count() > 0 ? 0 : -1);
}

void ActionsEditor::refresh()
{
    const TriggerDesign *trigger = m_binding->trigger();
    setEnabled(trigger != nullptr);
    QStringList summaries;
    if (trigger) {
        for (const Action &action : trigger->actions)
            summaries.append(actionSummary(action));
    }
    const int previous = m_list->currentRow();
    m_binding->setUpdating(true);
    const int select = showActionSummaries(m_list, summaries, m_pendingSelection);
    m_binding->setUpdating(false);
    m_form->setAction(m_binding->triggerId(), select);
    updateButtons();
    if (select != previous)
        emit currentActionChanged(select);
}

void ActionsEditor::updateButtons()
{
    updateActionButtons(m_list, m_remove, m_duplicate, m_moveUp, m_moveDown);
}

int ActionsEditor::currentActionIndex() const
{
    return m_list->currentRow();
}

void ActionsEditor::setCurrentActionIndex(int index)
{
    m_list->setCurrentRow(index);
    m_form->setAction(m_binding->triggerId(), m_list->currentRow());
    updateButtons();
}

bool ActionsEditor::selectPath(const QString &fieldPath)
{
    const std::optional<ActionPath> path = parseActionPath(fieldPath, m_list->count());
    if (!path)
        return false;
    setCurrentActionIndex(path->index);
    m_form->focusField(path->field);
    return true;
}

void ActionsEditor::editActions(const QString &description,
                                const std::function<void(QList<Action> &)> &change, int select)
{
    if (!m_binding->trigger())
        return;
    m_pendingSelection = select;
    m_controller->editTrigger(m_binding->triggerId(), description, QString(),
                              [&](TriggerDesign &t) { change(t.actions); });
    m_pendingSelection.reset();
}

void ActionsEditor::appendAction(ActionKind kind)
{
    const int row = m_list->currentRow() + 1 > 0 ? m_list->currentRow() + 1 : m_list->count();
    editActions(
            tr("Add %1 Action").arg(actionKindTitle(kind)),
            [&](QList<Action> &actions) {
                actions.insert(std::min<qsizetype>(row, actions.size()), makeAction(kind));
            },
            row);
}

void ActionsEditor::applyPreset(ActionPreset preset)
{
    if (!m_binding->trigger())
        return;
    m_pendingSelection = 0;
    m_controller->editTrigger(m_binding->triggerId(), tr("Preset: %1").arg(presetText(preset)),
                              QString(), [&](TriggerDesign &t) { applyActionPreset(t, preset); });
    m_pendingSelection.reset();
}

void ActionsEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    editActions(
            tr("Remove Action"), [&](QList<Action> &actions) { actions.removeAt(row); }, row);
}

void ActionsEditor::duplicateCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    editActions(
            tr("Duplicate Action"),
            [&](QList<Action> &actions) { actions.insert(row + 1, actions.at(row)); }, row + 1);
}

void ActionsEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    editActions(
            tr("Move Action"), [&](QList<Action> &actions) { actions.move(row, to); }, to);
}

} // namespace trigon::ui
