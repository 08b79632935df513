#pragma once

#include <QString>

namespace trigon {

// The product version, from the CMake project() declaration.
QString applicationVersion();

} // namespace trigon
