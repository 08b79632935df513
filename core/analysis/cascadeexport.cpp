#include "core/analysis/cascadeexport.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace trigon {

namespace {

// A DOT double-quoted string: quotes and backslashes escaped, line breaks as \n.
QString dotString(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'"', QStringLiteral("\\\""))
            .replace(u'\n', QStringLiteral("\\n"))
            .remove(u'\r');
    return u'"' + quoted + u'"';
}

QString upperEvents(const QList<TriggerEvent> &events)
{
    QStringList names;
    for (TriggerEvent event : events)
        names.append(eventName(event).toUpper());
    return names.join(QStringLiteral(" OR "));
}

// "BEFORE ROW", "AFTER STATEMENT", "INSTEAD OF ROW"
QString timingAndLevel(const CascadeTrigger &trigger)
{
    return timingName(trigger.timing).toUpper().replace(u'_', u' ') + u' '
            + levelName(trigger.level).toUpper();
}

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

} // namespace

QString cascadeDot(const CascadeGraph &graph)
{
    // The triggers of loops, and each loop trigger's write that fires the next one.
    QSet<qsizetype> looping;
    QSet<std::pair<qsizetype, TableRef>> loopWrites;
    for (const CascadeLoop &loop : graph.loops) {
        for (qsizetype i = 0; i < loop.triggers.size(); ++i) {
            const qsizetype next = loop.triggers[(i + 1) % loop.triggers.size()];
            looping.insert(loop.triggers[i]);
            loopWrites.insert({loop.triggers[i], graph.triggers[next].table});
        }
    }
    QHash<TableRef, qsizetype> tableIndex;
    for (qsizetype i = 0; i < graph.tables.size(); ++i)
        tableIndex.insert(graph.tables[i], i);
    const auto tableId = [&](const TableRef &table) {
        return QStringLiteral("table%1").arg(tableIndex.value(table));
    };

    QString dot = QStringLiteral("digraph cascade {\n"
                                 "  rankdir=LR;\n"
                                 "  node [fontname=\"Sans\", fontsize=10];\n"
                                 "  edge [fontname=\"Sans\", fontsize=9];\n");
    for (qsizetype i = 0; i < graph.tables.size(); ++i)
        dot += QStringLiteral("  table%1 [shape=box, label=%2];\n")
                       .arg(i)
                       .arg(dotString(graph.tables[i].displayName()));
    for (qsizetype i = 0; i < graph.triggers.size(); ++i) {
        const CascadeTrigger &trigger = graph.triggers[i];
        QString label = trigger.name + u'\n' + timingAndLevel(trigger);
        if (!trigger.writesKnown)
            label += QStringLiteral("\nwrites: unknown");
        QStringList style {QStringLiteral("shape=ellipse")};
        if (trigger.source == CascadeTrigger::Source::Installed)
            style.append(QStringLiteral("style=dashed"));
        if (!trigger.firesNormally())
            style.append(QStringLiteral("fontcolor=gray"));
        if (looping.contains(i))
            style.append(QStringLiteral("color=red"));
        dot += QStringLiteral("  trigger%1 [%2, label=%3];\n")
                       .arg(i)
                       .arg(style.join(QStringLiteral(", ")), dotString(label));
    }
    for (qsizetype i = 0; i < graph.triggers.size(); ++i) {
        const CascadeTrigger &trigger = graph.triggers[i];
        QString label = upperEvents(trigger.events);
        if (!trigger.when.isEmpty())
            label += QStringLiteral("\nWHEN ") + trigger.when;
        // The edge into a loop's trigger is part of the cycle too: red, like the writes.
        dot += QStringLiteral("  %1 -> trigger%2 [label=%3%4];\n")
                       .arg(tableId(trigger.table))
                       .arg(i)
                       .arg(dotString(label),
                            looping.contains(i) ? QStringLiteral(", color=red") : QString());
        QList<std::pair<TableRef, TriggerEvent>> written;
        for (const TableWrite &write : trigger.writes) {
            if (written.contains({write.table, write.event}))
                continue;
            written.append({write.table, write.event});
            // Red when the write leads to the next trigger of a loop.
            const bool inLoop = loopWrites.contains({i, write.table});
            dot += QStringLiteral("  trigger%1 -> %2 [label=%3%4];\n")
                           .arg(i)
                           .arg(tableId(write.table), dotString(eventName(write.event).toUpper()),
                                inLoop ? QStringLiteral(", color=red") : QString());
        }
    }
    dot += QStringLiteral("}\n");
    return dot;
}

QJsonObject cascadeJson(const CascadeGraph &graph)
{
    QJsonArray tables;
    for (const TableRef &table : graph.tables)
        tables.append(QJsonObject {{QStringLiteral("schema"), table.schema},
                                   {QStringLiteral("name"), table.name}});
    QJsonArray triggers;
    for (const CascadeTrigger &trigger : graph.triggers) {
        QStringList events;
        for (TriggerEvent event : trigger.events)
            events.append(eventName(event));
        QJsonArray writes;
        for (const TableWrite &write : trigger.writes)
            writes.append(QJsonObject {{QStringLiteral("schema"), write.table.schema},
                                       {QStringLiteral("table"), write.table.name},
                                       {QStringLiteral("event"), eventName(write.event)},
                                       {QStringLiteral("columns"), stringArray(write.columns)}});
        triggers.append(QJsonObject {
                {QStringLiteral("name"), trigger.name},
                {QStringLiteral("schema"), trigger.table.schema},
                {QStringLiteral("table"), trigger.table.name},
                {QStringLiteral("source"),
                 trigger.source == CascadeTrigger::Source::Design ? QStringLiteral("design")
                                                                  : QStringLiteral("installed")},
                {QStringLiteral("timing"), timingName(trigger.timing)},
                {QStringLiteral("events"), stringArray(events)},
                {QStringLiteral("columns"), stringArray(trigger.columns)},
                {QStringLiteral("level"), levelName(trigger.level)},
                {QStringLiteral("enabled"), enabledName(trigger.enabled)},
                {QStringLiteral("when"), trigger.when},
                {QStringLiteral("function"), trigger.function},
                {QStringLiteral("writes"), writes},
                {QStringLiteral("writes_known"), trigger.writesKnown},
                {QStringLiteral("may_stop_row"), trigger.mayStopRow},
                {QStringLiteral("depth_guarded"), trigger.depthGuarded},
        });
    }
    QJsonArray edges;
    for (const CascadeEdge &edge : graph.edges)
        edges.append(QJsonObject {{QStringLiteral("from"), edge.from},
                                  {QStringLiteral("to"), edge.to},
                                  {QStringLiteral("event"), eventName(edge.event)}});
    QJsonArray loops;
    for (const CascadeLoop &loop : graph.loops) {
        QJsonArray members;
        for (qsizetype trigger : loop.triggers)
            members.append(trigger);
        loops.append(QJsonObject {{QStringLiteral("triggers"), members},
                                  {QStringLiteral("path"), loop.path}});
    }
    return {{QStringLiteral("tables"), tables},
            {QStringLiteral("triggers"), triggers},
            {QStringLiteral("edges"), edges},
            {QStringLiteral("loops"), loops}};
}

} // namespace trigon
