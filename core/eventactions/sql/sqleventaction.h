#pragma once

#include "core/actions/sql/sqlaction.h"
#include "core/eventactions/eventactionkind.h"

namespace trigon {

void checkEventAction(const SqlAction &action, EventTriggerChecks &checks, const QString &path);
QString renderEventAction(const SqlAction &action, const EventFunctionBody &body);

} // namespace trigon
