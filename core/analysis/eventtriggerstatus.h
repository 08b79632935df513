#pragma once

#include "core/analysis/triggerstatus.h"
#include "core/catalog/catalogsnapshot.h"
#include "core/model/eventtriggerdesign.h"
#include "core/model/triggerdesign.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

// Where a designed event trigger stands in a database: the states of TriggerStatus, without
// Unattached (an event trigger belongs to the database, not to a table).
struct EventTriggerStatus
{
    TriggerState state = TriggerState::Missing;
    QString designId; // empty for orphans
    QString name;
    bool onlyEnabledDiffers = false;
    TriggerEnabled designEnabled = TriggerEnabled::Origin;
    std::optional<TriggerEnabled> installedEnabled;
    bool madeByTrigon = false;         // the installed event trigger carries Trigon's marker
    FunctionRef installedFunction;     // of an installed or orphaned event trigger
    bool functionMadeByTrigon = false; // its function carries Trigon's marker
    QStringList reasons;

    friend bool operator==(const EventTriggerStatus &, const EventTriggerStatus &) = default;
};

// Classifies each of `designs` against `catalog` (in design order), then every event trigger
// Trigon made that no design names (orphans). `tableDesigns`: the triggers their attach actions
// name. `serverVersion` as the server gives it, for the function an attach action renders.
// `markers` holds the hashes in the event triggers' (eventTriggers) and their functions'
// (functions) comments.
QList<EventTriggerStatus> classifyEventTriggers(const QList<EventTriggerDesign> &designs,
                                                const QList<TriggerDesign> &tableDesigns,
                                                const CatalogSnapshot &catalog,
                                                const InstalledMarkers &markers, int serverVersion);
bool allInstalled(const QList<EventTriggerStatus> &statuses);

} // namespace trigon
