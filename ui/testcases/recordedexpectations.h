#pragma once

#include "core/model/triggertestcase.h"
#include "core/pg/testrunner.h"

namespace trigon::ui {

// "Record from a run": makes what happened in `result`, a run of `test`, its expectations. Each
// query keeps its SQL and gets the rows it returned (a query that failed, or whose SQL changed
// since the run, keeps its rows); the notifications become one expectation each, holding every
// field of a JSON object payload (none for another payload, which then matches any payload on
// the channel); the triggers that fired become the expected order. The rest is left as it is.
void recordExpectations(TriggerTestCase &test, const pg::TestCaseResult &result);

} // namespace trigon::ui
