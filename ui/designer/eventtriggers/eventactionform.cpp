#include "ui/designer/eventtriggers/eventactionform.h"

#include "ui/designer/actions/insert/insertpage.h"
#include "ui/designer/actions/notify/notifypage.h"
#include "ui/designer/actions/protect/protectpage.h"
#include "ui/designer/actions/sql/sqlpage.h"
#include "ui/designer/eventactions/attach/attachpage.h"
#include "ui/document/designcontroller.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace trigon::ui {

QString eventActionKindTitle(EventActionKind kind)
{
    switch (kind) {
    case EventActionKind::Protect:
        return ProtectPage::title();
    case EventActionKind::Notify:
        return NotifyPage::title();
    case EventActionKind::Insert:
        return InsertPage::title();
    case EventActionKind::Sql:
        return SqlPage::title();
    case EventActionKind::Attach:
        return AttachPage::title();
    }
    return {};
}

QString eventActionSummary(const EventAction &action)
{
    return std::visit(
            [](const auto &kind) {
                using Kind = std::decay_t<decltype(kind)>;
                if constexpr (std::is_same_v<Kind, ProtectAction>)
                    return ProtectPage::summary(kind);
                else if constexpr (std::is_same_v<Kind, NotifyAction>)
                    return NotifyPage::summary(kind);
                else if constexpr (std::is_same_v<Kind, InsertAction>)
                    return InsertPage::summary(kind);
                else if constexpr (std::is_same_v<Kind, SqlAction>)
                    return SqlPage::summary(kind);
                else
                    return AttachPage::summary(kind);
            },
            action);
}

EventActionForm::EventActionForm(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_stack(new QStackedWidget(this))
    , m_sharedPages({new ProtectPage(controller, this), new NotifyPage(controller, this),
                     new InsertPage(controller, this), new SqlPage(controller, this)})
    , m_attachPage(new AttachPage(controller, this))
    , m_emptyPage(new QLabel(tr("Add an action: what the event trigger does."), this))
{
    static_assert(int(EventActionKind::Attach) == 4, "the shared kinds come first");
    for (ActionPage *page : std::as_const(m_sharedPages)) {
        page->setHost(ActionPage::Host::EventTrigger);
        m_stack->addWidget(page);
    }
    m_stack->addWidget(m_attachPage);
    m_stack->addWidget(m_emptyPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->setCurrentWidget(m_emptyPage);
}

void EventActionForm::setAction(const QString &eventTriggerId, int index)
{
    if (eventTriggerId != m_eventTriggerId || index != m_index) {
        m_anotherAction = true;
        m_controller->sealMerging();
    }
    m_eventTriggerId = eventTriggerId;
    m_index = index;
    reload();
}

void EventActionForm::reload()
{
    const EventTriggerDesign *design = m_controller->eventTrigger(m_eventTriggerId);
    if (!design || m_index < 0 || m_index >= design->actions.size()) {
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    const EventAction &action = design->actions.at(m_index);
    const bool another = std::exchange(m_anotherAction, false);
    if (const auto *attach = std::get_if<AttachAction>(&action)) {
        m_attachPage->showAction(m_eventTriggerId, m_index, *attach);
        m_stack->setCurrentWidget(m_attachPage);
        return;
    }
    ActionPage *page = m_sharedPages.at(action.index());
    page->showEventAction(m_eventTriggerId, m_index, *design, another);
    m_stack->setCurrentWidget(page);
}

QWidget *EventActionForm::currentPage() const
{
    QWidget *page = m_stack->currentWidget();
    return page == m_emptyPage ? nullptr : page;
}

bool EventActionForm::focusField(const QString &subPath)
{
    QWidget *page = currentPage();
    if (auto *shared = qobject_cast<ActionPage *>(page))
        shared->focusField(subPath);
    else if (page == m_attachPage)
        m_attachPage->focusField(subPath);
    return page != nullptr;
}

} // namespace trigon::ui
