#include "ui/designer/actions/insert/insertpage.h"

#include "ui/designer/actions/payloadeditor.h"
#include "ui/designer/conditions/widgetsync.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace trigon::ui {

InsertPage::InsertPage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_schema(textField(
              QStringLiteral("insertSchema"), QStringLiteral("table.schema"),
              [](InsertAction &a, const QString &text) { a.table.schema = text.trimmed(); }))
    , m_table(textField(
              QStringLiteral("insertTable"), QStringLiteral("table.name"),
              [](InsertAction &a, const QString &text) { a.table.name = text.trimmed(); }))
    , m_values(new PayloadEditor(this))
{
    auto *table = new QHBoxLayout;
    table->addWidget(m_schema, 1);
    table->addWidget(new QLabel(QStringLiteral("."), this));
    table->addWidget(m_table, 2);
    m_values->setObjectName(QStringLiteral("insertValues"));
    m_values->setNameHeader(tr("Column"));
    connect(m_values, &PayloadEditor::valuesEdited, this,
            [this](const QList<NamedValue> &values, const QString &field) {
                edit(field.isEmpty() ? QString() : QStringLiteral("values.") + field,
                     [&](InsertAction &a) { a.values = values; });
            });
    QFormLayout *layout = formLayout(tr("Insert one row into another table each time."));
    layout->addRow(tr("Into table:"), table);
    layout->addRow(tr("Values:"), m_values);
}

QString InsertPage::title()
{
    return tr("Insert into a table");
}

QString InsertPage::summary(const InsertAction &action)
{
    return tr("Insert into %1").arg(action.table.displayName());
}

void InsertPage::load(const InsertAction &action, const TriggerDesign &trigger)
{
    syncText(m_schema, action.table.schema);
    syncText(m_table, action.table.name);
    m_values->setValues(action.values, trigger.columnNames());
}

void InsertPage::hostChanged()
{
    // An event trigger's values come from the DDL command, not from rows.
    m_values->setEventTriggerMode(host() == Host::EventTrigger);
}

void InsertPage::focusField(const QString &subPath)
{
    if (!namesField(subPath, "values")) {
        (namesField(subPath, "table.schema") ? m_schema : m_table)->setFocus();
        return;
    }
    if (!m_values->focusName(subPath.mid(QStringLiteral(".values.").size())))
        m_values->setFocus();
}

} // namespace trigon::ui
