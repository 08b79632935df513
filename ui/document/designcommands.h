#pragma once

#include "core/model/triggerdesign.h"

#include <QUndoCommand>

namespace trigon::ui {

class DesignController;

// A change of one trigger's properties: before and after snapshots, found again by id.
class EditTriggerCommand : public QUndoCommand
{
public:
    EditTriggerCommand(DesignController *controller, TriggerDesign before, TriggerDesign after,
                       const QString &description, const QString &mergeKey);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignController *m_controller;
    TriggerDesign m_before;
    TriggerDesign m_after;
    QString m_mergeKey; // empty: never merges
    int m_generation;
};

// Adding a trigger, or (with `remove`) taking it away: the same two steps in either order.
class InsertTriggerCommand : public QUndoCommand
{
public:
    InsertTriggerCommand(DesignController *controller, qsizetype index, TriggerDesign trigger,
                         bool remove, const QString &description);
    void undo() override;
    void redo() override;

private:
    void insert();
    void takeAway();

    DesignController *m_controller;
    qsizetype m_index;
    TriggerDesign m_trigger;
    bool m_remove;
};

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
