#include "ui/designer/actions/python/pythonpage.h"

#include "ui/editor/pythoneditor.h"

#include <QFormLayout>

namespace trigon::ui {

PythonPage::PythonPage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_body(new PythonEditor(this))
{
    m_body->setObjectName(QStringLiteral("pythonBody"));
    m_body->installEventFilter(this);
    connect(m_body, &PythonEditor::textChanged, this, [this] {
        const QString text = m_body->text();
        edit(QStringLiteral("body"), [&](PythonAction &action) { action.body = text; });
    });
    QFormLayout *layout = formLayout(
            tr("The whole trigger function in PL/Python (plpython3u): the row is TD[\"new\"] "
               "and TD[\"old\"], the database is plpy. Return \"MODIFY\" after changing "
               "TD[\"new\"], \"SKIP\" to skip the row, or nothing. It is the trigger's only "
               "action."));
    layout->addRow(tr("Body:"), m_body);
}

QString PythonPage::title()
{
    return tr("PL/Python function");
}

QString PythonPage::summary(const PythonAction &action)
{
    return tr("PL/Python (%n line(s))", nullptr,
              int(action.body.isEmpty() ? 0 : action.body.count(u'\n') + 1));
}

void PythonPage::load(const PythonAction &action, const TriggerDesign &)
{
    if (m_body->text() != action.body)
        m_body->setText(action.body);
}

void PythonPage::focusField(const QString &)
{
    m_body->setFocus();
}

} // namespace trigon::ui
