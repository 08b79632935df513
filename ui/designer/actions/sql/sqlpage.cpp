#include "ui/designer/actions/sql/sqlpage.h"

#include "ui/editor/sqleditor.h"

#include <QFormLayout>

namespace trigon::ui {

SqlPage::SqlPage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_declarations(codeField(QStringLiteral("sqlDeclarations"), QStringLiteral("declarations"),
                               [](SqlAction &a, const QString &text) { a.declarations = text; }))
    , m_body(codeField(QStringLiteral("sqlBody"), QStringLiteral("body"),
                       [](SqlAction &a, const QString &text) { a.body = text; }))
{
    m_declarations->setMaximumHeight(80);
    QFormLayout *layout = formLayout(tr("Custom PL/pgSQL, run as its own block."));
    layout->addRow(tr("DECLARE:"), m_declarations);
    layout->addRow(tr("BEGIN … END:"), m_body);
}

QString SqlPage::title()
{
    return tr("Custom PL/pgSQL");
}

QString SqlPage::summary(const SqlAction &action)
{
    return tr("Custom PL/pgSQL (%n line(s))", nullptr,
              int(action.body.isEmpty() ? 0 : action.body.count(u'\n') + 1));
}

void SqlPage::load(const SqlAction &action, const TriggerDesign &trigger)
{
    // The editors complete the trigger table's columns after NEW. and OLD.
    for (auto [editor, text] :
         {std::pair {m_declarations, action.declarations}, std::pair {m_body, action.body}}) {
        if (editor->triggerTable() != trigger.table.name
            || editor->triggerSchema() != trigger.table.schema)
            editor->setTriggerTable(trigger.table.schema, trigger.table.name);
        if (editor->text() != text)
            editor->setText(text);
    }
}

void SqlPage::focusField(const QString &subPath)
{
    (namesField(subPath, "declarations") ? m_declarations : m_body)->setFocus();
}

} // namespace trigon::ui
