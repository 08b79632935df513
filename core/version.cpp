#include "core/version.h"

namespace trigon {

QString applicationVersion()
{
    return QStringLiteral(TRIGON_VERSION);
}

} // namespace trigon
