#pragma once

#include "core/model/triggerdesign.h"

#include <QIcon>

namespace trigon::ui {

// A small badge that says at a glance how a trigger fires: its letter is the timing (B before,
// A after, I instead of), a filled badge is row level and an outlined one statement level, and
// its colour the enabled state (grey when disabled, blue for replica, purple for always).
QIcon triggerIcon(TriggerTiming timing, TriggerLevel level, TriggerEnabled enabled);
// The enabled state for people: "enabled", "disabled", "replica only", "always" (the design
// file's words, origin and the rest, are for files and scripts).
QString enabledStateLabel(TriggerEnabled enabled);
// Icons of catalog objects: schema, table, view, column (key or not).
QIcon schemaIcon();
QIcon relationIcon(bool isView);
QIcon columnIcon(bool primaryKey);

} // namespace trigon::ui
