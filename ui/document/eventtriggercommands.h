#pragma once

#include "core/model/eventtriggerdesign.h"

#include <QUndoCommand>

namespace trigon::ui {

class DesignController;

// A change of one event trigger's properties: before and after snapshots, found again by id.
// Consecutive edits with the same merge key of the same event trigger merge, as
// EditTriggerCommand's do.
class EditEventTriggerCommand : public QUndoCommand
{
public:
    EditEventTriggerCommand(DesignController *controller, EventTriggerDesign before,
                            EventTriggerDesign after, const QString &description,
                            const QString &mergeKey);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignController *m_controller;
    EventTriggerDesign m_before;
    EventTriggerDesign m_after;
    QString m_mergeKey; // empty: never merges
    int m_generation;
};

// Adding an event trigger, or (with `remove`) taking it away.
class InsertEventTriggerCommand : public QUndoCommand
{
public:
    InsertEventTriggerCommand(DesignController *controller, qsizetype index,
                              EventTriggerDesign eventTrigger, bool remove,
                              const QString &description);
    void undo() override;
    void redo() override;

private:
    void insert();
    void takeAway();

    DesignController *m_controller;
    qsizetype m_index;
    EventTriggerDesign m_eventTrigger;
    bool m_remove;
};

} // namespace trigon::ui
