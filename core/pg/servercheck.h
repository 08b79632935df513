#pragma once

#include "core/analysis/diagnostic.h"
#include "core/model/triggerdesign.h"
#include "core/pg/pgerror.h"

#include <QList>

#include <optional>

namespace trigon::pg {

class BlockingConnection;

// What only the server knows about designs, before anything of them runs.

// Whether the server has the language each design's function is written in (PL/Python is an
// extension a superuser adds; PL/pgSQL is always there). Returns, for the first design whose
// language is missing, an error naming the trigger, the language and what adds it; nothing when
// all are there; on a lost connection its error.
std::optional<PgError> checkFunctionLanguages(BlockingConnection &connection,
                                              const QList<TriggerDesign> &designs);

// For lint against a database: a missing language, an existing function that is not there, and
// a raw WHEN condition the server refuses, each as an error diagnostic on its design (by index in
// `designs`) and field. nullopt, with `error` set, when the connection fails.
std::optional<QList<Diagnostic>> serverDiagnostics(BlockingConnection &connection,
                                                   const QList<TriggerDesign> &designs,
                                                   PgError *error);

} // namespace trigon::pg
