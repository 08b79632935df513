#include "ui/designer/designlistpane.h"

#include "core/model/presets.h"
#include "ui/designer/designlistmodel.h"
#include "ui/designer/eventtriggers/eventtriggerlistmodel.h"
#include "ui/document/designcontroller.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace trigon::ui {

DesignListPane::DesignListPane(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new DesignListModel(controller, this))
    , m_view(new QListView(this))
    , m_eventModel(new EventTriggerListModel(controller, this))
    , m_eventView(new QListView(this))
    , m_presetMenu(new QMenu(tr("New Event Trigger from &Preset"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(16, 16));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = toolbar->addAction(tr("Add"), this, &DesignListPane::addTrigger);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_add->setToolTip(tr("Add a trigger to the design (%1)")
                              .arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_duplicate = toolbar->addAction(tr("Duplicate"), this, &DesignListPane::duplicateCurrent);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = toolbar->addAction(tr("Delete"), this, &DesignListPane::deleteCurrent);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveUp = toolbar->addAction(tr("Up"), this, [this] {
        const QString id = currentTriggerId();
        m_controller->moveTrigger(id, m_controller->indexOf(id) - 1);
    });
    m_moveDown = toolbar->addAction(tr("Down"), this, [this] {
        const QString id = currentTriggerId();
        m_controller->moveTrigger(id, m_controller->indexOf(id) + 1);
    });
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *action : {m_delete, m_moveUp, m_moveDown})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_delete, m_moveUp, m_moveDown});

    m_eventView->setObjectName(QStringLiteral("eventTriggerList"));
    m_eventView->setModel(m_eventModel);
    m_eventView->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *eventToolbar = new QToolBar(this);
    eventToolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *eventHeading = new QLabel(tr("Event triggers"), this);
    eventHeading->setObjectName(QStringLiteral("eventTriggersHeading"));
    eventHeading->setBuddy(m_eventView);
    eventToolbar->addWidget(eventHeading);
    m_addEventTrigger = eventToolbar->addAction(tr("Add"), this, &DesignListPane::addEventTrigger);
    m_addEventTrigger->setObjectName(QStringLiteral("addEventTrigger"));
    // "Add" under the "Event triggers" heading; the Edit menu needs the whole name.
    m_addEventTrigger->setText(tr("Add &Event Trigger"));
    m_addEventTrigger->setIconText(tr("Add"));
    m_addEventTrigger->setToolTip(tr("Add an event trigger, which fires on DDL commands"));
    m_presetMenu->setObjectName(QStringLiteral("eventTriggerPresetMenu"));
    for (const EventTriggerPreset &preset : eventTriggerPresets()) {
        QAction *action = m_presetMenu->addAction(eventTriggerPresetTitle(preset.name));
        action->setObjectName(QStringLiteral("eventTriggerPreset_") + preset.name);
        connect(action, &QAction::triggered, this,
                [this, name = preset.name] { addEventTriggerPreset(name); });
    }
    auto *presetButton = new QToolButton(eventToolbar);
    presetButton->setText(tr("Presets"));
    presetButton->setMenu(m_presetMenu);
    presetButton->setPopupMode(QToolButton::InstantPopup);
    eventToolbar->addWidget(presetButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 3);
    layout->addWidget(eventToolbar);
    layout->addWidget(m_eventView, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        m_controller->setCurrentTriggerId(currentTriggerId());
    });
    connect(m_controller, &DesignController::currentTriggerChanged, this,
            &DesignListPane::selectTrigger);
    // Undo and redo select what they changed, so the user sees it.
    connect(m_controller, &DesignController::triggerTouched, this, &DesignListPane::selectTrigger);
    connect(m_eventView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        m_controller->setCurrentEventTriggerId(currentEventTriggerId());
    });
    connect(m_controller, &DesignController::currentEventTriggerChanged, this,
            &DesignListPane::selectEventTrigger);
    connect(m_controller, &DesignController::eventTriggerTouched, this,
            &DesignListPane::selectEventTrigger);
    connect(m_eventModel, &QAbstractItemModel::rowsRemoved, this, &DesignListPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DesignListPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &DesignListPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0));
        updateActions();
        m_controller->setCurrentTriggerId(currentTriggerId());
    });
    updateActions();
}

QString DesignListPane::currentTriggerId() const
{
    return m_view->currentIndex().data(DesignListModel::TriggerIdRole).toString();
}

void DesignListPane::selectTrigger(const QString &id)
{
    const QModelIndex index = m_model->indexOfId(id);
    if (index.isValid() && index != m_view->currentIndex())
        m_view->setCurrentIndex(index);
}

QString DesignListPane::currentEventTriggerId() const
{
    return m_eventView->currentIndex().data(EventTriggerListModel::EventTriggerIdRole).toString();
}

void DesignListPane::selectEventTrigger(const QString &id)
{
    // One of the two lists has a current row: choosing an event trigger leaves the triggers.
    if (id.isEmpty()) {
        m_eventView->selectionModel()->clear();
        return;
    }
    m_view->selectionModel()->clear();
    const QModelIndex index = m_eventModel->indexOfId(id);
    if (index.isValid() && index != m_eventView->currentIndex())
        m_eventView->setCurrentIndex(index);
}

QString DesignListPane::eventTriggerPresetTitle(const QString &name)
{
    if (name == u"ddl_events")
        return tr("DDL events (notify on trigon_ddl)");
    if (name == u"forbid_drop_schema")
        return tr("Forbid DROP SCHEMA");
    if (name == u"log_schema_changes")
        return tr("Log schema changes");
    if (name == u"attach_new_tables")
        return tr("Attach new tables");
    return name;
}

void DesignListPane::addEventTriggerPreset(const QString &name)
{
    for (const EventTriggerPreset &preset : eventTriggerPresets(m_controller->triggers())) {
        if (preset.name != name)
            continue;
        const QStringList ids = m_controller->addEventTriggers(
                preset.eventTriggers, tr("Preset: %1").arg(eventTriggerPresetTitle(name)));
        if (!ids.isEmpty())
            selectEventTrigger(ids.first());
        return;
    }
}

void DesignListPane::addEventTrigger()
{
    EventTriggerDesign design;
    design.name = QStringLiteral("event_trigger_%1").arg(m_controller->eventTriggers().size() + 1);
    selectEventTrigger(m_controller->addEventTrigger(design));
}

void DesignListPane::duplicateCurrent()
{
    if (const QString eventTriggerId = currentEventTriggerId(); !eventTriggerId.isEmpty())
        selectEventTrigger(m_controller->duplicateEventTrigger(eventTriggerId));
    else
        selectTrigger(m_controller->duplicateTrigger(currentTriggerId()));
}

void DesignListPane::deleteCurrent()
{
    if (const QString eventTriggerId = currentEventTriggerId(); !eventTriggerId.isEmpty())
        m_controller->removeEventTrigger(eventTriggerId);
    else
        m_controller->removeTrigger(currentTriggerId());
}

void DesignListPane::addTrigger()
{
    // A new trigger starts from the current one's table: designs usually group by table.
    TriggerDesign trigger;
    if (const TriggerDesign *current = m_controller->trigger(currentTriggerId())) {
        trigger.table = current->table;
        trigger.tableColumns = current->tableColumns;
        trigger.tables = current->tables;
        trigger.selector = current->selector;
    }
    trigger.name = QStringLiteral("trigger_%1").arg(m_controller->triggers().size() + 1);
    trigger.events = {TriggerEvent::Update};
    selectTrigger(m_controller->addTrigger(trigger));
}

void DesignListPane::updateActions()
{
    const qsizetype index = m_controller->indexOf(currentTriggerId());
    const bool selected = index >= 0;
    const bool eventTriggerSelected
            = m_controller->indexOfEventTrigger(currentEventTriggerId()) >= 0;
    m_duplicate->setEnabled(selected || eventTriggerSelected);
    m_delete->setEnabled(selected || eventTriggerSelected);
    m_moveUp->setEnabled(selected && index > 0);
    m_moveDown->setEnabled(selected && index + 1 < m_controller->triggers().size());
}

} // namespace trigon::ui
