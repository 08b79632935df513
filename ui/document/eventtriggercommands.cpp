#include "ui/document/eventtriggercommands.h"

#include "ui/document/designcontroller.h"

namespace trigon::ui {

namespace {
// QUndoCommand::id(): distinct from EditTriggerCommand's, so the two kinds never merge.
constexpr int EditEventTriggerCommandId = 2;
} // namespace

EditEventTriggerCommand::EditEventTriggerCommand(DesignController *controller,
                                                 EventTriggerDesign before,
                                                 EventTriggerDesign after,
                                                 const QString &description,
                                                 const QString &mergeKey)
    : QUndoCommand(description)
    , m_controller(controller)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
    , m_generation(controller->mergeGeneration())
{ }

void EditEventTriggerCommand::undo()
{
    m_controller->applyEventTrigger(m_before);
}

void EditEventTriggerCommand::redo()
{
    m_controller->applyEventTrigger(m_after);
}

int EditEventTriggerCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : EditEventTriggerCommandId;
}

bool EditEventTriggerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditEventTriggerCommand *>(other);
    if (edit->m_mergeKey != m_mergeKey || edit->m_generation != m_generation
        || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    return true;
}

InsertEventTriggerCommand::InsertEventTriggerCommand(DesignController *controller, qsizetype index,
                                                     EventTriggerDesign eventTrigger, bool remove,
                                                     const QString &description)
    : QUndoCommand(description)
    , m_controller(controller)
    , m_index(index)
    , m_eventTrigger(std::move(eventTrigger))
    , m_remove(remove)
{ }

void InsertEventTriggerCommand::insert()
{
    m_controller->applyInsertEventTrigger(m_index, m_eventTrigger);
}

void InsertEventTriggerCommand::takeAway()
{
    m_controller->applyRemoveEventTrigger(m_eventTrigger.id);
}

void InsertEventTriggerCommand::undo()
{
    m_remove ? insert() : takeAway();
}

void InsertEventTriggerCommand::redo()
{
    m_remove ? takeAway() : insert();
}

} // namespace trigon::ui
