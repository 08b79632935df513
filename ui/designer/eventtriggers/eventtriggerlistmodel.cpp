#include "ui/designer/eventtriggers/eventtriggerlistmodel.h"

#include "ui/document/designcontroller.h"

namespace trigon::ui {

EventTriggerListModel::EventTriggerListModel(DesignController *controller, QObject *parent)
    : QAbstractListModel(parent)
    , m_controller(controller)
{
    connect(controller, &DesignController::aboutToInsertEventTrigger, this,
            [this](qsizetype row) { beginInsertRows({}, int(row), int(row)); });
    connect(controller, &DesignController::eventTriggerInserted, this, [this] { endInsertRows(); });
    connect(controller, &DesignController::aboutToRemoveEventTrigger, this,
            [this](qsizetype row) { beginRemoveRows({}, int(row), int(row)); });
    connect(controller, &DesignController::eventTriggerRemoved, this, [this] { endRemoveRows(); });
    connect(controller, &DesignController::eventTriggerChanged, this, [this](qsizetype row) {
        const QModelIndex changed = index(int(row));
        emit dataChanged(changed, changed);
    });
    connect(controller, &DesignController::aboutToResetDocument, this,
            [this] { beginResetModel(); });
    connect(controller, &DesignController::documentReset, this, [this] { endResetModel(); });
}

int EventTriggerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controller->eventTriggers().size());
}

QVariant EventTriggerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventTriggerDesign &design = m_controller->eventTriggers().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return design.name.isEmpty() ? tr("(unnamed)") : design.name;
    case Qt::ToolTipRole:
        return design.tags.isEmpty()
                ? tr("On %1, for every command").arg(ddlEventName(design.event))
                : tr("On %1, when the tag is %2")
                          .arg(ddlEventName(design.event), design.tags.join(QStringLiteral(", ")));
    case EventTriggerIdRole:
        return design.id;
    default:
        return {};
    }
}

QModelIndex EventTriggerListModel::indexOfId(const QString &id) const
{
    const qsizetype row = m_controller->indexOfEventTrigger(id);
    return row < 0 ? QModelIndex() : index(int(row));
}

} // namespace trigon::ui
