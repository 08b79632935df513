// The writing half of designfile.h: a design document as the design file's JSON
// (docs/design-format.md), keys in the order the file keeps.
#include "core/io/designfile.h"

#include "core/io/designwriter.h"
#include "core/io/jsontree.h"
#include "core/io/savefile.h"

namespace trigon {

namespace {

JsonNode actionNode(const Action &action)
{
    JsonNode node = JsonNode::object(
            {{QStringLiteral("kind"), jsonText(actionKindName(actionKind(action)))}});
    std::visit([&node](const auto &kind) { writeActionFields(kind, node); }, action);
    return node;
}

JsonNode eventActionNode(const EventAction &action)
{
    JsonNode node = JsonNode::object(
            {{QStringLiteral("kind"), jsonText(eventActionKindName(eventActionKind(action)))}});
    std::visit([&node](const auto &kind) { writeActionFields(kind, node); }, action);
    return node;
}

JsonNode testCaseNode(const TriggerTestCase &test)
{
    JsonNode node = JsonNode::object();
    node.append(QStringLiteral("name"), jsonText(test.name));
    if (!test.setup.isEmpty())
        node.append(QStringLiteral("setup"), jsonText(test.setup));
    if (!test.bypass.isEmpty())
        node.append(QStringLiteral("bypass"), jsonTextArray(test.bypass));
    node.append(QStringLiteral("action"), jsonText(test.action));
    JsonNode expect = JsonNode::object();
    if (test.raises) {
        expect.append(
                QStringLiteral("raises"),
                JsonNode::object({{QStringLiteral("message"), jsonText(test.raises->message)},
                                  {QStringLiteral("sqlstate"), jsonText(test.raises->sqlState)}}));
    }
    if (!test.queries.isEmpty()) {
        JsonNode queries = JsonNode::array();
        for (const QueryExpectation &query : test.queries) {
            JsonNode rows = JsonNode::array();
            for (const QStringList &row : query.rows)
                rows.items.append(jsonTextArray(row));
            queries.items.append(JsonNode::object({{QStringLiteral("sql"), jsonText(query.sql)},
                                                   {QStringLiteral("rows"), rows}}));
        }
        expect.append(QStringLiteral("query"), queries);
    }
    if (!test.rowCounts.isEmpty()) {
        JsonNode counts = JsonNode::array();
        for (const RowCountExpectation &count : test.rowCounts) {
            counts.items.append(
                    JsonNode::object({{QStringLiteral("table"), jsonTable(count.table)},
                                      {QStringLiteral("change"),
                                       JsonNode::fromNumber(static_cast<double>(count.change))}}));
        }
        expect.append(QStringLiteral("row_count"), counts);
    }
    if (!test.notifications.isEmpty()) {
        JsonNode notifications = JsonNode::array();
        for (const NotificationExpectation &notification : test.notifications) {
            notifications.items.append(JsonNode::object(
                    {{QStringLiteral("channel"), jsonText(notification.channel)},
                     {QStringLiteral("payload"), JsonNode::fromJsonValue(notification.fields)}}));
        }
        expect.append(QStringLiteral("notify"), notifications);
    }
    if (!test.notices.isEmpty())
        expect.append(QStringLiteral("notice"), jsonTextArray(test.notices));
    if (test.firedOrder)
        expect.append(QStringLiteral("fired"), jsonTextArray(*test.firedOrder));
    node.append(QStringLiteral("expect"), expect);
    return node;
}

JsonNode columnsNode(const QList<TableColumn> &tableColumns)
{
    JsonNode columns = JsonNode::array();
    for (const TableColumn &column : tableColumns) {
        JsonNode c = JsonNode::object({{QStringLiteral("name"), jsonText(column.name)},
                                       {QStringLiteral("type"), jsonText(column.type)}});
        if (column.autoMaintained)
            c.append(QStringLiteral("auto"), JsonNode::fromBool(true));
        if (column.key)
            c.append(QStringLiteral("key"), JsonNode::fromBool(true));
        columns.items.append(c);
    }
    return columns;
}

JsonNode triggerNode(const TriggerDesign &trigger)
{
    JsonNode node = JsonNode::object();
    node.append(QStringLiteral("id"), jsonText(trigger.id));
    node.append(QStringLiteral("name"), jsonText(trigger.name));
    if (trigger.coversSeveralTables()) {
        JsonNode tables = JsonNode::array();
        for (const DesignTable &table : trigger.tables) {
            JsonNode t = jsonTable(table.table);
            t.append(QStringLiteral("columns"), columnsNode(table.columns));
            tables.items.append(t);
        }
        node.append(QStringLiteral("tables"), tables);
    } else {
        node.append(QStringLiteral("table"), jsonTable(trigger.table));
        node.append(QStringLiteral("table_columns"), columnsNode(trigger.tableColumns));
    }
    if (trigger.selector) {
        node.append(
                QStringLiteral("selector"),
                JsonNode::object(
                        {{QStringLiteral("schema"), jsonText(trigger.selector->schema)},
                         {QStringLiteral("pattern"), jsonText(trigger.selector->pattern)},
                         {QStringLiteral("exclude"), jsonTextArray(trigger.selector->exclude)},
                         {QStringLiteral("has_column"), jsonText(trigger.selector->hasColumn)}}));
    }
    // Written only when on: files without it keep their bytes.
    switch (trigger.bypass) {
    case BypassMode::Off:
        break;
    case BypassMode::AuditTable:
        node.append(QStringLiteral("bypass"), JsonNode::fromBool(true));
        break;
    case BypassMode::Notice:
        node.append(QStringLiteral("bypass"), jsonText(QStringLiteral("notice")));
        break;
    }
    if (trigger.existingFunction)
        node.append(QStringLiteral("function"),
                    jsonTable(TableRef {trigger.existingFunction->schema,
                                        trigger.existingFunction->name}));
    node.append(QStringLiteral("timing"), jsonText(timingName(trigger.timing)));
    JsonNode events = JsonNode::array();
    for (TriggerEvent event : trigger.events)
        events.items.append(jsonText(eventName(event)));
    node.append(QStringLiteral("events"), events);
    node.append(QStringLiteral("columns"), jsonTextArray(trigger.columns));
    node.append(QStringLiteral("level"), jsonText(levelName(trigger.level)));
    const auto nameOrNull = [](const QString &name) {
        return name.isEmpty() ? JsonNode::null() : jsonText(name);
    };
    node.append(
            QStringLiteral("referencing"),
            JsonNode::object({{QStringLiteral("old"), nameOrNull(trigger.referencing.oldTable)},
                              {QStringLiteral("new"), nameOrNull(trigger.referencing.newTable)}}));
    if (trigger.constraint) {
        const ConstraintOptions &c = *trigger.constraint;
        node.append(
                QStringLiteral("constraint"),
                JsonNode::object({{QStringLiteral("deferrable"), JsonNode::fromBool(c.deferrable)},
                                  {QStringLiteral("initially"),
                                   jsonText(c.initiallyDeferred ? QStringLiteral("deferred")
                                                                : QStringLiteral("immediate"))},
                                  {QStringLiteral("from"),
                                   c.from ? jsonTable(*c.from) : JsonNode::null()}}));
    } else {
        node.append(QStringLiteral("constraint"), JsonNode::null());
    }
    node.append(QStringLiteral("arguments"), jsonTextArray(trigger.arguments));
    node.append(QStringLiteral("enabled"), jsonText(enabledName(trigger.enabled)));
    node.append(QStringLiteral("comment"), jsonText(trigger.comment));
    node.append(QStringLiteral("condition"),
                trigger.condition ? jsonCondition(*trigger.condition) : JsonNode::null());
    JsonNode actions = JsonNode::array();
    for (const Action &action : trigger.actions)
        actions.items.append(actionNode(action));
    node.append(QStringLiteral("actions"), actions);
    // Written only when there are any, so files without tests stay as they were.
    if (!trigger.tests.isEmpty()) {
        JsonNode tests = JsonNode::array();
        for (const TriggerTestCase &test : trigger.tests)
            tests.items.append(testCaseNode(test));
        node.append(QStringLiteral("tests"), tests);
    }
    return node;
}

JsonNode targetNode(const OutboxTarget &target)
{
    JsonNode node
            = JsonNode::object({{QStringLiteral("kind"), jsonText(targetKindName(target.kind()))}});
    std::visit([&node](const auto &kind) { writeTargetFields(kind, node); }, target.delivery);
    node.append(QStringLiteral("retry"),
                JsonNode::object({{QStringLiteral("max"), JsonNode::fromNumber(target.retry.max)},
                                  {QStringLiteral("backoff_ms"),
                                   JsonNode::fromNumber(target.retry.backoffMs)},
                                  {QStringLiteral("max_backoff_ms"),
                                   JsonNode::fromNumber(target.retry.maxBackoffMs)}}));
    return node;
}

JsonNode eventTriggerNode(const EventTriggerDesign &design)
{
    JsonNode node = JsonNode::object();
    node.append(QStringLiteral("name"), jsonText(design.name));
    node.append(QStringLiteral("event"), jsonText(ddlEventName(design.event)));
    node.append(QStringLiteral("tags"), jsonTextArray(design.tags));
    node.append(QStringLiteral("enabled"), jsonText(enabledName(design.enabled)));
    node.append(QStringLiteral("comment"), jsonText(design.comment));
    JsonNode actions = JsonNode::array();
    for (const EventAction &action : design.actions)
        actions.items.append(eventActionNode(action));
    node.append(QStringLiteral("actions"), actions);
    if (!design.tests.isEmpty()) {
        JsonNode tests = JsonNode::array();
        for (const TriggerTestCase &test : design.tests)
            tests.items.append(testCaseNode(test));
        node.append(QStringLiteral("tests"), tests);
    }
    return node;
}

} // namespace

QByteArray serializeDesign(const DesignDocument &design)
{
    JsonNode root = JsonNode::object();
    root.append(QStringLiteral("format"), jsonText(QStringLiteral("trigon")));
    root.append(QStringLiteral("version"), JsonNode::fromNumber(design.version));
    // Written only when there are any, so files without them keep their bytes.
    if (!design.tableReadingFunctions.isEmpty())
        root.append(QStringLiteral("table_reading_functions"),
                    jsonTextArray(design.tableReadingFunctions));
    JsonNode triggers = JsonNode::array();
    for (const TriggerDesign &trigger : design.triggers)
        triggers.items.append(triggerNode(trigger));
    root.append(QStringLiteral("triggers"), triggers);
    if (!design.eventTriggers.isEmpty()) {
        JsonNode eventTriggers = JsonNode::array();
        for (const EventTriggerDesign &eventTrigger : design.eventTriggers)
            eventTriggers.items.append(eventTriggerNode(eventTrigger));
        root.append(QStringLiteral("event_triggers"), eventTriggers);
    }
    if (!design.targets.isEmpty()) {
        JsonNode targets = JsonNode::object();
        for (const OutboxTarget &target : design.targets)
            targets.append(target.name, targetNode(target));
        root.append(QStringLiteral("targets"), targets);
    }
    return writeJson(root);
}

bool writeDesignFile(const QString &fileName, const DesignDocument &design, QString *error)
{
    QString reason;
    if (saveFile(fileName, serializeDesign(design), &reason))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(fileName, reason);
    return false;
}

QString conditionToJson(const Condition &condition)
{
    return QString::fromUtf8(writeJson(jsonCondition(condition))).trimmed();
}

} // namespace trigon
