#include "core/catalog/tableselection.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace trigon {

DesignTable designTable(const CatalogRelation &relation)
{
    DesignTable table {TableRef {relation.schema, relation.name}, {}};
    for (const CatalogColumn &column : relation.columns)
        table.columns.append(
                TableColumn {column.name, column.type, column.looksAutomatic, column.primaryKey});
    return table;
}

QList<DesignTable> selectTables(const TableSelector &selector, const CatalogSnapshot &catalog)
{
    // The whole name must match (fromWildcard() anchors by default).
    const QRegularExpression pattern
            = QRegularExpression::fromWildcard(selector.pattern, Qt::CaseSensitive);
    QList<DesignTable> tables;
    for (const CatalogRelation &relation : catalog.relations) {
        // A partition gets its partitioned table's trigger as a clone: picking it too would
        // make a second trigger on it.
        if (relation.schema != selector.schema || !relation.isTable() || relation.isPartition
            || selector.exclude.contains(relation.name) || !pattern.match(relation.name).hasMatch())
            continue;
        if (!selector.hasColumn.isEmpty()
            && std::none_of(
                    relation.columns.cbegin(), relation.columns.cend(),
                    [&](const CatalogColumn &column) { return column.name == selector.hasColumn; }))
            continue;
        tables.append(designTable(relation));
    }
    return tables;
}

Attachment attachSelectedTables(const TriggerDesign &design, const CatalogSnapshot &catalog)
{
    Attachment attachment {design, {}, {}};
    QList<TableRef> before; // in the design's order, for the report
    QSet<TableRef> wasListed;
    for (const TriggerDesign &trigger : tableTriggers(design)) {
        before.append(trigger.table);
        wasListed.insert(trigger.table);
    }
    attachment.design.table = {};
    attachment.design.tableColumns.clear();
    attachment.design.tables = selectTables(*design.selector, catalog);
    QSet<TableRef> isListed;
    for (const DesignTable &table : std::as_const(attachment.design.tables)) {
        isListed.insert(table.table);
        if (!wasListed.contains(table.table))
            attachment.added.append(table.table);
    }
    for (const TableRef &table : std::as_const(before)) {
        if (!table.isEmpty() && !isListed.contains(table))
            attachment.removed.append(table);
    }
    return attachment;
}

} // namespace trigon
