#pragma once

#include "core/model/triggerdesign.h"
#include "core/pg/pgerror.h"

#include <QList>

#include <optional>

namespace trigon::pg {

class BlockingConnection;

// Has the server parse the WHEN condition of each row trigger that holds raw SQL before anything
// of the designs runs: the condition becomes the filter of a query over its table, named both
// OLD and NEW, which is prepared and never executed. A prepared statement is one statement, so
// the server itself confirms that the raw SQL is one expression and stays in its clause (the
// lexer check of the design validator says the same first); it also names a column that does not
// exist. Tables that do not exist are skipped: the step that needs them names them. Returns the
// first refusal, nothing when every condition parses, and on a lost connection its error.
std::optional<PgError> parseRawConditions(BlockingConnection &connection,
                                          const QList<TriggerDesign> &designs);

} // namespace trigon::pg
