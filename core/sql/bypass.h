#pragma once

#include "core/model/triggerdesign.h"

#include <QString>

namespace trigon {

// Skipping a trigger for one transaction, on purpose ("bypass": true in a design). Trigon
// installs one function, trigon.bypass(trigger_name text, reason text DEFAULT NULL): it sets a
// setting named after the trigger with set_config(..., true), which PostgreSQL itself ends with
// the transaction (and undoes with a ROLLBACK TO SAVEPOINT past it), and writes who, when, why and
// which trigger to trigon.bypass_log. A bypass-enabled trigger's WHEN (its function, for INSTEAD
// OF) checks that setting and, when it is on, does not fire. A trigger without the option never
// reads it; another session never sees it.

// "trigon.bypass_" + the MD5 of the trigger's name in hex: the setting trigon.bypass() sets.
// (A custom setting's name must be a plain word; the hash makes any trigger name one.)
QString bypassSettingName(const QString &triggerName);

// The WHEN test of a bypass-enabled trigger: true unless the transaction asked to skip it.
QString bypassWhenTest(const QString &triggerName);

// The statements that create (or leave in place) schema trigon, trigon.bypass_log and
// trigon.bypass(): safe to run again, and kept by uninstall scripts (the log holds data).
QString renderBypassSupport();

// Whether any of `triggers` has the option, so that scripts include the support.
bool anyBypass(const QList<TriggerDesign> &triggers);

} // namespace trigon
