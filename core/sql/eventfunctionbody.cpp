#include "core/sql/eventfunctionbody.h"

#include "core/eventactions/attach/attacheventaction.h"
#include "core/eventactions/insert/inserteventaction.h"
#include "core/eventactions/notify/notifyeventaction.h"
#include "core/eventactions/protect/protecteventaction.h"
#include "core/eventactions/sql/sqleventaction.h"
#include "core/sql/plpgsqltext.h"

namespace trigon {

EventFunctionBody::EventFunctionBody(const EventTriggerDesign &design,
                                     const QList<TriggerDesign> &tableDesigns,
                                     const RenderOptions &options)
    : m_design(design)
    , m_tableDesigns(tableDesigns)
    , m_options(options)
{ }

const TriggerDesign *EventFunctionBody::tableDesign(const QString &name) const
{
    for (const TriggerDesign &design : m_tableDesigns) {
        if (design.name == name)
            return &design;
    }
    return nullptr;
}

QString EventFunctionBody::objectsQuery() const
{
    switch (m_design.event) {
    case DdlEvent::DdlCommandEnd:
        return QStringLiteral("SELECT TG_EVENT AS event, command_tag, object_type, schema_name,\n"
                              "       object_identity, in_extension, classid, objid\n"
                              "  FROM pg_event_trigger_ddl_commands()");
    case DdlEvent::SqlDrop:
        // A dropped object has no command tag of its own, and nothing says whether an extension
        // owned it.
        return QStringLiteral(
                "SELECT TG_EVENT AS event, TG_TAG AS command_tag, object_type, schema_name,\n"
                "       object_identity, NULL::boolean AS in_extension, classid, objid\n"
                "  FROM pg_event_trigger_dropped_objects()");
    case DdlEvent::TableRewrite:
        return QStringLiteral(
                "SELECT TG_EVENT AS event, TG_TAG AS command_tag, o.type AS object_type,\n"
                "       o.schema AS schema_name, o.identity AS object_identity,\n"
                "       false AS in_extension, 'pg_class'::regclass::oid AS classid,\n"
                "       pg_event_trigger_table_rewrite_oid() AS objid\n"
                "  FROM pg_identify_object('pg_class'::regclass,\n"
                "                          pg_event_trigger_table_rewrite_oid(), 0) o");
    case DdlEvent::DdlCommandStart:
    case DdlEvent::Login:
        break;
    }
    return QStringLiteral(
            "SELECT TG_EVENT AS event, TG_TAG AS command_tag, NULL::text AS object_type,\n"
            "       NULL::text AS schema_name, NULL::text AS object_identity,\n"
            "       NULL::boolean AS in_extension, NULL::oid AS classid, NULL::oid AS objid");
}

QString EventFunctionBody::forEachObject(const QString &code) const
{
    return QStringLiteral("FOR %1 IN\n%2\nLOOP\n%3\nEND LOOP;")
            .arg(ddlObjectVariable(), indented(objectsQuery(), 1), indented(code, 1));
}

QString EventFunctionBody::render() const
{
    QStringList parts;
    for (const EventAction &action : m_design.actions) {
        parts.append(
                std::visit([this](const auto &a) { return renderEventAction(a, *this); }, action));
    }
    QString sql = QStringLiteral("DECLARE\n%1%2 record;\nBEGIN\n")
                          .arg(indentUnit(), ddlObjectVariable());
    if (!parts.isEmpty())
        sql += indented(parts.join(QLatin1String("\n")), 1) + u'\n';
    return sql + QStringLiteral("END;\n");
}

} // namespace trigon
