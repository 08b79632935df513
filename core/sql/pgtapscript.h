#pragma once

#include "core/model/triggerdesign.h"

#include <QList>
#include <QString>

namespace trigon {

// How renderPgTapScript() writes its script. Passed explicitly: there is no global setting.
struct PgTapOptions
{
    // The server the script's CREATE TRIGGER statements are written for
    // (RenderOptions::serverVersion).
    int serverVersion = 150000;
    // Install the designs inside the script's transaction before testing them, with the very
    // install script a deploy runs: the script then needs only the tables. Off: test the
    // triggers as they are deployed in the database the script runs on; the cases' "fired"
    // expectations are then skipped, since deployed functions do not record their firings.
    bool installDesigns = true;

    friend bool operator==(const PgTapOptions &, const PgTapOptions &) = default;
};

// A pgTAP test script (https://pgtap.org) for `designs`, self-contained, for pg_prove or psql:
//
// - BEGIN; CREATE EXTENSION IF NOT EXISTS pgtap; SELECT plan(N), N the exact number of tests;
// - the notification capture of renderNotifyCapture() and the script's helpers, all in the
//   schema trigon_test_capture and in temporary tables;
// - with installDesigns, the designs' install script (traced, RenderOptions::traceFiring, only
//   when a case expects "fired");
// - for each trigger of tableTriggers(): has_trigger, trigger_is, and is() over pg_trigger for
//   what pgTAP cannot check: the events (with UPDATE OF columns), the timing, the level, the
//   WHEN clause (compared with the server's own text of the designed trigger, made for a moment
//   and undone) and the enabled state;
// - each test case between SAVEPOINT and ROLLBACK TO SAVEPOINT, so that no case sees another's
//   changes: its setup (lives_ok), the bypasses it asks for, the action (lives_ok, or throws_ok
//   for a SQLSTATE and throws_like for a message, the action running once for each), then the
//   firing order, the queries' rows, the row count changes and the notifications, as the test
//   bench checks them (core/pg/testrunner.h). Expected notices cannot be seen from SQL and are
//   skipped with the reason, as is the firing order of an action that must fail (its records
//   are rolled back with it);
// - SELECT * FROM finish(); ROLLBACK; so a run leaves nothing behind, pgTAP included.
//
// The database needs pgTAP available to CREATE EXTENSION (Debian: postgresql-15-pgtap) and the
// right to create it, unless it is there already. Names and values are quoted with
// core/sql/quoting.h; the cases' SQL is run as the user wrote it. Descriptions are translated.
QString renderPgTapScript(const QList<TriggerDesign> &designs, const PgTapOptions &options = {});

} // namespace trigon
