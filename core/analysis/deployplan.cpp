#include "core/analysis/deployplan.h"

#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace trigon {

namespace {

QString enableSql(const TableRef &table, const QString &name, TriggerEnabled enabled)
{
    return renderEnableTrigger(table, name, enabled) + u'\n';
}

QString dropTriggerSql(const TriggerStatus &status)
{
    return QStringLiteral("DROP TRIGGER %1 ON %2;\n")
            .arg(quoteIdentifier(status.name), quoteQualifiedName(status.table));
}

QString installedFunctionKey(const TriggerStatus &status)
{
    return quoteQualifiedName(status.installedFunctionSchema, status.installedFunctionName);
}

// Appends DROP FUNCTION to the last step of `plan` that takes a trigger off a function Trigon
// made, when no trigger is left on it: not one whose status the plan leaves alone, nor one in
// `kept` (triggers the plan does not look at, and the functions that designs install). A step
// takes its trigger off its function by dropping it, or by installing it with another function
// (`installs`: step index -> the function it installs), as when a design moves from one table
// to several. A function shared by several triggers goes with its last one. RESTRICT makes the
// server refuse to drop a function something else still uses, which rolls the whole plan back.
void dropUnusedFunctions(DeployPlan &plan, const QList<TriggerStatus> &statuses,
                         const QSet<QString> &kept, const QHash<qsizetype, QString> &installs = {})
{
    QHash<QString, qsizetype> lastDrop; // function -> step index
    QSet<QString> stillUsed = kept;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const TriggerStatus &status = statuses.at(i);
        if (status.installedFunctionName.isEmpty())
            continue;
        const QString function = installedFunctionKey(status);
        const auto installed = installs.constFind(i);
        if (plan.steps.at(i).action == DeployAction::Drop
            || (installed != installs.cend() && *installed != function)) {
            if (status.functionMadeByTrigon)
                lastDrop.insert(function, i);
        } else if (status.installedEnabled) {
            stillUsed.insert(function);
        }
    }
    for (auto drop = lastDrop.cbegin(); drop != lastDrop.cend(); ++drop) {
        if (!stillUsed.contains(drop.key()))
            plan.steps[drop.value()].sql
                    += QStringLiteral("DROP FUNCTION %1() RESTRICT;\n").arg(drop.key());
    }
}

DeployStep operationStep(TriggerOperation operation, const TriggerStatus &status)
{
    DeployStep step;
    step.table = status.table;
    step.name = status.name;
    if (!status.installedEnabled) {
        step.reason = QCoreApplication::translate("trigon::DeployPlan", "not installed");
        return step;
    }
    switch (operation) {
    case TriggerOperation::Uninstall:
        if (!status.triggerMadeByTrigon) {
            step.reason = QCoreApplication::translate("trigon::DeployPlan",
                                                      "not made by Trigon, left alone");
            return step;
        }
        step.action = DeployAction::Drop;
        step.destructive = true;
        step.sql = dropTriggerSql(status);
        return step;
    case TriggerOperation::Enable: {
        const TriggerEnabled enabled = status.designEnabled == TriggerEnabled::Disabled
                ? TriggerEnabled::Origin
                : status.designEnabled;
        if (*status.installedEnabled == enabled) {
            step.reason = QCoreApplication::translate("trigon::DeployPlan", "already enabled");
            return step;
        }
        step.action = DeployAction::Enable;
        step.sql = enableSql(status.table, status.name, enabled);
        return step;
    }
    case TriggerOperation::Disable:
        if (*status.installedEnabled == TriggerEnabled::Disabled) {
            step.reason = QCoreApplication::translate("trigon::DeployPlan", "already disabled");
            return step;
        }
        step.action = DeployAction::Disable;
        step.sql = enableSql(status.table, status.name, TriggerEnabled::Disabled);
        return step;
    }
    return step;
}

} // namespace

// Not translated: the first column of `trigon-cli deploy` that scripts match, like the names of
// triggerStateName(). A screen that wants its own words translates them there.
QString deployActionName(DeployAction action)
{
    switch (action) {
    case DeployAction::None:
        return QStringLiteral("none");
    case DeployAction::Create:
        return QStringLiteral("create");
    case DeployAction::Replace:
        return QStringLiteral("replace");
    case DeployAction::Rename:
        return QStringLiteral("rename");
    case DeployAction::Enable:
        return QStringLiteral("enable");
    case DeployAction::Disable:
        return QStringLiteral("disable");
    case DeployAction::Drop:
        return QStringLiteral("drop");
    }
    return {};
}

bool DeployPlan::hasDestructiveSteps() const
{
    return std::any_of(steps.cbegin(), steps.cend(),
                       [](const DeployStep &step) { return step.destructive; });
}

bool DeployPlan::isEmpty() const
{
    return std::all_of(steps.cbegin(), steps.cend(),
                       [](const DeployStep &step) { return step.sql.isEmpty(); });
}

QString DeployPlan::script() const
{
    QString script;
    for (const DeployStep &step : steps) {
        if (!step.sql.isEmpty())
            script += step.sql + u'\n';
    }
    return script;
}

DeployPlan buildDeployPlan(const QList<TriggerDesign> &designs,
                           const QList<TriggerStatus> &statuses, const DeployOptions &options)
{
    RenderOptions render = options.render;
    render.singleTransaction = false; // the deployer owns the transaction
    const QList<TriggerDesign> triggers = tableTriggers(designs);
    QSet<QString> designedFunctions;
    // The first per-table trigger of each design id, table and name, for the statuses to find.
    QHash<QString, qsizetype> triggerIndex;
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const TriggerDesign &trigger = triggers.at(i);
        const FunctionRef function = triggerFunction(trigger);
        designedFunctions.insert(quoteQualifiedName(function.schema, function.name));
        const QString key = trigger.id + QChar(0)
                + triggerKey(trigger.table.schema, trigger.table.name, trigger.name);
        if (!triggerIndex.contains(key))
            triggerIndex.insert(key, i);
    }
    // Renames: a missing trigger whose definitions (trigger and function), under an orphan's name
    // on the same table, hash as the orphan's markers say is that orphan renamed, nothing else
    // changed. Its step renames it (creates it
    // and drops the orphan), so that a rename never leaves the old trigger running beside it.
    QHash<qsizetype, qsizetype> renamedFrom; // missing status -> orphan status
    QHash<qsizetype, qsizetype> renamedTo;   // orphan status -> missing status
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const TriggerStatus &status = statuses.at(i);
        const qsizetype found = triggerIndex.value(
                status.designId + QChar(0)
                        + triggerKey(status.table.schema, status.table.name, status.name),
                -1);
        if (status.state != TriggerState::Missing || found < 0)
            continue;
        for (qsizetype j = 0; j < statuses.size(); ++j) {
            const TriggerStatus &orphan = statuses.at(j);
            if (orphan.state != TriggerState::Orphaned || orphan.table != status.table
                || orphan.installedTriggerHash.isEmpty() || renamedTo.contains(j))
                continue;
            TriggerDesign renamed = triggers.at(found);
            renamed.name = orphan.name;
            if (triggerDefinitionHash(renamed) == orphan.installedTriggerHash
                && functionDefinitionHash(renamed) == orphan.installedFunctionHash) {
                renamedFrom.insert(i, j);
                renamedTo.insert(j, i);
                break;
            }
        }
    }
    // A function shared by several tables' triggers is defined by the first step that needs it.
    QSet<QString> functionsDefined;
    QHash<qsizetype, QString> installs;
    DeployPlan plan;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const TriggerStatus &status = statuses.at(i);
        DeployStep step;
        step.table = status.table;
        step.name = status.name;
        step.reason = status.reasons.join(QStringLiteral("; "));
        const qsizetype found = status.designId.isEmpty()
                ? -1
                : triggerIndex.value(
                        status.designId + QChar(0)
                                + triggerKey(status.table.schema, status.table.name, status.name),
                        -1);
        const auto design = found < 0 ? triggers.cend() : triggers.cbegin() + found;
        switch (status.state) {
        case TriggerState::Installed:
            break;
        case TriggerState::Missing:
        case TriggerState::Outdated:
        case TriggerState::Drifted: {
            if (design == triggers.cend())
                break;
            if (status.state == TriggerState::Drifted && status.onlyEnabledDiffers) {
                step.action = design->enabled == TriggerEnabled::Disabled ? DeployAction::Disable
                                                                          : DeployAction::Enable;
                step.sql = enableSql(design->table, design->name, design->enabled);
                break;
            }
            step.action = status.state == TriggerState::Missing ? DeployAction::Create
                                                                : DeployAction::Replace;
            if (renamedFrom.contains(i)) {
                step.action = DeployAction::Rename;
                step.reason = QCoreApplication::translate("trigon::DeployPlan", "renamed from %1")
                                      .arg(statuses.at(renamedFrom.value(i)).name);
            }
            step.destructive
                    = status.state == TriggerState::Drifted || status.replacesForeignFunction;
            const FunctionRef function = triggerFunction(*design);
            const QString functionKey = quoteQualifiedName(function.schema, function.name);
            step.sql = functionsDefined.contains(functionKey)
                    ? renderTableTriggerInstall(*design, render)
                    : renderTriggerInstall(*design, render);
            functionsDefined.insert(functionKey);
            installs.insert(plan.steps.size(), functionKey);
            // The design renders no ENABLE for the default state: an installed trigger that was
            // disabled must be switched back explicitly.
            if (status.installedEnabled && *status.installedEnabled != design->enabled
                && design->enabled == TriggerEnabled::Origin)
                step.sql += enableSql(design->table, design->name, design->enabled);
            break;
        }
        case TriggerState::Unattached: // the design must list the table first
            break;
        case TriggerState::Orphaned:
            if (renamedTo.contains(i)) {
                // The same trigger lives on under its new name: nothing is lost.
                step.action = DeployAction::Drop;
                step.reason = QCoreApplication::translate("trigon::DeployPlan", "renamed to %1")
                                      .arg(statuses.at(renamedTo.value(i)).name);
                step.sql = dropTriggerSql(status);
                break;
            }
            if (!options.prune)
                break;
            step.action = DeployAction::Drop;
            step.destructive = true;
            step.sql = dropTriggerSql(status);
            break;
        }
        plan.steps.append(step);
    }
    dropUnusedFunctions(plan, statuses, designedFunctions, installs);
    return plan;
}

// Not translated: triggerOperationFromName() reads these back from the command line.
QString triggerOperationName(TriggerOperation operation)
{
    switch (operation) {
    case TriggerOperation::Uninstall:
        return QStringLiteral("uninstall");
    case TriggerOperation::Enable:
        return QStringLiteral("enable");
    case TriggerOperation::Disable:
        return QStringLiteral("disable");
    }
    return {};
}

std::optional<TriggerOperation> triggerOperationFromName(const QString &name)
{
    for (const TriggerOperation operation :
         {TriggerOperation::Uninstall, TriggerOperation::Enable, TriggerOperation::Disable}) {
        if (triggerOperationName(operation) == name)
            return operation;
    }
    return std::nullopt;
}

DeployPlan buildOperationPlan(TriggerOperation operation, const QList<TriggerStatus> &statuses,
                              const QList<TriggerStatus> &others)
{
    DeployPlan plan;
    for (const TriggerStatus &status : statuses)
        plan.steps.append(operationStep(operation, status));
    QSet<QString> usedByOthers;
    for (const TriggerStatus &other : others) {
        if (other.installedEnabled && !other.installedFunctionName.isEmpty())
            usedByOthers.insert(installedFunctionKey(other));
    }
    dropUnusedFunctions(plan, statuses, usedByOthers);
    return plan;
}

} // namespace trigon
