#include "core/analysis/eventtriggerstatus.h"

#include "core/sql/eventtriggerscript.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace trigon {

namespace {

const CatalogEventTrigger *findEventTrigger(const CatalogSnapshot &catalog, const QString &name)
{
    for (const CatalogEventTrigger &trigger : catalog.eventTriggers) {
        if (trigger.name == name)
            return &trigger;
    }
    return nullptr;
}

} // namespace

QList<EventTriggerStatus> classifyEventTriggers(const QList<EventTriggerDesign> &designs,
                                                const QList<TriggerDesign> &tableDesigns,
                                                const CatalogSnapshot &catalog,
                                                const InstalledMarkers &markers, int serverVersion)
{
    QList<EventTriggerStatus> statuses;
    QSet<quint32> designed;
    for (const EventTriggerDesign &design : designs) {
        EventTriggerStatus status;
        status.designId = design.id;
        status.name = design.name;
        status.designEnabled = design.enabled;
        const CatalogEventTrigger *installed = findEventTrigger(catalog, design.name);
        if (!installed) {
            statuses.append(status);
            continue;
        }
        designed.insert(installed->oid);
        status.installedEnabled = installed->enabled;
        status.madeByTrigon = installed->madeByTrigon;
        const CatalogFunction *function = catalog.function(installed->function);
        if (function) {
            status.installedFunction = {function->schema, function->name};
            status.functionMadeByTrigon = function->madeByTrigon;
        }
        const auto triggerMarker = markers.eventTriggers.constFind(installed->oid);
        const auto functionMarker
                = function ? markers.functions.constFind(function->oid) : markers.functions.cend();
        if (triggerMarker == markers.eventTriggers.cend()
            || functionMarker == markers.functions.cend()) {
            status.state = TriggerState::Drifted;
            status.reasons.append(QCoreApplication::translate(
                    "trigon::EventTriggerStatus", "not made by Trigon (no marker in its comment)"));
        } else if (installedFunctionHash(*function) != *functionMarker
                   || function->securityDefiner) {
            status.state = TriggerState::Drifted;
            status.reasons.append(QCoreApplication::translate("trigon::EventTriggerStatus",
                                                              "its function was changed by hand"));
        } else if (installedEventTriggerHash(installed->name, installed->event, installed->tags,
                                             status.installedFunction, installed->comment)
                   != *triggerMarker) {
            status.state = TriggerState::Drifted;
            status.reasons.append(QCoreApplication::translate(
                    "trigon::EventTriggerStatus", "the event trigger was changed by hand"));
        } else if (*triggerMarker != eventTriggerDefinitionHash(design)
                   || *functionMarker
                           != eventFunctionDefinitionHash(design, tableDesigns, serverVersion)) {
            status.state = TriggerState::Outdated;
            if (*triggerMarker != eventTriggerDefinitionHash(design))
                status.reasons.append(QCoreApplication::translate(
                        "trigon::EventTriggerStatus",
                        "event trigger definition changed in the design"));
            if (*functionMarker != eventFunctionDefinitionHash(design, tableDesigns, serverVersion))
                status.reasons.append(QCoreApplication::translate(
                        "trigon::EventTriggerStatus", "function changed in the design"));
        } else if (installed->enabled != design.enabled) {
            status.state = TriggerState::Drifted;
            status.onlyEnabledDiffers = true;
            status.reasons.append(
                    QCoreApplication::translate("trigon::EventTriggerStatus",
                                                "enabled state is %1, the design says %2")
                            .arg(enabledName(installed->enabled), enabledName(design.enabled)));
        } else {
            status.state = TriggerState::Installed;
        }
        statuses.append(status);
    }
    for (const CatalogEventTrigger &trigger : catalog.eventTriggers) {
        if (!trigger.madeByTrigon || designed.contains(trigger.oid))
            continue;
        EventTriggerStatus status;
        status.state = TriggerState::Orphaned;
        status.name = trigger.name;
        status.installedEnabled = trigger.enabled;
        status.madeByTrigon = true;
        if (const CatalogFunction *function = catalog.function(trigger.function)) {
            status.installedFunction = {function->schema, function->name};
            status.functionMadeByTrigon = function->madeByTrigon;
        }
        status.reasons.append(QCoreApplication::translate("trigon::EventTriggerStatus",
                                                          "made by Trigon, in no given design"));
        statuses.append(status);
    }
    return statuses;
}

bool allInstalled(const QList<EventTriggerStatus> &statuses)
{
    return std::all_of(statuses.cbegin(), statuses.cend(), [](const EventTriggerStatus &status) {
        return status.state == TriggerState::Installed;
    });
}

} // namespace trigon
