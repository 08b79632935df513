#pragma once

#include "core/analysis/triggerstatus.h"
#include "core/model/triggerdesign.h"
#include "core/sql/scriptrenderer.h"

#include <QList>
#include <QString>

namespace trigon {

enum class DeployAction { None, Create, Replace, Enable, Disable, Drop };
QString deployActionName(DeployAction action); // "create", "replace", ...

// What a deploy does to one trigger, and the statements that do it.
struct DeployStep
{
    DeployAction action = DeployAction::None;
    TableRef table;
    QString name;
    QString sql; // empty for None
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
// options.prune. Statuses whose design is not in `designs` are left alone.
DeployPlan buildDeployPlan(const QList<TriggerDesign> &designs,
                           const QList<TriggerStatus> &statuses, const DeployOptions &options);

} // namespace trigon
