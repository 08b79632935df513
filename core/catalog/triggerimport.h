#pragma once

#include "core/catalog/catalogsnapshot.h"
#include "core/model/designdocument.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

// Turning triggers that exist in a database into designs, keeping every property (WHEN, UPDATE
// OF columns, REFERENCING, arguments, enabled state, comment). A PL/pgSQL function becomes a
// custom sql action holding its source; a function in another language (a built-in such as
// tsvector_update_trigger, C, ...) is executed as it is (TriggerDesign::existingFunction). A WHEN
// the condition model can express (the comparisons, change tests and and/or/not it renders)
// becomes structured conditions, the rest stays raw SQL. Deploying the design gives a trigger
// that pg_get_triggerdef prints the same, but for the name of a generated function.

struct TriggerImport
{
    std::optional<TriggerDesign> design;
    // Why there is no design (a clone on a partition, a function missing from the snapshot), or
    // what the design changes (a raw SQL condition kept as it was).
    QStringList notes;
};

// One trigger of `snapshot`.
TriggerImport importTrigger(const CatalogSnapshot &snapshot, const CatalogTrigger &trigger);

struct ImportResult
{
    DesignDocument document;
    // "schema.table.trigger: note", for every trigger imported with a note or skipped.
    QStringList notes;
    int skipped = 0;
};

// Every trigger of `snapshot`, or those of one schema and/or table (empty: any). Clones on
// partitions are skipped: their partitioned table's trigger is imported instead. Triggers of one
// name that execute one function and differ only in their table become one design over all
// their tables (TriggerDesign::tables).
ImportResult importTriggers(const CatalogSnapshot &snapshot, const QString &schema = {},
                            const QString &table = {});

// A WHEN expression as pg_get_triggerdef prints it, as a condition over `relation`'s columns:
// structured where the model renders it to the same expression, raw SQL elsewhere.
Condition conditionFromWhen(const QString &when, const CatalogRelation *relation);

// A PL/pgSQL function body ("DECLARE ... BEGIN ... END") split into its declarations and the
// statements between its outer BEGIN and END, as a custom sql action holds them. nullopt when the
// source is not one plain block (a label, #option directives): the caller keeps it whole.
struct PlpgsqlBlock
{
    QString declarations;
    QString body;
};
std::optional<PlpgsqlBlock> splitPlpgsqlBlock(const QString &source);

} // namespace trigon
