#pragma once

#include "core/actions/insert/insertaction.h"
#include "core/eventactions/eventactionkind.h"

namespace trigon {

void checkEventAction(const InsertAction &action, EventTriggerChecks &checks, const QString &path);
QString renderEventAction(const InsertAction &action, const EventFunctionBody &body);

} // namespace trigon
