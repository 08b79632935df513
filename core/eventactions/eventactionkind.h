#pragma once

// What every event-trigger action kind's header (core/eventactions/<kind>/<kind>eventaction.h)
// declares for the one kind it is about:
//
//   void checkEventAction(const XAction &action, EventTriggerChecks &checks,  // <kind>eventrules
//                         const QString &path);
//   QString renderEventAction(const XAction &action, const EventFunctionBody &body); // eventsql
//
// The kinds an event trigger shares with table triggers keep their model value and their design
// file members (writeActionFields / readActionFields in core/actions/<kind>); attach, which only
// event triggers have, declares its own. The validator and the renderer call them through
// std::visit over EventAction.

#include "core/actions/actionkind.h"

namespace trigon {

class EventTriggerChecks;
class EventFunctionBody;

} // namespace trigon
