#pragma once

#include "core/analysis/diagnostic.h"
#include "core/model/designdocument.h"

#include <QList>

#include <optional>

namespace trigon {

struct ValidationOptions
{
    int serverVersion = 150000; // server_version_num of the target, as in RenderOptions
    // Whether the connected user is a superuser, when one is connected: only a superuser can
    // create event triggers.
    std::optional<bool> superuser;
};

// Everything PostgreSQL would refuse in CREATE TRIGGER (and in the SQL Trigon renders for the
// design), and likely mistakes, as diagnostics in document order. Pure: no database needed.
// A design without errors renders to SQL the target server accepts.
QList<Diagnostic> validateDesign(const DesignDocument &design,
                                 const ValidationOptions &options = {});
// The event triggers of `design` (core/analysis/eventtriggervalidator.cpp); validateDesign()
// includes them.
QList<Diagnostic> validateEventTriggers(const DesignDocument &design,
                                        const ValidationOptions &options = {});
// One trigger at `index` of its document (index and id only label the diagnostics).
QList<Diagnostic> validateTrigger(const TriggerDesign &trigger, qsizetype index,
                                  const ValidationOptions &options = {});

} // namespace trigon
