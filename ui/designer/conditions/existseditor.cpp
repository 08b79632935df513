#include "ui/designer/conditions/existseditor.h"

#include "ui/designer/conditions/widgetsync.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>

namespace trigon::ui {

namespace {

enum Column { OtherColumn, RowField };

QString fieldText(const FieldRef &field)
{
    return (field.row == RowVersion::Old ? QStringLiteral("OLD.") : QStringLiteral("NEW."))
            + field.column;
}

FieldRef fieldFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("OLD."), Qt::CaseInsensitive))
        return {RowVersion::Old, trimmed.mid(4)};
    if (trimmed.startsWith(QLatin1String("NEW."), Qt::CaseInsensitive))
        return {RowVersion::New, trimmed.mid(4)};
    return {RowVersion::New, trimmed};
}

// "schema.table", or "table" in public.
TableRef tableFromText(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 0)
        return TableRef {QStringLiteral("public"), text.trimmed()};
    return TableRef {text.left(dot).trimmed(), text.mid(dot + 1).trimmed()};
}

} // namespace

ExistsEditor::ExistsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QLineEdit(this))
    , m_matches(new QTableWidget(0, 2, this))
    , m_where(new QLineEdit(this))
{
    m_table->setObjectName(QStringLiteral("existsTable"));
    m_table->setPlaceholderText(tr("schema.table"));
    connect(m_table, &QLineEdit::textEdited, this, [this](const QString &text) {
        const TableRef table = tableFromText(text);
        emit edited(QStringLiteral("table"), [table](Condition &c) { c.table = table; });
    });

    m_matches->setObjectName(QStringLiteral("existsMatches"));
    m_matches->setHorizontalHeaderLabels({tr("Its column"), tr("equals this row's")});
    m_matches->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matches->verticalHeader()->hide();
    m_matches->setMinimumHeight(100);
    connect(m_matches, &QTableWidget::cellChanged, this, [this] {
        if (!m_showing)
            emitMatches();
    });
    auto *add = new QPushButton(tr("Add Match"), this);
    add->setObjectName(QStringLiteral("addExistsMatch"));
    connect(add, &QPushButton::clicked, this, [this] {
        QList<ColumnMatch> matches = matchesShown();
        const QString column = m_columns.value(0, QStringLiteral("id"));
        matches.append(ColumnMatch {column, FieldRef {RowVersion::New, column}});
        emit edited(QStringLiteral("matches"), [matches](Condition &c) { c.matches = matches; });
    });
    auto *remove = new QPushButton(tr("Remove Match"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<ColumnMatch> matches = matchesShown();
        const int row = m_matches->currentRow();
        if (row < 0 || row >= matches.size())
            return;
        matches.removeAt(row);
        emit edited(QStringLiteral("matches"), [matches](Condition &c) { c.matches = matches; });
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    m_where->setObjectName(QStringLiteral("existsWhere"));
    m_where->setPlaceholderText(tr("other.frozen AND other.region = 'eu'"));
    connect(m_where, &QLineEdit::textEdited, this, [this](const QString &text) {
        emit edited(QStringLiteral("where"), [text](Condition &c) { c.sql = text; });
    });

    auto *description = new QLabel(
            tr("Holds when the other table has a row (called \"other\") whose columns equal "
               "these of the trigger's row. WHEN cannot read other tables: Trigon tests this in "
               "the function. Wrap it in Not for \"has no such row\"."),
            this);
    description->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(description);
    layout->addRow(tr("&Table:"), m_table);
    layout->addRow(tr("Matching:"), m_matches);
    layout->addRow(QString(), buttons);
    layout->addRow(tr("A&lso:"), m_where);
}

void ExistsEditor::showCondition(const Condition &condition, const QStringList &columns)
{
    const QScopedValueRollback showing(m_showing, true);
    m_columns = columns;
    // The text being typed ("public.", "cust") already says what the node holds: only another
    // table replaces it.
    if (tableFromText(m_table->text()) != condition.table)
        syncText(m_table, condition.table.isEmpty() ? QString() : condition.table.displayName());
    syncText(m_where, condition.sql);
    if (matchesShown() == condition.matches && m_matches->rowCount() == condition.matches.size())
        return;
    m_matches->setRowCount(int(condition.matches.size()));
    QStringList fields;
    for (const QString &column : columns)
        fields << QStringLiteral("NEW.") + column << QStringLiteral("OLD.") + column;
    for (int row = 0; row < condition.matches.size(); ++row) {
        const ColumnMatch &match = condition.matches.at(row);
        m_matches->setItem(row, OtherColumn, new QTableWidgetItem(match.column));
        auto *field = new QComboBox(m_matches);
        field->setEditable(true);
        field->addItems(fields);
        field->setCurrentText(fieldText(match.field));
        connect(field, &QComboBox::currentTextChanged, this, [this] {
            if (!m_showing)
                emitMatches();
        });
        m_matches->setCellWidget(row, RowField, field);
    }
}

QList<ColumnMatch> ExistsEditor::matchesShown() const
{
    QList<ColumnMatch> matches;
    for (int row = 0; row < m_matches->rowCount(); ++row) {
        const QTableWidgetItem *column = m_matches->item(row, OtherColumn);
        const auto *field = qobject_cast<QComboBox *>(m_matches->cellWidget(row, RowField));
        matches.append(ColumnMatch {column ? column->text().trimmed() : QString(),
                                    fieldFromText(field ? field->currentText() : QString())});
    }
    return matches;
}

void ExistsEditor::emitMatches()
{
    const QList<ColumnMatch> matches = matchesShown();
    emit edited(QStringLiteral("matches"), [matches](Condition &c) { c.matches = matches; });
}

} // namespace trigon::ui
