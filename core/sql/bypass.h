#pragma once

#include "core/model/triggerdesign.h"

#include <QString>

namespace trigon {

// Skipping a trigger for one transaction, on purpose ("bypass": true or "notice" in a design).
// Trigon installs one function, trigon.bypass(trigger_name text, reason text DEFAULT NULL): it
// sets a setting named after the trigger with set_config(..., true), which PostgreSQL itself ends
// with the transaction (and undoes with a ROLLBACK TO SAVEPOINT past it), and reports who, when,
// why and which trigger: a row in trigon.bypass_log, or, for a trigger whose design says
// "notice", a NOTICE to the client and no row. A bypass-enabled trigger's WHEN (its function,
// for INSTEAD OF) checks that setting and, when it is on, does not fire. A trigger without the
// option never reads it; another session never sees it.
//
// trigon.bypass() is one function for every design, so it learns how to report a trigger from
// the database: the install script of a design with the option writes the trigger's name and
// mode into trigon.bypass_options, its uninstall script deletes the row, and a name without a
// row is logged to the table (the record that lasts, also for installs made before the registry
// existed).

// "trigon.bypass_" + the MD5 of the trigger's name in hex: the setting trigon.bypass() sets.
// (A custom setting's name must be a plain word; the hash makes any trigger name one.)
QString bypassSettingName(const QString &triggerName);

// The WHEN test of a bypass-enabled trigger: true unless the transaction asked to skip it.
QString bypassWhenTest(const QString &triggerName);

// The statements that create (or leave in place) schema trigon, trigon.bypass_log,
// trigon.bypass_options and trigon.bypass(): safe to run again, and kept by uninstall scripts
// (the log holds data, and other designs may use them).
QString renderBypassSupport();

// The value trigon.bypass_options.audit holds for `mode`: "table" or "notice"; empty for Off.
QString bypassAuditName(BypassMode mode);

// The upsert of `trigger`'s row in trigon.bypass_options (empty without the option): part of
// the trigger's install, after renderBypassSupport().
QString renderBypassOption(const TriggerDesign &trigger);
// Deletes that row, when the table exists (empty without the option): part of the uninstall.
QString renderBypassOptionRemoval(const TriggerDesign &trigger);

// Whether any of `triggers` has the option, so that scripts include the support.
bool anyBypass(const QList<TriggerDesign> &triggers);

} // namespace trigon
