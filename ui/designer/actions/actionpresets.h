#pragma once

#include "core/model/triggerdesign.h"

namespace trigon::ui {

// Ready-made triggers the actions editor offers. Each is a combination of existing action kinds
// with the timing, events and condition they need, not a kind of its own.
enum class ActionPreset {
    ReadOnly,        // BEFORE UPDATE, when any (UPDATE OF, else every) field changes: protect
    ProtectDeletes,  // BEFORE DELETE: protect
    SoftDelete,      // BEFORE DELETE: soft_delete
    AuditAllChanges, // AFTER INSERT/UPDATE/DELETE: audit
    NotifyOnChange,  // AFTER INSERT/UPDATE/DELETE: notify with the operation and the rows
};

// Sets the timing, level, events, condition and actions of `trigger` for `preset`; keeps its
// name, table and columns, and drops what the new timing cannot have (transition tables and the
// constraint option before a BEFORE trigger, UPDATE OF without an UPDATE event).
void applyActionPreset(TriggerDesign &trigger, ActionPreset preset);

} // namespace trigon::ui
