#include "core/analysis/deployplan.h"

#include "core/sql/eventtriggerscript.h"
#include "core/sql/quoting.h"

#include <QCoreApplication>

namespace trigon {

namespace {

QString dropSql(const EventTriggerStatus &status)
{
    QString sql = QStringLiteral("DROP EVENT TRIGGER %1;\n").arg(quoteIdentifier(status.name));
    // Each event trigger has a function of its own.
    if (status.functionMadeByTrigon && !status.installedFunction.name.isEmpty())
        sql += QStringLiteral("DROP FUNCTION %1() RESTRICT;\n")
                       .arg(quoteQualifiedName(status.installedFunction.schema,
                                               status.installedFunction.name));
    return sql;
}

} // namespace

void appendEventTriggerSteps(DeployPlan &plan, const QList<EventTriggerDesign> &designs,
                             const QList<TriggerDesign> &tableDesigns,
                             const QList<EventTriggerStatus> &statuses,
                             const DeployOptions &options)
{
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
            step.sql = dropSql(status);
            break;
        }
        plan.steps.append(step);
    }
}

QList<DeployStep> eventTriggerUninstallSteps(const QList<EventTriggerStatus> &statuses)
{
    QList<DeployStep> steps;
    for (const EventTriggerStatus &status : statuses) {
        DeployStep step;
        step.eventTrigger = true;
        step.name = status.name;
        if (!status.installedEnabled) {
            step.reason = QCoreApplication::translate("trigon::DeployPlan", "not installed");
        } else if (!status.madeByTrigon) {
            step.reason = QCoreApplication::translate("trigon::DeployPlan",
                                                      "not made by Trigon, left alone");
        } else {
            step.action = DeployAction::Drop;
            step.destructive = true;
            step.sql = dropSql(status);
        }
        steps.append(step);
    }
    return steps;
}

} // namespace trigon
