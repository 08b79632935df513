#include "core/sql/scriptrenderer.h"

#include "core/sql/conditionrenderer.h"
#include "core/sql/definitionmarker.h"
#include "core/sql/quoting.h"
#include "core/sql/sqllexer.h"

#include <QSet>

#include <algorithm>

namespace trigon {

namespace {

const QString indentUnit = QStringLiteral("    ");
constexpr int notifyPayloadLimit = 8000; // PostgreSQL refuses payloads of this many bytes or more

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

// Indents every line of SQL `text` except those that continue a multi-line token (an identifier,
// literal or comment holding a newline), whose contents must stay exactly as they are.
QString indented(const QString &text, int levels)
{
    const QString prefix = indentUnit.repeated(levels);
    const QStringView view(text);
    const qsizetype n = text.size();
    QString result;
    result.reserve(n + n / 4);
    SqlLexer lexer(view);
    SqlToken token; // the token that holds the start of the current line, or one before it
    for (qsizetype start = 0; start <= n;) {
        while (token.end <= start && !lexer.atEnd())
            token = lexer.next();
        const bool continuation = token.start < start && start < token.end
                && token.kind != SqlTokenKind::Whitespace;
        qsizetype end = view.indexOf(u'\n', start);
        if (end < 0)
            end = n;
        if (end > start && !continuation)
            result += prefix;
        result += view.sliced(start, end - start);
        if (end < n)
            result += u'\n';
        start = end + 1;
    }
    return result;
}

QString qualifiedFunctionName(const TriggerDesign &trigger)
{
    return quoteQualifiedName(trigger.table.schema, triggerFunctionName(trigger));
}

QString tgVariable(const QString &name)
{
    if (name == QLatin1String("op"))
        return QStringLiteral("TG_OP");
    if (name == QLatin1String("table_name"))
        return QStringLiteral("TG_TABLE_NAME");
    if (name == QLatin1String("table_schema"))
        return QStringLiteral("TG_TABLE_SCHEMA");
    if (name == QLatin1String("when"))
        return QStringLiteral("TG_WHEN");
    if (name == QLatin1String("level"))
        return QStringLiteral("TG_LEVEL");
    if (name == QLatin1String("name"))
        return QStringLiteral("TG_NAME");
    return QStringLiteral("NULL");
}

QString renderValue(const PayloadValue &value)
{
    switch (value.kind) {
    case PayloadValue::Kind::NewColumn:
        return renderFieldRef({RowVersion::New, value.text});
    case PayloadValue::Kind::OldColumn:
        return renderFieldRef({RowVersion::Old, value.text});
    case PayloadValue::Kind::Row:
        return value.text == QLatin1String("old") ? QStringLiteral("to_jsonb(OLD)")
                                                  : QStringLiteral("to_jsonb(NEW)");
    case PayloadValue::Kind::TgVariable:
        return tgVariable(value.text);
    case PayloadValue::Kind::Now:
        return QStringLiteral("now()");
    case PayloadValue::Kind::Setting:
        return QStringLiteral("current_setting(%1, true)").arg(quoteLiteral(value.text));
    case PayloadValue::Kind::Sql:
        return u'(' + value.text.trimmed() + u')';
    case PayloadValue::Kind::Literal:
        return jsonLiteral(value.literal);
    }
    return QStringLiteral("NULL");
}

QString raise(const QString &message, const QString &sqlState)
{
    return QStringLiteral("RAISE EXCEPTION USING\n%1MESSAGE = %2,\n%1ERRCODE = %3;")
            .arg(indentUnit, message, quoteLiteral(sqlState));
}

QString ifBlock(const QString &condition, const QString &body)
{
    return QStringLiteral("IF %1 THEN\n%2\nEND IF;").arg(condition, indented(body, 1));
}

// The events of a trigger in the order CREATE TRIGGER lists them, without duplicates.
QList<TriggerEvent> orderedEvents(const TriggerDesign &trigger)
{
    QList<TriggerEvent> events;
    for (TriggerEvent event : {TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete,
                               TriggerEvent::Truncate}) {
        if (trigger.hasEvent(event))
            events.append(event);
    }
    return events;
}

// Builds the PL/pgSQL body of one trigger function.
class FunctionBody
{
public:
    FunctionBody(const TriggerDesign &trigger, bool traceFiring)
        : m_trigger(trigger)
        , m_context(ConditionContext::forTrigger(trigger))
        , m_traceFiring(traceFiring)
    {
        m_conditionInBody = conditionEvaluatedInFunction(trigger);
        if (m_conditionInBody) {
            m_conditionReferences = trigger.condition->references();
            m_conditionSql = renderCondition(*trigger.condition, m_context);
        }
    }

    QString render() const
    {
        QStringList statements;
        // Before everything else, so a firing is recorded even when an action then raises.
        if (m_traceFiring)
            statements.append(QStringLiteral("PERFORM %1(TG_NAME, TG_TABLE_SCHEMA, TG_TABLE_NAME, "
                                             "TG_WHEN, TG_LEVEL, TG_OP);")
                                      .arg(firingTraceFunction()));
        for (const Action &action : m_trigger.actions)
            statements.append(renderAction(action));
        statements.append(returnStatement());

        QString text;
        if (m_trigger.level == TriggerLevel::Statement && !m_trigger.referencing.isEmpty()) {
            // Statement-level code reads the transition tables through the aliases OLD and NEW,
            // which PL/pgSQL also knows as (null) variables: let the table aliases win.
            text += QStringLiteral("#variable_conflict use_column\n");
        }
        text += QStringLiteral("BEGIN\n") + indented(statements.join(u'\n'), 1)
                + QStringLiteral("\nEND;\n");
        return text;
    }

private:
    bool onlyEvent(TriggerEvent event) const
    {
        return m_trigger.events.size() == 1 && m_trigger.events.first() == event;
    }

    bool isRow() const { return m_trigger.level == TriggerLevel::Row; }

    // Runs `body` only on TG_OP `op` when the trigger also fires for other events.
    QString onlyFor(TriggerEvent event, const QString &body) const
    {
        if (orderedEvents(m_trigger) == QList<TriggerEvent> {event})
            return body;
        return ifBlock(QStringLiteral("TG_OP = %1").arg(quoteLiteral(eventName(event).toUpper())),
                       body);
    }

    QString returnStatement() const
    {
        if (!isRow() || m_trigger.timing == TriggerTiming::After)
            return QStringLiteral("RETURN NULL;");
        const bool deletes = m_trigger.hasEvent(TriggerEvent::Delete);
        const bool writes = m_trigger.hasEvent(TriggerEvent::Insert)
                || m_trigger.hasEvent(TriggerEvent::Update);
        if (deletes && !writes)
            return QStringLiteral("RETURN OLD;");
        if (!deletes)
            return QStringLiteral("RETURN NEW;");
        return ifBlock(QStringLiteral("TG_OP = 'DELETE'"), QStringLiteral("RETURN OLD;"))
                + QStringLiteral("\nRETURN NEW;");
    }

    // FROM (and WHERE) over the transition-table rows, aliased OLD and NEW, that a statement
    // trigger's condition selects. OLD and NEW rows of an UPDATE are paired by the key columns.
    QString rowSource(bool old, bool now, bool withCondition) const
    {
        if (withCondition && m_conditionInBody) {
            old = old || m_conditionReferences.oldRow;
            now = now || m_conditionReferences.newRow;
        }
        QString from;
        const QString oldTable = quoteIdentifier(m_trigger.referencing.oldTable);
        const QString newTable = quoteIdentifier(m_trigger.referencing.newTable);
        if (old && now) {
            QStringList pairs;
            for (const TableColumn &column : m_trigger.tableColumns) {
                if (column.key)
                    pairs.append(
                            QStringLiteral("new.%1 = old.%1").arg(quoteIdentifier(column.name)));
            }
            from = QStringLiteral("FROM %1 AS old\nJOIN %2 AS new ON %3")
                           .arg(oldTable, newTable,
                                pairs.isEmpty() ? QStringLiteral("false")
                                                : pairs.join(QLatin1String(" AND ")));
        } else if (old) {
            from = QStringLiteral("FROM %1 AS old").arg(oldTable);
        } else if (now) {
            from = QStringLiteral("FROM %1 AS new").arg(newTable);
        }
        if (withCondition && m_conditionInBody)
            from += QStringLiteral("\nWHERE ") + m_conditionSql;
        return from;
    }

    // At statement level with a condition over rows, `body` runs only when some row matches.
    QString guarded(const QString &body) const
    {
        if (!m_conditionInBody)
            return body;
        return ifBlock(QStringLiteral("EXISTS (\n%1SELECT\n%2\n)")
                               .arg(indentUnit, indented(rowSource(false, false, true), 1)),
                       body);
    }

    QString renderAction(const Action &action) const
    {
        return std::visit([this](const auto &a) { return renderKind(a); }, action);
    }

    QString renderKind(const ProtectAction &action) const
    {
        const QString message = action.message.isEmpty()
                ? QStringLiteral("format('%s on %s is not allowed', TG_OP, TG_TABLE_NAME)")
                : quoteLiteral(action.message);
        return guarded(raise(
                message, action.sqlState.isEmpty() ? QStringLiteral("P0001") : action.sqlState));
    }

    QString renderKind(const SoftDeleteAction &action) const
    {
        if (!isRow())
            return QStringLiteral("-- soft_delete needs a row-level trigger");
        QStringList keys;
        for (const QString &key : action.key)
            keys.append(QStringLiteral("%1 = OLD.%1").arg(quoteIdentifier(key)));
        const QString update
                = QStringLiteral("UPDATE %1\n%2SET %3 = %4\n%2WHERE %5;\nRETURN NULL;")
                          .arg(quoteQualifiedName(m_trigger.table), indentUnit,
                               quoteIdentifier(action.column), jsonLiteral(action.value),
                               keys.join(QLatin1String(" AND ")));
        return onlyFor(TriggerEvent::Delete, update);
    }

    QString renderKind(const FsmAction &action) const
    {
        if (!isRow())
            return QStringLiteral("-- fsm needs a row-level trigger");
        const QString column = quoteIdentifier(action.column);
        QStringList pairs;
        for (const FsmTransition &transition : action.transitions) {
            pairs.append(QStringLiteral("(%1, %2)")
                                 .arg(quoteLiteral(transition.from), quoteLiteral(transition.to)));
        }
        const QString message = action.message.isEmpty()
                ? QStringLiteral("format('%1 cannot change from %s to %s', OLD.%2, NEW.%2)")
                          .arg(QString(action.column)
                                       .replace(u'\'', QLatin1String("''"))
                                       .replace(u'%', QLatin1String("%%")),
                               column)
                : quoteLiteral(action.message);
        const QString test
                = QStringLiteral("OLD.%1 IS DISTINCT FROM NEW.%1\n%2AND ((OLD.%1::text, "
                                 "NEW.%1::text) IN (%3)) IS NOT TRUE")
                          .arg(column, indentUnit.repeated(2), pairs.join(QLatin1String(", ")));
        return onlyFor(TriggerEvent::Update,
                       ifBlock(test, raise(message, QStringLiteral("P0001"))));
    }

    QString auditValues(const AuditAction &action, const QString &oldData,
                        const QString &newData) const
    {
        const QString appUser = action.userSetting.isEmpty()
                ? QStringLiteral("NULL")
                : QStringLiteral("current_setting(%1, true)").arg(quoteLiteral(action.userSetting));
        return QStringLiteral("TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP,\n%1,\n%2,\ncurrent_user, %3, "
                              "now(), txid_current()")
                .arg(oldData, newData, appUser);
    }

    QString renderKind(const AuditAction &action) const
    {
        const QString insert
                = QStringLiteral(
                          "INSERT INTO %1\n%2(table_schema, table_name, operation, old_data, "
                          "new_data,\n%2 db_user, app_user, changed_at, transaction_id)\n")
                          .arg(quoteQualifiedName(action.table), indentUnit);
        const bool hasOld = m_trigger.hasEvent(TriggerEvent::Update)
                || m_trigger.hasEvent(TriggerEvent::Delete);
        const bool hasNew = m_trigger.hasEvent(TriggerEvent::Update)
                || m_trigger.hasEvent(TriggerEvent::Insert);
        if (isRow()) {
            QString oldData = hasOld ? QStringLiteral("to_jsonb(OLD)") : QStringLiteral("NULL");
            QString newData = hasNew ? QStringLiteral("to_jsonb(NEW)") : QStringLiteral("NULL");
            if (action.mode == AuditAction::Mode::ChangedFields
                && m_trigger.hasEvent(TriggerEvent::Update)) {
                const QString changed
                        = QStringLiteral("(SELECT jsonb_object_agg(%1.key, %1.value)\n"
                                         " FROM jsonb_each(to_jsonb(OLD)) AS o\n"
                                         " JOIN jsonb_each(to_jsonb(NEW)) AS n ON n.key = o.key\n"
                                         " WHERE n.value IS DISTINCT FROM o.value)");
                const auto onUpdate = [this](const QString &changedSql, const QString &otherwise) {
                    if (onlyEvent(TriggerEvent::Update))
                        return changedSql;
                    return QStringLiteral("CASE WHEN TG_OP = 'UPDATE' THEN\n%1\nELSE %2 END")
                            .arg(indented(changedSql, 1), otherwise);
                };
                oldData = onUpdate(changed.arg(QLatin1String("o")), oldData);
                newData = onUpdate(changed.arg(QLatin1String("n")), newData);
            }
            return insert
                    + QStringLiteral("VALUES (\n%1\n);")
                              .arg(indented(auditValues(action, oldData, newData), 1));
        }
        const bool oldTable = !m_trigger.referencing.oldTable.isEmpty();
        const bool newTable = !m_trigger.referencing.newTable.isEmpty();
        if (m_conditionInBody) {
            // Only the rows the condition selects, aggregated into one audit row.
            const QString values = auditValues(
                    action,
                    oldTable ? QStringLiteral("jsonb_agg(to_jsonb(old))") : QStringLiteral("NULL"),
                    newTable ? QStringLiteral("jsonb_agg(to_jsonb(new))") : QStringLiteral("NULL"));
            return insert
                    + QStringLiteral("SELECT\n%1\n%2\nHAVING count(*) > 0;")
                              .arg(indented(values, 1), rowSource(oldTable, newTable, true));
        }
        if (!oldTable && !newTable) {
            return insert
                    + QStringLiteral("VALUES (\n%1\n);")
                              .arg(indented(auditValues(action, QStringLiteral("NULL"),
                                                        QStringLiteral("NULL")),
                                            1));
        }
        // Every changed row, each side aggregated on its own; a statement that changed no row
        // leaves no audit row.
        const QString oldRows = oldTable
                ? QStringLiteral("(SELECT jsonb_agg(to_jsonb(old)) FROM %1 AS old)")
                          .arg(quoteIdentifier(m_trigger.referencing.oldTable))
                : QStringLiteral("NULL::jsonb");
        const QString newRows = newTable
                ? QStringLiteral("(SELECT jsonb_agg(to_jsonb(new)) FROM %1 AS new)")
                          .arg(quoteIdentifier(m_trigger.referencing.newTable))
                : QStringLiteral("NULL::jsonb");
        return insert
                + QStringLiteral("SELECT\n%1\nFROM (SELECT %2 AS old_rows,\n%3 %4 AS new_rows) AS "
                                 "changed\nWHERE changed.old_rows IS NOT NULL OR changed.new_rows "
                                 "IS NOT NULL;")
                          .arg(indented(auditValues(action, QStringLiteral("changed.old_rows"),
                                                    QStringLiteral("changed.new_rows")),
                                        1),
                               oldRows, indentUnit.repeated(3), newRows);
    }

    QString renderKind(const NotifyAction &action) const
    {
        QStringList pairs;
        for (const NamedValue &entry : action.payload)
            pairs.append(QStringLiteral("%1, %2").arg(quoteLiteral(entry.name),
                                                      renderValue(entry.value)));
        const QString payload = pairs.isEmpty()
                ? QStringLiteral("'{}'")
                : QStringLiteral("json_build_object(\n%1\n%2)::text")
                          .arg(indented(pairs.join(QLatin1String(",\n")), 2), indentUnit);
        const QString tooLong
                = QStringLiteral("octet_length(trigon_payload) >= %1").arg(notifyPayloadLimit);
        const QString notify = QStringLiteral("PERFORM pg_notify(%1, trigon_payload);")
                                       .arg(quoteLiteral(action.channel));
        QString send;
        switch (action.onOverflow) {
        case NotifyAction::Overflow::Truncate:
            send = ifBlock(tooLong,
                           QStringLiteral(
                                   "trigon_payload := json_build_object(\n%1'truncated', "
                                   "true,\n%1'bytes', octet_length(trigon_payload),\n%1'op', "
                                   "TG_OP,\n%1'table', TG_TABLE_NAME)::text;")
                                   .arg(indentUnit))
                    + u'\n' + notify;
            break;
        case NotifyAction::Overflow::Skip:
            send = QStringLiteral("IF %1 THEN\n%2RAISE WARNING 'notification on % skipped: its "
                                  "payload of % bytes is over the limit', %3, "
                                  "octet_length(trigon_payload);\nELSE\n%2%4\nEND IF;")
                           .arg(tooLong, indentUnit, quoteLiteral(action.channel), notify);
            break;
        case NotifyAction::Overflow::Error:
            send = ifBlock(tooLong,
                           QStringLiteral(
                                   "RAISE EXCEPTION 'notification on % refused: its payload of % "
                                   "bytes is over the limit', %1, "
                                   "octet_length(trigon_payload)\n%2USING ERRCODE = '22023';")
                                   .arg(quoteLiteral(action.channel), indentUnit))
                    + u'\n' + notify;
            break;
        }
        return guarded(QStringLiteral("DECLARE\n%1trigon_payload text := %2;\nBEGIN\n%3\nEND;")
                               .arg(indentUnit, payload, indented(send, 1)));
    }

    QString renderKind(const ValidateAction &action) const
    {
        const QString message
                = quoteLiteral(action.message.isEmpty() ? QStringLiteral("check failed: ")
                                               + renderCondition(action.check, m_context)
                                                        : action.message);
        const QString sqlState
                = action.sqlState.isEmpty() ? QStringLiteral("23514") : action.sqlState;
        const QString check = renderCondition(action.check, m_context);
        const ConditionReferences references = action.check.references();
        if (isRow() || !(references.oldRow || references.newRow))
            return guarded(
                    ifBlock(QStringLiteral("NOT (%1)").arg(check), raise(message, sqlState)));
        // Statement level: fails when any (matching) transition row fails the check.
        QString source = rowSource(references.oldRow || m_conditionReferences.oldRow,
                                   references.newRow || m_conditionReferences.newRow, false);
        if (m_conditionInBody)
            source += QStringLiteral("\nWHERE (%1)\n  AND NOT (%2)").arg(m_conditionSql, check);
        else
            source += QStringLiteral("\nWHERE NOT (%1)").arg(check);
        return ifBlock(
                QStringLiteral("EXISTS (\n%1SELECT\n%2\n)").arg(indentUnit, indented(source, 1)),
                raise(message, sqlState));
    }

    QString renderKind(const SetTimestampAction &action) const
    {
        if (!isRow())
            return QStringLiteral("-- set_timestamp needs a row-level trigger");
        QStringList lines;
        for (const QString &column : action.columns)
            lines.append(QStringLiteral("NEW.%1 := now();").arg(quoteIdentifier(column)));
        const QString body = lines.join(u'\n');
        if (!m_trigger.hasEvent(TriggerEvent::Delete))
            return body;
        return ifBlock(QStringLiteral("TG_OP <> 'DELETE'"), body);
    }

    QString renderKind(const InsertAction &action) const
    {
        QStringList columns;
        QStringList values;
        bool old = false;
        bool now = false;
        for (const NamedValue &entry : action.values) {
            columns.append(quoteIdentifier(entry.name));
            values.append(renderValue(entry.value));
            old = old || entry.value.readsRow(RowVersion::Old);
            now = now || entry.value.readsRow(RowVersion::New);
        }
        const QString into
                = QStringLiteral("INSERT INTO %1 (%2)\n")
                          .arg(quoteQualifiedName(action.table), columns.join(QLatin1String(", ")));
        if (isRow() || !(old || now)) {
            return guarded(into
                           + QStringLiteral("VALUES (\n%1\n);")
                                     .arg(indented(values.join(QLatin1String(",\n")), 1)));
        }
        return into
                + QStringLiteral("SELECT\n%1\n%2;")
                          .arg(indented(values.join(QLatin1String(",\n")), 1),
                               rowSource(old, now, true));
    }

    QString renderKind(const SqlAction &action) const
    {
        QString block;
        if (!action.declarations.trimmed().isEmpty())
            block += QStringLiteral("DECLARE\n") + indented(action.declarations.trimmed(), 1)
                    + u'\n';
        block += QStringLiteral("BEGIN\n") + indented(action.body.trimmed(), 1)
                + QStringLiteral("\nEND;");
        return guarded(block);
    }

    const TriggerDesign &m_trigger;
    ConditionContext m_context;
    ConditionReferences m_conditionReferences;
    bool m_conditionInBody = false;
    QString m_conditionSql;
    bool m_traceFiring = false;
};

// A dollar-quote tag that does not occur in `body`.
QString dollarTag(const QString &body)
{
    QString tag = QStringLiteral("$function$");
    for (int n = 1; body.contains(tag); ++n)
        tag = QStringLiteral("$function%1$").arg(n);
    return tag;
}

QString functionDefinition(const TriggerDesign &trigger, bool traceFiring)
{
    const QString body = FunctionBody(trigger, traceFiring).render();
    const QString tag = dollarTag(body);
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1()\n%2RETURNS trigger\n%2LANGUAGE "
                          "plpgsql\nAS %3\n%4%3;")
            .arg(qualifiedFunctionName(trigger), indentUnit, tag, body);
}

bool conditionInWhen(const TriggerDesign &trigger)
{
    return trigger.condition && !conditionEvaluatedInFunction(trigger);
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
    sql += indentUnit + timing + u' ' + events.join(QLatin1String(" OR ")) + u'\n';
    sql += indentUnit + QStringLiteral("ON ") + quoteQualifiedName(trigger.table) + u'\n';
    if (trigger.constraint) {
        const ConstraintOptions &constraint = *trigger.constraint;
        if (constraint.from)
            sql += indentUnit + QStringLiteral("FROM ") + quoteQualifiedName(*constraint.from)
                    + u'\n';
        if (constraint.deferrable) {
            sql += indentUnit + QStringLiteral("DEFERRABLE INITIALLY ")
                    + (constraint.initiallyDeferred ? QStringLiteral("DEFERRED")
                                                    : QStringLiteral("IMMEDIATE"))
                    + u'\n';
        } else {
            // INITIALLY DEFERRED without DEFERRABLE is kept so the server says what is wrong.
            sql += indentUnit + QStringLiteral("NOT DEFERRABLE")
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
        sql += indentUnit + QStringLiteral("REFERENCING ") + parts.join(u' ') + u'\n';
    }
    sql += indentUnit
            + (trigger.level == TriggerLevel::Row ? QStringLiteral("FOR EACH ROW\n")
                                                  : QStringLiteral("FOR EACH STATEMENT\n"));
    if (conditionInWhen(trigger)) {
        sql += indentUnit + QStringLiteral("WHEN (")
                + renderCondition(*trigger.condition, ConditionContext::forTrigger(trigger),
                                  indentUnit.repeated(2))
                + QStringLiteral(")\n");
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
    return sql + parts.body + indentUnit
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

QString triggerInstall(const TriggerDesign &trigger, const RenderOptions &options)
{
    const int version = RenderOptions::versionNumber(options.serverVersion);
    const QString function = functionDefinition(trigger, options.traceFiring);
    const DefinitionMarker functionMarker {DefinitionMarker::currentVersion,
                                           DefinitionMarker::ObjectKind::Function,
                                           definitionHash(function)};
    const TriggerDefinitionParts parts = triggerDefinitionParts(trigger);
    const DefinitionMarker triggerMarker {
            DefinitionMarker::currentVersion, DefinitionMarker::ObjectKind::Trigger,
            definitionHash(triggerDefinition(trigger, parts, false, true))};
    QString sql = QStringLiteral("-- Trigger %1 on %2\n")
                          .arg(commentSafe(trigger.name), commentSafe(trigger.table.displayName()));
    sql += function + u'\n';
    sql += QStringLiteral("COMMENT ON FUNCTION %1() IS %2;\n\n")
                   .arg(qualifiedFunctionName(trigger),
                        quoteLiteral(commentWithMarker(
                                QStringLiteral("Trigger function of %1 on %2.")
                                        .arg(trigger.name, trigger.table.displayName()),
                                functionMarker)));
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

QString triggerUninstall(const TriggerDesign &trigger)
{
    return QStringLiteral("DROP TRIGGER IF EXISTS %1;\nDROP FUNCTION IF EXISTS %2();\n")
            .arg(onTable(trigger), qualifiedFunctionName(trigger));
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

QString triggerFunctionName(const TriggerDesign &trigger)
{
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
    return definitionHash(triggerDefinition(trigger, triggerDefinitionParts(trigger), false, true));
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
    QString sql;
    for (const TableRef &table : auditTablesToCreate({trigger}))
        sql += auditTableStatements(table) + u'\n';
    return sql + triggerInstall(trigger, options);
}

QString renderTriggerUninstall(const TriggerDesign &trigger, const RenderOptions &)
{
    return triggerUninstall(trigger);
}

namespace {

// The install script around each trigger's part, which `triggerPart` gives.
template<typename TriggerPart>
QString installScript(const QList<TriggerDesign> &triggers, const RenderOptions &options,
                      TriggerPart triggerPart)
{
    QString sql = scriptHeader(QStringLiteral("install"), triggers.size(), options);
    sql += QStringLiteral(
            "-- Safe to run again: it replaces the objects an earlier run created.\n\n");
    if (options.singleTransaction)
        sql += QStringLiteral("BEGIN;\n\n");
    for (const TableRef &table : auditTablesToCreate(triggers))
        sql += auditTableStatements(table) + u'\n';
    for (const TriggerDesign &trigger : triggers)
        sql += triggerPart(trigger) + u'\n';
    if (options.singleTransaction)
        sql += QStringLiteral("COMMIT;\n");
    return sql;
}

} // namespace

QString renderInstallScript(const QList<TriggerDesign> &triggers, const RenderOptions &options)
{
    return installScript(triggers, options, [&options](const TriggerDesign &trigger) {
        return triggerInstall(trigger, options);
    });
}

QString InstallScriptRenderer::render(const QList<TriggerDesign> &triggers,
                                      const RenderOptions &options)
{
    if (options != m_options)
        m_parts.clear();
    m_options = options;
    // Parts of triggers no longer in the list are not kept.
    QHash<QString, Part> kept;
    kept.reserve(triggers.size());
    QString sql = installScript(triggers, options, [&](const TriggerDesign &trigger) {
        const auto part = m_parts.constFind(trigger.id);
        if (part != m_parts.constEnd() && part->trigger == trigger)
            return kept.insert(trigger.id, *part)->sql;
        return kept.insert(trigger.id, Part {trigger, triggerInstall(trigger, options)})->sql;
    });
    m_parts = std::move(kept);
    return sql;
}

QString renderUninstallScript(const QList<TriggerDesign> &triggers, const RenderOptions &options)
{
    QString sql = scriptHeader(QStringLiteral("uninstall"), triggers.size(), options);
    if (!auditTablesToCreate(triggers).isEmpty())
        sql += QStringLiteral("-- Audit tables are kept: they hold data.\n");
    sql += u'\n';
    if (options.singleTransaction)
        sql += QStringLiteral("BEGIN;\n\n");
    for (const TriggerDesign &trigger : triggers)
        sql += triggerUninstall(trigger) + u'\n';
    if (options.singleTransaction)
        sql += QStringLiteral("COMMIT;\n");
    return sql;
}

QString renderAuditTable(const TableRef &table)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (\n"
                          "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                          "    table_schema text NOT NULL,\n"
                          "    table_name text NOT NULL,\n"
                          "    operation text NOT NULL,\n"
                          "    old_data jsonb,\n"
                          "    new_data jsonb,\n"
                          "    db_user text NOT NULL,\n"
                          "    app_user text,\n"
                          "    changed_at timestamptz NOT NULL,\n"
                          "    transaction_id bigint NOT NULL\n"
                          ");")
            .arg(quoteQualifiedName(table));
}

} // namespace trigon
