#include "core/model/triggerdesign.h"

#include "core/model/enumnames.h"

#include <QCoreApplication>

#include <algorithm>

namespace trigon {

namespace {

constexpr std::array<const char *, 3> timingNames = {"before", "after", "instead_of"};
constexpr std::array<const char *, 4> eventNames = {"insert", "update", "delete", "truncate"};
constexpr std::array<const char *, 2> levelNames = {"row", "statement"};
constexpr std::array<const char *, 4> enabledNames = {"origin", "disabled", "replica", "always"};

} // namespace

QList<TriggerDesign> tableTriggers(const TriggerDesign &design)
{
    // A per-table trigger (its table set) is its own list: calling this twice changes nothing.
    if (!design.isOverSeveralTables())
        return {design};
    QList<TriggerDesign> triggers;
    triggers.reserve(design.tables.size());
    for (const DesignTable &table : design.tables) {
        TriggerDesign trigger = design;
        trigger.table = table.table;
        trigger.tableColumns = table.columns;
        triggers.append(std::move(trigger));
    }
    return triggers;
}

QList<TriggerDesign> tableTriggers(const QList<TriggerDesign> &designs)
{
    QList<TriggerDesign> triggers;
    triggers.reserve(designs.size());
    for (const TriggerDesign &design : designs)
        triggers.append(tableTriggers(design));
    return triggers;
}

QStringList TriggerDesign::columnNames() const
{
    QStringList names;
    if (isOverSeveralTables()) {
        for (const TableColumn &column : tables.first().columns) {
            const bool everywhere = std::all_of(
                    tables.cbegin() + 1, tables.cend(), [&](const DesignTable &other) {
                        return std::any_of(
                                other.columns.cbegin(), other.columns.cend(),
                                [&](const TableColumn &c) { return c.name == column.name; });
                    });
            if (everywhere)
                names.append(column.name);
        }
        return names;
    }
    for (const TableColumn &column : tableColumns)
        names.append(column.name);
    return names;
}

QString TriggerDesign::tablesDisplayName() const
{
    if (!isOverSeveralTables())
        return table.displayName();
    constexpr qsizetype named = 3;
    QStringList names;
    for (qsizetype i = 0; i < std::min(named, tables.size()); ++i)
        names.append(tables.at(i).table.displayName());
    const QString list = names.join(QStringLiteral(", "));
    if (tables.size() <= named)
        return list;
    return QCoreApplication::translate("trigon::TriggerDesign", "%1 and %n more", nullptr,
                                       int(tables.size() - named))
            .arg(list);
}

QStringList TriggerDesign::autoColumns() const
{
    QStringList result;
    for (const TableColumn &column : tableColumns) {
        if (column.autoMaintained)
            result.append(column.name);
    }
    for (const Action &action : actions) {
        if (const auto *timestamp = std::get_if<SetTimestampAction>(&action)) {
            for (const QString &column : timestamp->columns) {
                if (!result.contains(column))
                    result.append(column);
            }
        }
    }
    return result;
}

QString timingName(TriggerTiming timing)
{
    return enumName(timingNames, timing);
}

std::optional<TriggerTiming> timingFromName(const QString &name)
{
    return enumFromName<TriggerTiming>(timingNames, name);
}

QString eventName(TriggerEvent event)
{
    return enumName(eventNames, event);
}

std::optional<TriggerEvent> eventFromName(const QString &name)
{
    return enumFromName<TriggerEvent>(eventNames, name);
}

QString levelName(TriggerLevel level)
{
    return enumName(levelNames, level);
}

std::optional<TriggerLevel> levelFromName(const QString &name)
{
    return enumFromName<TriggerLevel>(levelNames, name);
}

QString enabledName(TriggerEnabled enabled)
{
    return enumName(enabledNames, enabled);
}

std::optional<TriggerEnabled> enabledFromName(const QString &name)
{
    return enumFromName<TriggerEnabled>(enabledNames, name);
}

} // namespace trigon
