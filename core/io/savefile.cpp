#include "core/io/savefile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace trigon {

namespace {

// Writes all of `bytes` to a file opened Unbuffered. A write that stops short (the disk filled up
// half way) is tried again for the rest, so that the call that fails sets the file's error and
// its reason ("File too large"); the short write itself reports none.
bool writeAll(QFileDevice &file, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

bool writeDirectly(const QString &fileName, const QByteArray &bytes, QString *error)
{
    QFile file(fileName);
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && writeAll(file, bytes)
        && file.flush()) {
        file.close();
        if (file.error() == QFileDevice::NoError)
            return true;
    }
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace

bool saveFile(const QString &fileName, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(fileName);
    // A temporary renamed over a device would replace it with a plain file.
    if (info.exists() && !info.isFile() && !info.isDir())
        return writeDirectly(fileName, bytes, error);
    QSaveFile file(fileName);
    // Unbuffered, and every write checked before commit(): commit() flushes QFileDevice's buffer
    // but renames the temporary over the file even when that flush fails (a full disk left a
    // truncated file in place of the old one).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(file, bytes)
        || !file.flush()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting(); // the destructor removes the temporary
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace trigon
