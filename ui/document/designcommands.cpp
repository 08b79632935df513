#include "ui/document/designcommands.h"

#include "ui/document/designcontroller.h"

namespace trigon::ui {

namespace {
// QUndoCommand::id() values: only edits merge.
constexpr int EditTriggerCommandId = 1;
} // namespace

EditTriggerCommand::EditTriggerCommand(DesignController *controller, TriggerDesign before,
                                       TriggerDesign after, const QString &description,
                                       const QString &mergeKey)
    : QUndoCommand(description)
    , m_controller(controller)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
    , m_generation(controller->mergeGeneration())
{ }

void EditTriggerCommand::undo()
{
    m_controller->applyTrigger(m_before);
}

void EditTriggerCommand::redo()
{
    m_controller->applyTrigger(m_after);
}

int EditTriggerCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : EditTriggerCommandId;
}

bool EditTriggerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditTriggerCommand *>(other);
    if (edit->m_mergeKey != m_mergeKey || edit->m_generation != m_generation
        || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    return true;
}

InsertTriggerCommand::InsertTriggerCommand(DesignController *controller, qsizetype index,
                                           TriggerDesign trigger, bool remove,
                                           const QString &description)
    : QUndoCommand(description)
    , m_controller(controller)
    , m_index(index)
    , m_trigger(std::move(trigger))
    , m_remove(remove)
{ }

void InsertTriggerCommand::insert()
{
    m_controller->applyInsert(m_index, m_trigger);
}

void InsertTriggerCommand::takeAway()
{
    m_controller->applyRemove(m_trigger.id);
}

void InsertTriggerCommand::undo()
{
    m_remove ? insert() : takeAway();
}

void InsertTriggerCommand::redo()
{
    m_remove ? takeAway() : insert();
}

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
