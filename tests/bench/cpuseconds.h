#pragma once

#include <functional>
#include <time.h>

namespace trigon::bench {

// The CPU time `work` takes in this process, so that other work on a shared machine does not
// count.
inline double cpuSeconds(const std::function<void()> &work)
{
    timespec start {};
    timespec end {};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start);
    work();
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end);
    return double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
}

} // namespace trigon::bench
