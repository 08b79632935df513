#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace trigon::ui {

class ConnectionController;
class DocumentationWindow;
class DeployPane;
class DesignController;
class DesignListPane;
class DocumentFiles;
class PreviewController;
class Session;
class SqlPreview;

// The main window's menu bar: File, Edit, View, Database and Help, each action wired to the
// controller or pane that does the work. The window says when the database actions apply.
class MainMenus : public QObject
{
    Q_OBJECT
public:
    // What the menus act on; all outlive the menus.
    struct Targets
    {
        DocumentFiles *files = nullptr;
        DesignController *design = nullptr;
        DesignListPane *designList = nullptr;
        PreviewController *preview = nullptr;
        SqlPreview *sqlPreview = nullptr;
        DeployPane *deploy = nullptr;
        Session *session = nullptr;
        ConnectionController *connections = nullptr;
        QList<QDockWidget *> docks;     // View shows or hides each
        QList<QAction *> layoutActions; // View lists them under the panes (the window's own)
    };

    // Fills `window`'s menu bar; the menus belong to the window.
    MainMenus(QMainWindow *window, const Targets &targets);

    // Disconnect and Reload Catalog need an open session.
    void setConnected(bool connected);
    // Reset and Seed Sandbox wait while a connection or the sandbox is under way.
    void setSandboxActionsEnabled(bool enabled);
    // Help ▸ Getting Started; the welcome page offers it too.
    void showGettingStarted();

private:
    void addFileMenu(const Targets &targets);
    void addEditMenu(const Targets &targets);
    void addViewMenu(const Targets &targets);
    // View ▸ Language: saved for the next start, when the catalogues are loaded.
    void addLanguageMenu(QMenu *view);
    void addDatabaseMenu(const Targets &targets);
    void addHelpMenu();
    void showDocumentation();
    void showAbout();

    QMainWindow *m_window;
    QAction *m_disconnect = nullptr;
    QAction *m_reloadCatalog = nullptr;
    QAction *m_resetSandbox = nullptr;
    QAction *m_seedSandbox = nullptr;
    QPointer<DocumentationWindow> m_documentation; // open while the user reads
};

} // namespace trigon::ui
