#pragma once

#include "core/catalog/catalogsnapshot.h"

#include <QJsonObject>

class QIODevice;

namespace trigon {

// The snapshot as JSON, for `trigon-cli catalog --json` and for scripts that read it: one object
// with "server", "schemas", "relations" (each with its "columns" and "triggers"), "functions" and
// "event_triggers". Names of enumerations are those of design files ("before", "update", "row",
// "origin"). Documented in docs/catalog.md.
//
// writeCatalogJson() writes it to `device` while it goes, never holding the whole text (that of
// 10,000 tables is some 60 MB, and a QJsonDocument of it ten times that), in the bytes of
// QJsonDocument::toJson(QJsonDocument::Indented): keys sorted, four spaces a level. False when a
// write failed (the device's error says why); nothing more is written after that.
bool writeCatalogJson(const CatalogSnapshot &snapshot, QIODevice *device);
// The same JSON as an object, for code that looks into it.
QJsonObject catalogToJson(const CatalogSnapshot &snapshot);

} // namespace trigon
