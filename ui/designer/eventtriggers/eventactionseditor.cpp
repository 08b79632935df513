#include "ui/designer/eventtriggers/eventactionseditor.h"

#include "ui/designer/eventtriggers/eventactionform.h"
#include "ui/document/designcontroller.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

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
    const QList<EventAction> actions = design ? design->actions : QList<EventAction>();
    const int previous = m_list->currentRow();
    m_filling = true;
    while (m_list->count() > actions.size())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < actions.size())
        m_list->addItem(QString());
    for (int i = 0; i < actions.size(); ++i) {
        const QString text
                = QStringLiteral("%1. %2").arg(i + 1).arg(eventActionSummary(actions.at(i)));
        if (m_list->item(i)->text() != text)
            m_list->item(i)->setText(text);
    }
    int select = std::min(m_pendingSelection.value_or(previous), int(actions.size()) - 1);
    if (select < 0 && !actions.isEmpty())
        select = 0;
    if (m_list->currentRow() != select)
        m_list->setCurrentRow(select);
    m_filling = false;
    m_form->setAction(m_eventTriggerId, select);
    updateButtons();
}

void EventActionsEditor::updateButtons()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0;
    m_remove->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_moveUp->setEnabled(has && row > 0);
    m_moveDown->setEnabled(has && row < m_list->count() - 1);
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
    static const QRegularExpression pattern(QStringLiteral("^actions\\[(\\d+)\\](.*)$"));
    const QRegularExpressionMatch match = pattern.match(fieldPath);
    if (!match.hasMatch())
        return false;
    const int index = match.captured(1).toInt();
    if (index < 0 || index >= m_list->count())
        return false;
    setCurrentActionIndex(index);
    if (!m_form->focusField(match.captured(2)))
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
