#include "ui/designer/actions/set_timestamp/settimestamppage.h"

#include "ui/designer/conditions/columnchecklist.h"

#include <QFormLayout>

namespace trigon::ui {

SetTimestampPage::SetTimestampPage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_columns(new ColumnChecklist(this))
{
    m_columns->setObjectName(QStringLiteral("timestampColumns"));
    connect(m_columns, &ColumnChecklist::checkedColumnsChanged, this,
            [this](const QStringList &checked) {
                edit(QStringLiteral("columns"),
                     [&](SetTimestampAction &a) { a.columns = checked; });
            });
    QFormLayout *layout = formLayout(tr("NEW.column := now() for each checked column."));
    layout->addRow(tr("Columns:"), m_columns);
}

QString SetTimestampPage::title()
{
    return tr("Set timestamp");
}

QString SetTimestampPage::summary(const SetTimestampAction &action)
{
    return tr("Set timestamp: %1").arg(action.columns.join(QStringLiteral(", ")));
}

void SetTimestampPage::load(const SetTimestampAction &action, const TriggerDesign &trigger)
{
    m_columns->setColumns(trigger.columnNames(), action.columns);
}

void SetTimestampPage::focusField(const QString &)
{
    m_columns->setFocus();
}

} // namespace trigon::ui
