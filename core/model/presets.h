#pragma once

#include "core/model/triggerdesign.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trigon {

// Ready-made triggers for common needs. Each is an ordinary design built from the general
// kinds (no special cases downstream): the editor offers them as starting points, and the user
// may change anything afterwards. `table` and `columns` describe the target table; names of the
// triggers derive from the table's.
namespace presets {

// Refuses UPDATEs that change any of `fields` (django-pgtrigger's ReadOnly).
TriggerDesign readOnly(const TableRef &table, const QList<TableColumn> &columns,
                       const QStringList &fields);
// Refuses UPDATE and DELETE: rows can only be added.
TriggerDesign appendOnly(const TableRef &table, const QList<TableColumn> &columns);
// Sets `column` to now() on INSERT and UPDATE.
TriggerDesign updatedAt(const TableRef &table, const QList<TableColumn> &columns,
                        const QString &column = QStringLiteral("updated_at"));
// Turns DELETE into setting `flagColumn` to true.
TriggerDesign softDelete(const TableRef &table, const QList<TableColumn> &columns,
                         const QString &flagColumn = QStringLiteral("is_deleted"));
// Allows only `transitions` of `column`.
TriggerDesign stateMachine(const TableRef &table, const QList<TableColumn> &columns,
                           const QString &column, const QList<FsmTransition> &transitions);
// One audit row per changed row (only the changed fields of an UPDATE).
TriggerDesign auditRows(const TableRef &table, const QList<TableColumn> &columns,
                        const TableRef &auditTable);
// One audit row per statement of `event` (insert, update or delete), over transition tables.
TriggerDesign auditStatements(const TableRef &table, const QList<TableColumn> &columns,
                              TriggerEvent event, const TableRef &auditTable);
// A notification on `channel` for each changed row: operation, table and the key columns.
TriggerDesign notifyChanges(const TableRef &table, const QList<TableColumn> &columns,
                            const QString &channel);

} // namespace presets

// The presets the actions editor offers over a trigger that exists already. Each is a
// combination of existing action kinds with the timing, events and condition they need, not a
// kind of its own.
enum class ActionPreset {
    ReadOnly,        // BEFORE UPDATE, when any (UPDATE OF, else every) field changes: protect
    ProtectDeletes,  // BEFORE DELETE: protect
    SoftDelete,      // BEFORE DELETE: soft_delete
    AuditAllChanges, // AFTER INSERT/UPDATE/DELETE: audit
    NotifyOnChange,  // AFTER INSERT/UPDATE/DELETE: notify with the operation and the rows
};

// Sets the timing, level, events, condition and actions of `trigger` for `preset`; keeps its
// name, table and columns, and drops what the new shape cannot have (transition tables of a
// BEFORE trigger or of more than one event, the constraint option of a BEFORE trigger, UPDATE OF
// without an UPDATE event).
void applyActionPreset(TriggerDesign &trigger, ActionPreset preset);

} // namespace trigon
