#pragma once

#include "core/catalog/catalogsnapshot.h"
#include "core/pg/pgerror.h"
#include "core/pg/queryresult.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace trigon::pg {

class BlockingConnection;
class Connection;

// Loading a catalog snapshot in one round trip. The queries are one script (simple protocol,
// several statements): it starts with SET TRANSACTION ISOLATION LEVEL REPEATABLE READ so every
// query sees the same moment, which needs a session with no transaction open. The same script and
// the same pure function serve the GUI's asynchronous Connection and the blocking CLI/benchmark.

// What a load reads. Server: version, role, languages, extensions (read once per connection).
// Structure: schemas, relations and their columns. Triggers: triggers, trigger functions and
// event triggers, the cheap part to reload after a deploy.
enum class CatalogPart { Server = 0x1, Structure = 0x2, Triggers = 0x4 };
Q_DECLARE_FLAGS(CatalogParts, CatalogPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(CatalogParts)
inline constexpr CatalogParts allCatalogParts {CatalogPart::Server, CatalogPart::Structure,
                                               CatalogPart::Triggers};

// The script for a server of `serverVersion` (server_version_num; columns that older servers lack
// are left out there). Takes no parameters: it reads the whole catalog but system schemas.
QString catalogScript(int serverVersion, CatalogParts parts = allCatalogParts);

// The snapshot from the script's results, in order; what `parts` leaves out is taken from
// `previous` (and which columns look automatic is worked out again). On a failed or missing
// result, nullopt with `error` set.
std::optional<CatalogSnapshot> catalogFromResults(const QList<QueryResult> &results, PgError *error,
                                                  CatalogParts parts = allCatalogParts,
                                                  const CatalogSnapshot &previous = {});

// Runs the script on `connection` and waits for the snapshot.
std::optional<CatalogSnapshot> loadCatalog(BlockingConnection &connection, PgError *error,
                                           CatalogParts parts = allCatalogParts,
                                           const CatalogSnapshot &previous = {});

// Queues the script on an open `connection`; `done` runs with the snapshot, or with nullopt and
// the error, unless `context` has been destroyed meanwhile. Returns the query id (for cancel()).
using CatalogCallback
        = std::function<void(const std::optional<CatalogSnapshot> &snapshot, const PgError &error)>;
int loadCatalog(Connection &connection, const QObject *context, CatalogCallback done,
                CatalogParts parts = allCatalogParts, const CatalogSnapshot &previous = {});

} // namespace trigon::pg
