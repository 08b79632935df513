#pragma once

#include "ui/document/designcontroller.h"

#include <QUndoCommand>

namespace trigon::ui {

// A change of one design's properties (a trigger or an event trigger): before and after
// snapshots, found again by id and put back with the controller's `Apply`. Consecutive edits
// with the same merge key of the same design merge until the controller seals merging.
// `MergeId` is the QUndoCommand::id(): each kind of design has its own, so an edit of a trigger
// never merges with an edit of an event trigger.
template<typename Design, void (DesignController::*Apply)(const Design &), int MergeId>
class EditDesignCommand : public QUndoCommand
{
public:
    EditDesignCommand(DesignController *controller, Design before, Design after,
                      const QString &description, const QString &mergeKey)
        : QUndoCommand(description)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
        , m_generation(controller->mergeGeneration())
    { }

    void undo() override { (m_controller->*Apply)(m_before); }
    void redo() override { (m_controller->*Apply)(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : MergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditDesignCommand *>(other);
        if (edit->m_mergeKey != m_mergeKey || edit->m_generation != m_generation
            || edit->m_after.id != m_after.id)
            return false;
        m_after = edit->m_after;
        return true;
    }

private:
    DesignController *m_controller;
    Design m_before;
    Design m_after;
    QString m_mergeKey; // empty: never merges
    int m_generation;
};

// Adding a design, or (with `remove`) taking it away: the same two steps in either order.
template<typename Design, void (DesignController::*Insert)(qsizetype, const Design &),
         void (DesignController::*Remove)(const QString &)>
class InsertDesignCommand : public QUndoCommand
{
public:
    InsertDesignCommand(DesignController *controller, qsizetype index, Design design, bool remove,
                        const QString &description)
        : QUndoCommand(description)
        , m_controller(controller)
        , m_index(index)
        , m_design(std::move(design))
        , m_remove(remove)
    { }

    void undo() override { m_remove ? insert() : takeAway(); }
    void redo() override { m_remove ? takeAway() : insert(); }

private:
    void insert() { (m_controller->*Insert)(m_index, m_design); }
    void takeAway() { (m_controller->*Remove)(m_design.id); }

    DesignController *m_controller;
    qsizetype m_index;
    Design m_design;
    bool m_remove;
};

// The QUndoCommand::id() of each kind's edits; only edits merge.
constexpr int EditTriggerCommandId = 1;
constexpr int EditEventTriggerCommandId = 2;

using EditTriggerCommand
        = EditDesignCommand<TriggerDesign, &DesignController::applyTrigger, EditTriggerCommandId>;
using InsertTriggerCommand = InsertDesignCommand<TriggerDesign, &DesignController::applyInsert,
                                                 &DesignController::applyRemove>;
using EditEventTriggerCommand
        = EditDesignCommand<EventTriggerDesign, &DesignController::applyEventTrigger,
                            EditEventTriggerCommandId>;
using InsertEventTriggerCommand
        = InsertDesignCommand<EventTriggerDesign, &DesignController::applyInsertEventTrigger,
                              &DesignController::applyRemoveEventTrigger>;

class MoveTriggerCommand : public QUndoCommand
{
public:
    MoveTriggerCommand(DesignController *controller, const QString &id, qsizetype from,
                       qsizetype to);
    void undo() override;
    void redo() override;

private:
    DesignController *m_controller;
    QString m_id;
    qsizetype m_from;
    qsizetype m_to;
};

} // namespace trigon::ui
