#pragma once

#include <QByteArray>
#include <QString>

namespace trigon {

// Writes `bytes` to `fileName` so that a failure leaves nothing half done: a temporary beside the
// file (QSaveFile) is written, flushed and renamed over it, so a full disk or a missing directory
// leaves an existing file as it was and no partial file behind. A device or a pipe (/dev/stdout,
// a FIFO) cannot be replaced and is written directly, its flush and close checked. On failure
// `error` gets the OS's reason ("No space left on device") and it returns false.
bool saveFile(const QString &fileName, const QByteArray &bytes, QString *error);

} // namespace trigon
