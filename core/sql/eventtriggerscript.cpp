#include "core/sql/eventtriggerscript.h"

#include "core/sql/definitionmarker.h"
#include "core/sql/eventfunctionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

#include <algorithm>

namespace trigon {

namespace {

QString qualifiedFunctionName(const FunctionRef &function)
{
    return quoteQualifiedName(function.schema, function.name);
}

QString eventTriggerDefinition(const QString &name, const QString &event, const QStringList &tags,
                               const FunctionRef &function, bool executeFunction)
{
    QString sql = QStringLiteral("CREATE EVENT TRIGGER %1 ON %2\n")
                          .arg(quoteIdentifier(name), quoteIdentifier(event));
    if (!tags.isEmpty()) {
        QStringList quoted;
        for (const QString &tag : tags)
            quoted.append(quoteLiteral(tag));
        sql += indentUnit()
                + QStringLiteral("WHEN TAG IN (%1)\n").arg(quoted.join(QLatin1String(", ")));
    }
    return sql + indentUnit()
            + QStringLiteral("EXECUTE %1 %2();")
                      .arg(executeFunction ? QStringLiteral("FUNCTION")
                                           : QStringLiteral("PROCEDURE"),
                           qualifiedFunctionName(function));
}

QString definitionWithComment(const QString &definition, const QString &comment)
{
    if (comment.isEmpty())
        return definition;
    return definition + QStringLiteral("\nCOMMENT ") + quoteLiteral(comment);
}

} // namespace

QString attachedTriggerNote(const QString &eventTriggerName)
{
    return QStringLiteral("Attached by the event trigger %1.").arg(eventTriggerName);
}

bool isAttachedTriggerComment(const QString &comment)
{
    const QString last = comment.section(u'\n', -1);
    return last.startsWith(QLatin1String("Attached by the event trigger ")) && last.endsWith(u'.');
}

FunctionRef eventTriggerFunction(const EventTriggerDesign &design)
{
    return {QStringLiteral("public"),
            truncatedIdentifier(QStringLiteral("trigon_event__") + design.name)};
}

QString renderEventFunctionDefinition(const EventTriggerDesign &design,
                                      const QList<TriggerDesign> &tableDesigns, int serverVersion)
{
    // Attached triggers are created only where none of that name is: CREATE TRIGGER is enough,
    // and the function stays the same on every server from 11 on.
    RenderOptions options;
    options.serverVersion = std::min(RenderOptions::versionNumber(serverVersion), 130000);
    const QString body = EventFunctionBody(design, tableDesigns, options).render();
    const QString tag = dollarQuoteTag(body);
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1()\n%2RETURNS event_trigger\n%2LANGUAGE "
                          "plpgsql\nAS %3\n%4%3;")
            .arg(qualifiedFunctionName(eventTriggerFunction(design)), indentUnit(), tag, body);
}

QString renderEventTriggerDefinition(const EventTriggerDesign &design, const RenderOptions &options)
{
    return eventTriggerDefinition(design.name, ddlEventName(design.event), design.tags,
                                  eventTriggerFunction(design),
                                  RenderOptions::versionNumber(options.serverVersion) >= 110000);
}

QString renderEnableEventTrigger(const QString &name, TriggerEnabled enabled)
{
    QString action;
    switch (enabled) {
    case TriggerEnabled::Origin:
        action = QStringLiteral("ENABLE");
        break;
    case TriggerEnabled::Disabled:
        action = QStringLiteral("DISABLE");
        break;
    case TriggerEnabled::Replica:
        action = QStringLiteral("ENABLE REPLICA");
        break;
    case TriggerEnabled::Always:
        action = QStringLiteral("ENABLE ALWAYS");
        break;
    }
    return QStringLiteral("ALTER EVENT TRIGGER %1 %2;").arg(quoteIdentifier(name), action);
}

QString eventFunctionDefinitionHash(const EventTriggerDesign &design,
                                    const QList<TriggerDesign> &tableDesigns, int serverVersion)
{
    return definitionHash(renderEventFunctionDefinition(design, tableDesigns, serverVersion));
}

QString eventTriggerDefinitionHash(const EventTriggerDesign &design)
{
    return installedEventTriggerHash(design.name, ddlEventName(design.event), design.tags,
                                     eventTriggerFunction(design), design.comment);
}

QString installedEventTriggerHash(const QString &name, const QString &event,
                                  const QStringList &tags, const FunctionRef &function,
                                  const QString &comment)
{
    return definitionHash(definitionWithComment(
            eventTriggerDefinition(name, event, tags, function, true), comment));
}

QString renderEventTriggerInstall(const EventTriggerDesign &design,
                                  const QList<TriggerDesign> &tableDesigns,
                                  const RenderOptions &options)
{
    const QString function
            = renderEventFunctionDefinition(design, tableDesigns, options.serverVersion);
    const DefinitionMarker functionMarker {DefinitionMarker::currentVersion,
                                           DefinitionMarker::ObjectKind::Function,
                                           definitionHash(function)};
    const DefinitionMarker triggerMarker {DefinitionMarker::currentVersion,
                                          DefinitionMarker::ObjectKind::EventTrigger,
                                          eventTriggerDefinitionHash(design)};
    const QString qualified = qualifiedFunctionName(eventTriggerFunction(design));
    QString sql = QStringLiteral("-- Event trigger %1 on %2\n")
                          .arg(quoteIdentifier(design.name), ddlEventName(design.event));
    sql += function + u'\n';
    sql += QStringLiteral("COMMENT ON FUNCTION %1() IS %2;\n")
                   .arg(qualified,
                        quoteLiteral(commentWithMarker(
                                QStringLiteral("Function of the event trigger %1.")
                                        .arg(design.name),
                                functionMarker)));
    sql += QStringLiteral("DROP EVENT TRIGGER IF EXISTS %1;\n").arg(quoteIdentifier(design.name));
    sql += renderEventTriggerDefinition(design, options) + u'\n';
    sql += QStringLiteral("COMMENT ON EVENT TRIGGER %1 IS %2;\n")
                   .arg(quoteIdentifier(design.name),
                        quoteLiteral(commentWithMarker(design.comment, triggerMarker)));
    if (design.enabled != TriggerEnabled::Origin)
        sql += renderEnableEventTrigger(design.name, design.enabled) + u'\n';
    return sql;
}

QString renderEventTriggerUninstall(const EventTriggerDesign &design)
{
    return renderEventTriggersUninstall({design});
}

QString renderEventTriggersUninstall(const QList<EventTriggerDesign> &designs)
{
    QString triggers;
    QString functions;
    for (const EventTriggerDesign &design : designs) {
        triggers += QStringLiteral("DROP EVENT TRIGGER IF EXISTS %1;\n")
                            .arg(quoteIdentifier(design.name));
        functions += QStringLiteral("DROP FUNCTION IF EXISTS %1();\n")
                             .arg(qualifiedFunctionName(eventTriggerFunction(design)));
    }
    return triggers + functions;
}

QString renderEventTriggerScript(const EventTriggerDesign &design,
                                 const QList<TriggerDesign> &tableDesigns,
                                 const RenderOptions &options, bool uninstall)
{
    const QString part = uninstall ? renderEventTriggerUninstall(design)
                                   : renderEventTriggerInstall(design, tableDesigns, options);
    QString sql = QStringLiteral("-- Trigon %1 script: event trigger %2.\n\n")
                          .arg(uninstall ? QStringLiteral("uninstall") : QStringLiteral("install"),
                               quoteIdentifier(design.name));
    if (options.singleTransaction)
        return sql + QStringLiteral("BEGIN;\n\n") + part + QStringLiteral("\nCOMMIT;\n");
    return sql + part;
}

} // namespace trigon
