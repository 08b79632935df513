#include "core/model/presets.h"

// The one quoting function, for the raw SQL expression of notifyChanges().
#include "core/sql/quoting.h"

namespace trigon {

namespace presets {

namespace {

TriggerDesign base(const TableRef &table, const QList<TableColumn> &columns, const QString &suffix,
                   TriggerTiming timing, QList<TriggerEvent> events)
{
    TriggerDesign trigger;
    trigger.name = table.name + u'_' + suffix;
    trigger.table = table;
    trigger.tableColumns = columns;
    trigger.timing = timing;
    trigger.events = std::move(events);
    return trigger;
}

QStringList declaredKeys(const QList<TableColumn> &columns)
{
    QStringList keys;
    for (const TableColumn &column : columns) {
        if (column.key)
            keys.append(column.name);
    }
    return keys;
}

// The key columns, or `id` when the columns declare none.
QStringList keyColumns(const QList<TableColumn> &columns)
{
    const QStringList keys = declaredKeys(columns);
    return keys.isEmpty() ? QStringList {QStringLiteral("id")} : keys;
}

void setShape(TriggerDesign &trigger, TriggerTiming timing, QList<TriggerEvent> events)
{
    trigger.timing = timing;
    trigger.level = TriggerLevel::Row;
    trigger.events = std::move(events);
    if (!trigger.hasEvent(TriggerEvent::Update))
        trigger.columns.clear();
    // Transition tables belong to AFTER triggers of one event only.
    if (timing == TriggerTiming::Before || trigger.events.size() > 1)
        trigger.referencing = {};
    if (timing == TriggerTiming::Before)
        trigger.constraint.reset();
}

} // namespace

TriggerDesign readOnly(const TableRef &table, const QList<TableColumn> &columns,
                       const QStringList &fields)
{
    TriggerDesign trigger = base(table, columns, QStringLiteral("read_only"), TriggerTiming::Before,
                                 {TriggerEvent::Update});
    trigger.condition = Condition::change(ConditionKind::AnyChange, fields);
    trigger.actions = {ProtectAction {
            fields.isEmpty()
                    ? QStringLiteral("%1 is read-only").arg(table.name)
                    : QStringLiteral("%1 cannot be changed").arg(fields.join(QLatin1String(", "))),
            QString()}};
    return trigger;
}

TriggerDesign appendOnly(const TableRef &table, const QList<TableColumn> &columns)
{
    TriggerDesign trigger
            = base(table, columns, QStringLiteral("append_only"), TriggerTiming::Before,
                   {TriggerEvent::Update, TriggerEvent::Delete});
    trigger.actions
            = {ProtectAction {QStringLiteral("%1 is append-only").arg(table.name), QString()}};
    return trigger;
}

TriggerDesign updatedAt(const TableRef &table, const QList<TableColumn> &columns,
                        const QString &column)
{
    TriggerDesign trigger
            = base(table, columns, QStringLiteral("set_") + column, TriggerTiming::Before,
                   {TriggerEvent::Insert, TriggerEvent::Update});
    trigger.actions = {SetTimestampAction {{column}}};
    return trigger;
}

TriggerDesign softDelete(const TableRef &table, const QList<TableColumn> &columns,
                         const QString &flagColumn)
{
    TriggerDesign trigger = base(table, columns, QStringLiteral("soft_delete"),
                                 TriggerTiming::Before, {TriggerEvent::Delete});
    trigger.actions = {SoftDeleteAction {flagColumn, true, keyColumns(columns)}};
    return trigger;
}

TriggerDesign stateMachine(const TableRef &table, const QList<TableColumn> &columns,
                           const QString &column, const QList<FsmTransition> &transitions)
{
    TriggerDesign trigger = base(table, columns, column + QStringLiteral("_transitions"),
                                 TriggerTiming::Before, {TriggerEvent::Update});
    trigger.columns = {column};
    trigger.actions = {FsmAction {column, transitions, QString()}};
    return trigger;
}

TriggerDesign auditRows(const TableRef &table, const QList<TableColumn> &columns,
                        const TableRef &auditTable)
{
    TriggerDesign trigger
            = base(table, columns, QStringLiteral("audit"), TriggerTiming::After,
                   {TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete});
    AuditAction audit;
    audit.table = auditTable;
    audit.mode = AuditAction::Mode::ChangedFields;
    audit.createTable = true;
    trigger.actions = {audit};
    return trigger;
}

TriggerDesign auditStatements(const TableRef &table, const QList<TableColumn> &columns,
                              TriggerEvent event, const TableRef &auditTable)
{
    TriggerDesign trigger = base(table, columns, eventName(event) + QStringLiteral("_audit"),
                                 TriggerTiming::After, {event});
    trigger.level = TriggerLevel::Statement;
    if (event == TriggerEvent::Update || event == TriggerEvent::Delete)
        trigger.referencing.oldTable = QStringLiteral("old_rows");
    if (event == TriggerEvent::Update || event == TriggerEvent::Insert)
        trigger.referencing.newTable = QStringLiteral("new_rows");
    AuditAction audit;
    audit.table = auditTable;
    audit.createTable = true;
    trigger.actions = {audit};
    return trigger;
}

TriggerDesign notifyChanges(const TableRef &table, const QList<TableColumn> &columns,
                            const QString &channel)
{
    TriggerDesign trigger
            = base(table, columns, QStringLiteral("notify"), TriggerTiming::After,
                   {TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete});
    NotifyAction notify;
    notify.channel = channel;
    notify.payload = {{QStringLiteral("op"), PayloadValue::tg(QStringLiteral("op"))},
                      {QStringLiteral("table"), PayloadValue::tg(QStringLiteral("table_name"))}};
    // NEW is NULL for a DELETE and OLD for an INSERT: the key comes from whichever row exists.
    for (const QString &key : keyColumns(columns)) {
        notify.payload.append(
                {key,
                 PayloadValue::sqlExpression(
                         QStringLiteral("COALESCE(NEW.%1, OLD.%1)").arg(quoteIdentifier(key)))});
    }
    trigger.actions = {notify};
    return trigger;
}

namespace {

EventTriggerDesign eventTrigger(const QString &name, DdlEvent event, QStringList tags,
                                EventAction action)
{
    EventTriggerDesign design;
    design.name = name;
    design.event = event;
    design.tags = std::move(tags);
    design.actions = {std::move(action)};
    return design;
}

} // namespace

QList<EventTriggerDesign> ddlEvents()
{
    // core/pg/notificationddl reads these names and keys: change them together.
    NotifyAction notify;
    notify.channel = QStringLiteral("trigon_ddl");
    notify.payload = {
            {QStringLiteral("event"), PayloadValue::ddl(QStringLiteral("event"))},
            {QStringLiteral("tag"), PayloadValue::ddl(QStringLiteral("command_tag"))},
            {QStringLiteral("object_type"), PayloadValue::ddl(QStringLiteral("object_type"))},
            {QStringLiteral("identity"), PayloadValue::ddl(QStringLiteral("object_identity"))},
    };
    return {eventTrigger(QStringLiteral("trigon_ddl_command_end"), DdlEvent::DdlCommandEnd, {},
                         notify),
            eventTrigger(QStringLiteral("trigon_sql_drop"), DdlEvent::SqlDrop, {}, notify)};
}

EventTriggerDesign forbidDropSchema()
{
    ProtectAction protect;
    protect.message = QStringLiteral("DROP SCHEMA is not allowed in this database");
    return eventTrigger(QStringLiteral("trigon_forbid_drop_schema"), DdlEvent::DdlCommandStart,
                        {QStringLiteral("DROP SCHEMA")}, protect);
}

EventTriggerDesign logSchemaChanges(const TableRef &logTable)
{
    InsertAction insert;
    insert.table = logTable;
    insert.values = {
            {QStringLiteral("changed_at"), PayloadValue::now()},
            {QStringLiteral("event"), PayloadValue::ddl(QStringLiteral("event"))},
            {QStringLiteral("command_tag"), PayloadValue::ddl(QStringLiteral("command_tag"))},
            {QStringLiteral("object_type"), PayloadValue::ddl(QStringLiteral("object_type"))},
            {QStringLiteral("schema_name"), PayloadValue::ddl(QStringLiteral("schema_name"))},
            {QStringLiteral("object_identity"),
             PayloadValue::ddl(QStringLiteral("object_identity"))},
    };
    return eventTrigger(QStringLiteral("trigon_log_schema_changes"), DdlEvent::DdlCommandEnd, {},
                        insert);
}

EventTriggerDesign attachNewTables(const QString &tableDesign)
{
    return eventTrigger(QStringLiteral("trigon_attach_new_tables"), DdlEvent::DdlCommandEnd,
                        {QStringLiteral("CREATE TABLE"), QStringLiteral("CREATE TABLE AS"),
                         QStringLiteral("SELECT INTO")},
                        AttachAction {tableDesign});
}

} // namespace presets

QList<EventTriggerPreset> eventTriggerPresets(const QList<TriggerDesign> &tableDesigns)
{
    QString attached;
    for (const TriggerDesign &design : tableDesigns) {
        if (design.isOverSeveralTables() && design.selector) {
            attached = design.name;
            break;
        }
    }
    return {
            {QStringLiteral("ddl_events"), presets::ddlEvents()},
            {QStringLiteral("forbid_drop_schema"), {presets::forbidDropSchema()}},
            {QStringLiteral("log_schema_changes"), {presets::logSchemaChanges()}},
            {QStringLiteral("attach_new_tables"), {presets::attachNewTables(attached)}},
    };
}

void applyActionPreset(TriggerDesign &trigger, ActionPreset preset)
{
    const QList<TriggerEvent> allChanges
            = {TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete};
    switch (preset) {
    case ActionPreset::ReadOnly:
        presets::setShape(trigger, TriggerTiming::Before, {TriggerEvent::Update});
        // The UPDATE OF columns, when there are any, are the ones made read-only.
        trigger.condition = Condition::change(ConditionKind::AnyChange, trigger.columns);
        trigger.actions = {ProtectAction {}};
        return;
    case ActionPreset::ProtectDeletes:
        presets::setShape(trigger, TriggerTiming::Before, {TriggerEvent::Delete});
        trigger.condition.reset();
        trigger.actions = {ProtectAction {}};
        return;
    case ActionPreset::SoftDelete: {
        presets::setShape(trigger, TriggerTiming::Before, {TriggerEvent::Delete});
        trigger.condition.reset();
        SoftDeleteAction action;
        for (const TableColumn &column : trigger.tableColumns) {
            if (column.name == QLatin1String("is_deleted")
                || column.name == QLatin1String("deleted")) {
                action.column = column.name;
                break;
            }
        }
        if (const QStringList keys = presets::declaredKeys(trigger.tableColumns); !keys.isEmpty())
            action.key = keys;
        trigger.actions = {action};
        return;
    }
    case ActionPreset::AuditAllChanges:
        presets::setShape(trigger, TriggerTiming::After, allChanges);
        trigger.condition.reset();
        trigger.actions = {AuditAction {}};
        return;
    case ActionPreset::NotifyOnChange: {
        presets::setShape(trigger, TriggerTiming::After, allChanges);
        trigger.condition.reset();
        NotifyAction action;
        action.channel = trigger.table.name.isEmpty() ? QStringLiteral("table_changes")
                                                      : trigger.table.name;
        action.payload = {{QStringLiteral("op"), PayloadValue::tg(QStringLiteral("op"))},
                          {QStringLiteral("table"), PayloadValue::tg(QStringLiteral("table_name"))},
                          {QStringLiteral("new"), PayloadValue::wholeRow(RowVersion::New)},
                          {QStringLiteral("old"), PayloadValue::wholeRow(RowVersion::Old)}};
        trigger.actions = {action};
        return;
    }
    }
}

} // namespace trigon
