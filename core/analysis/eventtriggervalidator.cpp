#include "core/analysis/designvalidator.h"
#include "core/analysis/eventtriggerchecks.h"
#include "core/eventactions/attach/attacheventaction.h"
#include "core/eventactions/insert/inserteventaction.h"
#include "core/eventactions/notify/notifyeventaction.h"
#include "core/eventactions/protect/protecteventaction.h"
#include "core/eventactions/sql/sqleventaction.h"
#include "core/sql/scriptrenderer.h"

#include <QHash>
#include <QSet>

namespace trigon {

namespace {

constexpr int maxIdentifierBytes = 63;

void checkTags(EventTriggerChecks &checks)
{
    const EventTriggerDesign &design = checks.design();
    if (design.event == DdlEvent::Login) {
        if (!design.tags.isEmpty())
            checks.error(QStringLiteral("tags"),
                         EventTriggerChecks::tr("login event triggers take no tags"));
        return;
    }
    const QStringList accepted = eventTriggerCommandTags();
    const QStringList firing = commandTagsFiringFor(design.event);
    QSet<QString> seen;
    for (qsizetype i = 0; i < design.tags.size(); ++i) {
        const QString &tag = design.tags.at(i);
        const QString field = QStringLiteral("tags[%1]").arg(i);
        if (seen.contains(tag))
            checks.warning(field, EventTriggerChecks::tr("\"%1\" is listed twice").arg(tag));
        seen.insert(tag);
        if (!accepted.contains(tag)) {
            checks.error(field,
                         accepted.contains(tag.toUpper())
                                 ? EventTriggerChecks::tr("write the command tag in capitals: "
                                                          "\"%1\"")
                                           .arg(tag.toUpper())
                                 : EventTriggerChecks::tr(
                                           "\"%1\" is no command tag an event trigger can "
                                           "fire for (commands on databases, roles, "
                                           "tablespaces and event triggers have none)")
                                           .arg(tag));
        } else if (!firing.contains(tag)) {
            checks.warning(field,
                           EventTriggerChecks::tr("%1 never fires for %2")
                                   .arg(ddlEventName(design.event), tag));
        }
    }
}

QList<Diagnostic> validateEventTrigger(const DesignDocument &document, qsizetype index,
                                       const ValidationOptions &options)
{
    const int version = RenderOptions::versionNumber(options.serverVersion);
    EventTriggerChecks checks(document, index, version);
    const EventTriggerDesign &design = checks.design();
    if (design.name.isEmpty())
        checks.error(QStringLiteral("name"), EventTriggerChecks::tr("the name is empty"));
    else if (design.name.toUtf8().size() > maxIdentifierBytes)
        checks.error(QStringLiteral("name"),
                     EventTriggerChecks::tr("the name is longer than %1 bytes, where PostgreSQL "
                                            "cuts names")
                             .arg(maxIdentifierBytes));
    if (version < ddlEventSinceVersion(design.event))
        checks.error(QStringLiteral("event"),
                     EventTriggerChecks::tr("%1 event triggers need PostgreSQL %2 or later")
                             .arg(ddlEventName(design.event))
                             .arg(ddlEventSinceVersion(design.event) / 10000));
    if (options.superuser && !*options.superuser)
        checks.error(QString(),
                     EventTriggerChecks::tr("only a superuser can create event triggers; connect "
                                            "as one to deploy this"));
    checkTags(checks);
    if (design.actions.isEmpty())
        checks.warning(QStringLiteral("actions"),
                       EventTriggerChecks::tr("the event trigger has no actions: it does "
                                              "nothing"));
    for (qsizetype i = 0; i < design.actions.size(); ++i) {
        const QString path = QStringLiteral("actions[%1]").arg(i);
        std::visit([&](const auto &action) { checkEventAction(action, checks, path); },
                   design.actions.at(i));
    }
    return checks.diagnostics();
}

} // namespace

QList<Diagnostic> validateEventTriggers(const DesignDocument &document,
                                        const ValidationOptions &options)
{
    QList<Diagnostic> diagnostics;
    // Event triggers are objects of the database, not of a table: one name, one event trigger.
    QHash<QString, qsizetype> firstOfName;
    for (qsizetype i = 0; i < document.eventTriggers.size(); ++i) {
        diagnostics.append(validateEventTrigger(document, i, options));
        const EventTriggerDesign &design = document.eventTriggers.at(i);
        const auto earlier = firstOfName.constFind(design.name);
        if (earlier == firstOfName.cend()) {
            firstOfName.insert(design.name, i);
            continue;
        }
        diagnostics.append({Diagnostic::Severity::Error, -1, design.id, design.name,
                            QStringLiteral("event_triggers[%1].name").arg(i),
                            EventTriggerChecks::tr("event trigger number %1 has the same name; "
                                                   "one would replace the other")
                                    .arg(*earlier + 1)});
    }
    return diagnostics;
}

} // namespace trigon
