#include "core/catalog/catalogjson.h"

#include "core/catalog/indentedjsonwriter.h"

#include <QBuffer>
#include <QHash>
#include <QJsonDocument>

namespace trigon {

using namespace Qt::StringLiterals;

// Every object's keys are written in sorted order, as QJsonObject keeps them: the streamed text is
// then the very text QJsonDocument::toJson() gave when the whole catalog was built as one document.

namespace {

void writeStrings(IndentedJsonWriter &json, QLatin1StringView name, const QStringList &strings)
{
    json.key(name);
    json.beginArray();
    for (const QString &string : strings)
        json.string(string);
    json.endArray();
}

// {"name": ..., "schema": ...}, how one object names another.
void writeQualifiedName(IndentedJsonWriter &json, QLatin1StringView name, const QString &schema,
                        const QString &objectName)
{
    json.key(name);
    json.beginObject();
    json.member("name"_L1, objectName);
    json.member("schema"_L1, schema);
    json.endObject();
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

void writeServer(IndentedJsonWriter &json, const ServerInfo &server)
{
    json.key("server"_L1);
    json.beginObject();
    writeStrings(json, "available_extensions"_L1, server.availableExtensions);
    json.member("current_user"_L1, server.currentUser);
    json.member("database"_L1, server.database);
    json.key("extensions"_L1);
    json.beginArray();
    for (const CatalogExtension &extension : server.extensions) {
        json.beginObject();
        json.member("name"_L1, extension.name);
        json.member("schema"_L1, extension.schema);
        json.member("version"_L1, extension.version);
        json.endObject();
    }
    json.endArray();
    writeStrings(json, "languages"_L1, server.languages);
    json.member("superuser"_L1, server.superuser);
    json.member("version"_L1, server.version);
    json.member("version_number"_L1, server.versionNumber);
    json.endObject();
}

void writeSchemas(IndentedJsonWriter &json, const QList<CatalogSchema> &schemas)
{
    json.key("schemas"_L1);
    json.beginArray();
    for (const CatalogSchema &schema : schemas) {
        json.beginObject();
        json.member("can_create"_L1, schema.canCreate);
        json.member("can_use"_L1, schema.canUse);
        json.member("comment"_L1, schema.comment);
        json.member("name"_L1, schema.name);
        json.member("owner"_L1, schema.owner);
        json.endObject();
    }
    json.endArray();
}

void writeColumn(IndentedJsonWriter &json, const CatalogColumn &column)
{
    json.beginObject();
    json.member("auto"_L1, column.looksAutomatic);
    if (column.looksAutomatic)
        json.member("auto_reason"_L1, column.automaticReason);
    if (!column.defaultExpression.isEmpty() && !column.generated)
        json.member("default"_L1, column.defaultExpression);
    if (!column.defaultExpression.isEmpty() && column.generated)
        json.member("generated"_L1, column.defaultExpression);
    if (column.identity != ColumnIdentity::None)
        json.member("identity"_L1, identityName(column.identity));
    json.member("name"_L1, column.name);
    json.member("not_null"_L1, column.notNull);
    json.member("number"_L1, column.number);
    json.member("primary_key"_L1, column.primaryKey);
    json.member("type"_L1, column.type);
    json.endObject();
}

// A string, or null when it is empty.
void writeOptionalString(IndentedJsonWriter &json, QLatin1StringView name, const QString &text)
{
    json.key(name);
    if (text.isEmpty())
        json.null();
    else
        json.string(text);
}

void writeTrigger(IndentedJsonWriter &json, const CatalogTrigger &trigger,
                  const CatalogSnapshot &snapshot)
{
    json.beginObject();
    writeStrings(json, "arguments"_L1, trigger.arguments);
    json.member("clone"_L1, trigger.isClone);
    writeStrings(json, "columns"_L1, trigger.columns);
    json.member("comment"_L1, trigger.comment);
    json.key("constraint"_L1);
    if (trigger.isConstraint) {
        json.beginObject();
        json.member("deferrable"_L1, trigger.deferrable);
        if (!trigger.constraintFromTable.isEmpty()) {
            writeQualifiedName(json, "from"_L1, trigger.constraintFromSchema,
                               trigger.constraintFromTable);
        }
        json.member("initially_deferred"_L1, trigger.initiallyDeferred);
        json.endObject();
    } else {
        json.null();
    }
    json.member("definition"_L1, trigger.definition);
    json.member("enabled"_L1, enabledName(trigger.enabled));
    json.key("events"_L1);
    json.beginArray();
    for (TriggerEvent event : trigger.events)
        json.string(eventName(event));
    json.endArray();
    if (const CatalogFunction *function = snapshot.function(trigger.function))
        writeQualifiedName(json, "function"_L1, function->schema, function->name);
    json.member("level"_L1, levelName(trigger.level));
    json.member("made_by_trigon"_L1, trigger.madeByTrigon);
    json.member("name"_L1, trigger.name);
    json.key("referencing"_L1);
    json.beginObject();
    writeOptionalString(json, "new"_L1, trigger.newTable);
    writeOptionalString(json, "old"_L1, trigger.oldTable);
    json.endObject();
    json.member("timing"_L1, timingName(trigger.timing));
    writeOptionalString(json, "when"_L1, trigger.when);
    json.endObject();
}

void writeRelations(IndentedJsonWriter &json, const CatalogSnapshot &snapshot)
{
    QHash<quint32, const CatalogRelation *> relationsByOid;
    for (const CatalogRelation &relation : snapshot.relations)
        relationsByOid.insert(relation.oid, &relation);
    json.key("relations"_L1);
    json.beginArray();
    for (const CatalogRelation &relation : snapshot.relations) {
        json.beginObject();
        json.member("can_create_trigger"_L1, relation.canCreateTrigger);
        json.key("columns"_L1);
        json.beginArray();
        for (const CatalogColumn &column : relation.columns)
            writeColumn(json, column);
        json.endArray();
        json.member("comment"_L1, relation.comment);
        json.member("kind"_L1, relationKindName(relation.kind));
        json.member("name"_L1, relation.name);
        json.member("owner"_L1, relation.owner);
        if (relation.isPartition) {
            if (const CatalogRelation *parent = relationsByOid.value(relation.partitionParent)) {
                writeQualifiedName(json, "partition_of"_L1, parent->schema, parent->name);
            } else {
                json.key("partition_of"_L1);
                json.null();
            }
        }
        json.key("primary_key"_L1);
        json.beginArray();
        for (const CatalogColumn &column : relation.columns) {
            if (column.primaryKey)
                json.string(column.name);
        }
        json.endArray();
        json.member("schema"_L1, relation.schema);
        json.key("triggers"_L1);
        json.beginArray();
        for (const CatalogTrigger *trigger : snapshot.triggersOn(relation.oid))
            writeTrigger(json, *trigger, snapshot);
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

void writeFunctions(IndentedJsonWriter &json, const QList<CatalogFunction> &functions)
{
    json.key("functions"_L1);
    json.beginArray();
    for (const CatalogFunction &function : functions) {
        json.beginObject();
        json.member("arguments"_L1, function.arguments);
        json.member("comment"_L1, function.comment);
        json.member("event_trigger"_L1, function.forEventTrigger);
        json.member("language"_L1, function.language);
        json.member("made_by_trigon"_L1, function.madeByTrigon);
        json.member("name"_L1, function.name);
        json.member("owner"_L1, function.owner);
        json.member("schema"_L1, function.schema);
        json.member("security_definer"_L1, function.securityDefiner);
        json.member("source"_L1, function.source);
        json.member("volatility"_L1, function.volatility);
        json.endObject();
    }
    json.endArray();
}

void writeEventTriggers(IndentedJsonWriter &json, const CatalogSnapshot &snapshot)
{
    json.key("event_triggers"_L1);
    json.beginArray();
    for (const CatalogEventTrigger &trigger : snapshot.eventTriggers) {
        json.beginObject();
        json.member("comment"_L1, trigger.comment);
        json.member("enabled"_L1, enabledName(trigger.enabled));
        json.member("event"_L1, trigger.event);
        if (const CatalogFunction *function = snapshot.function(trigger.function)) {
            writeQualifiedName(json, "function"_L1, function->schema, function->name);
        } else {
            json.key("function"_L1);
            json.null();
        }
        json.member("made_by_trigon"_L1, trigger.madeByTrigon);
        json.member("name"_L1, trigger.name);
        json.member("owner"_L1, trigger.owner);
        writeStrings(json, "tags"_L1, trigger.tags);
        json.endObject();
    }
    json.endArray();
}

} // namespace

bool writeCatalogJson(const CatalogSnapshot &snapshot, QIODevice *device)
{
    IndentedJsonWriter json(device);
    json.beginObject();
    writeEventTriggers(json, snapshot);
    writeFunctions(json, snapshot.functions);
    writeRelations(json, snapshot);
    writeSchemas(json, snapshot.schemas);
    writeServer(json, snapshot.server);
    json.endObject();
    return json.finish();
}

QJsonObject catalogToJson(const CatalogSnapshot &snapshot)
{
    QByteArray text;
    QBuffer buffer(&text);
    buffer.open(QIODevice::WriteOnly);
    writeCatalogJson(snapshot, &buffer); // a QBuffer takes every write
    return QJsonDocument::fromJson(text).object();
}

} // namespace trigon
