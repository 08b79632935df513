#include "ui/document/triggerbinding.h"

#include "ui/document/designcontroller.h"

namespace trigon::ui {

TriggerBinding::TriggerBinding(DesignController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    connect(m_controller, &DesignController::triggerChanged, this, [this](qsizetype index) {
        if (!m_triggerId.isEmpty() && m_controller->indexOf(m_triggerId) == index)
            emit refreshNeeded();
    });
    connect(m_controller, &DesignController::documentReset, this, &TriggerBinding::refreshNeeded);
    connect(m_controller, &DesignController::triggerRemoved, this, [this] {
        if (!m_triggerId.isEmpty() && !m_controller->trigger(m_triggerId))
            emit triggerRemoved();
    });
}

const TriggerDesign *TriggerBinding::trigger() const
{
    return m_controller->trigger(m_triggerId);
}

} // namespace trigon::ui
