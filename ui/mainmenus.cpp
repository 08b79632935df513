#include "ui/mainmenus.h"

#include "core/i18n/translations.h"
#include "core/version.h"
#include "ui/deploy/deploypane.h"
#include "ui/designer/designlistpane.h"
#include "ui/dialogs/documentationwindow.h"
#include "ui/dialogs/gettingstarteddialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/document/designcontroller.h"
#include "ui/document/documentfiles.h"
#include "ui/document/previewcontroller.h"
#include "ui/editor/sqlpreview.h"
#include "ui/session/connectioncontroller.h"
#include "ui/session/session.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

#include <Qsci/qsciglobal.h>

namespace trigon::ui {

MainMenus::MainMenus(QMainWindow *window, const Targets &targets)
    : QObject(window)
    , m_window(window)
{
    addFileMenu(targets);
    addEditMenu(targets);
    addViewMenu(targets);
    addDatabaseMenu(targets);
    addHelpMenu();
}

void MainMenus::setConnected(bool connected)
{
    m_disconnect->setEnabled(connected);
    m_reloadCatalog->setEnabled(connected);
}

void MainMenus::setSandboxActionsEnabled(bool enabled)
{
    m_resetSandbox->setEnabled(enabled);
    m_seedSandbox->setEnabled(enabled);
}

void MainMenus::addFileMenu(const Targets &targets)
{
    DocumentFiles *files = targets.files;
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Design"), QKeySequence::New, files, &DocumentFiles::newDesign);
    file->addAction(tr("&Open Design…"), QKeySequence::Open, files,
                    &DocumentFiles::openDesignDialog);
    file->addMenu(files->recentMenu());
    file->addAction(tr("&Save"), QKeySequence::Save, files, &DocumentFiles::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, files, &DocumentFiles::saveAs);
    file->addSeparator();
    file->addAction(tr("&Export SQL Script…"), QKeySequence(Qt::CTRL | Qt::Key_E), files,
                    &DocumentFiles::exportScript);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, m_window, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
}

void MainMenus::addEditMenu(const Targets &targets)
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction *undo = targets.design->undoStack()->createUndoAction(m_window, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = targets.design->undoStack()->createRedoAction(m_window, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(targets.designList->addAction());
    edit->addAction(targets.designList->duplicateAction());
    edit->addAction(targets.designList->deleteAction());
    edit->addSeparator();
    edit->addAction(targets.designList->addEventTriggerAction());
    edit->addMenu(targets.designList->eventTriggerPresetMenu());
}

void MainMenus::addViewMenu(const Targets &targets)
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : targets.docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addActions(targets.layoutActions);
    view->addSeparator();
    QAction *wholeFile = view->addAction(tr("Preview the &Whole File"));
    wholeFile->setCheckable(true);
    connect(wholeFile, &QAction::toggled, targets.preview, &PreviewController::setWholeFile);
    view->addAction(targets.sqlPreview->installAction());
    view->addAction(targets.sqlPreview->uninstallAction());
    view->addSeparator();
    addLanguageMenu(view);
}

void MainMenus::addLanguageMenu(QMenu *view)
{
    QMenu *language = view->addMenu(tr("&Language"));
    auto *choices = new QActionGroup(language);
    const QString saved = QSettings().value(languageSettingsKey()).toString();
    const auto addChoice = [&](const QString &text, const QString &name) {
        QAction *choice = language->addAction(text);
        choice->setCheckable(true);
        choice->setChecked(name == saved);
        choice->setData(name);
        choices->addAction(choice);
    };
    addChoice(tr("&System Language"), QString());
    language->addSeparator();
    for (const Language &each : availableLanguages())
        addChoice(each.ownName, each.name);
    if (choices->checkedAction() == nullptr)
        choices->actions().constFirst()->setChecked(true);
    connect(choices, &QActionGroup::triggered, this, [this](QAction *choice) {
        QSettings settings;
        if (choice->data().toString() == settings.value(languageSettingsKey()).toString())
            return;
        settings.setValue(languageSettingsKey(), choice->data().toString());
        QMessageBox::information(m_window, tr("Language"),
                                 tr("Trigon will use the new language when it starts again."));
    });
}

void MainMenus::addDatabaseMenu(const Targets &targets)
{
    ConnectionController *connections = targets.connections;
    QMenu *database = m_window->menuBar()->addMenu(tr("&Database"));
    database->addAction(tr("&Connect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                        connections, &ConnectionController::showConnectDialog);
    database->addAction(tr("Open &Sandbox Database"), connections,
                        &ConnectionController::openSandbox);
    m_seedSandbox = database->addAction(tr("S&eed Sandbox from Connection…"), connections,
                                        &ConnectionController::showSeedSandboxDialog);
    m_reloadCatalog = database->addAction(tr("Re&load Catalog"), QKeySequence::Refresh,
                                          targets.session, &Session::reloadCatalog);
    m_disconnect = database->addAction(tr("&Disconnect"), targets.session, &Session::close);
    database->addSeparator();
    DeployPane *deploy = targets.deploy;
    database->addActions({deploy->statusAction(), deploy->deployAction(),
                          deploy->runAllTestsAction(), deploy->runSelectedTestsAction()});
    database->addSeparator();
    m_resetSandbox = database->addAction(tr("&Reset Sandbox…"), connections,
                                         &ConnectionController::resetSandbox);
}

void MainMenus::addHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting Started"), QKeySequence::HelpContents, this,
                    &MainMenus::showGettingStarted);
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(m_window->menuBar(), m_window);
        dialog.exec();
    });
    help->addAction(tr("&Documentation"), this, &MainMenus::showDocumentation);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Trigon"), this, &MainMenus::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainMenus::showGettingStarted()
{
    GettingStartedDialog dialog(m_window);
    dialog.exec();
}

void MainMenus::showDocumentation()
{
    // One window, beside the main one rather than blocking it: reading while designing.
    if (m_documentation == nullptr) {
        m_documentation = new DocumentationWindow(m_window);
        m_documentation->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_documentation->show();
    m_documentation->raise();
    m_documentation->activateWindow();
}

void MainMenus::showAbout()
{
    QMessageBox::about(
            m_window, tr("About Trigon"),
            tr("<h3>Trigon %1</h3>"
               "<p>Design, preview, deploy and test PostgreSQL triggers.</p>"
               "<p>Built with Qt %2 and QScintilla %3.</p>"
               "<p>Trigon is free software under the GNU General Public License, version 3 "
               "or later.</p>")
                    .arg(applicationVersion(), QString::fromLatin1(qVersion()),
                         QStringLiteral(QSCINTILLA_VERSION_STR)));
}

} // namespace trigon::ui
