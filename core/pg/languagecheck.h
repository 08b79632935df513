#pragma once

#include "core/model/triggerdesign.h"
#include "core/pg/pgerror.h"

#include <QList>

#include <optional>

namespace trigon::pg {

class BlockingConnection;

// Whether the server has the language each design's function is written in (PL/Python is an
// extension a superuser adds; PL/pgSQL is always there). Returns, for the first design whose
// language is missing, an error naming the trigger, the language and what adds it; nothing when
// all are there; on a lost connection its error.
std::optional<PgError> checkFunctionLanguages(BlockingConnection &connection,
                                              const QList<TriggerDesign> &designs);

} // namespace trigon::pg
