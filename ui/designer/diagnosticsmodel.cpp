#include "ui/designer/diagnosticsmodel.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>

namespace trigon::ui {

QString fieldLabel(const QString &path)
{
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    QStringList parts;
    for (const QString &segment : path.split(u'.', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = indexed.match(segment);
        if (!match.hasMatch()) {
            parts.append(segment);
            continue;
        }
        const QString name = match.captured(1);
        const int number = match.captured(2).toInt() + 1;
        // The trigger column names the event trigger already.
        if (name == u"event_triggers")
            continue;
        if (name == u"actions")
            parts.append(DiagnosticsModel::tr("action %1").arg(number));
        else if (name == u"tests")
            parts.append(DiagnosticsModel::tr("test %1").arg(number));
        else if (name == u"tables")
            parts.append(DiagnosticsModel::tr("table %1").arg(number));
        else
            parts.append(name + u' ' + QString::number(number));
    }
    return parts.join(QStringLiteral(" › "));
}

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DiagnosticsModel::setDiagnostics(QList<Diagnostic> diagnostics)
{
    if (diagnostics == m_diagnostics)
        return; // the usual case while typing: keep selection and scroll position
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    endResetModel();
}

int DiagnosticsModel::errorCount() const
{
    return static_cast<int>(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                                          [](const Diagnostic &d) { return d.isError(); }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &diagnostic = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return diagnostic.isError() ? tr("Error") : tr("Warning");
        case TriggerColumn:
            return diagnostic.triggerName;
        case FieldColumn:
            return fieldLabel(diagnostic.field);
        case MessageColumn:
            return diagnostic.message;
        }
        return {};
    case Qt::ToolTipRole:
        return diagnostic.message;
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        return QApplication::style()->standardIcon(diagnostic.isError()
                                                           ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning);
    case TriggerIdRole:
        return diagnostic.triggerId;
    case FieldRole:
        return diagnostic.field;
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TriggerColumn:
        return tr("Trigger");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace trigon::ui
