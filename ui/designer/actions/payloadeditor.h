#pragma once

#include "core/model/payloadvalue.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace trigon::ui {

// Rows of name -> value for a notify payload (keys of the JSON object) or an insert (columns):
// a value is a column of NEW or OLD, a whole row, a TG_ variable, now(), a setting, an SQL
// expression or a JSON literal. For an event trigger's action, a field of the DDL command or
// object ({"ddl": ...}) takes the place of the row values and TG_ variables, which it has none of.
class PayloadEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PayloadEditor(QWidget *parent = nullptr);

    // "Key" for a payload, "Column" for an insert.
    void setNameHeader(const QString &header);
    // Whether the values are an event trigger's: offer DDL fields instead of NEW, OLD, whole
    // rows and TG_ variables. A value of a kind not offered still shows, so it can be changed.
    void setEventTriggerMode(bool eventTrigger);
    bool isEventTriggerMode() const { return m_eventTrigger; }
    // Shows `values`; `columns` are the table's columns offered for NEW/OLD values. Widgets
    // whose value is already shown stay untouched, so typing is not disturbed.
    void setValues(const QList<NamedValue> &values, const QStringList &columns);
    QList<NamedValue> values() const;
    // Puts the focus on the row named `name` (a diagnostic's "payload.<name>").
    bool focusName(const QString &name);
    QTableWidget *table() const { return m_table; }
    // "NEW column", "SQL expression", ... as the "Value from" column shows a kind.
    static QString kindLabel(PayloadValue::Kind kind);

signals:
    // The user changed the rows; `field` says which part ("2.name", "rows"), so that typing in
    // one cell merges into one undo step.
    void valuesEdited(const QList<NamedValue> &values, const QString &field);

private:
    void ensureRows(int count);
    void syncRow(int row, const NamedValue &value);
    void setValueChoices(int row, PayloadValue::Kind kind);
    // The kinds of value the "Value from" column offers in this mode, with their labels.
    QList<std::pair<PayloadValue::Kind, QString>> offeredKinds() const;
    PayloadValue valueAt(int row) const;
    int rowOf(const QWidget *widget) const;
    void emitEdited(const QString &field);
    void addRow();
    void removeRow();
    void moveRow(int delta);

    QTableWidget *m_table;
    QPushButton *m_remove;
    QStringList m_columns;
    bool m_updating = false;
    bool m_eventTrigger = false;
};

} // namespace trigon::ui
