#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace trigon::ui {

class DesignController;

// Notices when the open design file changes on disk by another hand (an editor, git checkout,
// trigon-cli attach). Without unsaved changes the design is read again at once and a status
// message says so; with unsaved changes a dialog that does not block the window offers Reload
// (the changes are lost) or Keep Mine (saving then replaces the file). Trigon's own saves are
// not changes: the watcher compares the file's bytes with those it last read or wrote.
class DesignFileWatcher : public QObject
{
    Q_OBJECT
public:
    DesignFileWatcher(DesignController *design, QWidget *window);

    // The open offer, or null.
    QMessageBox *reloadOffer() const { return m_offer; }
    // The offer's answers.
    void reload();
    void keepMine();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    // The file changed while the design had unsaved changes: reloadOffer() is open.
    void reloadOffered();
    // The design was read again from the changed file.
    void reloaded();

private:
    void watch(const QString &fileName);
    // What the file holds now counts as known (just opened, or just saved by Trigon).
    void rememberDisk();
    void checkFile();
    void closeOffer();

    DesignController *m_design;
    QWidget *m_window;
    QFileSystemWatcher m_watcher;
    // Editors write in several steps (truncate, write, rename): the file is read once they settle.
    QTimer m_settle;
    QByteArray m_known;   // the file's bytes as Trigon last read or wrote them
    QByteArray m_offered; // the bytes the open offer is about
    QPointer<QMessageBox> m_offer;
};

} // namespace trigon::ui
