#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace trigon::ui {

// A list of names with check boxes, as ColumnChecklist and CommandTagPicker show them: `names`,
// then the checked ones that are not among them (so they can be unchecked), `checked` ones
// checked. The items are rebuilt only when the names differ, which keeps the scroll position
// while the user checks. The caller blocks its itemChanged handling around the call.
void showCheckableNames(QListWidget *list, const QStringList &names, const QStringList &checked);
// The checked names, in list order.
QStringList checkedNames(const QListWidget *list);

// A checkable list of column names: the table's known columns, plus any a design names that the
// table does not (typed in, or from a design made offline), which stay visible so they can be
// unchecked. Used for the fields/exclude of change conditions and the column lists of actions.
class ColumnChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnChecklist(QWidget *parent = nullptr);

    // Shows `known` then the checked names that are not known; changes nothing the user sees
    // when the lists are the same, so it is cheap to call on every model update.
    void setColumns(const QStringList &known, const QStringList &checked);
    // The checked names, in list order.
    QStringList checkedColumns() const;
    void setPlaceholderText(const QString &text);

signals:
    // The user checked or unchecked a name, or added one.
    void checkedColumnsChanged(const QStringList &checked);

private:
    void addTypedColumn();

    QListWidget *m_list;
    QLineEdit *m_add;
    bool m_updating = false;
};

} // namespace trigon::ui
