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

// Hands out "t1", "t2", ... skipping the ids in use. One set of the ids instead of a search of
// the triggers for every candidate, which made reading a file of many triggers without ids
// cubic.
class IdSource
{
public:
    explicit IdSource(const QList<TriggerDesign> &triggers)
    {
        m_used.reserve(triggers.size());
        for (const TriggerDesign &trigger : triggers)
            m_used.insert(trigger.id);
    }

    QString next()
    {
        for (;;) {
            QString id = QStringLiteral("t%1").arg(++m_last);
            if (!m_used.contains(id)) {
                m_used.insert(id);
                return id;
            }
        }
    }

private:
    QSet<QString> m_used;
    qsizetype m_last = 0;
};

} // namespace

QString DesignDocument::unusedId() const
{
    return IdSource(triggers).next();
}

void DesignDocument::giveMissingIds()
{
    IdSource ids(triggers);
    for (TriggerDesign &trigger : triggers) {
        if (trigger.id.isEmpty())
            trigger.id = ids.next();
    }
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
