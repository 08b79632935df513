#pragma once

#include "core/analysis/diagnostic.h"
#include "core/model/designdocument.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace trigon {

// The checks of one event trigger that its own rules and its action kinds' rules
// (checkEventAction() in core/eventactions/<kind>/<kind>eventrules.cpp) share. A diagnostic about
// an event trigger belongs to the document (triggerIndex -1) and carries the event trigger's id
// and name; its field is the path from the file's root, "event_triggers[2].actions[0].channel".
class EventTriggerChecks
{
    Q_DECLARE_TR_FUNCTIONS(EventTriggerChecks)

public:
    EventTriggerChecks(const DesignDocument &document, qsizetype index, int serverVersion);

    const EventTriggerDesign &design() const { return m_design; }
    int serverVersion() const { return m_version; }
    // The table trigger of the same document named `name`, or nullptr.
    const TriggerDesign *tableDesign(const QString &name) const;
    // "event_triggers[2]": the prefix of every field of this event trigger.
    QString path() const { return m_path; }
    QList<Diagnostic> diagnostics() const { return m_diagnostics; }

    // `field` relative to the event trigger ("tags", "actions[0].channel").
    void error(const QString &field, const QString &message);
    void warning(const QString &field, const QString &message);

    void checkSqlState(const QString &field, const QString &sqlState);
    // Named values of a payload or an inserted row: an event trigger has no rows, and knows the
    // objects of a command only at the events that list them.
    void checkValues(const QList<NamedValue> &values, const QString &field, bool notify);

private:
    void add(Diagnostic::Severity severity, const QString &field, const QString &message);

    const DesignDocument &m_document;
    const EventTriggerDesign &m_design;
    qsizetype m_index;
    int m_version;
    QString m_path;
    QList<Diagnostic> m_diagnostics;
};

} // namespace trigon
