#pragma once

#include <QString>

namespace trigon {

// What the triggers send during a test, seen from inside the test's transaction: NOTIFY is
// delivered only when a transaction commits, and a test's is always rolled back, so listening
// cannot see it. The statements create the schema trigon_test_capture (where
// firingTraceFunction() lives too, made by whoever traces), the temporary table
// pg_temp.trigon_captured (n serial, channel text, payload text) and
// trigon_test_capture.pg_notify(channel text, payload text), which records each call there and
// then calls pg_catalog.pg_notify() so its checks (payload size, channel name) still apply. They
// put that schema first on the transaction's search_path, where the generated functions'
// unqualified pg_notify() calls find it. Run inside the test's transaction, before the designs
// are installed; the rollback removes everything. The test bench's runner and the pgTAP script
// both use it, so both see the same notifications.
QString renderNotifyCapture();

} // namespace trigon
