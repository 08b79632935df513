#include "ui/deliveries/outboxproblemsmodel.h"

#include <QBrush>
#include <QColor>

namespace trigon::ui {

OutboxProblemsModel::OutboxProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OutboxProblemsModel::setProblems(const QList<pg::OutboxProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int OutboxProblemsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_problems.size(); ++row) {
        if (m_problems.at(row).id == id)
            return row;
    }
    return -1;
}

int OutboxProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int OutboxProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const pg::OutboxProblem &problem = m_problems.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case StateColumn:
            return problem.dead ? tr("Dead") : tr("Failing");
        case TargetColumn:
            return problem.target;
        case TypeColumn:
            return problem.type;
        case KeyColumn:
            return problem.key;
        case AttemptsColumn:
            return problem.attempts;
        case CreatedColumn:
            // To the second; the tooltip has the rest (fractions, time zone).
            return problem.createdAt.left(19);
        case LastErrorColumn:
            // One line in the table; the tooltip has all of it.
            return problem.lastError.section(u'\n', 0, 0);
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == LastErrorColumn)
            return problem.lastError;
        if (index.column() == CreatedColumn)
            return problem.createdAt;
        if (index.column() == StateColumn) {
            return problem.dead ? tr("The relay gave up on this event: retry it once the target "
                                     "works again")
                                : tr("The relay tries this event again");
        }
    } else if (role == Qt::ForegroundRole && index.column() == StateColumn && problem.dead) {
        return QBrush(QColor(Qt::red).darker(130));
    } else if (role == Qt::TextAlignmentRole && index.column() == AttemptsColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant OutboxProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StateColumn:
        return tr("State");
    case TargetColumn:
        return tr("Target");
    case TypeColumn:
        return tr("Type");
    case KeyColumn:
        return tr("Key");
    case AttemptsColumn:
        return tr("Attempts");
    case CreatedColumn:
        return tr("Created");
    case LastErrorColumn:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace trigon::ui
