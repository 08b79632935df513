#pragma once

#include "core/model/condition.h"
#include "core/model/triggerdesign.h"
#include "core/sql/conditionrenderer.h"

#include <QList>
#include <QString>

namespace trigon {

// The events of a trigger in the order CREATE TRIGGER lists them, without duplicates.
QList<TriggerEvent> orderedEvents(const TriggerDesign &trigger);

// Builds the PL/pgSQL body of one trigger function: each action's part (renderAction() in
// core/actions/<kind>/<kind>sql.cpp), in order, then the RETURN the timing and level need. The
// action kinds read the trigger through it and use its helpers for what depends on the level,
// the events and where the condition is evaluated.
class FunctionBody
{
public:
    FunctionBody(const TriggerDesign &trigger, bool traceFiring);

    // BEGIN ... END; with every action of the trigger.
    QString render() const;

    const TriggerDesign &trigger() const { return m_trigger; }
    const ConditionContext &conditionContext() const { return m_context; }
    bool isRow() const { return m_trigger.level == TriggerLevel::Row; }
    // Whether `event` is the trigger's only event.
    bool onlyEvent(TriggerEvent event) const;
    // Runs `code` only on TG_OP `event` when the trigger also fires for other events.
    QString onlyFor(TriggerEvent event, const QString &code) const;
    // FROM (and WHERE) over the transition-table rows, aliased OLD and NEW, that a statement
    // trigger's condition selects. OLD and NEW rows of an UPDATE are paired by the key columns.
    QString rowSource(bool old, bool now, bool withCondition) const;
    // At statement level with a condition over rows, `code` runs only when some row matches.
    QString guarded(const QString &code) const;

    // A statement trigger's condition over transition-table rows is evaluated here instead of
    // in WHEN (conditionEvaluatedInFunction()); then these say what it reads and its SQL.
    bool conditionInBody() const { return m_conditionInBody; }
    const ConditionReferences &conditionReferences() const { return m_conditionReferences; }
    const QString &conditionSql() const { return m_conditionSql; }

private:
    QString returnStatement() const;

    const TriggerDesign &m_trigger;
    ConditionContext m_context;
    ConditionReferences m_conditionReferences;
    bool m_conditionInBody = false;
    QString m_conditionSql;
    // The part of a condition that reads other tables, tested first (triggerConditionSplit()).
    QString m_firstTest;
    bool m_traceFiring = false;
};

} // namespace trigon
