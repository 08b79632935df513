#pragma once

#include "core/catalog/catalogsnapshot.h"

#include <QJsonObject>

namespace trigon {

// The snapshot as JSON, for `trigon-cli catalog --json` and for scripts that read it: one object
// with "server", "schemas", "relations" (each with its "columns" and "triggers"), "functions" and
// "event_triggers". Names of enumerations are those of design files ("before", "update", "row",
// "origin"). Documented in docs/catalog.md.
QJsonObject catalogToJson(const CatalogSnapshot &snapshot);

} // namespace trigon
