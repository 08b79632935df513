#include "ui/designer/eventtriggers/eventactionseditor.h"

#include "ui/designer/actions/actionseditor.h"
#include "ui/designer/eventtriggers/eventactionform.h"
#include "ui/document/designcontroller.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

namespace trigon::ui {

EventActionsEditor::EventActionsEditor(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_list(new QListWidget(this))
    , m_form(new EventActionForm(controller, this))
    , m_addMenu(new QMenu(tr("&Add Action"), this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addMenu->setObjectName(QStringLiteral("eventActionAddMenu"));
    for (int i = 0; i < eventActionKindCount; ++i) {
        const auto kind = EventActionKind(i);
        QAction *action = m_addMenu->addAction(eventActionKindTitle(kind));
        action->setObjectName(QStringLiteral("addEventAction_") + eventActionKindName(kind));
        connect(action, &QAction::triggered, this, [this, kind] { appendAction(kind); });
    }
    auto *addButton = new QToolButton(toolBar);
    addButton->setText(tr("Add"));
    addButton->setMenu(m_addMenu);
    addButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(addButton);
    toolBar->addSeparator();
    m_remove = toolBar->addAction(tr("Remove"), this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0)
            editActions(
                    tr("Remove Action"), [&](QList<EventAction> &a) { a.removeAt(row); }, row);
    });
    m_remove->setObjectName(QStringLiteral("removeEventAction"));
    m_duplicate = toolBar->addAction(tr("Duplicate"), this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0)
            editActions(
                    tr("Duplicate Action"),
                    [&](QList<EventAction> &a) { a.insert(row + 1, a.at(row)); }, row + 1);
    });
    m_moveUp = toolBar->addAction(tr("Up"), this, [this] { moveCurrent(-1); });
    m_moveUp->setToolTip(tr("Run this action earlier"));
    m_moveDown = toolBar->addAction(tr("Down"), this, [this] { moveCurrent(1); });
    m_moveDown->setToolTip(tr("Run this action later"));

    m_list->setObjectName(QStringLiteral("eventActionList"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_addMenu->menuAction(), m_remove, m_duplicate, m_moveUp, m_moveDown});
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        m_form->setAction(m_eventTriggerId, row);
        updateButtons();
    });

    layOutActionsEditor(this, toolBar, m_list, m_form);

    // Edits, undo and redo of the shown event trigger show at once.
    connect(m_controller, &DesignController::eventTriggerChanged, this, [this](qsizetype index) {
        if (!m_eventTriggerId.isEmpty()
            && m_controller->indexOfEventTrigger(m_eventTriggerId) == index)
            refresh();
    });
    connect(m_controller, &DesignController::documentReset, this, &EventActionsEditor::refresh);
    connect(m_controller, &DesignController::eventTriggerRemoved, this, [this] {
        if (!m_eventTriggerId.isEmpty() && !m_controller->eventTrigger(m_eventTriggerId))
            setEventTriggerId(QString());
    });
    setEventTriggerId(QString());
}

void EventActionsEditor::setEventTriggerId(const QString &id)
{
    if (id != m_eventTriggerId)
        m_controller->sealMerging();
    m_eventTriggerId = id;
    refresh();
    setCurrentActionIndex(m_list->count() > 0 ? 0 : -1);
}

void EventActionsEditor::refresh()
{
    const EventTriggerDesign *design = m_controller->eventTrigger(m_eventTriggerId);
    setEnabled(design != nullptr);
    QStringList summaries;
    if (design) {
        for (const EventAction &action : design->actions)
            summaries.append(eventActionSummary(action));
    }
    m_filling = true;
    const int select = showActionSummaries(m_list, summaries, m_pendingSelection);
    m_filling = false;
    m_form->setAction(m_eventTriggerId, select);
    updateButtons();
}

void EventActionsEditor::updateButtons()
{
    updateActionButtons(m_list, m_remove, m_duplicate, m_moveUp, m_moveDown);
}

int EventActionsEditor::currentActionIndex() const
{
    return m_list->currentRow();
}

void EventActionsEditor::setCurrentActionIndex(int index)
{
    m_list->setCurrentRow(index);
    m_form->setAction(m_eventTriggerId, m_list->currentRow());
    updateButtons();
}

bool EventActionsEditor::selectPath(const QString &fieldPath)
{
    const std::optional<ActionPath> path = parseActionPath(fieldPath, m_list->count());
    if (!path)
        return false;
    setCurrentActionIndex(path->index);
    if (!m_form->focusField(path->field))
        m_list->setFocus(Qt::OtherFocusReason);
    return true;
}

void EventActionsEditor::editActions(const QString &description,
                                     const std::function<void(QList<EventAction> &)> &change,
                                     int select)
{
    if (!m_controller->eventTrigger(m_eventTriggerId))
        return;
    m_pendingSelection = select;
    m_controller->editEventTrigger(m_eventTriggerId, description, QString(),
                                   [&](EventTriggerDesign &e) { change(e.actions); });
    m_pendingSelection.reset();
}

void EventActionsEditor::appendAction(EventActionKind kind)
{
    const int row = m_list->currentRow() >= 0 ? m_list->currentRow() + 1 : m_list->count();
    editActions(
            tr("Add %1 Action").arg(eventActionKindTitle(kind)),
            [&](QList<EventAction> &actions) {
                actions.insert(std::min<qsizetype>(row, actions.size()), makeEventAction(kind));
            },
            row);
}

void EventActionsEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    editActions(
            tr("Move Action"), [&](QList<EventAction> &actions) { actions.move(row, to); }, to);
}

} // namespace trigon::ui
