#pragma once

#include "core/pg/outboxstatus.h"

#include <QAbstractTableModel>

namespace trigon::ui {

// One row per outbox target: its pending, delivered and dead events and how long the oldest
// pending one has waited.
class OutboxTargetsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TargetColumn,
        PendingColumn,
        DeliveredColumn,
        DeadColumn,
        OldestPendingColumn,
        ColumnCount
    };

    explicit OutboxTargetsModel(QObject *parent = nullptr);

    void setTargets(const QList<pg::OutboxTargetCounts> &targets);
    const QList<pg::OutboxTargetCounts> &targets() const { return m_targets; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "42 seconds", "3 minutes", "2 hours", "5 days": the largest whole unit.
    static QString ageText(qint64 seconds);

private:
    QList<pg::OutboxTargetCounts> m_targets;
};

} // namespace trigon::ui
