#include "ui/document/designcommands.h"

namespace trigon::ui {

MoveTriggerCommand::MoveTriggerCommand(DesignController *controller, const QString &id,
                                       qsizetype from, qsizetype to)
    : QUndoCommand(QObject::tr("Move Trigger"))
    , m_controller(controller)
    , m_id(id)
    , m_from(from)
    , m_to(to)
{ }

void MoveTriggerCommand::undo()
{
    m_controller->applyMove(m_id, m_from);
}

void MoveTriggerCommand::redo()
{
    m_controller->applyMove(m_id, m_to);
}

} // namespace trigon::ui
