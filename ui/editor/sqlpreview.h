#pragma once

#include <QString>
#include <QWidget>

class QAction;

namespace trigon::ui {

class SqlEditor;

// The read-only view of a generated script, with a small tool bar: Install / Uninstall (which
// script the owner should supply), Copy and Save As…. It renders nothing itself: the owner
// listens to modeChanged() and calls setScript() with what the core renderer made.
class SqlPreview : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Install, Uninstall };
    Q_ENUM(Mode)

    explicit SqlPreview(QWidget *parent = nullptr);

    // Cheap enough to call on every edit: an equal text leaves the document alone, a different
    // one replaces only the part that changed, and the first visible line stays where it was.
    void setScript(const QString &script);
    QString script() const { return m_script; }

    Mode mode() const { return m_mode; }
    // Emits modeChanged() when the mode changes.
    void setMode(Mode mode);

    // The name Save As… proposes, e.g. "orders_notify.sql".
    void setSuggestedFileName(const QString &fileName) { m_suggestedFileName = fileName; }
    QString suggestedFileName() const { return m_suggestedFileName; }

    // Copies the selection, or the whole script when nothing is selected.
    void copy();
    // Asks for a file name and saves the script there, saying so in a message box when it cannot.
    void saveAs();
    // Writes the script as UTF-8. On failure returns false and, when `errorMessage` is given,
    // says why in words for the user.
    bool saveTo(const QString &fileName, QString *errorMessage = nullptr) const;

    SqlEditor *view() const { return m_view; }
    QAction *installAction() const { return m_installAction; }
    QAction *uninstallAction() const { return m_uninstallAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }

signals:
    void modeChanged(trigon::ui::SqlPreview::Mode mode);

private:
    SqlEditor *m_view = nullptr;
    QAction *m_installAction = nullptr;
    QAction *m_uninstallAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QString m_script;
    QString m_suggestedFileName;
    Mode m_mode = Mode::Install;
};

} // namespace trigon::ui
