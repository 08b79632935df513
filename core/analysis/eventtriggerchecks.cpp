#include "core/analysis/eventtriggerchecks.h"

#include "core/analysis/triggerchecks.h"

#include <QSet>

namespace trigon {

EventTriggerChecks::EventTriggerChecks(const DesignDocument &document, qsizetype index,
                                       int serverVersion)
    : m_document(document)
    , m_design(document.eventTriggers.at(index))
    , m_index(index)
    , m_version(serverVersion)
    , m_path(QStringLiteral("event_triggers[%1]").arg(index))
{ }

const TriggerDesign *EventTriggerChecks::tableDesign(const QString &name) const
{
    return m_document.triggerNamed(name);
}

void EventTriggerChecks::error(const QString &field, const QString &message)
{
    add(Diagnostic::Severity::Error, field, message);
}

void EventTriggerChecks::warning(const QString &field, const QString &message)
{
    add(Diagnostic::Severity::Warning, field, message);
}

void EventTriggerChecks::add(Diagnostic::Severity severity, const QString &field,
                             const QString &message)
{
    m_diagnostics.append({severity, -1, m_design.id, m_design.name,
                          field.isEmpty() ? m_path : m_path + u'.' + field, message});
}

void EventTriggerChecks::checkSqlState(const QString &field, const QString &sqlState)
{
    // The table triggers' rule, with its messages, on a throwaway trigger.
    TriggerDesign none;
    TriggerChecks checks(none, -1, m_version);
    checks.checkSqlState(field, sqlState);
    for (const Diagnostic &diagnostic : checks.diagnostics())
        add(diagnostic.severity, diagnostic.field, diagnostic.message);
}

void EventTriggerChecks::checkValues(const QList<NamedValue> &values, const QString &field,
                                     bool notify)
{
    QSet<QString> seen;
    for (const NamedValue &value : values) {
        const QString at = field + u'.' + value.name;
        if (value.name.isEmpty())
            error(at, notify ? tr("a payload key is empty") : tr("a column name is empty"));
        else if (seen.contains(value.name))
            error(at, tr("\"%1\" is given twice").arg(value.name));
        seen.insert(value.name);
        const PayloadValue &v = value.value;
        switch (v.kind) {
        case PayloadValue::Kind::NewColumn:
        case PayloadValue::Kind::OldColumn:
        case PayloadValue::Kind::Row:
        case PayloadValue::Kind::TgVariable:
            error(at,
                  tr("an event trigger fires for a command, not for a row: use {\"ddl\": ...} "
                     "values"));
            break;
        case PayloadValue::Kind::Ddl:
            if (v.text != QLatin1String("event") && v.text != QLatin1String("command_tag")
                && !ddlEventKnowsObjects(m_design.event))
                error(at,
                      tr("%1 knows no objects yet: only event and command_tag have values there")
                              .arg(ddlEventName(m_design.event)));
            else if (v.text == QLatin1String("in_extension") && m_design.event == DdlEvent::SqlDrop)
                warning(at,
                        tr("sql_drop does not say whether an extension owned the object: "
                           "in_extension is always null there"));
            break;
        case PayloadValue::Kind::Sql:
            if (v.text.trimmed().isEmpty())
                error(at, tr("the SQL expression is empty"));
            break;
        case PayloadValue::Kind::Setting:
            if (v.text.isEmpty())
                error(at, tr("the setting name is empty"));
            break;
        case PayloadValue::Kind::Now:
        case PayloadValue::Kind::Literal:
            break;
        }
    }
}

} // namespace trigon
