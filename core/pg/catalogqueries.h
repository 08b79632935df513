#pragma once

#include "core/pg/catalogloader.h"

#include <QList>

namespace trigon::pg {

// The queries of the catalog script, in the order they run after its SET TRANSACTION.
enum class CatalogQuery { Server, Schemas, Relations, Columns, Triggers, Functions, EventTriggers };

// The queries that load `parts`, in that order.
QList<CatalogQuery> catalogQueriesFor(CatalogParts parts);

} // namespace trigon::pg
