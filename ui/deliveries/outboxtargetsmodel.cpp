#include "ui/deliveries/outboxtargetsmodel.h"

#include <QBrush>
#include <QColor>

namespace trigon::ui {

OutboxTargetsModel::OutboxTargetsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OutboxTargetsModel::setTargets(const QList<pg::OutboxTargetCounts> &targets)
{
    beginResetModel();
    m_targets = targets;
    endResetModel();
}

int OutboxTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int OutboxTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxTargetsModel::ageText(qint64 seconds)
{
    const int minute = 60;
    const int hour = 60 * minute;
    const int day = 24 * hour;
    if (seconds < minute) {
        const int count = int(seconds);
        return tr("%n second(s)", nullptr, count);
    }
    if (seconds < hour) {
        const int count = int(seconds / minute);
        return tr("%n minute(s)", nullptr, count);
    }
    if (seconds < day) {
        const int count = int(seconds / hour);
        return tr("%n hour(s)", nullptr, count);
    }
    const int count = int(seconds / day);
    return tr("%n day(s)", nullptr, count);
}

QVariant OutboxTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const pg::OutboxTargetCounts &counts = m_targets.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case TargetColumn:
            return counts.target;
        case PendingColumn:
            return counts.pending;
        case DeliveredColumn:
            return counts.delivered;
        case DeadColumn:
            return counts.dead;
        case OldestPendingColumn:
            return counts.pending > 0 ? ageText(counts.oldestPendingSeconds) : QString();
        case ColumnCount:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != TargetColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && index.column() == DeadColumn && counts.dead > 0) {
        // Dead events wait for a person: they stand out.
        return QBrush(QColor(Qt::red).darker(130));
    }
    return {};
}

QVariant OutboxTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TargetColumn:
        return tr("Target");
    case PendingColumn:
        return tr("Pending");
    case DeliveredColumn:
        return tr("Delivered");
    case DeadColumn:
        return tr("Dead");
    case OldestPendingColumn:
        return tr("Oldest pending");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace trigon::ui
