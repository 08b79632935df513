#pragma once

#include "core/analysis/diagnostic.h"
#include "core/model/condition.h"
#include "core/model/payloadvalue.h"
#include "core/model/triggerdesign.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace trigon {

// The checks of one trigger that its own rules and its action kinds' rules (checkAction() in
// core/actions/<kind>/<kind>rules.cpp) share, and the diagnostics they collect. Fields are
// paths in the design file relative to the trigger ("actions[0].channel"); messages go through
// TriggerChecks::tr().
class TriggerChecks
{
    Q_DECLARE_TR_FUNCTIONS(TriggerChecks)

public:
    TriggerChecks(const TriggerDesign &trigger, qsizetype index, int serverVersion);

    const TriggerDesign &trigger() const { return m_trigger; }
    int serverVersion() const { return m_version; } // server_version_num
    QList<Diagnostic> diagnostics() const { return m_diagnostics; }

    void error(const QString &field, const QString &message);
    void warning(const QString &field, const QString &message);

    bool isRow() const { return m_trigger.level == TriggerLevel::Row; }
    bool has(TriggerEvent event) const { return m_trigger.hasEvent(event); }
    // Whether the design lists the table's columns (without them, names cannot be checked).
    bool knowsColumns() const { return !m_columns.isEmpty(); }

    // Names PostgreSQL would store differently from how the design spells them (empty, NUL,
    // longer than 63 bytes).
    void checkIdentifier(const QString &field, const QString &what, const QString &name,
                         bool required = true);
    // checkIdentifier(), and that the table has the column when its columns are known.
    void checkColumnKnown(const QString &field, const QString &column, const QString &role);
    void checkSqlState(const QString &field, const QString &sqlState);
    void requireRowLevel(const QString &field, const QString &kind);
    void requireBefore(const QString &field, const QString &kind, const QString &why);

    // A condition's fields, lookups and literals against the table's columns.
    void checkConditionTree(const Condition &condition, const QString &path);
    // Which rows a row-level condition may read, given the events (the WHEN rules): an error in
    // WHEN, a warning in the function, where the missing row is NULL.
    void checkRowReads(const QString &field, const ConditionReferences &references, bool inWhen);
    // Statement-level code that reads both OLD and NEW rows pairs them by key columns.
    void checkPairing(const QString &field, bool old, bool now);
    void requireKeys(const QString &field);

    // Named values of a notification payload (`notify`) or of an inserted row: names, columns,
    // and which rows they may read at this level.
    void checkValues(const QList<NamedValue> &values, const QString &path, bool notify);
    // Whether a payload value can grow without bound: whole rows, SQL and settings of unknown
    // size, columns of a type without a length limit (text, jsonb); not columns of unknown type.
    bool unbounded(const PayloadValue &value) const;

private:
    // The table's columns for a message: the first few and how many more.
    QString knownColumnsText() const;
    void add(Diagnostic::Severity severity, const QString &field, const QString &message);
    void checkEntry(const QEntry &entry, const QString &path);
    void checkLiteralTypes(const QEntry &entry, const QString &path);

    const TriggerDesign &m_trigger;
    qsizetype m_index;
    int m_version;
    QStringList m_columns;     // in the table's order, for messages
    QSet<QString> m_columnSet; // to look one up: a table may have many thousands
    QList<Diagnostic> m_diagnostics;
};

} // namespace trigon
