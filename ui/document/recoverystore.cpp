#include "ui/document/recoverystore.h"

#include "core/io/designfile.h"
#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <csignal>

namespace trigon::ui {

namespace {

const QString Suffix = QStringLiteral(".trigon-recovery.json");

bool processRuns(qint64 pid)
{
    // Signal 0 checks existence only; EPERM means it runs as another user.
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

} // namespace

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/recovery");
}

QString RecoveryStore::ownPath() const
{
    return m_directory + QLatin1Char('/') + QString::number(QCoreApplication::applicationPid())
            + Suffix;
}

bool RecoveryStore::save(const DesignDocument &document, const QString &fileName, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = QCoreApplication::translate("RecoveryStore", "cannot create %1").arg(m_directory);
        return false;
    }
    QJsonObject envelope;
    envelope.insert(QStringLiteral("file"), fileName);
    envelope.insert(QStringLiteral("saved"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    envelope.insert(QStringLiteral("design"),
                    QJsonDocument::fromJson(serializeDesign(document)).object());
    // saveFile(): QSaveFile alone renames over the old copy even when its last flush failed.
    return saveFile(ownPath(), QJsonDocument(envelope).toJson(QJsonDocument::Compact), error);
}

void RecoveryStore::discard()
{
    QFile::remove(ownPath());
}

QList<RecoveryStore::Entry> RecoveryStore::orphans() const
{
    QList<Entry> entries;
    const QFileInfoList files
            = QDir(m_directory).entryInfoList({QLatin1Char('*') + Suffix}, QDir::Files);
    for (const QFileInfo &info : files) {
        const qint64 pid = info.fileName().section(QLatin1Char('.'), 0, 0).toLongLong();
        if (pid == QCoreApplication::applicationPid() || processRuns(pid))
            continue;
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
        const DesignReadResult design = parseDesign(
                QJsonDocument(envelope.value(QStringLiteral("design")).toObject()).toJson(),
                info.absoluteFilePath());
        if (!design.ok())
            continue;
        entries.append(
                Entry {info.absoluteFilePath(), envelope.value(QStringLiteral("file")).toString(),
                       QDateTime::fromString(envelope.value(QStringLiteral("saved")).toString(),
                                             Qt::ISODateWithMs),
                       *design.document});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.saved > b.saved; });
    return entries;
}

void RecoveryStore::remove(const Entry &entry)
{
    QFile::remove(entry.path);
}

} // namespace trigon::ui
