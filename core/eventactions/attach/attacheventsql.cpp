#include "core/eventactions/attach/attacheventaction.h"

#include "core/sql/eventfunctionbody.h"
#include "core/sql/eventtriggerscript.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

namespace {

// A selector's glob (* any run, ? one character) as a LIKE pattern with \ as its escape.
QString likePattern(const QString &glob)
{
    QString like;
    for (const QChar c : glob) {
        if (c == u'*')
            like += u'%';
        else if (c == u'?')
            like += u'_';
        else if (c == u'%' || c == u'_' || c == u'\\')
            like += u'\\' + QString(c);
        else
            like += c;
    }
    return like;
}

// The table the function attaches to, standing in the trigger's definition until format()
// puts the new table's name in its place.
const TableRef placeholderTable {QStringLiteral("trigon_attach_schema"),
                                 QStringLiteral("trigon_attach_table")};

// `sql` as a format() string whose %s is the placeholder table.
QString formatString(const QString &sql)
{
    QString text = sql;
    text.replace(u'%', QStringLiteral("%%"));
    text.replace(quoteQualifiedName(placeholderTable), QStringLiteral("%s"));
    return quoteLiteral(text);
}

} // namespace

QString renderEventAction(const AttachAction &action, const EventFunctionBody &body)
{
    const TriggerDesign *design = body.tableDesign(action.trigger);
    if (!design || !design->selector || tableTriggers(*design).isEmpty())
        return QStringLiteral("-- attach: no design over several tables named %1 with a selector")
                .arg(quoteIdentifier(action.trigger));
    const TableSelector &selector = *design->selector;
    QString match = QStringLiteral("SELECT FROM pg_class c\n"
                                   "  JOIN pg_namespace n ON n.oid = c.relnamespace\n"
                                   " WHERE c.oid = %1.objid AND c.relkind IN ('r', 'p')\n"
                                   "   AND n.nspname = %2\n"
                                   "   AND c.relname LIKE %3 ESCAPE %4")
                            .arg(ddlObjectVariable(), quoteLiteral(selector.schema),
                                 quoteLiteral(likePattern(selector.pattern)),
                                 quoteLiteral(QStringLiteral("\\")));
    if (!selector.exclude.isEmpty()) {
        QStringList excluded;
        for (const QString &name : selector.exclude)
            excluded.append(quoteLiteral(name));
        match += QStringLiteral("\n   AND c.relname NOT IN (%1)").arg(excluded.join(u", "));
    }
    if (!selector.hasColumn.isEmpty())
        match += QStringLiteral("\n   AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = "
                                "c.oid\n                AND a.attname = %1 AND a.attnum > 0 AND "
                                "NOT a.attisdropped)")
                         .arg(quoteLiteral(selector.hasColumn));

    // The design's trigger as it would be on any of its tables, for the new one.
    TriggerDesign trigger = tableTriggers(*design).constFirst();
    trigger.table = placeholderTable;
    QStringList statements = {renderTriggerDefinition(trigger, body.options())};
    // No marker: its hash covers the table's name, which only the server knows here. Status
    // names the table as picked by the selector and not listed; once trigon-cli attach lists it,
    // the trigger is outdated, and a deploy gives it its marker.
    const QString comment
            = QStringLiteral("Attached by the event trigger %1.").arg(body.design().name);
    statements.append(QStringLiteral("COMMENT ON TRIGGER %1 ON %2 IS %3;")
                              .arg(quoteIdentifier(trigger.name),
                                   quoteQualifiedName(placeholderTable),
                                   quoteLiteral(trigger.comment.isEmpty()
                                                        ? comment
                                                        : trigger.comment + u'\n' + comment)));
    if (trigger.enabled != TriggerEnabled::Origin)
        statements.append(renderEnableTrigger(placeholderTable, trigger.name, trigger.enabled));
    QString execute;
    for (const QString &statement : statements)
        execute += QStringLiteral("EXECUTE format(%1, %2.objid::regclass);\n")
                           .arg(formatString(statement), ddlObjectVariable());
    const QString condition
            = QStringLiteral("%1.object_type = 'table'\n"
                             "AND %1.command_tag IN ('CREATE TABLE', 'CREATE TABLE AS', "
                             "'SELECT INTO')\n"
                             "AND EXISTS (\n%2)\n"
                             "AND NOT EXISTS (SELECT FROM pg_trigger t\n"
                             "                 WHERE t.tgrelid = %1.objid AND t.tgname = %3)")
                      .arg(ddlObjectVariable(), indented(match, 1), quoteLiteral(trigger.name));
    return body.forEachObject(ifBlock(condition, execute.trimmed()));
}

} // namespace trigon
