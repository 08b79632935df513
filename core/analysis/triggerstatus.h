#pragma once

#include "core/catalog/catalogsnapshot.h"
#include "core/model/triggerdesign.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

// Where a designed trigger stands in a database.
enum class TriggerState {
    Missing,    // no trigger of that name on that table
    Installed,  // identical to the design, enabled state included
    Outdated,   // deployed by Trigon from an earlier version of the design, untouched since
    Drifted,    // changed by hand (definition, function or enabled state), or not made by Trigon
    Orphaned,   // made by Trigon, in none of the given designs
    Unattached, // a table the design's selector picks, which the design does not list yet
};

QString triggerStateName(TriggerState state); // "missing", "installed", ...

struct TriggerStatus
{
    TriggerState state = TriggerState::Missing;
    QString designId; // empty for orphans
    TableRef table;
    QString name;
    // For a drifted trigger whose only difference is its enabled state: deploy just switches it.
    bool onlyEnabledDiffers = false;
    TriggerEnabled designEnabled = TriggerEnabled::Origin;
    std::optional<TriggerEnabled> installedEnabled;
    bool triggerMadeByTrigon = false; // the installed trigger carries Trigon's marker
    QString installedFunctionSchema;  // of an installed or orphaned trigger's function
    QString installedFunctionName;
    bool functionMadeByTrigon = false;
    // Missing, and the function Trigon would create exists already without its marker.
    bool replacesForeignFunction = false;
    // The hashes in the markers of an orphan and of its function: a design trigger whose
    // definitions, given the orphan's name, hash the same is the orphan renamed
    // (buildDeployPlan()).
    QString installedTriggerHash;
    QString installedFunctionHash;
    QStringList reasons; // for people: why it is outdated or drifted

    friend bool operator==(const TriggerStatus &, const TriggerStatus &) = default;
};

// The marker hash of the function definition Trigon would have rendered for `function` as it is
// installed: renderFunctionDefinition() is rebuilt from prosrc, so an installed function whose
// hash equals its marker's is exactly what Trigon deployed, whatever design version that was.
QString installedFunctionHash(const CatalogFunction &function);

// The hashes of the markers in the installed objects' comments, by oid (the catalog snapshot
// keeps only whether a marker is there).
struct InstalledMarkers
{
    QHash<quint32, QString> triggers;
    QHash<quint32, QString> functions; // of trigger and event trigger functions
    QHash<quint32, QString> eventTriggers;
};

// The key of `canonicalDefinitions`: schema, table and trigger name.
QString triggerKey(const QString &schema, const QString &table, const QString &name);

// Classifies each trigger of `designs` (one per table, tableTriggers()) against `catalog` (in
// design order), then every trigger Trigon made that no design names (orphans), then the tables
// that designs' selectors pick and the designs lack (unattached: trigon-cli attach adds them).
// `canonicalDefinitions` holds, by triggerKey(), what pg_get_triggerdef() says of the design's
// trigger as the server itself would create it (see pg::canonicalTriggerDefinitions); a design
// trigger missing from it is compared by marker only.
QList<TriggerStatus> classifyTriggers(const QList<TriggerDesign> &designs,
                                      const CatalogSnapshot &catalog,
                                      const InstalledMarkers &markers,
                                      const QHash<QString, QString> &canonicalDefinitions);

// True when every status is Installed.
bool allInstalled(const QList<TriggerStatus> &statuses);

} // namespace trigon
