#include "core/catalog/catalogjson.h"

#include <QJsonArray>

namespace trigon {

namespace {

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QString identityName(ColumnIdentity identity)
{
    switch (identity) {
    case ColumnIdentity::None:
        return {};
    case ColumnIdentity::Always:
        return QStringLiteral("always");
    case ColumnIdentity::ByDefault:
        return QStringLiteral("by_default");
    }
    return {};
}

QJsonObject serverToJson(const ServerInfo &server)
{
    QJsonArray extensions;
    for (const CatalogExtension &extension : server.extensions) {
        extensions.append(QJsonObject {{QStringLiteral("name"), extension.name},
                                       {QStringLiteral("version"), extension.version},
                                       {QStringLiteral("schema"), extension.schema}});
    }
    return QJsonObject {
            {QStringLiteral("version_number"), server.versionNumber},
            {QStringLiteral("version"), server.version},
            {QStringLiteral("database"), server.database},
            {QStringLiteral("current_user"), server.currentUser},
            {QStringLiteral("superuser"), server.superuser},
            {QStringLiteral("languages"), stringArray(server.languages)},
            {QStringLiteral("extensions"), extensions},
            {QStringLiteral("available_extensions"), stringArray(server.availableExtensions)}};
}

QJsonObject columnToJson(const CatalogColumn &column)
{
    QJsonObject object {{QStringLiteral("name"), column.name},
                        {QStringLiteral("number"), column.number},
                        {QStringLiteral("type"), column.type},
                        {QStringLiteral("not_null"), column.notNull},
                        {QStringLiteral("primary_key"), column.primaryKey},
                        {QStringLiteral("auto"), column.looksAutomatic}};
    if (!column.defaultExpression.isEmpty())
        object.insert(column.generated ? QStringLiteral("generated") : QStringLiteral("default"),
                      column.defaultExpression);
    if (column.identity != ColumnIdentity::None)
        object.insert(QStringLiteral("identity"), identityName(column.identity));
    if (column.looksAutomatic)
        object.insert(QStringLiteral("auto_reason"), column.automaticReason);
    return object;
}

QJsonObject triggerToJson(const CatalogTrigger &trigger, const CatalogSnapshot &snapshot)
{
    QJsonArray events;
    for (TriggerEvent event : trigger.events)
        events.append(eventName(event));
    QJsonObject object {
            {QStringLiteral("name"), trigger.name},
            {QStringLiteral("timing"), timingName(trigger.timing)},
            {QStringLiteral("events"), events},
            {QStringLiteral("columns"), stringArray(trigger.columns)},
            {QStringLiteral("level"), levelName(trigger.level)},
            {QStringLiteral("referencing"),
             QJsonObject {
                     {QStringLiteral("old"),
                      trigger.oldTable.isEmpty() ? QJsonValue() : QJsonValue(trigger.oldTable)},
                     {QStringLiteral("new"),
                      trigger.newTable.isEmpty() ? QJsonValue() : QJsonValue(trigger.newTable)}}},
            {QStringLiteral("when"),
             trigger.when.isEmpty() ? QJsonValue() : QJsonValue(trigger.when)},
            {QStringLiteral("arguments"), stringArray(trigger.arguments)},
            {QStringLiteral("enabled"), enabledName(trigger.enabled)},
            {QStringLiteral("comment"), trigger.comment},
            {QStringLiteral("made_by_trigon"), trigger.madeByTrigon},
            {QStringLiteral("clone"), trigger.isClone},
            {QStringLiteral("definition"), trigger.definition}};
    if (trigger.isConstraint) {
        QJsonObject constraint {{QStringLiteral("deferrable"), trigger.deferrable},
                                {QStringLiteral("initially_deferred"), trigger.initiallyDeferred}};
        if (!trigger.constraintFromTable.isEmpty()) {
            constraint.insert(QStringLiteral("from"),
                              QJsonObject {{QStringLiteral("schema"), trigger.constraintFromSchema},
                                           {QStringLiteral("name"), trigger.constraintFromTable}});
        }
        object.insert(QStringLiteral("constraint"), constraint);
    } else {
        object.insert(QStringLiteral("constraint"), QJsonValue());
    }
    if (const CatalogFunction *function = snapshot.function(trigger.function)) {
        object.insert(QStringLiteral("function"),
                      QJsonObject {{QStringLiteral("schema"), function->schema},
                                   {QStringLiteral("name"), function->name}});
    }
    return object;
}

} // namespace

QJsonObject catalogToJson(const CatalogSnapshot &snapshot)
{
    QJsonArray schemas;
    for (const CatalogSchema &schema : snapshot.schemas) {
        schemas.append(QJsonObject {{QStringLiteral("name"), schema.name},
                                    {QStringLiteral("owner"), schema.owner},
                                    {QStringLiteral("comment"), schema.comment},
                                    {QStringLiteral("can_create"), schema.canCreate},
                                    {QStringLiteral("can_use"), schema.canUse}});
    }
    // Triggers are listed under their relation; both lists are ordered, but by different keys.
    QHash<quint32, QJsonArray> triggersByRelation;
    for (const CatalogTrigger &trigger : snapshot.triggers)
        triggersByRelation[trigger.relation].append(triggerToJson(trigger, snapshot));
    QHash<quint32, const CatalogRelation *> relationsByOid;
    for (const CatalogRelation &relation : snapshot.relations)
        relationsByOid.insert(relation.oid, &relation);
    QJsonArray relations;
    for (const CatalogRelation &relation : snapshot.relations) {
        QJsonArray columns;
        for (const CatalogColumn &column : relation.columns)
            columns.append(columnToJson(column));
        QJsonObject object {{QStringLiteral("schema"), relation.schema},
                            {QStringLiteral("name"), relation.name},
                            {QStringLiteral("kind"), relationKindName(relation.kind)},
                            {QStringLiteral("owner"), relation.owner},
                            {QStringLiteral("comment"), relation.comment},
                            {QStringLiteral("can_create_trigger"), relation.canCreateTrigger},
                            {QStringLiteral("primary_key"), stringArray(relation.primaryKey())},
                            {QStringLiteral("columns"), columns},
                            {QStringLiteral("triggers"), triggersByRelation.value(relation.oid)}};
        if (relation.isPartition) {
            const CatalogRelation *parent = relationsByOid.value(relation.partitionParent);
            object.insert(
                    QStringLiteral("partition_of"),
                    parent ? QJsonValue(QJsonObject {{QStringLiteral("schema"), parent->schema},
                                                     {QStringLiteral("name"), parent->name}})
                           : QJsonValue());
        }
        relations.append(object);
    }
    QJsonArray functions;
    for (const CatalogFunction &function : snapshot.functions) {
        functions.append(
                QJsonObject {{QStringLiteral("schema"), function.schema},
                             {QStringLiteral("name"), function.name},
                             {QStringLiteral("arguments"), function.arguments},
                             {QStringLiteral("language"), function.language},
                             {QStringLiteral("source"), function.source},
                             {QStringLiteral("event_trigger"), function.forEventTrigger},
                             {QStringLiteral("security_definer"), function.securityDefiner},
                             {QStringLiteral("volatility"), function.volatility},
                             {QStringLiteral("owner"), function.owner},
                             {QStringLiteral("comment"), function.comment},
                             {QStringLiteral("made_by_trigon"), function.madeByTrigon}});
    }
    QJsonArray eventTriggers;
    for (const CatalogEventTrigger &trigger : snapshot.eventTriggers) {
        const CatalogFunction *function = snapshot.function(trigger.function);
        eventTriggers.append(QJsonObject {
                {QStringLiteral("name"), trigger.name},
                {QStringLiteral("event"), trigger.event},
                {QStringLiteral("tags"), stringArray(trigger.tags)},
                {QStringLiteral("enabled"), enabledName(trigger.enabled)},
                {QStringLiteral("function"),
                 function ? QJsonValue(QJsonObject {{QStringLiteral("schema"), function->schema},
                                                    {QStringLiteral("name"), function->name}})
                          : QJsonValue()},
                {QStringLiteral("owner"), trigger.owner},
                {QStringLiteral("comment"), trigger.comment},
                {QStringLiteral("made_by_trigon"), trigger.madeByTrigon}});
    }
    return QJsonObject {{QStringLiteral("server"), serverToJson(snapshot.server)},
                        {QStringLiteral("schemas"), schemas},
                        {QStringLiteral("relations"), relations},
                        {QStringLiteral("functions"), functions},
                        {QStringLiteral("event_triggers"), eventTriggers}};
}

} // namespace trigon
