#include "core/analysis/designvalidator.h"

#include "core/analysis/targetchecks.h"
#include "core/analysis/triggerchecks.h"

#include "core/sql/scriptrenderer.h"
#include "core/sql/whenexpression.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace trigon {

namespace {

QString eventList(const QList<TriggerEvent> &events)
{
    QStringList names;
    for (TriggerEvent event : events)
        names.append(eventName(event).toUpper());
    return names.join(QLatin1String(", "));
}

class TriggerValidator : public TriggerChecks
{
public:
    TriggerValidator(const TriggerDesign &trigger, qsizetype index,
                     const ValidationOptions &options)
        : TriggerChecks(trigger, index, RenderOptions::versionNumber(options.serverVersion))
    { }

    QList<Diagnostic> run()
    {
        checkNames();
        checkShape();
        checkReferencing();
        checkConstraint();
        checkCondition();
        if (trigger().existingFunction)
            checkExistingFunction();
        else
            checkActions();
        checkBypass();
        return diagnostics();
    }

private:
    // UPDATE OF columns are rendered only with the update event (and ignored otherwise).
    bool hasColumnList() const { return !trigger().columns.isEmpty() && has(TriggerEvent::Update); }

    void checkNames()
    {
        checkIdentifier(QStringLiteral("name"), tr("trigger name"), trigger().name);
        checkIdentifier(QStringLiteral("table.name"), tr("table name"), trigger().table.name);
        checkIdentifier(QStringLiteral("table.schema"), tr("schema name"), trigger().table.schema,
                        false);
        QSet<QString> seen;
        for (qsizetype i = 0; i < trigger().tableColumns.size(); ++i) {
            const QString name = trigger().tableColumns.at(i).name;
            const QString field = QStringLiteral("table_columns[%1].name").arg(i);
            checkIdentifier(field, tr("column name"), name);
            if (seen.contains(name))
                warning(field, tr("column \"%1\" is listed twice").arg(name));
            seen.insert(name);
        }
        if (trigger().selector) {
            checkIdentifier(QStringLiteral("selector.schema"), tr("schema name"),
                            trigger().selector->schema);
            if (trigger().selector->pattern.isEmpty())
                error(QStringLiteral("selector.pattern"),
                      tr("the pattern is empty, so the selector picks no table; \"*\" picks "
                         "every table"));
        }
        for (qsizetype i = 0; i < trigger().arguments.size(); ++i) {
            if (trigger().arguments.at(i).contains(QChar(0))) {
                error(QStringLiteral("arguments[%1]").arg(i),
                      tr("the argument contains a NUL character, which PostgreSQL "
                         "cannot store"));
            }
        }
    }

    void checkShape()
    {
        const QString events = QStringLiteral("events");
        if (trigger().events.isEmpty())
            error(events,
                  tr("a trigger needs at least one event (insert, update, delete or "
                     "truncate)"));
        for (qsizetype i = 0; i < trigger().events.size(); ++i) {
            if (trigger().events.indexOf(trigger().events.at(i)) != i) {
                warning(QStringLiteral("events[%1]").arg(i),
                        tr("%1 is listed twice").arg(eventName(trigger().events.at(i)).toUpper()));
            }
        }
        if (has(TriggerEvent::Truncate) && isRow()) {
            error(QStringLiteral("level"),
                  tr("TRUNCATE triggers fire once per statement: set the level to statement"));
        }
        if (trigger().timing == TriggerTiming::InsteadOf) {
            if (!isRow())
                error(QStringLiteral("level"), tr("INSTEAD OF triggers must be FOR EACH ROW"));
            if (hasColumnList())
                error(QStringLiteral("columns"),
                      tr("INSTEAD OF triggers cannot have an UPDATE OF column list"));
            if (trigger().condition)
                error(QStringLiteral("condition"),
                      tr("INSTEAD OF triggers cannot have a WHEN condition"));
            if (trigger().enabled != TriggerEnabled::Origin) {
                error(QStringLiteral("enabled"),
                      tr("INSTEAD OF triggers live on views, and a view's triggers cannot be "
                         "disabled or set to replica/always"));
            }
        }
        if (!trigger().columns.isEmpty() && !has(TriggerEvent::Update)) {
            warning(QStringLiteral("columns"),
                    tr("UPDATE OF columns are ignored: the trigger has no update event"));
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < trigger().columns.size(); ++i) {
            const QString column = trigger().columns.at(i);
            const QString field = QStringLiteral("columns[%1]").arg(i);
            checkColumnKnown(field, column, tr("UPDATE OF column"));
            if (seen.contains(column))
                error(field, tr("column \"%1\" is listed twice").arg(column));
            seen.insert(column);
        }
    }

    void checkReferencing()
    {
        const TransitionTables &tables = trigger().referencing;
        if (tables.isEmpty())
            return;
        const QString field = QStringLiteral("referencing");
        if (serverVersion() < 100000)
            error(field, tr("transition tables need PostgreSQL 10 or later"));
        if (trigger().timing != TriggerTiming::After)
            error(field, tr("transition tables (REFERENCING) are only possible on AFTER triggers"));
        if (trigger().constraint)
            error(field, tr("constraint triggers cannot have transition tables"));
        if (hasColumnList())
            error(field, tr("transition tables cannot be combined with an UPDATE OF column list"));
        QList<TriggerEvent> distinct;
        for (TriggerEvent event : trigger().events) {
            if (!distinct.contains(event))
                distinct.append(event);
        }
        if (distinct.size() > 1) {
            error(field,
                  tr("transition tables need a trigger with a single event, not %1")
                          .arg(eventList(distinct)));
        }
        if (!tables.oldTable.isEmpty()) {
            checkIdentifier(QStringLiteral("referencing.old"), tr("OLD TABLE name"),
                            tables.oldTable);
            if (!has(TriggerEvent::Update) && !has(TriggerEvent::Delete))
                error(QStringLiteral("referencing.old"),
                      tr("OLD TABLE is only possible for UPDATE or DELETE triggers"));
        }
        if (!tables.newTable.isEmpty()) {
            checkIdentifier(QStringLiteral("referencing.new"), tr("NEW TABLE name"),
                            tables.newTable);
            if (!has(TriggerEvent::Update) && !has(TriggerEvent::Insert))
                error(QStringLiteral("referencing.new"),
                      tr("NEW TABLE is only possible for INSERT or UPDATE triggers"));
        }
        if (!tables.oldTable.isEmpty() && tables.oldTable == tables.newTable)
            error(field, tr("the OLD TABLE and NEW TABLE names must differ"));
    }

    void checkConstraint()
    {
        if (!trigger().constraint)
            return;
        const QString field = QStringLiteral("constraint");
        if (trigger().timing != TriggerTiming::After)
            error(QStringLiteral("timing"), tr("constraint triggers must be AFTER triggers"));
        if (!isRow())
            error(QStringLiteral("level"), tr("constraint triggers must be FOR EACH ROW"));
        if (trigger().constraint->initiallyDeferred && !trigger().constraint->deferrable)
            error(QStringLiteral("constraint.initially"),
                  tr("INITIALLY DEFERRED needs DEFERRABLE"));
        if (trigger().constraint->from) {
            checkIdentifier(QStringLiteral("constraint.from.name"), tr("referenced table name"),
                            trigger().constraint->from->name);
        }
    }

    void checkCondition()
    {
        if (!trigger().condition)
            return;
        const QString field = QStringLiteral("condition");
        checkConditionTree(*trigger().condition, field);
        checkConditionPlaces(field);
        const ConditionReferences references = trigger().condition->references();
        if (isRow()) {
            checkRowReads(field, references, true);
            return;
        }
        // Statement level: WHEN cannot see rows; the function can, through transition tables.
        if (references.oldRow && trigger().referencing.oldTable.isEmpty()) {
            error(field,
                  tr("a statement-level condition that reads OLD needs REFERENCING "
                     "OLD TABLE (WHEN cannot see rows in statement triggers)"));
        }
        if (references.newRow && trigger().referencing.newTable.isEmpty()) {
            error(field,
                  tr("a statement-level condition that reads NEW needs REFERENCING "
                     "NEW TABLE (WHEN cannot see rows in statement triggers)"));
        }
        if (conditionEvaluatedInFunction(trigger()) && references.oldRow && references.newRow)
            requireKeys(field);
    }

    void checkBypass()
    {
        if (trigger().bypass == BypassMode::Off)
            return;
        const QString field = QStringLiteral("bypass");
        if (trigger().existingFunction)
            error(field,
                  tr("a bypass is checked by the function Trigon generates; the trigger "
                     "executes the existing function %1(), which does not")
                          .arg(trigger().existingFunction->displayName()));
        else if (functionLanguage(trigger()) != QLatin1String("plpgsql"))
            error(field,
                  tr("a bypass is checked by the PL/pgSQL Trigon generates, not by a "
                     "PL/Python function"));
    }

    void checkExistingFunction()
    {
        const FunctionRef &function = *trigger().existingFunction;
        checkIdentifier(QStringLiteral("function.name"), tr("function name"), function.name);
        checkIdentifier(QStringLiteral("function.schema"), tr("schema name"), function.schema,
                        false);
        if (!trigger().actions.isEmpty()) {
            error(QStringLiteral("actions"),
                  tr("the trigger executes the existing function %1(), so it has no actions of "
                     "its own: remove the actions, or remove \"function\" to have Trigon "
                     "generate the function from them")
                          .arg(function.displayName()));
        }
        if (conditionEvaluatedInFunction(trigger())) {
            error(QStringLiteral("condition"),
                  tr("this statement-level condition reads rows, which only a function Trigon "
                     "generates can do; the existing function %1() cannot evaluate it")
                          .arg(function.displayName()));
        }
    }

    // What WHEN cannot hold: a part that reads other tables moves to the function, where it
    // can be (and costs more); anything else WHEN refuses stays an error, as on the server.
    void checkConditionPlaces(const QString &field)
    {
        const ConditionSplit split = triggerConditionSplit(trigger());
        if (split.inWhen) {
            forEachRawSql(*split.inWhen, [&](const QString &sql) {
                const WhenExpressionReads reads
                        = scanWhenExpression(sql, trigger().tableReadingFunctions);
                if (reads.subquery)
                    error(field, subqueryStaysInWhen());
                if (!reads.tableReadingCall.isEmpty())
                    error(field, tableReadingCallStaysInWhen(reads.tableReadingCall));
                if (!reads.aggregate.isEmpty())
                    error(field,
                          tr("WHEN cannot call the aggregate function %1(); compute it in "
                             "a subquery, which Trigon then tests in the function")
                                  .arg(reads.aggregate));
                if (!reads.window.isEmpty())
                    error(field,
                          tr("WHEN cannot call the window function %1() ... OVER")
                                  .arg(reads.window));
                if (!reads.setReturning.isEmpty())
                    error(field,
                          tr("WHEN cannot call the set-returning function %1()")
                                  .arg(reads.setReturning));
                if (!reads.otherTable.isEmpty())
                    error(field,
                          tr("WHEN can read only OLD and NEW, not %1: read another table "
                             "in a subquery (EXISTS (SELECT ...)), which Trigon then "
                             "tests in the function")
                                  .arg(reads.otherTable));
            });
        }
        if (!split.inFunction)
            return;
        // Without the design's table-reading functions nothing would move: the part moved
        // for them alone, by the design's choice rather than the server's rule.
        const bool byChoice = !conditionReadsOtherTables(*split.inFunction);
        if (trigger().timing == TriggerTiming::After && isRow()) {
            warning(field,
                    byChoice ? tr("the part that calls a function of table_reading_functions "
                                  "is tested in the function, as the design asks: every "
                                  "row's AFTER event is queued and the function runs for "
                                  "each; what needs no other table stays in WHEN when it is "
                                  "its own AND part")
                             : tr("the part that reads other tables is tested in the "
                                  "function, as WHEN cannot hold a subquery: every row's "
                                  "AFTER event is queued and the function runs for each; "
                                  "what needs no other table stays in WHEN when it is its "
                                  "own AND part"));
        } else {
            warning(field,
                    byChoice ? tr("the part that calls a function of table_reading_functions "
                                  "is tested in the function, as the design asks: the "
                                  "function runs for every row; what needs no other table "
                                  "stays in WHEN when it is its own AND part")
                             : tr("the part that reads other tables is tested in the "
                                  "function, as WHEN cannot hold a subquery: the function "
                                  "runs for every row; what needs no other table stays in "
                                  "WHEN when it is its own AND part"));
        }
    }

    // Why a subquery stays in WHEN, where the server refuses it: the function cannot test it.
    QString subqueryStaysInWhen() const
    {
        if (trigger().timing == TriggerTiming::InsteadOf)
            return tr("WHEN cannot hold a subquery, and an INSTEAD OF trigger has no WHEN to "
                      "move it from: test it in a custom action");
        if (trigger().existingFunction)
            return tr("WHEN cannot hold a subquery (it reads other tables); Trigon would test it "
                      "in the function, but the trigger executes the existing function %1()")
                    .arg(trigger().existingFunction->displayName());
        return tr("WHEN cannot hold a subquery (it reads other tables); Trigon tests such a part "
                  "in its PL/pgSQL, not in PL/Python: test it in the body");
    }

    // Why a call of a function the design marks as reading tables stays in WHEN: the function
    // cannot test it. The server would take it there, but the design asked for the function.
    QString tableReadingCallStaysInWhen(const QString &call) const
    {
        if (trigger().timing == TriggerTiming::InsteadOf)
            return tr("%1() reads other tables (table_reading_functions), so Trigon tests it in "
                      "the function, but an INSTEAD OF trigger has no WHEN to move it from: "
                      "test it in a custom action")
                    .arg(call);
        if (trigger().existingFunction)
            return tr("%1() reads other tables (table_reading_functions), so Trigon would test "
                      "it in the function, but the trigger executes the existing function %2(): "
                      "remove %1 from table_reading_functions to keep it in WHEN")
                    .arg(call, trigger().existingFunction->displayName());
        return tr("%1() reads other tables (table_reading_functions), so Trigon would test it in "
                  "the function, but only in the PL/pgSQL it generates, not in PL/Python: test "
                  "it in the body")
                .arg(call);
    }

    static void forEachRawSql(const Condition &condition,
                              const std::function<void(const QString &)> &visit)
    {
        if (condition.kind == ConditionKind::Sql)
            visit(condition.sql);
        for (const Condition &operand : condition.operands)
            forEachRawSql(operand, visit);
    }

    void checkActions()
    {
        if (trigger().actions.isEmpty()) {
            warning(QStringLiteral("actions"),
                    tr("the trigger has no actions: its function does nothing"));
            return;
        }
        bool changesOutcome = false;
        for (qsizetype i = 0; i < trigger().actions.size(); ++i) {
            const Action &action = trigger().actions.at(i);
            const QString path = QStringLiteral("actions[%1]").arg(i);
            std::visit([this, &path](const auto &kind) { checkAction(kind, *this, path); }, action);
            changesOutcome = changesOutcome || actionChangesOutcome(action);
        }
        if (trigger().timing == TriggerTiming::Before && isRow() && !changesOutcome) {
            warning(QStringLiteral("timing"),
                    tr("this BEFORE trigger modifies and refuses nothing; as an AFTER "
                       "trigger it "
                       "would see the row as finally written (and not record changes "
                       "that are later cancelled)"));
        }
    }
};

// A per-table trigger's diagnostic about its table, moved to where that table is in "tables".
void pointAtTable(Diagnostic &diagnostic, qsizetype table)
{
    const QString prefix = QStringLiteral("tables[%1]").arg(table);
    if (diagnostic.field.startsWith(QLatin1String("table.")))
        diagnostic.field = prefix + diagnostic.field.mid(5);
    else if (diagnostic.field.startsWith(QLatin1String("table_columns")))
        diagnostic.field = prefix + QStringLiteral(".columns") + diagnostic.field.mid(13);
}

// A design over several tables is checked as its trigger on each table, so that a field a table
// lacks is named with that table; what every table shares is said once. The tables share one
// function, which must therefore come out the same for each.
QList<Diagnostic> validateSharedTrigger(const TriggerDesign &design, qsizetype index,
                                        const ValidationOptions &options)
{
    QList<Diagnostic> diagnostics;
    QSet<std::pair<QString, QString>> said; // field and message
    const QList<TriggerDesign> triggers = tableTriggers(design);
    QHash<TableRef, qsizetype> firstListed;
    const QString sharedFunction = renderFunctionDefinition(triggers.first());
    // Most functions do not depend on their table at all: when the first table's function comes
    // out the same for a made-up table with an extra (key, auto) column, the tables need not be
    // compared one by one.
    TriggerDesign probe = triggers.first();
    probe.table = TableRef {probe.table.schema + QStringLiteral("_probe"),
                            probe.table.name + QStringLiteral("_probe")};
    probe.tableColumns.append(TableColumn {QStringLiteral("trigon_probe_column"),
                                           QStringLiteral("integer"), true, true});
    const bool functionVaries = renderFunctionDefinition(probe) != sharedFunction;
    for (qsizetype t = 0; t < triggers.size(); ++t) {
        const TriggerDesign &trigger = triggers.at(t);
        const auto earlier = firstListed.constFind(trigger.table);
        if (earlier != firstListed.cend()) {
            diagnostics.append({Diagnostic::Severity::Error, index, design.id, design.name,
                                QStringLiteral("tables[%1]").arg(t),
                                TriggerChecks::tr("%1 is listed twice (also as table %2)")
                                        .arg(trigger.table.displayName())
                                        .arg(*earlier + 1)});
            continue;
        }
        firstListed.insert(trigger.table, t);
        for (Diagnostic diagnostic : TriggerValidator(trigger, index, options).run()) {
            pointAtTable(diagnostic, t);
            if (!said.contains({diagnostic.field, diagnostic.message})) {
                said.insert({diagnostic.field, diagnostic.message});
                diagnostics.append(diagnostic);
            }
        }
        if (functionVaries && t > 0 && renderFunctionDefinition(trigger) != sharedFunction) {
            diagnostics.append(
                    {Diagnostic::Severity::Error, index, design.id, design.name,
                     QStringLiteral("tables[%1]").arg(t),
                     TriggerChecks::tr("the shared function would differ on %1 from the one on "
                                       "%2: what the function does may not depend on a table's "
                                       "own columns or name (here through a condition "
                                       "evaluated in the function, row keys, or an action on "
                                       "the trigger's own table)")
                             .arg(trigger.table.displayName(),
                                  triggers.first().table.displayName())});
        }
    }
    return diagnostics;
}

} // namespace

QList<Diagnostic> validateTrigger(const TriggerDesign &trigger, qsizetype index,
                                  const ValidationOptions &options)
{
    if (trigger.isOverSeveralTables())
        return validateSharedTrigger(trigger, index, options);
    return TriggerValidator(trigger, index, options).run();
}

QList<Diagnostic> validateDesign(const DesignDocument &design, const ValidationOptions &options)
{
    QList<Diagnostic> diagnostics;
    // An entry that names no function would match no call, silently.
    for (qsizetype i = 0; i < design.tableReadingFunctions.size(); ++i) {
        const QString &entry = design.tableReadingFunctions.at(i);
        if (!parseFunctionName(entry)) {
            diagnostics.append(
                    {Diagnostic::Severity::Error, -1, QString(), QString(),
                     QStringLiteral("table_reading_functions[%1]").arg(i),
                     TriggerChecks::tr("\"%1\" is not a function name (write it as name or "
                                       "schema.name, quoting a part in double quotes only "
                                       "where its case or characters need it)")
                             .arg(entry)});
        }
    }
    // The first trigger of each name on each table, found by hashing: comparing every pair made
    // lint of a large design quadratic.
    QHash<std::pair<TableRef, QString>, qsizetype> firstOfName;
    firstOfName.reserve(design.triggers.size());
    for (qsizetype i = 0; i < design.triggers.size(); ++i) {
        const TriggerDesign &entry = design.triggers.at(i);
        diagnostics.append(validateTrigger(entry, i, options));
        for (const TriggerDesign &trigger : tableTriggers(entry)) {
            const std::pair<TableRef, QString> key {trigger.table, trigger.name};
            const auto earlier = firstOfName.constFind(key);
            if (earlier == firstOfName.cend()) {
                firstOfName.insert(key, i);
            } else if (*earlier != i) {
                diagnostics.append(
                        {Diagnostic::Severity::Error, i, trigger.id, trigger.name,
                         QStringLiteral("name"),
                         TriggerChecks::tr("trigger %1 (number %2) has the same name on %3; one "
                                           "would replace the other")
                                 .arg(trigger.name)
                                 .arg(*earlier + 1)
                                 .arg(trigger.table.displayName())});
            }
        }
    }
    // trigon.bypass() reports a skip one way per trigger name (trigon.bypass_options has one
    // row per name): triggers of one name that want different ways would take turns.
    QHash<QString, qsizetype> firstBypass;
    for (qsizetype i = 0; i < design.triggers.size(); ++i) {
        const TriggerDesign &trigger = design.triggers.at(i);
        if (trigger.bypass == BypassMode::Off)
            continue;
        const auto earlier = firstBypass.constFind(trigger.name);
        if (earlier == firstBypass.cend()) {
            firstBypass.insert(trigger.name, i);
        } else if (design.triggers.at(*earlier).bypass != trigger.bypass) {
            diagnostics.append(
                    {Diagnostic::Severity::Warning, i, trigger.id, trigger.name,
                     QStringLiteral("bypass"),
                     TriggerChecks::tr("trigger %1 (number %2) has the same name and reports its "
                                       "bypasses another way; trigon.bypass() knows one way per "
                                       "name, the one installed last")
                             .arg(trigger.name)
                             .arg(*earlier + 1)});
        }
    }
    diagnostics.append(validateEventTriggers(design, options));
    diagnostics.append(validateTargets(design.targets));
    // An outbox action's target is the file's, or a name only Debezium (or another reader of the
    // table) acts on.
    for (qsizetype i = 0; i < design.triggers.size(); ++i) {
        const TriggerDesign &trigger = design.triggers.at(i);
        for (qsizetype a = 0; a < trigger.actions.size(); ++a) {
            const auto *outbox = std::get_if<OutboxAction>(&trigger.actions.at(a));
            if (!outbox || outbox->target.isEmpty() || design.targetNamed(outbox->target))
                continue;
            diagnostics.append(
                    {Diagnostic::Severity::Warning, i, trigger.id, trigger.name,
                     QStringLiteral("actions[%1].target").arg(a),
                     TriggerChecks::tr("no target \"%1\" in this file's targets: trigon-cli "
                                       "relay leaves its events to Debezium or another reader "
                                       "of trigon.outbox")
                             .arg(outbox->target)});
        }
    }
    return diagnostics;
}

} // namespace trigon
