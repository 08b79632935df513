#pragma once

#include "core/catalog/catalogsnapshot.h"
#include "core/model/tableselector.h"
#include "core/model/triggerdesign.h"

#include <QList>

namespace trigon {

// A catalog table as a design knows it: its name and its columns, with `auto` where the catalog
// saw the database maintain a column and `key` for primary-key columns.
DesignTable designTable(const CatalogRelation &relation);

// The tables `selector` picks from `catalog`, in the catalog's order (by schema, then name);
// partitions are left out (their partitioned table's trigger reaches them as a clone).
QList<DesignTable> selectTables(const TableSelector &selector, const CatalogSnapshot &catalog);

// What attaching changes: `design` with "tables" set to what its selector picks now (the
// columns as the catalog has them). The design must have a selector.
struct Attachment
{
    TriggerDesign design;
    QList<TableRef> added;   // picked, and not in the design before
    QList<TableRef> removed; // in the design before, and no longer picked
};
Attachment attachSelectedTables(const TriggerDesign &design, const CatalogSnapshot &catalog);

} // namespace trigon
