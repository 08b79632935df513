#pragma once

#include "core/analysis/diagnostic.h"
#include "core/model/triggerdesign.h"
#include "core/pg/pgerror.h"

#include <QHash>
#include <QList>

#include <optional>

namespace trigon::pg {

class BlockingConnection;
class QueryResult;

// Whether the connected database has the plpgsql_check extension installed.
bool hasPlpgsqlCheck(BlockingConnection &connection);

// plpgsql_check's findings on each design's generated function, checked against its table: the
// designs are created in a transaction that is rolled back, then plpgsql_check_function_tb()
// runs on each. Errors become Error diagnostics, warnings and performance notes Warnings (field
// "function", the message with its line and statement). Returns an empty list when the extension
// is not installed; nullopt with `error` set when the check itself could not run. Needs a session
// with no transaction open.
std::optional<QList<Diagnostic>>
checkFunctions(BlockingConnection &connection, const QList<TriggerDesign> &designs, PgError *error);

// The tables each installed trigger function refers to, by function oid, from plpgsql_check's
// dependency report: resolved as the function resolves them when it runs (its own SET
// search_path included), which the cascade graph uses for the function's unqualified names.
// Empty when the extension is not installed; nullopt with `error` set when the report failed.
std::optional<QHash<quint32, QList<TableRef>>> triggerFunctionTables(BlockingConnection &connection,
                                                                     PgError *error);
// The query behind triggerFunctionTables(), for a session that runs it asynchronously where the
// catalog says plpgsql_check is installed, and the reading of its result.
QString triggerFunctionTablesQuery();
QHash<quint32, QList<TableRef>> triggerFunctionTablesFrom(const QueryResult &result);

} // namespace trigon::pg
