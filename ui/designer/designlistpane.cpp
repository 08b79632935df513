#include "ui/designer/designlistpane.h"

#include "ui/designer/designlistmodel.h"
#include "ui/document/designcontroller.h"

#include <QAction>
#include <QListView>
#include <QToolBar>
#include <QVBoxLayout>

namespace trigon::ui {

DesignListPane::DesignListPane(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new DesignListModel(controller, this))
    , m_view(new QListView(this))
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
    m_duplicate = toolbar->addAction(tr("Duplicate"), this, [this] {
        selectTrigger(m_controller->duplicateTrigger(currentTriggerId()));
    });
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = toolbar->addAction(tr("Delete"), this,
                                  [this] { m_controller->removeTrigger(currentTriggerId()); });
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        m_controller->setCurrentTriggerId(currentTriggerId());
    });
    connect(m_controller, &DesignController::currentTriggerChanged, this,
            &DesignListPane::selectTrigger);
    // Undo and redo select what they changed, so the user sees it.
    connect(m_controller, &DesignController::triggerTouched, this, &DesignListPane::selectTrigger);
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
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_moveUp->setEnabled(selected && index > 0);
    m_moveDown->setEnabled(selected && index + 1 < m_controller->triggers().size());
}

} // namespace trigon::ui
