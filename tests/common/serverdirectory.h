#pragma once

#include <QFile>
#include <QString>

namespace trigon::test {

// As root the PostgreSQL server runs as `postgres`, which must pass through a temporary directory
// (mode 0700 by default) to reach a data directory created below it.
inline bool openToServer(const QString &directory)
{
    return QFile::setPermissions(directory,
                                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                         | QFile::ExeGroup | QFile::ExeOther);
}

} // namespace trigon::test
