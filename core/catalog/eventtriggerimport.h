#pragma once

#include "core/catalog/catalogsnapshot.h"
#include "core/model/eventtriggerdesign.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

// Turning the event triggers of a database into designs (core/model/eventtriggerdesign.h),
// keeping their name, event, tags, enabled state and comment. The function becomes one custom
// sql action holding its PL/pgSQL source. For a function Trigon generated (its comment carries
// the marker), exactly what EventFunctionBody::render() wraps around the actions is taken off
// again, so that importing what a design deployed and deploying that again changes nothing:
// import, render, install and import give the same design, for hand-written event triggers too.

struct EventTriggerImport
{
    std::optional<EventTriggerDesign> design; // without an id: DesignDocument gives it one
    // Why there is no design (an event Trigon does not know, a function missing from the
    // snapshot or not written in PL/pgSQL), or what the design changes.
    QStringList notes;
};

// One event trigger of `snapshot`.
EventTriggerImport importEventTrigger(const CatalogSnapshot &snapshot,
                                      const CatalogEventTrigger &trigger);

struct EventTriggerImportResult
{
    QList<EventTriggerDesign> eventTriggers; // in the snapshot's order (by name)
    // "name: note", for every event trigger imported with a note or skipped.
    QStringList notes;
    int skipped = 0;
};

// Every event trigger of `snapshot`.
EventTriggerImportResult importEventTriggers(const CatalogSnapshot &snapshot);

} // namespace trigon
