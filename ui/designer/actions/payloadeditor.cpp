#include "ui/designer/actions/payloadeditor.h"

#include "ui/designer/actions/payloadvalueedit.h"
#include "ui/designer/conditions/widgetsync.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

enum Column { NameColumn, KindColumn, ValueColumn };

} // namespace

PayloadEditor::PayloadEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("payloadTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value from"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addPayloadRow"));
    m_remove->setObjectName(QStringLiteral("removePayloadRow"));
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);
    connect(add, &QPushButton::clicked, this, &PayloadEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &PayloadEditor::removeRow);
    connect(up, &QPushButton::clicked, this, [this] { moveRow(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRow(1); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

QString PayloadEditor::kindLabel(PayloadValue::Kind kind)
{
    switch (kind) {
    case PayloadValue::Kind::NewColumn:
        return tr("NEW column");
    case PayloadValue::Kind::OldColumn:
        return tr("OLD column");
    case PayloadValue::Kind::Row:
        return tr("Whole row");
    case PayloadValue::Kind::TgVariable:
        return tr("TG_ variable");
    case PayloadValue::Kind::Now:
        return tr("now()");
    case PayloadValue::Kind::Setting:
        return tr("Setting");
    case PayloadValue::Kind::Sql:
        return tr("SQL expression");
    case PayloadValue::Kind::Literal:
        return tr("JSON literal");
    case PayloadValue::Kind::Ddl:
        return tr("DDL field");
    }
    return {};
}

QList<std::pair<PayloadValue::Kind, QString>> PayloadEditor::offeredKinds() const
{
    using Kind = PayloadValue::Kind;
    const QList<Kind> kinds = m_eventTrigger
            ? QList<Kind> {Kind::Ddl, Kind::Now, Kind::Setting, Kind::Sql, Kind::Literal}
            : QList<Kind> {Kind::NewColumn, Kind::OldColumn, Kind::Row, Kind::TgVariable,
                           Kind::Now,       Kind::Setting,   Kind::Sql, Kind::Literal};
    QList<std::pair<Kind, QString>> offered;
    for (Kind kind : kinds)
        offered.append({kind, kindLabel(kind)});
    return offered;
}

void PayloadEditor::setEventTriggerMode(bool eventTrigger)
{
    if (eventTrigger == m_eventTrigger)
        return;
    m_eventTrigger = eventTrigger;
    // The rows' kind boxes offer the other mode's kinds: the next setValues() builds them anew.
    m_updating = true;
    ensureRows(0);
    m_updating = false;
}

void PayloadEditor::setNameHeader(const QString &header)
{
    m_table->setHorizontalHeaderItem(NameColumn, new QTableWidgetItem(header));
}

int PayloadEditor::rowOf(const QWidget *widget) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (m_table->cellWidget(row, column) == widget)
                return row;
        }
    }
    return -1;
}

void PayloadEditor::ensureRows(int count)
{
    while (m_table->rowCount() > count)
        m_table->removeRow(m_table->rowCount() - 1);
    while (m_table->rowCount() < count) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QLineEdit(m_table);
        name->setFrame(false);
        auto *kind = new QComboBox(m_table);
        for (const auto &[k, text] : offeredKinds())
            kind->addItem(text, int(k));
        auto *value = new QComboBox(m_table);
        value->setEditable(true);
        value->setInsertPolicy(QComboBox::NoInsert);
        m_table->setCellWidget(row, NameColumn, name);
        m_table->setCellWidget(row, KindColumn, kind);
        m_table->setCellWidget(row, ValueColumn, value);
        connect(name, &QLineEdit::textEdited, this,
                [this, name] { emitEdited(QStringLiteral("%1.name").arg(rowOf(name))); });
        connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
            if (m_updating)
                return;
            const int r = rowOf(kind);
            m_updating = true;
            setValueChoices(r, PayloadValue::Kind(kind->currentData().toInt()));
            m_updating = false;
            emitEdited(QStringLiteral("%1.kind").arg(r));
        });
        connect(value, &QComboBox::currentTextChanged, this,
                [this, value] { emitEdited(QStringLiteral("%1.value").arg(rowOf(value))); });
    }
}

void PayloadEditor::setValueChoices(int row, PayloadValue::Kind kind)
{
    auto *value = static_cast<QComboBox *>(m_table->cellWidget(row, ValueColumn));
    const QStringList choices = payloadValueChoices(kind, m_columns);
    const QString text = value->currentText();
    syncComboItems(value, choices,
                   choices.contains(text) || choices.isEmpty() ? text : choices.value(0));
    value->setEnabled(kind != PayloadValue::Kind::Now);
    if (kind == PayloadValue::Kind::Now)
        value->setEditText(QStringLiteral("now()"));
}

void PayloadEditor::syncRow(int row, const NamedValue &named)
{
    syncText(static_cast<QLineEdit *>(m_table->cellWidget(row, NameColumn)), named.name);
    auto *kind = static_cast<QComboBox *>(m_table->cellWidget(row, KindColumn));
    // A kind this mode does not offer (a DDL field in a table trigger's file) shows as it is; the
    // validator says why it is wrong.
    if (kind->findData(int(named.value.kind)) < 0)
        kind->addItem(kindLabel(named.value.kind), int(named.value.kind));
    syncComboData(kind, int(named.value.kind));
    setValueChoices(row, named.value.kind);
    auto *value = static_cast<QComboBox *>(m_table->cellWidget(row, ValueColumn));
    // A literal the user is typing stays as typed while it means the same value.
    if (valueAt(row) != named.value)
        value->setEditText(payloadValueText(named.value));
}

void PayloadEditor::setValues(const QList<NamedValue> &values, const QStringList &columns)
{
    m_updating = true;
    m_columns = columns;
    ensureRows(int(values.size()));
    for (int row = 0; row < values.size(); ++row)
        syncRow(row, values.at(row));
    m_remove->setEnabled(!values.isEmpty());
    m_updating = false;
}

PayloadValue PayloadEditor::valueAt(int row) const
{
    const auto kind = PayloadValue::Kind(
            static_cast<QComboBox *>(m_table->cellWidget(row, KindColumn))->currentData().toInt());
    const QString text
            = static_cast<QComboBox *>(m_table->cellWidget(row, ValueColumn))->currentText();
    return payloadValueFromText(kind, text);
}

QList<NamedValue> PayloadEditor::values() const
{
    QList<NamedValue> values;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        values.append({static_cast<QLineEdit *>(m_table->cellWidget(row, NameColumn))->text(),
                       valueAt(row)});
    }
    return values;
}

bool PayloadEditor::focusName(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *edit = static_cast<QLineEdit *>(m_table->cellWidget(row, NameColumn));
        if (edit->text() == name) {
            m_table->selectRow(row);
            edit->setFocus();
            return true;
        }
    }
    return false;
}

void PayloadEditor::emitEdited(const QString &field)
{
    if (!m_updating)
        emit valuesEdited(values(), field);
}

void PayloadEditor::addRow()
{
    QList<NamedValue> rows = values();
    if (m_eventTrigger) {
        // A DDL field not sent yet, under its own name: the common case is "send the tag".
        const QStringList fields = ddlFieldNames();
        const auto unused = std::find_if(fields.cbegin(), fields.cend(), [&](const QString &f) {
            return std::none_of(rows.cbegin(), rows.cend(),
                                [&](const NamedValue &v) { return v.name == f; });
        });
        rows.append(unused == fields.cend()
                            ? NamedValue {QStringLiteral("key%1").arg(rows.size() + 1),
                                          PayloadValue::now()}
                            : NamedValue {*unused, PayloadValue::ddl(*unused)});
        emit valuesEdited(rows, QString());
        return;
    }
    // A column not used yet, as the key and the value: the common case is "send this column".
    QString column;
    for (const QString &candidate : std::as_const(m_columns)) {
        if (std::none_of(rows.cbegin(), rows.cend(),
                         [&](const NamedValue &v) { return v.name == candidate; })) {
            column = candidate;
            break;
        }
    }
    if (column.isEmpty())
        rows.append({QStringLiteral("key%1").arg(rows.size() + 1), PayloadValue::now()});
    else
        rows.append({column, PayloadValue::column(RowVersion::New, column)});
    emit valuesEdited(rows, QString());
}

void PayloadEditor::removeRow()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
    if (row < 0)
        return;
    QList<NamedValue> rows = values();
    rows.removeAt(row);
    emit valuesEdited(rows, QString());
}

void PayloadEditor::moveRow(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    QList<NamedValue> rows = values();
    rows.move(row, to);
    emit valuesEdited(rows, QString());
    m_table->selectRow(to);
}

} // namespace trigon::ui
