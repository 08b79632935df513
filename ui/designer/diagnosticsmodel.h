#pragma once

#include "core/analysis/diagnostic.h"

#include <QAbstractTableModel>

namespace trigon::ui {

// A diagnostic's field path for people: "actions[0].payload" reads "action 1 › payload",
// "condition.and[1].q" reads "condition › and 2 › q" (counted from 1, as people count);
// "event_triggers[0].tags[2]" reads "tags 3" (the trigger column names the event trigger).
QString fieldLabel(const QString &path);

// The validator's findings, one row each: severity, trigger, field (fieldLabel(); FieldRole has
// the path), message.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, TriggerColumn, FieldColumn, MessageColumn, ColumnCount };
    enum Role { TriggerIdRole = Qt::UserRole + 1, FieldRole };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(QList<Diagnostic> diagnostics);
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Diagnostic> m_diagnostics;
};

} // namespace trigon::ui
