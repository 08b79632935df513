#pragma once

#include "core/analysis/diagnostic.h"
#include "core/model/designdocument.h"

#include <QList>

namespace trigon {

struct ValidationOptions
{
    int serverVersion = 150000; // server_version_num of the target, as in RenderOptions
};

// Everything PostgreSQL would refuse in CREATE TRIGGER (and in the SQL Trigon renders for the
// design), and likely mistakes, as diagnostics in document order. Pure: no database needed.
// A design without errors renders to SQL the target server accepts.
QList<Diagnostic> validateDesign(const DesignDocument &design,
                                 const ValidationOptions &options = {});
// One trigger at `index` of its document (index and id only label the diagnostics).
QList<Diagnostic> validateTrigger(const TriggerDesign &trigger, qsizetype index,
                                  const ValidationOptions &options = {});

} // namespace trigon
