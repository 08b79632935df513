#pragma once

#include <QString>

#include <thread>

namespace trigon::bench {

// Commits `count` notifications on `channel` in one transaction, from a thread of its own so
// that the receiving side is never blocked by the sending one. Join the thread when done.
std::thread sendBurst(const QString &conninfo, const QString &channel, int count);

} // namespace trigon::bench
