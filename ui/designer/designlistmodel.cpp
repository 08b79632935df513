#include "ui/designer/designlistmodel.h"

#include "ui/document/designcontroller.h"
#include "ui/triggericons.h"

namespace trigon::ui {

DesignListModel::DesignListModel(DesignController *controller, QObject *parent)
    : QAbstractListModel(parent)
    , m_controller(controller)
{
    connect(controller, &DesignController::aboutToInsertTrigger, this, [this](qsizetype row) {
        beginInsertRows({}, static_cast<int>(row), static_cast<int>(row));
    });
    connect(controller, &DesignController::triggerInserted, this, [this] { endInsertRows(); });
    connect(controller, &DesignController::aboutToRemoveTrigger, this, [this](qsizetype row) {
        beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
    });
    connect(controller, &DesignController::triggerRemoved, this, [this] { endRemoveRows(); });
    connect(controller, &DesignController::aboutToMoveTrigger, this,
            [this](qsizetype from, qsizetype to) {
                // QList::move puts the row at `to`; Qt wants the row it goes before.
                const int row = static_cast<int>(from);
                beginMoveRows({}, row, row, {}, static_cast<int>(to > from ? to + 1 : to));
            });
    connect(controller, &DesignController::triggerMoved, this, [this] { endMoveRows(); });
    connect(controller, &DesignController::triggerChanged, this, [this](qsizetype row) {
        const QModelIndex changed = index(static_cast<int>(row));
        emit dataChanged(changed, changed);
    });
    connect(controller, &DesignController::aboutToResetDocument, this,
            [this] { beginResetModel(); });
    connect(controller, &DesignController::documentReset, this, [this] { endResetModel(); });
}

int DesignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_controller->triggers().size());
}

QVariant DesignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TriggerDesign &trigger = m_controller->triggers().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return trigger.name.isEmpty() ? tr("(unnamed)") : trigger.name;
    case Qt::ToolTipRole: {
        QStringList events;
        for (TriggerEvent event : trigger.events)
            events.append(eventName(event).toUpper());
        return tr("%1 %2 on %3, for each %4")
                .arg(timingName(trigger.timing)
                             .toUpper()
                             .replace(QLatin1Char('_'), QLatin1Char(' ')),
                     events.join(QStringLiteral(" OR ")), trigger.table.displayName(),
                     levelName(trigger.level));
    }
    case Qt::DecorationRole:
        return triggerIcon(trigger.timing, trigger.level, trigger.enabled);
    case TriggerIdRole:
        return trigger.id;
    default:
        return {};
    }
}

QModelIndex DesignListModel::indexOfId(const QString &id) const
{
    const qsizetype row = m_controller->indexOf(id);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row));
}

} // namespace trigon::ui
