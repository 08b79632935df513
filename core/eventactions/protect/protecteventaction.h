#pragma once

#include "core/actions/protect/protectaction.h"
#include "core/eventactions/eventactionkind.h"

namespace trigon {

void checkEventAction(const ProtectAction &action, EventTriggerChecks &checks, const QString &path);
QString renderEventAction(const ProtectAction &action, const EventFunctionBody &body);

} // namespace trigon
