#pragma once

#include "core/model/tableref.h"
#include "core/model/triggerdesign.h"

#include <QList>
#include <QStringList>

namespace trigon {

// One kind of change a trigger makes to a table: what would fire that table's triggers. The
// cascade graph (core/analysis/cascadegraph.h) is made of these.
struct TableWrite
{
    TableRef table;
    // False when the code named the table without a schema: the graph resolves it through the
    // search path, as PostgreSQL would when the function runs.
    bool qualified = true;
    TriggerEvent event = TriggerEvent::Insert;
    // The columns an UPDATE sets, when known; empty means any column (UPDATE OF triggers fire).
    QStringList columns;

    friend bool operator==(const TableWrite &, const TableWrite &) = default;
};

} // namespace trigon
