#pragma once

#include <QObject>

#include <memory>

class QMenu;
class QTimer;
class QWidget;

namespace trigon::ui {

class DesignController;
class DesignFileWatcher;
class PreviewController;
class RecoveryStore;

// The design's life on disk: new, open, save, save as, SQL export, the recent files, autosave
// into the recovery store, the offer to recover after a crash and the one to reload a file
// changed by another program (DesignFileWatcher). Not a widget: it asks the
// window it is given for its dialogs, and reports what it did through statusMessage().
class DocumentFiles : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString recoveryDirectory; // empty: the user's default recovery folder
        int autosaveDelayMs = 5000;
    };

    DocumentFiles(DesignController *design, const PreviewController *preview,
                  const Options &options, QWidget *window);
    // A normal end leaves nothing to recover.
    ~DocumentFiles() override;

    // File ▸ Open Recent, kept up to date.
    QMenu *recentMenu() const { return m_recentMenu; }
    DesignFileWatcher *fileWatcher() const { return m_fileWatcher; }
    // The designs opened or saved lately, newest first: what File ▸ Open Recent lists, for
    // other places that offer them (the welcome page).
    QStringList recentFiles() const;

    // Asks whether to save unsaved changes; false when the user cancels (or saving failed).
    bool maybeSave();
    void newDesign();
    void openDesignDialog();
    bool openDesign(const QString &fileName);
    // openDesign() after asking to save the current changes, as a recent file is opened.
    void openRecentFile(const QString &fileName);
    bool save();
    bool saveAs();
    // Writes the install script, rendered for the preview's server version.
    void exportScript();
    // Offers the designs a crashed session left behind; returns whether one was restored.
    bool offerRecovery();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    void recentFilesChanged(const QStringList &files);

private:
    void autosave();
    void addRecentFile(const QString &fileName);
    void updateRecentMenu();

    DesignController *m_design;
    const PreviewController *m_preview;
    QWidget *m_window;
    std::unique_ptr<RecoveryStore> m_recovery;
    QTimer *m_autosaveTimer;
    QMenu *m_recentMenu;
    DesignFileWatcher *m_fileWatcher;
};

} // namespace trigon::ui
