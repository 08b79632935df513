#pragma once

#include "core/model/eventtriggerdesign.h"
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

// --- event triggers ---

// trigon_ddl_command_end (ddl_command_end) and trigon_sql_drop (sql_drop), each notifying on
// channel "trigon_ddl" with {"event", "tag", "object_type", "identity"} of every object a DDL
// command created, changed or dropped: what the event monitor listens to.
QList<EventTriggerDesign> ddlEvents();
// At ddl_command_start of DROP SCHEMA: refuses it.
EventTriggerDesign forbidDropSchema();
// At ddl_command_end: one row per changed object in `logTable` (when, event, tag, object type,
// schema, identity).
EventTriggerDesign logSchemaChanges(const TableRef &logTable
                                    = TableRef {QStringLiteral("public"),
                                                QStringLiteral("schema_changes")});
// At ddl_command_end of CREATE TABLE, CREATE TABLE AS and SELECT INTO: attaches the trigger of
// the design over several tables named `tableDesign` (empty: the user picks one later).
EventTriggerDesign attachNewTables(const QString &tableDesign = {});

} // namespace presets

// A ready-made set of event triggers, added to a document in one step.
struct EventTriggerPreset
{
    // "ddl_events", "forbid_drop_schema", "log_schema_changes", "attach_new_tables": stable,
    // for the CLI and the tests; the UI shows a translated title of its own.
    QString name;
    QList<EventTriggerDesign> eventTriggers;
};

// Every event-trigger preset, in the order menus offer them. `tableDesigns` are the triggers of
// the document the presets are for: "attach_new_tables" attaches the first design over several
// tables that has a selector, when there is one.
QList<EventTriggerPreset> eventTriggerPresets(const QList<TriggerDesign> &tableDesigns = {});

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
