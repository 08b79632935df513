#include "core/model/designdocument.h"

#include <QSet>

#include <utility>

namespace trigon {

qsizetype DesignDocument::indexOfId(const QString &id) const
{
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        if (triggers.at(i).id == id)
            return i;
    }
    return -1;
}

namespace {

// Hands out "t1", "t2", ... (or "e1", ... for event triggers) skipping the ids in use. One set of
// the ids instead of a search of the triggers for every candidate, which made reading a file of
// many triggers without ids cubic.
class IdSource
{
public:
    template<typename Design>
    IdSource(const QList<Design> &designs, QChar prefix)
        : m_prefix(prefix)
    {
        m_used.reserve(designs.size());
        for (const Design &design : designs)
            m_used.insert(design.id);
    }

    QString next()
    {
        for (;;) {
            QString id = m_prefix + QString::number(++m_last);
            if (!m_used.contains(id)) {
                m_used.insert(id);
                return id;
            }
        }
    }

private:
    QChar m_prefix;
    QSet<QString> m_used;
    qsizetype m_last = 0;
};

} // namespace

QString DesignDocument::unusedId() const
{
    return IdSource(triggers, u't').next();
}

void DesignDocument::giveMissingIds()
{
    IdSource ids(triggers, u't');
    for (TriggerDesign &trigger : triggers) {
        if (trigger.id.isEmpty())
            trigger.id = ids.next();
    }
    IdSource eventIds(eventTriggers, u'e');
    for (EventTriggerDesign &eventTrigger : eventTriggers) {
        if (eventTrigger.id.isEmpty())
            eventTrigger.id = eventIds.next();
    }
}

qsizetype DesignDocument::indexOfEventTriggerId(const QString &id) const
{
    for (qsizetype i = 0; i < eventTriggers.size(); ++i) {
        if (eventTriggers.at(i).id == id)
            return i;
    }
    return -1;
}

QString DesignDocument::unusedEventTriggerId() const
{
    return IdSource(eventTriggers, u'e').next();
}

QString DesignDocument::addEventTrigger(EventTriggerDesign eventTrigger)
{
    if (eventTrigger.id.isEmpty() || indexOfEventTriggerId(eventTrigger.id) >= 0)
        eventTrigger.id = unusedEventTriggerId();
    eventTriggers.append(std::move(eventTrigger));
    return eventTriggers.constLast().id;
}

const TriggerDesign *DesignDocument::triggerNamed(const QString &name) const
{
    for (const TriggerDesign &trigger : triggers) {
        if (trigger.name == name)
            return &trigger;
    }
    return nullptr;
}

void DesignDocument::setTableReadingFunctions(const QStringList &names)
{
    tableReadingFunctions = names;
    for (TriggerDesign &trigger : triggers)
        adoptSettings(trigger);
}

void DesignDocument::adoptSettings(TriggerDesign &trigger) const
{
    trigger.tableReadingFunctions = tableReadingFunctions;
}

QString DesignDocument::addTrigger(TriggerDesign trigger)
{
    if (trigger.id.isEmpty() || indexOfId(trigger.id) >= 0)
        trigger.id = unusedId();
    adoptSettings(trigger);
    triggers.append(std::move(trigger));
    return triggers.constLast().id;
}

const OutboxTarget *DesignDocument::targetNamed(const QString &name) const
{
    for (const OutboxTarget &target : targets) {
        if (target.name == name)
            return &target;
    }
    return nullptr;
}

QStringList notifyChannels(const QList<TriggerDesign> &triggers)
{
    QStringList channels;
    for (const TriggerDesign &trigger : triggers) {
        for (const Action &action : trigger.actions) {
            if (const auto *notify = std::get_if<NotifyAction>(&action);
                notify && !notify->channel.isEmpty() && !channels.contains(notify->channel))
                channels.append(notify->channel);
        }
    }
    return channels;
}

} // namespace trigon
