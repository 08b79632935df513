#pragma once

#include "core/model/payloadvalue.h"

#include <QString>

namespace trigon {

// Pieces of PL/pgSQL text that the trigger function and the action kinds' parts share.

// One level of indentation in generated SQL.
QString indentUnit();
// Indents every line of SQL `text` by `levels` except those that continue a multi-line token
// (an identifier, literal or comment holding a newline), whose contents must stay exactly as
// they are.
QString indented(const QString &text, int levels);
// "IF condition THEN body END IF;" with the body indented.
QString ifBlock(const QString &condition, const QString &body);
// RAISE EXCEPTION with `message` (an SQL expression) and `sqlState` (plain text, quoted here).
QString raiseException(const QString &message, const QString &sqlState);
// A dollar-quote tag, $function$ or $function<n>$, that does not occur in `body`.
QString dollarQuoteTag(const QString &body);
// The record an event trigger function's per-object actions read {"ddl": field} values from.
QString ddlObjectVariable(); // "ddl_object"
// The SQL expression of a named value of a payload or an inserted row.
QString renderPayloadValue(const PayloadValue &value);

} // namespace trigon
