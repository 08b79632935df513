#include "core/analysis/deployplan.h"

#include "core/sql/eventtriggerscript.h"
#include "core/sql/quoting.h"

#include <QCoreApplication>

namespace trigon {

namespace {

QString dropTriggerSql(const EventTriggerStatus &status)
{
    return QStringLiteral("DROP EVENT TRIGGER %1;\n").arg(quoteIdentifier(status.name));
}

QString dropFunctionSql(const EventTriggerStatus &status)
{
    // Each event trigger has a function of its own.
    if (!status.functionMadeByTrigon || status.installedFunction.name.isEmpty())
        return {};
    return QStringLiteral("DROP FUNCTION %1() RESTRICT;\n")
            .arg(quoteQualifiedName(status.installedFunction.schema,
                                    status.installedFunction.name));
}

// The functions of the event triggers `steps` drop go with the last of those steps, after every
// DROP EVENT TRIGGER: an event trigger still there (on sql_drop, or refusing DROP FUNCTION)
// would fire for them.
void dropFunctionsLast(QList<DeployStep> &steps, qsizetype first,
                       const QList<EventTriggerStatus> &dropped)
{
    QString functions;
    for (const EventTriggerStatus &status : dropped)
        functions += dropFunctionSql(status);
    for (qsizetype i = steps.size() - 1; i >= first && !functions.isEmpty(); --i) {
        if (steps.at(i).action == DeployAction::Drop) {
            steps[i].sql += functions;
            return;
        }
    }
}

} // namespace

void appendEventTriggerSteps(DeployPlan &plan, const QList<EventTriggerDesign> &designs,
                             const QList<TriggerDesign> &tableDesigns,
                             const QList<EventTriggerStatus> &statuses,
                             const DeployOptions &options)
{
    const qsizetype first = plan.steps.size();
    QList<EventTriggerStatus> dropped;
    for (const EventTriggerStatus &status : statuses) {
        DeployStep step;
        step.eventTrigger = true;
        step.name = status.name;
        step.reason = status.reasons.join(QLatin1String("; "));
        const EventTriggerDesign *design = nullptr;
        for (const EventTriggerDesign &candidate : designs) {
            if (candidate.id == status.designId)
                design = &candidate;
        }
        if (status.state != TriggerState::Orphaned && !design)
            continue;
        switch (status.state) {
        case TriggerState::Installed:
        case TriggerState::Unattached:
            break;
        case TriggerState::Missing:
            step.action = DeployAction::Create;
            step.sql = renderEventTriggerInstall(*design, tableDesigns, options.render);
            break;
        case TriggerState::Outdated:
            step.action = DeployAction::Replace;
            step.sql = renderEventTriggerInstall(*design, tableDesigns, options.render);
            break;
        case TriggerState::Drifted:
            if (status.onlyEnabledDiffers) {
                step.action = design->enabled == TriggerEnabled::Disabled ? DeployAction::Disable
                                                                          : DeployAction::Enable;
                step.sql = renderEnableEventTrigger(design->name, design->enabled) + u'\n';
            } else {
                step.action = DeployAction::Replace;
                step.destructive = true;
                step.sql = renderEventTriggerInstall(*design, tableDesigns, options.render);
            }
            break;
        case TriggerState::Orphaned:
            if (!options.prune)
                break;
            step.action = DeployAction::Drop;
            step.destructive = true;
            step.sql = dropTriggerSql(status);
            dropped.append(status);
            break;
        }
        plan.steps.append(step);
    }
    dropFunctionsLast(plan.steps, first, dropped);
}

QList<DeployStep> eventTriggerOperationSteps(TriggerOperation operation,
                                             const QList<EventTriggerStatus> &statuses)
{
    QList<DeployStep> steps;
    QList<EventTriggerStatus> dropped;
    for (const EventTriggerStatus &status : statuses) {
        DeployStep step;
        step.eventTrigger = true;
        step.name = status.name;
        if (!status.installedEnabled) {
            step.reason = QCoreApplication::translate("trigon::DeployPlan", "not installed");
            steps.append(step);
            continue;
        }
        switch (operation) {
        case TriggerOperation::Uninstall:
            if (!status.madeByTrigon) {
                step.reason = QCoreApplication::translate("trigon::DeployPlan",
                                                          "not made by Trigon, left alone");
                break;
            }
            step.action = DeployAction::Drop;
            step.destructive = true;
            step.sql = dropTriggerSql(status);
            dropped.append(status);
            break;
        case TriggerOperation::Enable: {
            const TriggerEnabled enabled = status.designEnabled == TriggerEnabled::Disabled
                    ? TriggerEnabled::Origin
                    : status.designEnabled;
            if (*status.installedEnabled == enabled) {
                step.reason = QCoreApplication::translate("trigon::DeployPlan", "already enabled");
                break;
            }
            step.action = DeployAction::Enable;
            step.sql = renderEnableEventTrigger(status.name, enabled) + u'\n';
            break;
        }
        case TriggerOperation::Disable:
            if (*status.installedEnabled == TriggerEnabled::Disabled) {
                step.reason = QCoreApplication::translate("trigon::DeployPlan", "already disabled");
                break;
            }
            step.action = DeployAction::Disable;
            step.sql = renderEnableEventTrigger(status.name, TriggerEnabled::Disabled) + u'\n';
            break;
        }
        steps.append(step);
    }
    dropFunctionsLast(steps, 0, dropped);
    return steps;
}

} // namespace trigon
