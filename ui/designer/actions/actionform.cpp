#include "ui/designer/actions/actionform.h"

#include "ui/designer/actions/actionpages.h"
#include "ui/document/designcontroller.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace trigon::ui {

ActionForm::ActionForm(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_stack(new QStackedWidget(this))
    , m_pages(createActionPages(controller, this))
    , m_emptyPage(new QLabel(tr("Add an action, or pick a preset."), this))
{
    for (ActionPage *page : std::as_const(m_pages))
        m_stack->addWidget(page);
    m_stack->addWidget(m_emptyPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->setCurrentWidget(m_emptyPage);
}

void ActionForm::setAction(const QString &triggerId, int index)
{
    if (triggerId != m_triggerId || index != m_index) {
        m_anotherAction = true;
        m_controller->sealMerging();
    }
    m_triggerId = triggerId;
    m_index = index;
    reload();
}

void ActionForm::reload()
{
    const TriggerDesign *trigger = m_controller->trigger(m_triggerId);
    if (!trigger || m_index < 0 || m_index >= trigger->actions.size()) {
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    ActionPage *page = m_pages.at(trigger->actions.at(m_index).index());
    page->showAction(m_triggerId, m_index, *trigger, std::exchange(m_anotherAction, false));
    m_stack->setCurrentWidget(page);
}

ActionPage *ActionForm::currentPage() const
{
    return qobject_cast<ActionPage *>(m_stack->currentWidget());
}

bool ActionForm::focusField(const QString &subPath)
{
    ActionPage *page = currentPage();
    if (!page)
        return false;
    page->focusField(subPath);
    return true;
}

} // namespace trigon::ui
