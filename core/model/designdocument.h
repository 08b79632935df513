#pragma once

#include "core/model/eventtriggerdesign.h"
#include "core/model/outboxtarget.h"
#include "core/model/triggerdesign.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trigon {

// The contents of one design file: many triggers, and event triggers.
struct DesignDocument
{
    static constexpr int currentVersion = 1;

    int version = currentVersion;
    QList<TriggerDesign> triggers;
    QList<EventTriggerDesign> eventTriggers; // "event_triggers"
    // "targets": where trigon-cli relay delivers the events of outbox actions, in file order.
    QList<OutboxTarget> targets;
    // "table_reading_functions": functions whose calls in raw SQL conditions count as reading
    // other tables. Every trigger carries a copy (TriggerDesign::tableReadingFunctions), which
    // setTableReadingFunctions(), addTrigger() and adoptSettings() keep equal to this.
    QStringList tableReadingFunctions;

    void setTableReadingFunctions(const QStringList &names);
    // Gives `trigger` the document's settings that its rendering reads; for code that puts a
    // trigger into `triggers` itself rather than through addTrigger().
    void adoptSettings(TriggerDesign &trigger) const;

    // The index of the trigger with `id`, or -1.
    qsizetype indexOfId(const QString &id) const;
    // An id no trigger of this document has yet ("t1", "t2", ...).
    QString unusedId() const;
    // Gives every trigger and event trigger without an id one no other has, in order.
    void giveMissingIds();
    // Appends `trigger`, giving it an unused id when it has none or a taken one, and the
    // document's settings (adoptSettings()); returns the id.
    QString addTrigger(TriggerDesign trigger);

    // The same for event triggers, whose ids are "e1", "e2", ...
    qsizetype indexOfEventTriggerId(const QString &id) const;
    QString unusedEventTriggerId() const;
    QString addEventTrigger(EventTriggerDesign eventTrigger);
    // The design over several tables named `name`, which an attach action attaches; nullptr when
    // there is none.
    const TriggerDesign *triggerNamed(const QString &name) const;
    // The target named `name`, or nullptr.
    const OutboxTarget *targetNamed(const QString &name) const;

    friend bool operator==(const DesignDocument &, const DesignDocument &) = default;
};

// The channels the notify actions of `triggers` send on, each once, in order of appearance: what
// the event monitor suggests listening to.
QStringList notifyChannels(const QList<TriggerDesign> &triggers);

} // namespace trigon
