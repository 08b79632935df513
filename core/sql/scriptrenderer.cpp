#include "core/sql/scriptrenderer.h"

#include "core/sql/bypass.h"
#include "core/sql/conditionrenderer.h"
#include "core/sql/definitionmarker.h"
#include "core/sql/eventtriggerscript.h"
#include "core/sql/functionbody.h"
#include "core/sql/outboxsql.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"
#include "core/sql/whenexpression.h"

#include <QSet>

#include <algorithm>

namespace trigon {

namespace {

// Text safe inside a "--" comment: a newline in a hostile name must not end the comment.
QString commentSafe(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return result;
}

QString qualifiedFunctionName(const TriggerDesign &trigger)
{
    const FunctionRef function = triggerFunction(trigger);
    return quoteQualifiedName(function.schema, function.name);
}

QString functionDefinition(const TriggerDesign &trigger, bool traceFiring)
{
    const QString language = functionLanguage(trigger);
    const QString body = language == QLatin1String("plpgsql")
            ? FunctionBody(trigger, traceFiring).render()
            : renderPythonFunctionBody(trigger, traceFiring);
    const QString tag = dollarQuoteTag(body);
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1()\n%2RETURNS trigger\n%2LANGUAGE "
                          "%5\nAS %3\n%4%3;")
            .arg(qualifiedFunctionName(trigger), indentUnit(), tag, body, language);
}

// The part of the condition WHEN holds (a part reading other tables goes to the function).
std::optional<Condition> whenCondition(const TriggerDesign &trigger)
{
    return triggerConditionSplit(trigger).inWhen;
}

// CREATE TRIGGER without its first words ("CREATE [OR REPLACE] [CONSTRAINT]") and without the
// EXECUTE keywords: the parts every target version shares, rendered once.
struct TriggerDefinitionParts
{
    QString body; // "TRIGGER name\n ... WHEN (...)\n"
    QString call; // "schema.function(arguments);"
};

TriggerDefinitionParts triggerDefinitionParts(const TriggerDesign &trigger)
{
    QString sql = QStringLiteral("TRIGGER ") + quoteIdentifier(trigger.name) + u'\n';

    QStringList events;
    for (TriggerEvent event : orderedEvents(trigger)) {
        QString text = eventName(event).toUpper();
        if (event == TriggerEvent::Update && !trigger.columns.isEmpty()) {
            QStringList columns;
            for (const QString &column : trigger.columns)
                columns.append(quoteIdentifier(column));
            text += QStringLiteral(" OF ") + columns.join(QLatin1String(", "));
        }
        events.append(text);
    }
    const QString timing = trigger.timing == TriggerTiming::InsteadOf
            ? QStringLiteral("INSTEAD OF")
            : timingName(trigger.timing).toUpper();
    sql += indentUnit() + timing + u' ' + events.join(QLatin1String(" OR ")) + u'\n';
    sql += indentUnit() + QStringLiteral("ON ") + quoteQualifiedName(trigger.table) + u'\n';
    if (trigger.constraint) {
        const ConstraintOptions &constraint = *trigger.constraint;
        if (constraint.from)
            sql += indentUnit() + QStringLiteral("FROM ") + quoteQualifiedName(*constraint.from)
                    + u'\n';
        if (constraint.deferrable) {
            sql += indentUnit() + QStringLiteral("DEFERRABLE INITIALLY ")
                    + (constraint.initiallyDeferred ? QStringLiteral("DEFERRED")
                                                    : QStringLiteral("IMMEDIATE"))
                    + u'\n';
        } else {
            // INITIALLY DEFERRED without DEFERRABLE is kept so the server says what is wrong.
            sql += indentUnit() + QStringLiteral("NOT DEFERRABLE")
                    + (constraint.initiallyDeferred ? QStringLiteral(" INITIALLY DEFERRED\n")
                                                    : QStringLiteral("\n"));
        }
    }
    if (!trigger.referencing.isEmpty()) {
        QStringList parts;
        if (!trigger.referencing.oldTable.isEmpty())
            parts.append(QStringLiteral("OLD TABLE AS ")
                         + quoteIdentifier(trigger.referencing.oldTable));
        if (!trigger.referencing.newTable.isEmpty())
            parts.append(QStringLiteral("NEW TABLE AS ")
                         + quoteIdentifier(trigger.referencing.newTable));
        sql += indentUnit() + QStringLiteral("REFERENCING ") + parts.join(u' ') + u'\n';
    }
    sql += indentUnit()
            + (trigger.level == TriggerLevel::Row ? QStringLiteral("FOR EACH ROW\n")
                                                  : QStringLiteral("FOR EACH STATEMENT\n"));
    // A bypass is tested in WHEN, where the executor reads the setting without calling the
    // function: cheaper per row than a test in PL/pgSQL (INSTEAD OF has no WHEN: its function
    // tests it).
    const std::optional<Condition> when = whenCondition(trigger);
    const bool bypassInWhen
            = trigger.bypass != BypassMode::Off && trigger.timing != TriggerTiming::InsteadOf;
    if (when || bypassInWhen) {
        QString test = bypassInWhen ? bypassWhenTest(trigger.name) : QString();
        if (when) {
            const QString condition = renderCondition(*when, ConditionContext::forTrigger(trigger),
                                                      indentUnit().repeated(2));
            test = bypassInWhen ? test + QStringLiteral(" AND (") + condition + u')' : condition;
        }
        sql += indentUnit() + QStringLiteral("WHEN (") + test + QStringLiteral(")\n");
    }
    QStringList arguments;
    for (const QString &argument : trigger.arguments)
        arguments.append(quoteLiteral(argument));
    return {sql,
            qualifiedFunctionName(trigger) + u'(' + arguments.join(QLatin1String(", "))
                    + QStringLiteral(");")};
}

QString triggerDefinition(const TriggerDesign &trigger, const TriggerDefinitionParts &parts,
                          bool orReplace, bool executeFunction)
{
    QString sql = QStringLiteral("CREATE ");
    if (orReplace)
        sql += QStringLiteral("OR REPLACE ");
    if (trigger.constraint)
        sql += QStringLiteral("CONSTRAINT ");
    return sql + parts.body + indentUnit()
            + (executeFunction ? QStringLiteral("EXECUTE FUNCTION ")
                               : QStringLiteral("EXECUTE PROCEDURE "))
            + parts.call;
}

bool usesCreateOrReplace(const TriggerDesign &trigger, int version)
{
    return version >= 140000 && !trigger.constraint;
}

QString onTable(const TriggerDesign &trigger)
{
    return quoteIdentifier(trigger.name) + QStringLiteral(" ON ")
            + quoteQualifiedName(trigger.table);
}

QString enableStatement(const TriggerDesign &trigger)
{
    // A new trigger is enabled already: only the other states need a statement.
    return trigger.enabled == TriggerEnabled::Origin
            ? QString()
            : renderEnableTrigger(trigger.table, trigger.name, trigger.enabled);
}

QList<TableRef> auditTablesToCreate(const QList<TriggerDesign> &triggers)
{
    QList<TableRef> tables;
    for (const TriggerDesign &trigger : triggers) {
        for (const Action &action : trigger.actions) {
            const auto *audit = std::get_if<AuditAction>(&action);
            if (audit && audit->createTable && !tables.contains(audit->table))
                tables.append(audit->table);
        }
    }
    return tables;
}

QString auditTableStatements(const TableRef &table)
{
    const QString definition = renderAuditTable(table);
    const DefinitionMarker marker {DefinitionMarker::currentVersion,
                                   DefinitionMarker::ObjectKind::Table, definitionHash(definition)};
    return definition
            + QStringLiteral("\nCOMMENT ON TABLE %1 IS %2;\n")
                      .arg(quoteQualifiedName(table),
                           quoteLiteral(commentWithMarker(
                                   QStringLiteral("Audit rows written by Trigon triggers."),
                                   marker)));
}

// The function's CREATE OR REPLACE and COMMENT; a design over several tables has one.
QString functionInstall(const TriggerDesign &trigger, const RenderOptions &options)
{
    const QString function = functionDefinition(trigger, options.traceFiring);
    const DefinitionMarker functionMarker {DefinitionMarker::currentVersion,
                                           DefinitionMarker::ObjectKind::Function,
                                           definitionHash(function)};
    const QString owner = trigger.coversSeveralTables()
            ? QStringLiteral("Trigger function shared by %1 on each of its tables.")
                      .arg(trigger.name)
            : QStringLiteral("Trigger function of %1 on %2.")
                      .arg(trigger.name, trigger.table.displayName());
    return function + u'\n'
            + QStringLiteral("COMMENT ON FUNCTION %1() IS %2;\n")
                      .arg(qualifiedFunctionName(trigger),
                           quoteLiteral(commentWithMarker(owner, functionMarker)));
}

// The trigger's statements on its one table: (DROP and) CREATE, COMMENT, ENABLE.
QString tableTriggerInstall(const TriggerDesign &trigger, const RenderOptions &options)
{
    const int version = RenderOptions::versionNumber(options.serverVersion);
    const TriggerDefinitionParts parts = triggerDefinitionParts(trigger);
    const DefinitionMarker triggerMarker {DefinitionMarker::currentVersion,
                                          DefinitionMarker::ObjectKind::Trigger,
                                          triggerDefinitionHash(trigger)};
    QString sql;
    const bool replace = usesCreateOrReplace(trigger, version);
    if (!replace)
        sql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(onTable(trigger));
    sql += triggerDefinition(trigger, parts, replace, version >= 110000) + u'\n';
    sql += QStringLiteral("COMMENT ON TRIGGER %1 IS %2;\n")
                   .arg(onTable(trigger),
                        quoteLiteral(commentWithMarker(trigger.comment, triggerMarker)));
    const QString enable = enableStatement(trigger);
    if (!enable.isEmpty())
        sql += enable + u'\n';
    return sql;
}

// A design's function once, then its trigger on each of its tables.
QString triggerInstall(const TriggerDesign &design, const RenderOptions &options)
{
    const QList<TriggerDesign> triggers = tableTriggers(design);
    const bool shared = design.isOverSeveralTables();
    QString sql = shared
            ? QStringLiteral("-- Trigger %1 on %2 tables, sharing one function\n")
                      .arg(commentSafe(design.name))
                      .arg(design.tables.size())
            : QStringLiteral("-- Trigger %1 on %2\n")
                      .arg(commentSafe(design.name), commentSafe(design.table.displayName()));
    if (design.existingFunction)
        sql += QStringLiteral("-- It executes the existing function %1(), which Trigon does not "
                              "create or drop.\n")
                       .arg(commentSafe(design.existingFunction->displayName()));
    else
        sql += functionInstall(triggers.first(), options);
    for (const TriggerDesign &trigger : triggers)
        sql += u'\n' + tableTriggerInstall(trigger, options);
    if (const QString option = renderBypassOption(design); !option.isEmpty())
        sql += u'\n' + option;
    return sql;
}

QString triggerUninstall(const TriggerDesign &design)
{
    QString sql = renderBypassOptionRemoval(design);
    const QList<TriggerDesign> triggers = tableTriggers(design);
    for (const TriggerDesign &trigger : triggers)
        sql += QStringLiteral("DROP TRIGGER IF EXISTS %1;\n").arg(onTable(trigger));
    if (design.existingFunction)
        return sql;
    const QString function = qualifiedFunctionName(triggers.first());
    // An attach action may have given the trigger to tables created after the design listed
    // its tables: they would keep the function in use.
    if (design.selector) {
        const QString body
                = QStringLiteral("DECLARE\n%1t record;\nBEGIN\n%1FOR t IN SELECT "
                                 "tgrelid::regclass AS rel FROM pg_trigger\n%1%1%1WHERE tgfoid = "
                                 "to_regprocedure(%2) AND tgname = %3\n%1LOOP\n%1%1EXECUTE "
                                 "format('DROP TRIGGER %I ON %s', %3, t.rel);\n%1END LOOP;\nEND\n")
                          .arg(indentUnit(), quoteLiteral(function + QStringLiteral("()")),
                               quoteLiteral(design.name));
        const QString tag = dollarQuoteTag(body);
        sql += QStringLiteral("DO %1\n%2%1;\n").arg(tag, body);
    }
    return sql + QStringLiteral("DROP FUNCTION IF EXISTS %1();\n").arg(function);
}

// Whether a trigger writes to the outbox, whose table the install script then creates.
bool anyOutbox(const QList<TriggerDesign> &triggers)
{
    return std::any_of(triggers.cbegin(), triggers.cend(), [](const TriggerDesign &trigger) {
        return std::any_of(
                trigger.actions.cbegin(), trigger.actions.cend(),
                [](const Action &action) { return std::holds_alternative<OutboxAction>(action); });
    });
}

// The triggers a script makes or drops: one per table of each design.
qsizetype triggerCount(const QList<TriggerDesign> &designs)
{
    qsizetype count = 0;
    for (const TriggerDesign &design : designs)
        count += design.isOverSeveralTables() ? design.tables.size() : 1;
    return count;
}

QString scriptHeader(const QString &what, qsizetype count, const RenderOptions &options)
{
    const int version = RenderOptions::versionNumber(options.serverVersion);
    return QStringLiteral("-- Trigon %1 script: %2 trigger%3, for PostgreSQL %4 or later.\n")
            .arg(what)
            .arg(count)
            .arg(count == 1 ? QString() : QStringLiteral("s"))
            .arg(version >= 100000
                         ? QString::number(version / 10000)
                         : QStringLiteral("%1.%2").arg(version / 10000).arg(version / 100 % 100));
}

} // namespace

bool conditionEvaluatedInFunction(const TriggerDesign &trigger)
{
    if (!trigger.condition || trigger.level != TriggerLevel::Statement)
        return false;
    const ConditionReferences references = trigger.condition->references();
    if (!references.oldRow && !references.newRow)
        return false;
    return (!references.oldRow || !trigger.referencing.oldTable.isEmpty())
            && (!references.newRow || !trigger.referencing.newTable.isEmpty());
}

int RenderOptions::versionNumber(int majorOrNumber)
{
    return majorOrNumber < 100 ? majorOrNumber * 10000 : majorOrNumber;
}

namespace {

// `name` cut to fit `maxBytes` with "_" and a hash of `hashSource` appended.
QString withHashSuffix(const QString &name, int maxBytes, const QString &hashSource)
{
    const QString suffix = u'_' + definitionHash(hashSource).left(8);
    const int budget = maxBytes - static_cast<int>(suffix.size());
    QString prefix;
    int bytes = 0;
    for (qsizetype i = 0; i < name.size();) {
        const qsizetype length = name.at(i).isHighSurrogate() && i + 1 < name.size() ? 2 : 1;
        const int size = static_cast<int>(name.mid(i, length).toUtf8().size());
        if (bytes + size > budget)
            break;
        prefix += name.mid(i, length);
        bytes += size;
        i += length;
    }
    return prefix + suffix;
}

} // namespace

QString truncatedIdentifier(const QString &name, int maxBytes)
{
    if (name.toUtf8().size() <= maxBytes)
        return name;
    return withHashSuffix(name, maxBytes, name);
}

FunctionRef triggerFunction(const TriggerDesign &trigger)
{
    if (trigger.existingFunction)
        return *trigger.existingFunction;
    if (trigger.coversSeveralTables())
        return {trigger.tables.first().table.schema, truncatedIdentifier(trigger.name)};
    return {trigger.table.schema, triggerFunctionName(trigger)};
}

QString triggerFunctionName(const TriggerDesign &trigger)
{
    if (trigger.existingFunction || trigger.coversSeveralTables())
        return triggerFunction(trigger).name;
    const QString name = trigger.table.name + QStringLiteral("__") + trigger.name;
    // "a__b" + "c" and "a" + "b__c" would meet: when a part holds "__", or the name is too long,
    // a hash of both parts (kept apart) tells them apart.
    const bool ambiguous = trigger.table.name.contains(QLatin1String("__"))
            || trigger.name.contains(QLatin1String("__"));
    const int bytes = static_cast<int>(name.toUtf8().size());
    if (!ambiguous && bytes <= 63)
        return name;
    return withHashSuffix(name, std::min(63, bytes + 9),
                          trigger.table.name + QChar(0) + trigger.name);
}

QString renderFunctionDefinition(const TriggerDesign &trigger)
{
    return functionDefinition(trigger, false);
}

QString firingTraceFunction()
{
    return quoteQualifiedName(QStringLiteral("trigon_test_capture"),
                              QStringLiteral("trigon_fired"));
}

QString renderTriggerDefinition(const TriggerDesign &trigger, const RenderOptions &options)
{
    const int version = RenderOptions::versionNumber(options.serverVersion);
    return triggerDefinition(trigger, triggerDefinitionParts(trigger),
                             usesCreateOrReplace(trigger, version), version >= 110000);
}

QString functionDefinitionHash(const TriggerDesign &trigger)
{
    return definitionHash(renderFunctionDefinition(trigger));
}

QString triggerDefinitionHash(const TriggerDesign &trigger)
{
    // COMMENT ON TRIGGER is no part of the definition, but a comment changed in the design must
    // be deployed too. Without a comment the hash stays what it was before comments counted.
    QString source = triggerDefinition(trigger, triggerDefinitionParts(trigger), false, true);
    if (!trigger.comment.isEmpty())
        source += QStringLiteral("\nCOMMENT ") + quoteLiteral(trigger.comment);
    // How a bypass is reported lives in trigon.bypass_options, not in the definition; it counts
    // here so that changing it makes the trigger outdated and a deploy writes the row again.
    // The audit table, the first mode there was, adds nothing: its triggers keep their hashes.
    if (trigger.bypass == BypassMode::Notice)
        source += QStringLiteral("\nBYPASS AUDIT ") + bypassAuditName(trigger.bypass);
    return definitionHash(source);
}

QString renderEnableTrigger(const TableRef &table, const QString &name, TriggerEnabled enabled)
{
    QString action;
    switch (enabled) {
    case TriggerEnabled::Origin:
        action = QStringLiteral("ENABLE TRIGGER ");
        break;
    case TriggerEnabled::Disabled:
        action = QStringLiteral("DISABLE TRIGGER ");
        break;
    case TriggerEnabled::Replica:
        action = QStringLiteral("ENABLE REPLICA TRIGGER ");
        break;
    case TriggerEnabled::Always:
        action = QStringLiteral("ENABLE ALWAYS TRIGGER ");
        break;
    }
    return QStringLiteral("ALTER TABLE %1 %2%3;")
            .arg(quoteQualifiedName(table), action, quoteIdentifier(name));
}

QString renderTriggerInstall(const TriggerDesign &trigger, const RenderOptions &options)
{
    QString sql = trigger.bypass != BypassMode::Off ? renderBypassSupport() + u'\n' : QString();
    for (const TableRef &table : auditTablesToCreate({trigger}))
        sql += auditTableStatements(table) + u'\n';
    if (anyOutbox({trigger}))
        sql += renderOutboxTable() + u'\n';
    return sql + triggerInstall(trigger, options);
}

QString renderTableTriggerInstall(const TriggerDesign &trigger, const RenderOptions &options)
{
    return tableTriggerInstall(trigger, options);
}

QString renderTriggerUninstall(const TriggerDesign &trigger, const RenderOptions &)
{
    return triggerUninstall(trigger);
}

namespace {

// The install script around each trigger's part, which `triggerPart` gives, and the event
// triggers' parts.
template<typename TriggerPart>
QString installScript(const QList<TriggerDesign> &triggers, const RenderOptions &options,
                      TriggerPart triggerPart, const QString &eventTriggersPart = {})
{
    QString sql = scriptHeader(QStringLiteral("install"), triggerCount(triggers), options);
    sql += QStringLiteral(
            "-- Safe to run again: it replaces the objects an earlier run created.\n\n");
    if (options.singleTransaction)
        sql += QStringLiteral("BEGIN;\n\n");
    for (const TableRef &table : auditTablesToCreate(triggers))
        sql += auditTableStatements(table) + u'\n';
    if (anyBypass(triggers))
        sql += renderBypassSupport() + u'\n';
    if (anyOutbox(triggers))
        sql += renderOutboxTable() + u'\n';
    for (const TriggerDesign &trigger : triggers)
        sql += triggerPart(trigger) + u'\n';
    sql += eventTriggersPart;
    if (options.singleTransaction)
        sql += QStringLiteral("COMMIT;\n");
    return sql;
}

QString eventTriggersInstall(const DesignDocument &design, const RenderOptions &options)
{
    QString sql;
    for (const EventTriggerDesign &eventTrigger : design.eventTriggers)
        sql += renderEventTriggerInstall(eventTrigger, design.triggers, options) + u'\n';
    return sql;
}

} // namespace

QString renderInstallScript(const DesignDocument &design, const RenderOptions &options)
{
    return installScript(
            design.triggers, options,
            [&options](const TriggerDesign &trigger) { return triggerInstall(trigger, options); },
            eventTriggersInstall(design, options));
}

QString InstallScriptRenderer::render(const DesignDocument &design, const RenderOptions &options)
{
    return render(design.triggers, options, eventTriggersInstall(design, options));
}

QString renderInstallScript(const QList<TriggerDesign> &triggers, const RenderOptions &options)
{
    return installScript(triggers, options, [&options](const TriggerDesign &trigger) {
        return triggerInstall(trigger, options);
    });
}

QString InstallScriptRenderer::render(const QList<TriggerDesign> &triggers,
                                      const RenderOptions &options,
                                      const QString &eventTriggersPart)
{
    if (options != m_options)
        m_parts.clear();
    m_options = options;
    // Parts of triggers no longer in the list are not kept.
    QHash<QString, Part> kept;
    kept.reserve(triggers.size());
    QString sql = installScript(
            triggers, options,
            [&](const TriggerDesign &trigger) {
                const auto part = m_parts.constFind(trigger.id);
                if (part != m_parts.constEnd() && part->trigger == trigger)
                    return kept.insert(trigger.id, *part)->sql;
                return kept.insert(trigger.id, Part {trigger, triggerInstall(trigger, options)})
                        ->sql;
            },
            eventTriggersPart);
    m_parts = std::move(kept);
    return sql;
}

QString renderUninstallScript(const DesignDocument &design, const RenderOptions &options)
{
    return renderUninstallScript(design.triggers, options,
                                 renderEventTriggersUninstall(design.eventTriggers));
}

QString renderUninstallScript(const QList<TriggerDesign> &triggers, const RenderOptions &options,
                              const QString &eventTriggersPart)
{
    QString sql = scriptHeader(QStringLiteral("uninstall"), triggerCount(triggers), options);
    if (!auditTablesToCreate(triggers).isEmpty())
        sql += QStringLiteral("-- Audit tables are kept: they hold data.\n");
    if (anyOutbox(triggers))
        sql += QStringLiteral("-- trigon.outbox is kept: it holds events not yet delivered.\n");
    if (anyBypass(triggers))
        sql += QStringLiteral("-- trigon.bypass(), trigon.bypass_log and trigon.bypass_options "
                              "are kept: other designs may use them, and the log holds data.\n"
                              "-- These triggers' rows in trigon.bypass_options go.\n");
    sql += u'\n';
    if (options.singleTransaction)
        sql += QStringLiteral("BEGIN;\n\n");
    // Event triggers first: an attach action's function names the table triggers' functions.
    if (!eventTriggersPart.isEmpty())
        sql += eventTriggersPart + u'\n';
    for (const TriggerDesign &trigger : triggers)
        sql += triggerUninstall(trigger) + u'\n';
    if (options.singleTransaction)
        sql += QStringLiteral("COMMIT;\n");
    return sql;
}

} // namespace trigon
