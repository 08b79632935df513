#include "core/sql/functionbody.h"

#include "core/sql/bypass.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"
#include "core/sql/whenexpression.h"

namespace trigon {

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

FunctionBody::FunctionBody(const TriggerDesign &trigger, bool traceFiring)
    : m_trigger(trigger)
    , m_context(ConditionContext::forTrigger(trigger))
    , m_traceFiring(traceFiring)
{
    m_conditionInBody = conditionEvaluatedInFunction(trigger);
    if (m_conditionInBody) {
        m_conditionReferences = trigger.condition->references();
        m_conditionSql = renderCondition(*trigger.condition, m_context);
    }
    if (const std::optional<Condition> first = triggerConditionSplit(trigger).inFunction)
        m_firstTest = renderCondition(*first, m_context);
}

QString FunctionBody::render() const
{
    QStringList statements;
    // A transaction that asked to skip this trigger (trigon.bypass()) passes it untouched; WHEN
    // tests that, but an INSTEAD OF trigger has no WHEN.
    if (m_trigger.bypass != BypassMode::Off && m_trigger.timing == TriggerTiming::InsteadOf)
        statements.append(ifBlock(QStringLiteral("current_setting(%1, true) = 'on'")
                                          .arg(quoteLiteral(bypassSettingName(m_trigger.name))),
                                  returnStatement()));
    // The part of the condition WHEN cannot hold: a row it does not pass leaves the function as
    // if the trigger had not fired (and is not recorded as a firing).
    if (!m_firstTest.isEmpty())
        statements.append(ifBlock(QStringLiteral("NOT coalesce((%1), false)").arg(m_firstTest),
                                  returnStatement()));
    // Before the actions, so a firing is recorded even when an action then raises.
    if (m_traceFiring)
        statements.append(QStringLiteral("PERFORM %1(TG_NAME, TG_TABLE_SCHEMA, TG_TABLE_NAME, "
                                         "TG_WHEN, TG_LEVEL, TG_OP);")
                                  .arg(firingTraceFunction()));
    for (const Action &action : m_trigger.actions)
        statements.append(
                std::visit([this](const auto &kind) { return renderAction(kind, *this); }, action));
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

bool FunctionBody::onlyEvent(TriggerEvent event) const
{
    return m_trigger.events.size() == 1 && m_trigger.events.first() == event;
}

QString FunctionBody::onlyFor(TriggerEvent event, const QString &code) const
{
    if (orderedEvents(m_trigger) == QList<TriggerEvent> {event})
        return code;
    return ifBlock(QStringLiteral("TG_OP = %1").arg(quoteLiteral(eventName(event).toUpper())),
                   code);
}

QString FunctionBody::returnStatement() const
{
    if (!isRow() || m_trigger.timing == TriggerTiming::After)
        return QStringLiteral("RETURN NULL;");
    const bool deletes = m_trigger.hasEvent(TriggerEvent::Delete);
    const bool writes
            = m_trigger.hasEvent(TriggerEvent::Insert) || m_trigger.hasEvent(TriggerEvent::Update);
    if (deletes && !writes)
        return QStringLiteral("RETURN OLD;");
    if (!deletes)
        return QStringLiteral("RETURN NEW;");
    return ifBlock(QStringLiteral("TG_OP = 'DELETE'"), QStringLiteral("RETURN OLD;"))
            + QStringLiteral("\nRETURN NEW;");
}

QString FunctionBody::rowSource(bool old, bool now, bool withCondition) const
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
                pairs.append(QStringLiteral("new.%1 = old.%1").arg(quoteIdentifier(column.name)));
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

QString FunctionBody::guarded(const QString &code) const
{
    if (!m_conditionInBody)
        return code;
    return ifBlock(QStringLiteral("EXISTS (\n%1SELECT\n%2\n)")
                           .arg(indentUnit(), indented(rowSource(false, false, true), 1)),
                   code);
}

} // namespace trigon
