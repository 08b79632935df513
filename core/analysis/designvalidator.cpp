#include "core/analysis/designvalidator.h"

#include "core/sql/conditionrenderer.h"
#include "core/sql/scriptrenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace trigon {

namespace {

constexpr int maxIdentifierBytes = 63; // NAMEDATALEN - 1: longer names are cut by the server

QString eventList(const QList<TriggerEvent> &events)
{
    QStringList names;
    for (TriggerEvent event : events)
        names.append(eventName(event).toUpper());
    return names.join(QLatin1String(", "));
}

class TriggerValidator
{
public:
    TriggerValidator(const TriggerDesign &trigger, qsizetype index,
                     const ValidationOptions &options)
        : m_trigger(trigger)
        , m_index(index)
        , m_version(RenderOptions::versionNumber(options.serverVersion))
    {
        for (const TableColumn &column : trigger.tableColumns)
            m_columns.append(column.name);
    }

    QList<Diagnostic> run()
    {
        checkNames();
        checkShape();
        checkReferencing();
        checkConstraint();
        checkCondition();
        checkActions();
        return m_diagnostics;
    }

private:
    void error(const QString &field, const QString &message)
    {
        add(Diagnostic::Severity::Error, field, message);
    }
    void warning(const QString &field, const QString &message)
    {
        add(Diagnostic::Severity::Warning, field, message);
    }
    void add(Diagnostic::Severity severity, const QString &field, const QString &message)
    {
        m_diagnostics.append({severity, m_index, m_trigger.id, m_trigger.name, field, message});
    }

    bool isRow() const { return m_trigger.level == TriggerLevel::Row; }
    bool has(TriggerEvent event) const { return m_trigger.hasEvent(event); }
    bool knowsColumns() const { return !m_columns.isEmpty(); }
    // UPDATE OF columns are rendered only with the update event (and ignored otherwise).
    bool hasColumnList() const { return !m_trigger.columns.isEmpty() && has(TriggerEvent::Update); }

    // Names PostgreSQL would store differently from how the design spells them.
    void checkIdentifier(const QString &field, const QString &what, const QString &name,
                         bool required = true)
    {
        if (name.isEmpty()) {
            if (required)
                error(field, QStringLiteral("the %1 is empty").arg(what));
            return;
        }
        if (name.contains(QChar(0))) {
            error(field,
                  QStringLiteral("the %1 contains a NUL character, which PostgreSQL cannot store")
                          .arg(what));
            return;
        }
        const qsizetype bytes = name.toUtf8().size();
        if (bytes > maxIdentifierBytes) {
            error(field,
                  QStringLiteral(
                          "the %1 is %2 bytes long; PostgreSQL keeps only the first %3 "
                          "bytes of a name, so the object would not be found again under this name")
                          .arg(what)
                          .arg(bytes)
                          .arg(maxIdentifierBytes));
        }
    }

    void checkColumnKnown(const QString &field, const QString &column, const QString &role)
    {
        checkIdentifier(field, role, column);
        if (knowsColumns() && !column.isEmpty() && !m_columns.contains(column)) {
            error(field,
                  QStringLiteral("%1 \"%2\" is not a column of %3 (known columns: %4)")
                          .arg(role, column, m_trigger.table.displayName(),
                               m_columns.join(QLatin1String(", "))));
        }
    }

    void checkNames()
    {
        checkIdentifier(QStringLiteral("name"), QStringLiteral("trigger name"), m_trigger.name);
        checkIdentifier(QStringLiteral("table.name"), QStringLiteral("table name"),
                        m_trigger.table.name);
        checkIdentifier(QStringLiteral("table.schema"), QStringLiteral("schema name"),
                        m_trigger.table.schema, false);
        QSet<QString> seen;
        for (qsizetype i = 0; i < m_trigger.tableColumns.size(); ++i) {
            const QString name = m_trigger.tableColumns.at(i).name;
            const QString field = QStringLiteral("table_columns[%1].name").arg(i);
            checkIdentifier(field, QStringLiteral("column name"), name);
            if (seen.contains(name))
                warning(field, QStringLiteral("column \"%1\" is listed twice").arg(name));
            seen.insert(name);
        }
        for (qsizetype i = 0; i < m_trigger.arguments.size(); ++i) {
            if (m_trigger.arguments.at(i).contains(QChar(0))) {
                error(QStringLiteral("arguments[%1]").arg(i),
                      QStringLiteral("the argument contains a NUL character, which PostgreSQL "
                                     "cannot store"));
            }
        }
    }

    void checkShape()
    {
        const QString events = QStringLiteral("events");
        if (m_trigger.events.isEmpty())
            error(events,
                  QStringLiteral("a trigger needs at least one event (insert, update, delete or "
                                 "truncate)"));
        for (qsizetype i = 0; i < m_trigger.events.size(); ++i) {
            if (m_trigger.events.indexOf(m_trigger.events.at(i)) != i) {
                warning(QStringLiteral("events[%1]").arg(i),
                        QStringLiteral("%1 is listed twice")
                                .arg(eventName(m_trigger.events.at(i)).toUpper()));
            }
        }
        if (has(TriggerEvent::Truncate) && isRow()) {
            error(QStringLiteral("level"),
                  QStringLiteral(
                          "TRUNCATE triggers fire once per statement: set the level to statement"));
        }
        if (m_trigger.timing == TriggerTiming::InsteadOf) {
            if (!isRow())
                error(QStringLiteral("level"),
                      QStringLiteral("INSTEAD OF triggers must be FOR EACH ROW"));
            if (hasColumnList())
                error(QStringLiteral("columns"),
                      QStringLiteral("INSTEAD OF triggers cannot have an UPDATE OF column list"));
            if (m_trigger.condition)
                error(QStringLiteral("condition"),
                      QStringLiteral("INSTEAD OF triggers cannot have a WHEN condition"));
            if (m_trigger.enabled != TriggerEnabled::Origin) {
                error(QStringLiteral("enabled"),
                      QStringLiteral(
                              "INSTEAD OF triggers live on views, and a view's triggers cannot be "
                              "disabled or set to replica/always"));
            }
        }
        if (!m_trigger.columns.isEmpty() && !has(TriggerEvent::Update)) {
            warning(QStringLiteral("columns"),
                    QStringLiteral(
                            "UPDATE OF columns are ignored: the trigger has no update event"));
        }
        QSet<QString> seen;
        for (qsizetype i = 0; i < m_trigger.columns.size(); ++i) {
            const QString column = m_trigger.columns.at(i);
            const QString field = QStringLiteral("columns[%1]").arg(i);
            checkColumnKnown(field, column, QStringLiteral("UPDATE OF column"));
            if (seen.contains(column))
                error(field, QStringLiteral("column \"%1\" is listed twice").arg(column));
            seen.insert(column);
        }
    }

    void checkReferencing()
    {
        const TransitionTables &tables = m_trigger.referencing;
        if (tables.isEmpty())
            return;
        const QString field = QStringLiteral("referencing");
        if (m_version < 100000)
            error(field, QStringLiteral("transition tables need PostgreSQL 10 or later"));
        if (m_trigger.timing != TriggerTiming::After)
            error(field,
                  QStringLiteral(
                          "transition tables (REFERENCING) are only possible on AFTER triggers"));
        if (m_trigger.constraint)
            error(field, QStringLiteral("constraint triggers cannot have transition tables"));
        if (hasColumnList())
            error(field,
                  QStringLiteral(
                          "transition tables cannot be combined with an UPDATE OF column list"));
        QList<TriggerEvent> distinct;
        for (TriggerEvent event : m_trigger.events) {
            if (!distinct.contains(event))
                distinct.append(event);
        }
        if (distinct.size() > 1) {
            error(field,
                  QStringLiteral("transition tables need a trigger with a single event, not %1")
                          .arg(eventList(distinct)));
        }
        if (!tables.oldTable.isEmpty()) {
            checkIdentifier(QStringLiteral("referencing.old"), QStringLiteral("OLD TABLE name"),
                            tables.oldTable);
            if (!has(TriggerEvent::Update) && !has(TriggerEvent::Delete))
                error(QStringLiteral("referencing.old"),
                      QStringLiteral("OLD TABLE is only possible for UPDATE or DELETE triggers"));
        }
        if (!tables.newTable.isEmpty()) {
            checkIdentifier(QStringLiteral("referencing.new"), QStringLiteral("NEW TABLE name"),
                            tables.newTable);
            if (!has(TriggerEvent::Update) && !has(TriggerEvent::Insert))
                error(QStringLiteral("referencing.new"),
                      QStringLiteral("NEW TABLE is only possible for INSERT or UPDATE triggers"));
        }
        if (!tables.oldTable.isEmpty() && tables.oldTable == tables.newTable)
            error(field, QStringLiteral("the OLD TABLE and NEW TABLE names must differ"));
    }

    void checkConstraint()
    {
        if (!m_trigger.constraint)
            return;
        const QString field = QStringLiteral("constraint");
        if (m_trigger.timing != TriggerTiming::After)
            error(QStringLiteral("timing"),
                  QStringLiteral("constraint triggers must be AFTER triggers"));
        if (!isRow())
            error(QStringLiteral("level"),
                  QStringLiteral("constraint triggers must be FOR EACH ROW"));
        if (m_trigger.constraint->initiallyDeferred && !m_trigger.constraint->deferrable)
            error(QStringLiteral("constraint.initially"),
                  QStringLiteral("INITIALLY DEFERRED needs DEFERRABLE"));
        if (m_trigger.constraint->from) {
            checkIdentifier(QStringLiteral("constraint.from.name"),
                            QStringLiteral("referenced table name"),
                            m_trigger.constraint->from->name);
        }
    }

    // Which rows a row-level condition may read, given the events (the WHEN rules).
    void checkRowReads(const QString &field, const ConditionReferences &references, bool inWhen)
    {
        const auto report = [&](QString message) {
            if (references.changeCondition) {
                message += QStringLiteral(
                        "; a change condition compares OLD with NEW, which only an "
                        "UPDATE has: give the other events a trigger of their own");
            }
            if (inWhen)
                error(field, message);
            else
                warning(field, message + QStringLiteral(" (it is NULL there)"));
        };
        if (references.oldRow && has(TriggerEvent::Insert))
            report(QStringLiteral("reads OLD, but an INSERT has no old row"));
        if (references.newRow && has(TriggerEvent::Delete))
            report(QStringLiteral("reads NEW, but a DELETE has no new row"));
    }

    void checkCondition()
    {
        if (!m_trigger.condition)
            return;
        const QString field = QStringLiteral("condition");
        checkConditionTree(*m_trigger.condition, field);
        const ConditionReferences references = m_trigger.condition->references();
        if (isRow()) {
            checkRowReads(field, references, true);
            return;
        }
        // Statement level: WHEN cannot see rows; the function can, through transition tables.
        if (references.oldRow && m_trigger.referencing.oldTable.isEmpty()) {
            error(field,
                  QStringLiteral("a statement-level condition that reads OLD needs REFERENCING "
                                 "OLD TABLE (WHEN cannot see rows in statement triggers)"));
        }
        if (references.newRow && m_trigger.referencing.newTable.isEmpty()) {
            error(field,
                  QStringLiteral("a statement-level condition that reads NEW needs REFERENCING "
                                 "NEW TABLE (WHEN cannot see rows in statement triggers)"));
        }
        if (conditionEvaluatedInFunction(m_trigger) && references.oldRow && references.newRow)
            requireKeys(field);
    }

    // Statement-level code reads the rows an action needs together with those the condition
    // (when the function evaluates it) needs; reading both OLD and NEW rows pairs them by key.
    // A condition that pairs rows by itself has been reported at "condition" already.
    void checkPairing(const QString &field, bool old, bool now)
    {
        if (conditionEvaluatedInFunction(m_trigger)) {
            const ConditionReferences references = m_trigger.condition->references();
            if (references.oldRow && references.newRow)
                return;
            old = old || references.oldRow;
            now = now || references.newRow;
        }
        if (old && now)
            requireKeys(field);
    }

    void requireKeys(const QString &field)
    {
        for (const TableColumn &column : m_trigger.tableColumns) {
            if (column.key)
                return;
        }
        error(field,
              QStringLiteral("comparing OLD and NEW rows of a statement pairs them by key: mark "
                             "the key columns in table_columns (\"key\": true)"));
    }

    void checkConditionTree(const Condition &condition, const QString &path)
    {
        switch (condition.kind) {
        case ConditionKind::AnyChange:
        case ConditionKind::AnyDontChange:
        case ConditionKind::AllChange:
        case ConditionKind::AllDontChange: {
            const QString inner = path + u'.' + conditionKindName(condition.kind);
            for (qsizetype i = 0; i < condition.fields.size(); ++i)
                checkColumnKnown(inner + QStringLiteral(".fields[%1]").arg(i),
                                 condition.fields.at(i), QStringLiteral("field"));
            for (qsizetype i = 0; i < condition.exclude.size(); ++i)
                checkColumnKnown(inner + QStringLiteral(".exclude[%1]").arg(i),
                                 condition.exclude.at(i), QStringLiteral("excluded field"));
            if (condition.fields.isEmpty() && !knowsColumns()) {
                const bool wholeRowKind = condition.kind == ConditionKind::AnyChange
                        || condition.kind == ConditionKind::AllDontChange;
                if (!wholeRowKind) {
                    error(inner,
                          QStringLiteral("without fields, %1 needs the table's columns: list them "
                                         "in table_columns or name the fields")
                                  .arg(conditionKindName(condition.kind)));
                } else if (!condition.exclude.isEmpty()) {
                    error(inner,
                          QStringLiteral(
                                  "exclude needs the table's columns: list them in table_columns"));
                } else if (condition.excludeAuto && !m_trigger.autoColumns().isEmpty()) {
                    error(inner,
                          QStringLiteral("exclude_auto needs the table's columns: list them in "
                                         "table_columns"));
                }
                return;
            }
            if (resolveChangeFields(condition, ConditionContext::forTrigger(m_trigger))
                        .fields.isEmpty()) {
                error(inner,
                      QStringLiteral("no field is left to compare after exclude%1")
                              .arg(condition.excludeAuto ? QStringLiteral(" and exclude_auto")
                                                         : QString()));
            }
            return;
        }
        case ConditionKind::Q: {
            const QString inner = path + QStringLiteral(".q");
            if (condition.entries.isEmpty())
                warning(inner, QStringLiteral("an empty q is always true"));
            for (const QEntry &entry : condition.entries)
                checkEntry(entry, inner + u'.' + entry.key());
            return;
        }
        case ConditionKind::And:
        case ConditionKind::Or: {
            const QString inner = path + u'.' + conditionKindName(condition.kind);
            if (condition.operands.isEmpty()) {
                warning(inner,
                        condition.kind == ConditionKind::And
                                ? QStringLiteral("an empty \"and\" is always true")
                                : QStringLiteral("an empty \"or\" is always false"));
            }
            for (qsizetype i = 0; i < condition.operands.size(); ++i)
                checkConditionTree(condition.operands.at(i), inner + QStringLiteral("[%1]").arg(i));
            return;
        }
        case ConditionKind::Not:
            if (condition.operands.size() != 1) {
                error(path + QStringLiteral(".not"),
                      QStringLiteral("\"not\" takes exactly one condition"));
                return;
            }
            checkConditionTree(condition.operands.first(), path + QStringLiteral(".not"));
            return;
        case ConditionKind::Sql:
            if (condition.sql.trimmed().isEmpty())
                error(path + QStringLiteral(".sql"), QStringLiteral("the SQL condition is empty"));
            return;
        }
    }

    enum class TypeClass { Unknown, Number, Text, Boolean };

    // The broad class of a column's declared type, enough to foresee the comparisons PostgreSQL
    // refuses (text = integer, integer = 'abc', ...).
    TypeClass columnClass(const QString &column) const
    {
        static const QRegularExpression number(QStringLiteral(
                "^(smallint|integer|int|int2|int4|int8|bigint|smallserial|serial|bigserial|real|"
                "double "
                "precision|float4|float8|float(\\(\\d+\\))?|(numeric|decimal)(\\(.*\\))?)$"));
        static const QRegularExpression text(QStringLiteral(
                "^(text|citext|name|(character varying|varchar|character|char)(\\(\\d+\\))?)$"));
        for (const TableColumn &c : m_trigger.tableColumns) {
            if (c.name != column)
                continue;
            const QString type = c.type.trimmed().toLower();
            if (number.match(type).hasMatch())
                return TypeClass::Number;
            if (text.match(type).hasMatch())
                return TypeClass::Text;
            if (type == QLatin1String("boolean") || type == QLatin1String("bool"))
                return TypeClass::Boolean;
        }
        return TypeClass::Unknown;
    }

    static QString className(TypeClass type)
    {
        switch (type) {
        case TypeClass::Number:
            return QStringLiteral("a number");
        case TypeClass::Text:
            return QStringLiteral("text");
        case TypeClass::Boolean:
            return QStringLiteral("a boolean");
        case TypeClass::Unknown:
            break;
        }
        return QStringLiteral("a value");
    }

    // Whether a literal can stand for a value of `type` in a comparison: strings are read in the
    // column's type (so must parse as numbers for numeric columns), numbers and booleans must
    // match the class.
    static bool literalFits(const QJsonValue &literal, TypeClass type)
    {
        switch (literal.type()) {
        case QJsonValue::String:
            if (type == TypeClass::Number) {
                bool ok = false;
                literal.toString().trimmed().toDouble(&ok);
                return ok;
            }
            return true;
        case QJsonValue::Double:
            return type != TypeClass::Text && type != TypeClass::Boolean;
        case QJsonValue::Bool:
            return type != TypeClass::Text && type != TypeClass::Number;
        default:
            return true;
        }
    }

    void checkLiteralTypes(const QEntry &entry, const QString &path)
    {
        const TypeClass type = columnClass(entry.field.column);
        if (entry.ref) {
            const TypeClass other = columnClass(entry.ref->column);
            if (type != TypeClass::Unknown && other != TypeClass::Unknown && type != other) {
                error(path,
                      QStringLiteral("compares %1 with %2: PostgreSQL has no such operator")
                              .arg(className(type), className(other)));
            }
            return;
        }
        if (type == TypeClass::Unknown)
            return;
        const QJsonArray items
                = entry.literal.isArray() ? entry.literal.toArray() : QJsonArray {entry.literal};
        for (const QJsonValue &item : items) {
            if (!literalFits(item, type)) {
                error(path,
                      QStringLiteral("column \"%1\" holds %2; %3 is not one")
                              .arg(entry.field.column, className(type),
                                   QString::fromUtf8(QJsonDocument(QJsonArray {item})
                                                             .toJson(QJsonDocument::Compact))
                                           .mid(1)
                                           .chopped(1)));
                return;
            }
        }
    }

    void checkEntry(const QEntry &entry, const QString &path)
    {
        checkColumnKnown(path, entry.field.column, QStringLiteral("field"));
        if (entry.ref)
            checkColumnKnown(path + QStringLiteral(".f"), entry.ref->column,
                             QStringLiteral("field"));
        const QJsonValue &literal = entry.literal;
        switch (entry.lookup) {
        case Lookup::Exact:
        case Lookup::Df:
        case Lookup::Ndf:
        case Lookup::Gt:
        case Lookup::Gte:
        case Lookup::Lt:
        case Lookup::Lte:
        case Lookup::In:
            checkLiteralTypes(entry, path);
            break;
        default:
            break;
        }
        switch (entry.lookup) {
        case Lookup::In:
            if (!entry.ref && !literal.isArray())
                error(path, QStringLiteral("the in lookup takes an array of values"));
            else if (!entry.ref && literal.toArray().isEmpty())
                warning(path, QStringLiteral("in an empty list is always false"));
            break;
        case Lookup::IsNull:
            if (entry.ref || !literal.isBool())
                error(path, QStringLiteral("the isnull lookup takes true or false"));
            break;
        case Lookup::Contains:
        case Lookup::IContains:
        case Lookup::StartsWith:
        case Lookup::EndsWith:
        case Lookup::Regex:
            if (!entry.ref && !literal.isString() && !literal.isDouble())
                error(path,
                      QStringLiteral("the %1 lookup takes a text value")
                              .arg(lookupName(entry.lookup)));
            break;
        case Lookup::Exact:
        case Lookup::Df:
        case Lookup::Ndf:
            if (!entry.ref && (literal.isArray() || literal.isObject()))
                error(path,
                      QStringLiteral("compare with a single value (use the in lookup for a list)"));
            break;
        case Lookup::Gt:
        case Lookup::Gte:
        case Lookup::Lt:
        case Lookup::Lte:
            if (!entry.ref && (literal.isArray() || literal.isObject()))
                error(path, QStringLiteral("compare with a single value"));
            else if (!entry.ref && literal.isNull())
                warning(path, QStringLiteral("comparing with null is never true (use isnull)"));
            break;
        }
    }

    void requireRowLevel(const QString &field, const QString &kind)
    {
        if (!isRow())
            error(field,
                  QStringLiteral("%1 works on single rows: the trigger must be FOR EACH ROW")
                          .arg(kind));
    }

    void requireBefore(const QString &field, const QString &kind, const QString &why)
    {
        if (m_trigger.timing != TriggerTiming::Before)
            error(field, QStringLiteral("%1 must run BEFORE the change, %2").arg(kind, why));
    }

    void checkSqlState(const QString &field, const QString &sqlState)
    {
        static const QRegularExpression pattern(QStringLiteral("^[0-9A-Z]{5}$"));
        if (!sqlState.isEmpty() && !pattern.match(sqlState).hasMatch())
            error(field,
                  QStringLiteral(
                          "\"%1\" is no SQLSTATE: five digits or capital letters, like P0001")
                          .arg(sqlState));
        else if (sqlState.startsWith(QLatin1String("00")))
            error(field,
                  QStringLiteral("SQLSTATE class 00 means success; an error needs another class"));
    }

    // Values read from rows: which rows exist, and at statement level whether transition tables
    // provide them.
    void checkValues(const QList<NamedValue> &values, const QString &path, bool notify)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const NamedValue &value = values.at(i);
            const QString field = path + u'.' + value.name;
            if (value.name.isEmpty())
                error(field,
                      notify ? QStringLiteral("a payload key is empty")
                             : QStringLiteral("a column name is empty"));
            if (!notify)
                checkIdentifier(field, QStringLiteral("column name"), value.name, false);
            if (seen.contains(value.name))
                error(field, QStringLiteral("\"%1\" is given twice").arg(value.name));
            seen.insert(value.name);
            const PayloadValue &v = value.value;
            if (v.kind == PayloadValue::Kind::NewColumn || v.kind == PayloadValue::Kind::OldColumn)
                checkColumnKnown(field, v.text, QStringLiteral("column"));
            if (v.kind == PayloadValue::Kind::Sql && v.text.trimmed().isEmpty())
                error(field, QStringLiteral("the SQL expression is empty"));
            if (v.kind == PayloadValue::Kind::Setting && v.text.isEmpty())
                error(field, QStringLiteral("the setting name is empty"));
            const bool old = v.readsRow(RowVersion::Old);
            const bool now = v.readsRow(RowVersion::New);
            if (isRow()) {
                // Raw SQL may well guard itself (COALESCE(NEW.id, OLD.id)): only the structured
                // values are second-guessed.
                if (v.kind != PayloadValue::Kind::Sql)
                    checkRowReads(field, {old, now, false}, false);
                continue;
            }
            if (notify && (old || now)) {
                error(field,
                      QStringLiteral(
                              "a statement-level notification is sent once per statement and "
                              "cannot read a row; use a row-level trigger"));
            } else if ((old && m_trigger.referencing.oldTable.isEmpty())
                       || (now && m_trigger.referencing.newTable.isEmpty())) {
                error(field,
                      QStringLiteral("reads %1 rows, which a statement trigger sees only through "
                                     "REFERENCING %1 TABLE")
                              .arg(old ? QStringLiteral("OLD") : QStringLiteral("NEW")));
            } else {
                checkPairing(field, old, now);
            }
        }
    }

    // Whether a payload value can grow without bound (text, whole rows, SQL of unknown size).
    bool unbounded(const PayloadValue &value) const
    {
        switch (value.kind) {
        case PayloadValue::Kind::Row:
        case PayloadValue::Kind::Sql:
        case PayloadValue::Kind::Setting:
            return true;
        case PayloadValue::Kind::NewColumn:
        case PayloadValue::Kind::OldColumn: {
            static const QRegularExpression bounded(QStringLiteral(
                    "^(smallint|integer|int|int2|int4|int8|bigint|boolean|bool|date|time.*|"
                    "timestamp.*|"
                    "timestamptz|uuid|real|double "
                    "precision|float.*|numeric\\(.*|money|serial|bigserial|"
                    "interval|inet|oid|(character varying|varchar|char|character)\\(\\d+\\))$"));
            for (const TableColumn &column : m_trigger.tableColumns) {
                if (column.name == value.text)
                    return !bounded.match(column.type.trimmed().toLower()).hasMatch();
            }
            return true;
        }
        case PayloadValue::Kind::TgVariable:
        case PayloadValue::Kind::Now:
        case PayloadValue::Kind::Literal:
            return false;
        }
        return true;
    }

    void checkActions()
    {
        if (m_trigger.actions.isEmpty()) {
            warning(QStringLiteral("actions"),
                    QStringLiteral("the trigger has no actions: its function does nothing"));
            return;
        }
        bool changesOutcome = false;
        for (qsizetype i = 0; i < m_trigger.actions.size(); ++i) {
            const QString path = QStringLiteral("actions[%1]").arg(i);
            const Action &action = m_trigger.actions.at(i);
            switch (actionKind(action)) {
            case ActionKind::Protect: {
                const auto &a = std::get<ProtectAction>(action);
                checkSqlState(path + QStringLiteral(".sqlstate"), a.sqlState);
                changesOutcome = true;
                break;
            }
            case ActionKind::SoftDelete: {
                const auto &a = std::get<SoftDeleteAction>(action);
                requireRowLevel(path, QStringLiteral("soft_delete"));
                requireBefore(path, QStringLiteral("soft_delete"),
                              QStringLiteral("so it can cancel the DELETE"));
                if (!has(TriggerEvent::Delete))
                    error(path,
                          QStringLiteral("soft_delete turns a DELETE into an UPDATE: the trigger "
                                         "needs the delete event"));
                checkColumnKnown(path + QStringLiteral(".column"), a.column,
                                 QStringLiteral("flag column"));
                if (a.key.isEmpty())
                    error(path + QStringLiteral(".key"),
                          QStringLiteral("soft_delete needs the key columns that find the row"));
                for (qsizetype k = 0; k < a.key.size(); ++k)
                    checkColumnKnown(path + QStringLiteral(".key[%1]").arg(k), a.key.at(k),
                                     QStringLiteral("key column"));
                changesOutcome = true;
                break;
            }
            case ActionKind::Fsm: {
                const auto &a = std::get<FsmAction>(action);
                requireRowLevel(path, QStringLiteral("fsm"));
                if (!has(TriggerEvent::Update))
                    error(path,
                          QStringLiteral("a state machine checks changes: the trigger needs the "
                                         "update event"));
                checkColumnKnown(path + QStringLiteral(".column"), a.column,
                                 QStringLiteral("state column"));
                if (a.transitions.isEmpty())
                    error(path + QStringLiteral(".transitions"),
                          QStringLiteral("list at least one allowed transition"));
                changesOutcome = true;
                break;
            }
            case ActionKind::Audit: {
                const auto &a = std::get<AuditAction>(action);
                checkIdentifier(path + QStringLiteral(".table.name"),
                                QStringLiteral("audit table name"), a.table.name);
                if (a.createTable && m_version < 100000) {
                    error(path + QStringLiteral(".create_table"),
                          QStringLiteral("the audit table Trigon creates has an identity column, "
                                         "which needs PostgreSQL 10 or later"));
                }
                if (!isRow() && conditionEvaluatedInFunction(m_trigger)) {
                    // The audit reads the matching rows of every transition table the trigger has.
                    checkPairing(path, !m_trigger.referencing.oldTable.isEmpty(),
                                 !m_trigger.referencing.newTable.isEmpty());
                }
                if (a.mode == AuditAction::Mode::ChangedFields && !isRow()) {
                    warning(path + QStringLiteral(".mode"),
                            QStringLiteral("changed_fields applies to row-level triggers; at "
                                           "statement level whole rows are stored"));
                }
                break;
            }
            case ActionKind::Notify: {
                const auto &a = std::get<NotifyAction>(action);
                checkIdentifier(path + QStringLiteral(".channel"), QStringLiteral("channel name"),
                                a.channel);
                checkValues(a.payload, path + QStringLiteral(".payload"), true);
                bool mayOverflow = false;
                for (const NamedValue &value : a.payload)
                    mayOverflow = mayOverflow || unbounded(value.value);
                if (mayOverflow) {
                    const QString outcome = a.onOverflow == NotifyAction::Overflow::Truncate
                            ? QStringLiteral(
                                    "a short {\"truncated\": true, ...} payload is sent instead")
                            : a.onOverflow == NotifyAction::Overflow::Skip
                            ? QStringLiteral("the notification is skipped with a warning")
                            : QStringLiteral("the statement fails");
                    warning(path + QStringLiteral(".payload"),
                            QStringLiteral(
                                    "the payload can exceed PostgreSQL's 8000-byte limit; then %1")
                                    .arg(outcome));
                }
                break;
            }
            case ActionKind::Validate: {
                const auto &a = std::get<ValidateAction>(action);
                checkConditionTree(a.check, path + QStringLiteral(".check"));
                checkSqlState(path + QStringLiteral(".sqlstate"), a.sqlState);
                const ConditionReferences references = a.check.references();
                if (isRow()) {
                    checkRowReads(path + QStringLiteral(".check"), references, false);
                } else {
                    if ((references.oldRow && m_trigger.referencing.oldTable.isEmpty())
                        || (references.newRow && m_trigger.referencing.newTable.isEmpty())) {
                        error(path + QStringLiteral(".check"),
                              QStringLiteral("at statement level a check reads rows only through "
                                             "REFERENCING OLD/NEW TABLE"));
                    } else {
                        checkPairing(path + QStringLiteral(".check"), references.oldRow,
                                     references.newRow);
                    }
                }
                changesOutcome = true;
                break;
            }
            case ActionKind::SetTimestamp: {
                const auto &a = std::get<SetTimestampAction>(action);
                requireRowLevel(path, QStringLiteral("set_timestamp"));
                requireBefore(path, QStringLiteral("set_timestamp"),
                              QStringLiteral("while the new row can still be changed"));
                if (!has(TriggerEvent::Insert) && !has(TriggerEvent::Update))
                    error(path,
                          QStringLiteral("set_timestamp changes the new row: the trigger needs "
                                         "insert or update"));
                if (a.columns.isEmpty())
                    error(path + QStringLiteral(".columns"),
                          QStringLiteral("name the timestamp column(s) to set"));
                for (qsizetype c = 0; c < a.columns.size(); ++c)
                    checkColumnKnown(path + QStringLiteral(".columns[%1]").arg(c), a.columns.at(c),
                                     QStringLiteral("timestamp column"));
                changesOutcome = true;
                break;
            }
            case ActionKind::Insert: {
                const auto &a = std::get<InsertAction>(action);
                checkIdentifier(path + QStringLiteral(".table.name"),
                                QStringLiteral("target table name"), a.table.name);
                if (a.values.isEmpty())
                    error(path + QStringLiteral(".values"),
                          QStringLiteral("name at least one column and its value"));
                checkValues(a.values, path + QStringLiteral(".values"), false);
                break;
            }
            case ActionKind::Sql: {
                const auto &a = std::get<SqlAction>(action);
                if (a.body.trimmed().isEmpty())
                    warning(path + QStringLiteral(".body"),
                            QStringLiteral("the custom code is empty"));
                changesOutcome = true;
                break;
            }
            }
        }
        if (m_trigger.timing == TriggerTiming::Before && isRow() && !changesOutcome) {
            warning(QStringLiteral("timing"),
                    QStringLiteral("this BEFORE trigger modifies and refuses nothing; as an AFTER "
                                   "trigger it "
                                   "would see the row as finally written (and not record changes "
                                   "that are later cancelled)"));
        }
    }

    const TriggerDesign &m_trigger;
    qsizetype m_index;
    int m_version;
    QStringList m_columns;
    QList<Diagnostic> m_diagnostics;
};

} // namespace

QList<Diagnostic> validateTrigger(const TriggerDesign &trigger, qsizetype index,
                                  const ValidationOptions &options)
{
    return TriggerValidator(trigger, index, options).run();
}

QList<Diagnostic> validateDesign(const DesignDocument &design, const ValidationOptions &options)
{
    QList<Diagnostic> diagnostics;
    for (qsizetype i = 0; i < design.triggers.size(); ++i) {
        const TriggerDesign &trigger = design.triggers.at(i);
        diagnostics.append(validateTrigger(trigger, i, options));
        for (qsizetype j = 0; j < i; ++j) {
            const TriggerDesign &earlier = design.triggers.at(j);
            if (earlier.name == trigger.name && earlier.table == trigger.table) {
                diagnostics.append(
                        {Diagnostic::Severity::Error, i, trigger.id, trigger.name,
                         QStringLiteral("name"),
                         QStringLiteral("trigger %1 (number %2) has the same name on the same "
                                        "table; one would replace the other")
                                 .arg(earlier.name)
                                 .arg(j + 1)});
                break;
            }
        }
    }
    return diagnostics;
}

} // namespace trigon
