#pragma once

#include "core/catalog/catalogsnapshot.h"
#include "core/model/designdocument.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

// Turning triggers that exist in a database into designs, keeping every property (WHEN, UPDATE
// OF columns, REFERENCING, arguments, enabled state, comment). The trigger's function becomes a
// custom sql action holding its PL/pgSQL source; a WHEN the condition model can express (the
// comparisons, change tests and and/or/not it renders) becomes structured conditions, the rest
// stays raw SQL. Deploying the design gives a trigger that pg_get_triggerdef prints the same,
// but for the function's name.

struct TriggerImport
{
    std::optional<TriggerDesign> design;
    // Why there is no design (a function in another language than PL/pgSQL, a clone on a
    // partition), or what the design changes (a raw SQL condition kept as it was).
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
// partitions are skipped: their partitioned table's trigger is imported instead.
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
