#pragma once

#include "core/model/condition.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace trigon::ui {

// The editor of an "exists" condition, "a row in another table": the table, which of its
// columns must equal which column of the trigger's row (OLD or NEW), and optional extra
// comparisons on that row, called "other". Rendered as EXISTS (SELECT 1 FROM table AS other
// WHERE other.c = NEW.c ...); wrapped in Not, NOT EXISTS. Each change is reported as one edit of
// the node under the field it touched, so typing merges into one undo step.
class ExistsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ExistsEditor(QWidget *parent = nullptr);

    // Shows `condition` (of kind Exists), offering `columns` of the trigger's table.
    void showCondition(const Condition &condition, const QStringList &columns);

signals:
    // `field` names what changed ("table", "matches", "where"); `change` applies it to the node.
    void edited(const QString &field, const std::function<void(Condition &)> &change);

private:
    QList<ColumnMatch> matchesShown() const;
    void emitMatches();

    QLineEdit *m_table;
    QTableWidget *m_matches;
    QLineEdit *m_where;
    QStringList m_columns;
    bool m_showing = false;
};

} // namespace trigon::ui
