#pragma once

#include "core/model/designdocument.h"
#include "core/model/eventtriggerdesign.h"
#include "core/sql/scriptrenderer.h"

#include <QList>
#include <QString>

namespace trigon {

// The SQL of event triggers: their generated functions, CREATE EVENT TRIGGER, the markers that
// status reads back, and their parts of the install and uninstall scripts. An event trigger's
// `tableDesigns` are the triggers of its document, which its attach actions name.

// public.trigon_event__<name> (cut to 63 bytes as truncatedIdentifier() does): event triggers
// belong to no schema, their functions to public.
FunctionRef eventTriggerFunction(const EventTriggerDesign &design);

// CREATE OR REPLACE FUNCTION ... RETURNS event_trigger, without its COMMENT. The server version
// matters only to attach actions (EXECUTE PROCEDURE before 11).
QString renderEventFunctionDefinition(const EventTriggerDesign &design,
                                      const QList<TriggerDesign> &tableDesigns, int serverVersion);
// CREATE EVENT TRIGGER name ON event [WHEN TAG IN (...)] EXECUTE FUNCTION ...;
QString renderEventTriggerDefinition(const EventTriggerDesign &design,
                                     const RenderOptions &options);
// ALTER EVENT TRIGGER ... ENABLE | DISABLE | ENABLE REPLICA | ENABLE ALWAYS;
QString renderEnableEventTrigger(const QString &name, TriggerEnabled enabled);

// The hashes in the markers: of the function definition, and of the event trigger's canonical
// definition (EXECUTE FUNCTION) with its comment. `enabled` is compared with evtenabled instead.
QString eventFunctionDefinitionHash(const EventTriggerDesign &design,
                                    const QList<TriggerDesign> &tableDesigns, int serverVersion);
QString eventTriggerDefinitionHash(const EventTriggerDesign &design);
// The same hash for an installed event trigger, from what the catalog says of it: equal to its
// marker when nobody changed it since Trigon created it.
QString installedEventTriggerHash(const QString &name, const QString &event,
                                  const QStringList &tags, const FunctionRef &function,
                                  const QString &comment);

// The last line of the comment an attach action gives the trigger it creates ("Attached by the
// event trigger <name>."), which carries no marker: its hash would cover the new table's name,
// which only the server knows then. Status takes a trigger whose comment ends so, on the
// design's untouched function, for one a deploy may give its marker without loss.
QString attachedTriggerNote(const QString &eventTriggerName);
bool isAttachedTriggerComment(const QString &comment);

// The statements that install one event trigger (its function, then DROP EVENT TRIGGER IF
// EXISTS and CREATE, since there is no CREATE OR REPLACE EVENT TRIGGER), or remove it.
QString renderEventTriggerInstall(const EventTriggerDesign &design,
                                  const QList<TriggerDesign> &tableDesigns,
                                  const RenderOptions &options);
QString renderEventTriggerUninstall(const EventTriggerDesign &design);
// Several at once: every DROP EVENT TRIGGER before the first DROP FUNCTION, so that none of them
// (a sql_drop one) fires for the functions of the others.
QString renderEventTriggersUninstall(const QList<EventTriggerDesign> &designs);
// One event trigger's install (or uninstall) script on its own, in BEGIN ... COMMIT when
// options.singleTransaction: a file of an export that gives every trigger its own.
QString renderEventTriggerScript(const EventTriggerDesign &design,
                                 const QList<TriggerDesign> &tableDesigns,
                                 const RenderOptions &options, bool uninstall);

} // namespace trigon
