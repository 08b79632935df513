#include "core/analysis/triggerchecks.h"

#include "core/sql/scriptrenderer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace trigon {

namespace {
constexpr int maxIdentifierBytes = 63; // NAMEDATALEN - 1: longer names are cut by the server
} // namespace

TriggerChecks::TriggerChecks(const TriggerDesign &trigger, qsizetype index, int serverVersion)
    : m_trigger(trigger)
    , m_index(index)
    , m_version(serverVersion)
    , m_columns(trigger.columnNames())
    , m_columnSet(m_columns.cbegin(), m_columns.cend())
{ }

void TriggerChecks::error(const QString &field, const QString &message)
{
    add(Diagnostic::Severity::Error, field, message);
}

void TriggerChecks::warning(const QString &field, const QString &message)
{
    add(Diagnostic::Severity::Warning, field, message);
}

void TriggerChecks::add(Diagnostic::Severity severity, const QString &field, const QString &message)
{
    m_diagnostics.append({severity, m_index, m_trigger.id, m_trigger.name, field, message});
}

void TriggerChecks::checkIdentifier(const QString &field, const QString &what, const QString &name,
                                    bool required)
{
    if (name.isEmpty()) {
        if (required)
            error(field, tr("the %1 is empty").arg(what));
        return;
    }
    if (name.contains(QChar(0))) {
        error(field,
              tr("the %1 contains a NUL character, which PostgreSQL cannot store").arg(what));
        return;
    }
    const qsizetype bytes = name.toUtf8().size();
    if (bytes > maxIdentifierBytes) {
        error(field,
              tr("the %1 is %2 bytes long; PostgreSQL keeps only the first %3 "
                 "bytes of a name, so the object would not be found again under this name")
                      .arg(what)
                      .arg(bytes)
                      .arg(maxIdentifierBytes));
    }
}

QString TriggerChecks::knownColumnsText() const
{
    // A message per unknown column listing every column of a wide table would make the output
    // grow with the square of the table's width.
    constexpr qsizetype listed = 20;
    const QString names
            = m_columns.first(std::min(listed, m_columns.size())).join(QLatin1String(", "));
    if (m_columns.size() <= listed)
        return names;
    return tr("%1 and %n more", nullptr, int(m_columns.size() - listed)).arg(names);
}

void TriggerChecks::checkColumnKnown(const QString &field, const QString &column,
                                     const QString &role)
{
    checkIdentifier(field, role, column);
    if (knowsColumns() && !column.isEmpty() && !m_columnSet.contains(column)) {
        error(field,
              tr("%1 \"%2\" is not a column of %3 (known columns: %4)")
                      .arg(role, column, m_trigger.table.displayName(), knownColumnsText()));
    }
}

void TriggerChecks::checkRowReads(const QString &field, const ConditionReferences &references,
                                  bool inWhen)
{
    const auto report = [&](QString message) {
        if (references.changeCondition) {
            message += tr("; a change condition compares OLD with NEW, which only an "
                          "UPDATE has: give the other events a trigger of their own");
        }
        if (inWhen)
            error(field, message);
        else
            warning(field, message + tr(" (it is NULL there)"));
    };
    if (references.oldRow && has(TriggerEvent::Insert))
        report(tr("reads OLD, but an INSERT has no old row"));
    if (references.newRow && has(TriggerEvent::Delete))
        report(tr("reads NEW, but a DELETE has no new row"));
}

// Statement-level code reads the rows an action needs together with those the condition
// (when the function evaluates it) needs; reading both OLD and NEW rows pairs them by key.
// A condition that pairs rows by itself has been reported at "condition" already.
void TriggerChecks::checkPairing(const QString &field, bool old, bool now)
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

void TriggerChecks::requireKeys(const QString &field)
{
    for (const TableColumn &column : m_trigger.tableColumns) {
        if (column.key)
            return;
    }
    error(field,
          tr("comparing OLD and NEW rows of a statement pairs them by key: mark "
             "the key columns in table_columns (\"key\": true)"));
}

void TriggerChecks::requireRowLevel(const QString &field, const QString &kind)
{
    if (!isRow())
        error(field, tr("%1 works on single rows: the trigger must be FOR EACH ROW").arg(kind));
}

void TriggerChecks::requireBefore(const QString &field, const QString &kind, const QString &why)
{
    if (m_trigger.timing != TriggerTiming::Before)
        error(field, tr("%1 must run BEFORE the change, %2").arg(kind, why));
}

void TriggerChecks::checkSqlState(const QString &field, const QString &sqlState)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Z]{5}$"));
    if (!sqlState.isEmpty() && !pattern.match(sqlState).hasMatch())
        error(field,
              tr("\"%1\" is no SQLSTATE: five digits or capital letters, like P0001")
                      .arg(sqlState));
    else if (sqlState.startsWith(QLatin1String("00")))
        error(field, tr("SQLSTATE class 00 means success; an error needs another class"));
}

void TriggerChecks::checkValues(const QList<NamedValue> &values, const QString &path, bool notify)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const NamedValue &value = values.at(i);
        const QString field = path + u'.' + value.name;
        if (value.name.isEmpty())
            error(field, notify ? tr("a payload key is empty") : tr("a column name is empty"));
        if (!notify)
            checkIdentifier(field, tr("column name"), value.name, false);
        if (seen.contains(value.name))
            error(field, tr("\"%1\" is given twice").arg(value.name));
        seen.insert(value.name);
        const PayloadValue &v = value.value;
        if (v.kind == PayloadValue::Kind::NewColumn || v.kind == PayloadValue::Kind::OldColumn)
            checkColumnKnown(field, v.text, tr("column"));
        if (v.kind == PayloadValue::Kind::Sql && v.text.trimmed().isEmpty())
            error(field, tr("the SQL expression is empty"));
        if (v.kind == PayloadValue::Kind::Setting && v.text.isEmpty())
            error(field, tr("the setting name is empty"));
        if (v.kind == PayloadValue::Kind::Ddl)
            error(field, tr("{\"ddl\": ...} values exist only in event triggers"));
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
                  tr("a statement-level notification is sent once per statement and "
                     "cannot read a row; use a row-level trigger"));
        } else if ((old && m_trigger.referencing.oldTable.isEmpty())
                   || (now && m_trigger.referencing.newTable.isEmpty())) {
            error(field,
                  tr("reads %1 rows, which a statement trigger sees only through "
                     "REFERENCING %1 TABLE")
                          .arg(old ? QStringLiteral("OLD") : QStringLiteral("NEW")));
        } else {
            checkPairing(field, old, now);
        }
    }
}

bool TriggerChecks::unbounded(const PayloadValue &value) const
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
        // A column of unknown type is most often an id or a status: warning about every one
        // buried real warnings under noise (issue #16, item 9).
        return false;
    }
    case PayloadValue::Kind::TgVariable:
    case PayloadValue::Kind::Now:
    case PayloadValue::Kind::Literal:
    case PayloadValue::Kind::Ddl:
        return false;
    }
    return true;
}

} // namespace trigon
