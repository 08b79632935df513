#include "ui/designer/actions/soft_delete/softdeletepage.h"

#include "core/model/jsonliteraltext.h"
#include "ui/designer/conditions/columnchecklist.h"
#include "ui/designer/conditions/widgetsync.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace trigon::ui {

SoftDeletePage::SoftDeletePage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_column(columnField(QStringLiteral("softDeleteColumn"), QStringLiteral("column"),
                           [](SoftDeleteAction &a, const QString &text) { a.column = text; }))
    , m_value(textField(QStringLiteral("softDeleteValue"), QStringLiteral("value"),
                        [](SoftDeleteAction &a, const QString &text) {
                            a.value = literalFromTypedText(text);
                        }))
    , m_key(new ColumnChecklist(this))
{
    m_value->setToolTip(tr("A JSON value (true, 1, \"deleted\") or plain text"));
    m_key->setObjectName(QStringLiteral("softDeleteKey"));
    connect(m_key, &ColumnChecklist::checkedColumnsChanged, this,
            [this](const QStringList &checked) {
                edit(QStringLiteral("key"), [&](SoftDeleteAction &a) { a.key = checked; });
            });
    QFormLayout *layout = formLayout(tr("Turn a DELETE into an UPDATE that marks the row."));
    layout->addRow(tr("Flag column:"), m_column);
    layout->addRow(tr("Set to:"), m_value);
    layout->addRow(tr("Key columns:"), m_key);
}

QString SoftDeletePage::title()
{
    return tr("Soft delete");
}

QString SoftDeletePage::summary(const SoftDeleteAction &action)
{
    return tr("Soft delete: set %1 instead of deleting").arg(action.column);
}

void SoftDeletePage::load(const SoftDeleteAction &action, const TriggerDesign &trigger)
{
    const QStringList columns = trigger.columnNames();
    syncComboItems(m_column, columns, action.column);
    if (literalFromTypedText(m_value->text()) != action.value)
        m_value->setText(typedTextOfLiteral(action.value));
    m_key->setColumns(columns, action.key);
}

void SoftDeletePage::focusField(const QString &subPath)
{
    QWidget *target = namesField(subPath, "key") ? static_cast<QWidget *>(m_key)
            : namesField(subPath, "value")       ? static_cast<QWidget *>(m_value)
                                                 : m_column;
    target->setFocus();
}

} // namespace trigon::ui
