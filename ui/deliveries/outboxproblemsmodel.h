#pragma once

#include "core/pg/outboxstatus.h"

#include <QAbstractTableModel>

namespace trigon::ui {

// The latest outbox events whose delivery failed, newest first: dead ones (which wait for a
// retry by hand) and failing ones (which the relay tries again), with their last error.
class OutboxProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        TargetColumn,
        TypeColumn,
        KeyColumn,
        AttemptsColumn,
        CreatedColumn,
        LastErrorColumn,
        ColumnCount
    };

    explicit OutboxProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<pg::OutboxProblem> &problems);
    const QList<pg::OutboxProblem> &problems() const { return m_problems; }
    // The row of the event `id`, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<pg::OutboxProblem> m_problems;
};

} // namespace trigon::ui
