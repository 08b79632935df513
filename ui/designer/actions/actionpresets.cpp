#include "ui/designer/actions/actionpresets.h"

namespace trigon::ui {

namespace {

void setShape(TriggerDesign &trigger, TriggerTiming timing, QList<TriggerEvent> events)
{
    trigger.timing = timing;
    trigger.level = TriggerLevel::Row;
    trigger.events = std::move(events);
    if (!trigger.hasEvent(TriggerEvent::Update))
        trigger.columns.clear();
    if (timing == TriggerTiming::Before) {
        trigger.referencing = {};
        trigger.constraint.reset();
    }
}

QStringList keyColumns(const TriggerDesign &trigger)
{
    QStringList keys;
    for (const TableColumn &column : trigger.tableColumns) {
        if (column.key)
            keys.append(column.name);
    }
    return keys;
}

} // namespace

void applyActionPreset(TriggerDesign &trigger, ActionPreset preset)
{
    const QList<TriggerEvent> allChanges
            = {TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete};
    switch (preset) {
    case ActionPreset::ReadOnly:
        setShape(trigger, TriggerTiming::Before, {TriggerEvent::Update});
        // The UPDATE OF columns, when there are any, are the ones made read-only.
        trigger.condition = Condition::change(ConditionKind::AnyChange, trigger.columns);
        trigger.actions = {ProtectAction {}};
        return;
    case ActionPreset::ProtectDeletes:
        setShape(trigger, TriggerTiming::Before, {TriggerEvent::Delete});
        trigger.condition.reset();
        trigger.actions = {ProtectAction {}};
        return;
    case ActionPreset::SoftDelete: {
        setShape(trigger, TriggerTiming::Before, {TriggerEvent::Delete});
        trigger.condition.reset();
        SoftDeleteAction action;
        for (const TableColumn &column : trigger.tableColumns) {
            if (column.name == QLatin1String("is_deleted")
                || column.name == QLatin1String("deleted")) {
                action.column = column.name;
                break;
            }
        }
        if (const QStringList keys = keyColumns(trigger); !keys.isEmpty())
            action.key = keys;
        trigger.actions = {action};
        return;
    }
    case ActionPreset::AuditAllChanges:
        setShape(trigger, TriggerTiming::After, allChanges);
        trigger.condition.reset();
        trigger.actions = {AuditAction {}};
        return;
    case ActionPreset::NotifyOnChange: {
        setShape(trigger, TriggerTiming::After, allChanges);
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

} // namespace trigon::ui
