#include "core/model/designdocument.h"

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

QString DesignDocument::unusedId() const
{
    for (qsizetype n = 1;; ++n) {
        const QString id = QStringLiteral("t%1").arg(n);
        if (indexOfId(id) < 0)
            return id;
    }
}

QString DesignDocument::addTrigger(TriggerDesign trigger)
{
    if (trigger.id.isEmpty() || indexOfId(trigger.id) >= 0)
        trigger.id = unusedId();
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
