#include "core/i18n/translations.h"
#include "tests/common/screenshot.h"
#include "tests/common/serverdirectory.h"
#include "ui/designer/designlistpane.h"
#include "ui/dialogs/gettingstarteddialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/document/designcontroller.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace trigon;

// The main window as a Spanish or German user sees it: the catalogues embedded in the binary
// are found, and tr() in the window's classes (contexts "trigon::ui::...") reaches them.
class TestTranslatedWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void menuTitlesAreTranslated_data();
    void menuTitlesAreTranslated();

private:
    QTemporaryDir m_parent;
};

void TestTranslatedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_parent.isValid());
    trigon::test::openToServer(m_parent.path());
}

// Each row installs its own catalogues; the next starts from the source English again.
void TestTranslatedWindow::cleanup()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
}

void TestTranslatedWindow::menuTitlesAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringList {QStringLiteral("&Archivo"), QStringLiteral("&Editar"),
                                        QStringLiteral("&Ver"), QStringLiteral("&Base de datos"),
                                        QStringLiteral("Ay&uda")};
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                        QStringLiteral("&Ansicht"), QStringLiteral("Da&tenbank"),
                                        QStringLiteral("&Hilfe")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList {QStringLiteral("&File"), QStringLiteral("&Edit"),
                                        QStringLiteral("&View"), QStringLiteral("&Database"),
                                        QStringLiteral("&Help")};
}

void TestTranslatedWindow::menuTitlesAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QVERIFY(installTranslations(*qApp, chooseLanguage(language)));

    const QString sandbox = m_parent.filePath(QStringLiteral("sandbox"));
    const QString recovery = m_parent.filePath(QStringLiteral("recovery-") + language);
    ui::MainWindow window({sandbox, recovery, 5000});
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    QCOMPARE(titles, menus);

    // The shipped example with its first trigger open: the screenshots of each language.
    QVERIFY(window.openDesign(QStringLiteral(TRIGON_EXAMPLES_DIR "/shop.trigon.json")));
    window.designList()->selectTrigger(window.design()->triggers().constFirst().id);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(test::saveScreenshot(&window, QStringLiteral("designer-") + language));
    // The other panes whose labels grow most in German: the actions and Deploy and Test.
    for (const char *dock : {"actionsDock", "deployDock"})
        window.findChild<QDockWidget *>(QLatin1String(dock))->raise();
    QVERIFY(test::saveScreenshot(&window, QStringLiteral("panes-") + language));

    ui::GettingStartedDialog gettingStarted(&window);
    gettingStarted.show();
    QVERIFY(test::saveScreenshot(&gettingStarted, QStringLiteral("getting-started-") + language));
    ui::ShortcutsDialog shortcuts(window.menuBar(), &window);
    shortcuts.show();
    QVERIFY(test::saveScreenshot(&shortcuts, QStringLiteral("shortcuts-") + language));
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
