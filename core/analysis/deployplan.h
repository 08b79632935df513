#pragma once

#include "core/analysis/eventtriggerstatus.h"
#include "core/analysis/triggerstatus.h"
#include "core/model/triggerdesign.h"
#include "core/sql/scriptrenderer.h"

#include <QList>
#include <QString>

#include <optional>

namespace trigon {

// Rename: a missing design trigger that is an orphan under another name (only the name changed):
// it is created, and the orphan dropped in the same plan, prune or not.
enum class DeployAction { None, Create, Replace, Rename, Enable, Disable, Drop };
QString deployActionName(DeployAction action); // "create", "replace", ...

// What a deploy does to one trigger, and the statements that do it.
struct DeployStep
{
    DeployAction action = DeployAction::None;
    TableRef table;
    QString name;
    QString sql;               // empty for None
    bool eventTrigger = false; // about the event trigger `name`; `table` is empty
    // Drops a trigger or function, or replaces one changed by hand: needs confirmation.
    bool destructive = false;
    QString reason;

    friend bool operator==(const DeployStep &, const DeployStep &) = default;
};

struct DeployOptions
{
    RenderOptions render;
    bool prune = false; // drop orphans (only objects Trigon made)
};

// The plan: one step per status (design order, then orphans), applied in one transaction.
struct DeployPlan
{
    QList<DeployStep> steps;

    bool hasDestructiveSteps() const;
    bool isEmpty() const; // nothing to do
    // The exact script apply runs, between BEGIN and COMMIT.
    QString script() const;

    friend bool operator==(const DeployPlan &, const DeployPlan &) = default;
};

// Builds the plan that brings the database to `designs`, from their statuses
// (classifyTriggers()). Outdated and missing triggers are (re)installed, drifted ones replaced
// (destructive: a hand change is lost) or only switched on or off, orphans dropped with
// options.prune (and their function with the last trigger that used it); an orphan that a
// missing design trigger renames is dropped in any case, the design's step being a Rename. Statuses
// whose design is not in `designs` are left alone. A function shared by a design's tables is
// defined once.
DeployPlan buildDeployPlan(const QList<TriggerDesign> &designs,
                           const QList<TriggerStatus> &statuses, const DeployOptions &options);

// The steps that bring the event triggers to `designs`, from their statuses
// (classifyEventTriggers()), appended to `plan` after the triggers' (an attach action's function
// names the triggers' functions): missing and outdated ones (re)installed, drifted ones replaced
// (destructive) or switched on or off, orphans dropped with their functions with options.prune.
// Statuses whose design is not in `designs` are left alone.
// (core/analysis/eventtriggerplan.cpp)
void appendEventTriggerSteps(DeployPlan &plan, const QList<EventTriggerDesign> &designs,
                             const QList<TriggerDesign> &tableDesigns,
                             const QList<EventTriggerStatus> &statuses,
                             const DeployOptions &options);

// One trigger, by table and name, as a person picks it.
struct TriggerTarget
{
    TableRef table;
    QString name;

    friend bool operator==(const TriggerTarget &, const TriggerTarget &) = default;
};

// What a person does to installed triggers directly, whatever their designs say (a status check
// afterwards shows the difference).
enum class TriggerOperation { Uninstall, Enable, Disable };
QString triggerOperationName(TriggerOperation operation); // "uninstall", "enable", "disable"
std::optional<TriggerOperation> triggerOperationFromName(const QString &name);

// One step per status. Uninstall drops the trigger and, when Trigon made it and no other trigger
// uses it (in `statuses` or `others`, the triggers left alone), its function (destructive); a
// trigger Trigon did not make is left alone, as is one that is not installed.
// Enable switches a trigger on (to its design's enabled state when that is not "disabled"),
// Disable switches it off; a trigger already in that state gets a step with nothing to run.
DeployPlan buildOperationPlan(TriggerOperation operation, const QList<TriggerStatus> &statuses,
                              const QList<TriggerStatus> &others = {});

// buildOperationPlan() for event triggers: uninstall drops those Trigon made, with their
// functions; enable and disable switch them (ALTER EVENT TRIGGER).
QList<DeployStep> eventTriggerOperationSteps(TriggerOperation operation,
                                             const QList<EventTriggerStatus> &statuses);

} // namespace trigon
