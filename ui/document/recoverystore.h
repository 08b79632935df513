#pragma once

#include "core/model/designdocument.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace trigon::ui {

// Autosave for crash recovery. Each running Trigon writes its unsaved design to its own file in
// `directory` (named after its process id) and removes it when the work is saved or the program
// ends normally. A file whose process is gone was left by a crash: the next start offers it.
class RecoveryStore
{
public:
    struct Entry
    {
        QString path;     // the recovery file
        QString fileName; // the design file the user was editing; empty for an untitled design
        QDateTime saved;
        DesignDocument document;
    };

    explicit RecoveryStore(QString directory);
    // The recovery folder in the user's application data folder.
    static QString defaultDirectory();

    // Writes this process's recovery file atomically.
    bool save(const DesignDocument &document, const QString &fileName, QString *error);
    // Removes this process's recovery file (saved, discarded, or quitting normally).
    void discard();
    // Recovery files left by processes that no longer run, newest first. Unreadable files are
    // skipped (and left alone: they are evidence, not ours to delete).
    QList<Entry> orphans() const;
    static void remove(const Entry &entry);

    QString ownPath() const;

private:
    QString m_directory;
};

} // namespace trigon::ui
