#include "core/eventactions/attach/attacheventaction.h"

#include "core/analysis/eventtriggerchecks.h"

namespace trigon {

void checkEventAction(const AttachAction &action, EventTriggerChecks &checks, const QString &path)
{
    const QString field = path + QStringLiteral(".trigger");
    if (checks.design().event != DdlEvent::DdlCommandEnd)
        checks.error(path,
                     EventTriggerChecks::tr("attach runs at ddl_command_end, when the new table "
                                            "exists"));
    const QStringList creating = {QStringLiteral("CREATE TABLE"), QStringLiteral("CREATE TABLE AS"),
                                  QStringLiteral("SELECT INTO")};
    const QStringList &tags = checks.design().tags;
    if (!tags.isEmpty() && std::none_of(tags.cbegin(), tags.cend(), [&](const QString &tag) {
            return creating.contains(tag);
        }))
        checks.error(path,
                     EventTriggerChecks::tr("attach acts on CREATE TABLE, CREATE TABLE AS and "
                                            "SELECT INTO, which the tags leave out"));
    if (action.trigger.isEmpty()) {
        checks.error(field, EventTriggerChecks::tr("name the design whose trigger to attach"));
        return;
    }
    const TriggerDesign *design = checks.tableDesign(action.trigger);
    if (!design)
        checks.error(field,
                     EventTriggerChecks::tr("no trigger of this file is named \"%1\"")
                             .arg(action.trigger));
    else if (!design->isOverSeveralTables() || !design->selector)
        checks.error(field,
                     EventTriggerChecks::tr("\"%1\" has no selector: only a design over several "
                                            "tables with a selector knows which new tables it "
                                            "wants")
                             .arg(action.trigger));
}

} // namespace trigon
