#pragma once

#include "core/model/payloadvalue.h"

#include <QList>
#include <QWidget>

class QComboBox;

namespace trigon::ui {

// The text a value shows in its editor: the column, setting or SQL, "now()", or the literal as
// typed text.
QString payloadValueText(const PayloadValue &value);
// The value of `kind` that `text`, as typed in an editor, means.
PayloadValue payloadValueFromText(PayloadValue::Kind kind, const QString &text);
// What the value field of `kind` offers to choose from; `columns` for NEW and OLD columns.
QStringList payloadValueChoices(PayloadValue::Kind kind, const QStringList &columns);

// One value as a PayloadEditor row edits it, without the name: a "value from" box with the kinds
// given to setKinds() and an editable value box. For single values such as an outbox key.
class PayloadValueEdit : public QWidget
{
    Q_OBJECT
public:
    explicit PayloadValueEdit(QWidget *parent = nullptr);

    // The kinds offered, in order; a shown value of another kind is offered too, so that it can
    // be changed.
    void setKinds(const QList<PayloadValue::Kind> &kinds);
    // Shows `value`; `columns` are the table's columns offered for NEW and OLD values. A value
    // already shown leaves the widgets untouched, so typing is not disturbed.
    void setValue(const PayloadValue &value, const QStringList &columns);
    PayloadValue value() const;
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *valueBox() const { return m_value; }

signals:
    // The user changed the value; `field` is "kind" or "value", so that typing merges into one
    // undo step.
    void valueEdited(const trigon::PayloadValue &value, const QString &field);

private:
    void offerKind(PayloadValue::Kind kind);
    void setChoices(PayloadValue::Kind kind);

    QComboBox *m_kind;
    QComboBox *m_value;
    QStringList m_columns;
    bool m_updating = false;
};

} // namespace trigon::ui
