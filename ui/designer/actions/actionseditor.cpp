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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(splitter);

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
    const QList<Action> actions = trigger ? trigger->actions : QList<Action>();
    const int previous = m_list->currentRow();
    m_binding->setUpdating(true);
    while (m_list->count() > actions.size())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < actions.size())
        m_list->addItem(QString());
    for (int i = 0; i < actions.size(); ++i) {
        const QString text = QStringLiteral("%1. %2").arg(i + 1).arg(actionSummary(actions.at(i)));
        if (m_list->item(i)->text() != text)
            m_list->item(i)->setText(text);
    }
    int select = m_pendingSelection.value_or(previous);
    select = std::min(select, int(actions.size()) - 1);
    if (select < 0 && !actions.isEmpty())
        select = 0;
    if (m_list->currentRow() != select)
        m_list->setCurrentRow(select);
    m_binding->setUpdating(false);
    m_form->setAction(m_binding->triggerId(), select);
    updateButtons();
    if (select != previous)
        emit currentActionChanged(select);
}

void ActionsEditor::updateButtons()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0;
    m_remove->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_moveUp->setEnabled(has && row > 0);
    m_moveDown->setEnabled(has && row < m_list->count() - 1);
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
    static const QRegularExpression pattern(QStringLiteral("^actions\\[(\\d+)\\](.*)$"));
    const QRegularExpressionMatch match = pattern.match(fieldPath);
    if (!match.hasMatch())
        return false;
    const int index = match.captured(1).toInt();
    if (index < 0 || index >= m_list->count())
        return false;
    setCurrentActionIndex(index);
    m_form->focusField(match.captured(2));
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
