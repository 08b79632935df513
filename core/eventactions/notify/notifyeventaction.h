#pragma once

#include "core/actions/notify/notifyaction.h"
#include "core/eventactions/eventactionkind.h"

namespace trigon {

void checkEventAction(const NotifyAction &action, EventTriggerChecks &checks, const QString &path);
QString renderEventAction(const NotifyAction &action, const EventFunctionBody &body);

} // namespace trigon
