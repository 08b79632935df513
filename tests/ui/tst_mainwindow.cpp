#include "core/pg/blockingconnection.h"
#include "tests/common/screenshot.h"
#include "tests/common/serverdirectory.h"
#include "ui/dialogs/documentationwindow.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/monitor/monitorpane.h"
#include "ui/sandbox/sandboxcontroller.h"
#include "ui/session/connectioncontroller.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace trigon;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hasTheMenusOfAFirstWindow_data();
    void hasTheMenusOfAFirstWindow();
    void shortcutsDialogListsTheMenus();
    void documentationShowsThePagesItShips();
    void offersTheSandboxWhenNothingIsSaved();
    void remembersTheMonitorBufferSize_data();
    void remembersTheMonitorBufferSize();
    void sandboxOpensWithTheDemoSchemaAndStopsOnClose();
    void failedConnectionKeepsTheWindowUsable();

private:
    QString sandboxDir() const { return m_parent.path() + QStringLiteral("/sandbox"); }
    ui::MainWindowOptions options() const
    {
        return {sandboxDir(), m_parent.path() + QStringLiteral("/recovery"), 5000};
    }
    void grab(QWidget *widget, const QString &name);
    QTemporaryDir m_parent;
};

void TestMainWindow::initTestCase()
{
    // Settings go to a throwaway location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_parent.isValid());
    trigon::test::openToServer(m_parent.path());
}

void TestMainWindow::grab(QWidget *widget, const QString &name)
{
    QVERIFY(trigon::test::saveScreenshot(widget, name));
}

void TestMainWindow::hasTheMenusOfAFirstWindow_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::newRow("quit") << QStringLiteral("&File") << QStringLiteral("&Quit");
    QTest::newRow("connect") << QStringLiteral("&Database") << QStringLiteral("&Connect…");
    QTest::newRow("sandbox") << QStringLiteral("&Database")
                             << QStringLiteral("Open &Sandbox Database");
    QTest::newRow("about") << QStringLiteral("&Help") << QStringLiteral("&About Trigon");
    QTest::newRow("getting started")
            << QStringLiteral("&Help") << QStringLiteral("&Getting Started");
    QTest::newRow("shortcuts") << QStringLiteral("&Help") << QStringLiteral("&Keyboard Shortcuts");
    QTest::newRow("language") << QStringLiteral("&View") << QStringLiteral("&Language");
    QTest::newRow("documentation") << QStringLiteral("&Help") << QStringLiteral("&Documentation");
}

// The list is read from the menus: an action's shortcut appears under its menu, without the
// mnemonic, and a menu without shortcuts is left out.
void TestMainWindow::shortcutsDialogListsTheMenus()
{
    ui::MainWindow window(options());
    ui::ShortcutsDialog dialog(window.menuBar());
    auto *list = dialog.findChild<QTreeWidget *>();
    QVERIFY(list);
    QStringList rows;
    for (int top = 0; top < list->topLevelItemCount(); ++top) {
        const QTreeWidgetItem *menu = list->topLevelItem(top);
        for (int child = 0; child < menu->childCount(); ++child)
            rows << menu->text(0) + u'/' + menu->child(child)->text(0) + u'='
                            + menu->child(child)->text(1);
    }
    const QString save = QStringLiteral("File/Save=")
            + QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    QVERIFY2(rows.contains(save), qPrintable(rows.join(u'\n')));
    QVERIFY2(rows.contains(QStringLiteral("Help/Getting Started=F1")),
             qPrintable(rows.join(u'\n')));
}

void TestMainWindow::hasTheMenusOfAFirstWindow()
{
    QFETCH(QString, menu);
    QFETCH(QString, action);
    ui::MainWindow window(options());
    QStringList found;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->text() != menu)
            continue;
        for (QAction *item : menuAction->menu()->actions())
            found.append(item->text());
    }
    QVERIFY2(found.contains(action), qPrintable(found.join(QStringLiteral(", "))));
}

void TestMainWindow::offersTheSandboxWhenNothingIsSaved()
{
    ui::MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPushButton *sandboxButton = nullptr;
    for (QPushButton *button : window.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Open Sandbox Database"))
            sandboxButton = button;
    }
    QVERIFY(sandboxButton);
    QVERIFY(sandboxButton->isVisible());
    QVERIFY(sandboxButton->isDefault());
    grab(&window, QStringLiteral("welcome"));
}

void TestMainWindow::remembersTheMonitorBufferSize_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("expected");
    QTest::newRow("nothing stored") << QVariant() << 100000;
    QTest::newRow("a size") << QVariant(250000) << 250000;
    QTest::newRow("below the minimum") << QVariant(-3) << 100000;
    QTest::newRow("not a number") << QVariant(QStringLiteral("lots")) << 100000;
}

void TestMainWindow::remembersTheMonitorBufferSize()
{
    QFETCH(QVariant, stored);
    QFETCH(int, expected);
    const QString key = QStringLiteral("monitor/capacity");
    if (stored.isValid())
        QSettings().setValue(key, stored);
    else
        QSettings().remove(key);
    {
        ui::MainWindow window(options());
        auto *monitor = window.findChild<ui::MonitorPane *>();
        QVERIFY(monitor);
        QCOMPARE(monitor->capacity(), expected);
        monitor->setCapacity(300000);
    }
    QCOMPARE(QSettings().value(key).toInt(), 300000);
    ui::MainWindow reopened(options());
    QCOMPARE(reopened.findChild<ui::MonitorPane *>()->capacity(), 300000);
    QSettings().remove(key);
}

void TestMainWindow::sandboxOpensWithTheDemoSchemaAndStopsOnClose()
{
    ui::MainWindow window(options());
    window.show();
    QSignalSpy finished(&window, &ui::MainWindow::connectionFinished);
    window.openSandbox();
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.takeFirst().at(0).toString(), QString());
    QVERIFY(window.connections()->sandbox()->isRunning());
    const QString conninfo = window.connectedConninfo();

    auto *label = window.statusBar()->findChildren<QLabel *>().last();
    QVERIFY2(label->text().startsWith(QStringLiteral("Sandbox: trigon@sandbox")),
             qPrintable(label->text()));
    grab(&window, QStringLiteral("sandbox-connected"));

    {
        pg::BlockingConnection connection(conninfo);
        const pg::QueryResult tables = connection.exec(
                QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM "
                               "information_schema.tables WHERE table_schema = 'public'"));
        QCOMPARE(tables.value(0, 0),
                 QStringLiteral("audit_log,customers,order_items,order_summaries,orders,products"));
    }

    window.close();
    QVERIFY(!window.connections()->sandbox()->isRunning());
    pg::BlockingConnection afterQuit(conninfo + QStringLiteral(" connect_timeout=2"));
    QVERIFY(!afterQuit.isOpen());
    QVERIFY(QFile::exists(sandboxDir() + QStringLiteral("/PG_VERSION")));
}

void TestMainWindow::failedConnectionKeepsTheWindowUsable()
{
    ui::MainWindow window(options());
    window.show();
    QSignalSpy finished(&window, &ui::MainWindow::connectionFinished);
    // The warning box is modal: close it as soon as it shows.
    QTimer::singleShot(0, this, [] {
        QTimer *closer = new QTimer;
        QObject::connect(closer, &QTimer::timeout, closer, [closer] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                box->close();
                closer->deleteLater();
            }
        });
        closer->start(50);
    });
    window.connections()->connectTo(
            QStringLiteral("host=/nonexistent-trigon-socket port=5 user=nobody"));
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.takeFirst().at(0).toString().contains(
            QStringLiteral("/nonexistent-trigon-socket")));
    QVERIFY(window.connectedConninfo().isEmpty());
}

// The pages are compiled in; a link between them moves the list along.
void TestMainWindow::documentationShowsThePagesItShips()
{
    ui::DocumentationWindow window;
    QCOMPARE(window.pages()->count(), 4);
    QCOMPARE(window.pages()->item(0)->text(), QStringLiteral("Trigon design files"));
    QVERIFY(window.browser()->toPlainText().contains(QStringLiteral("table_reading_functions")));
    // As a click on a relative link does: resolved against the page shown.
    window.browser()->setSource(
            window.browser()->source().resolved(QUrl(QStringLiteral("deploy.md"))),
            QTextDocument::MarkdownResource);
    QCOMPARE(window.pages()->currentRow(), 1);
    QVERIFY2(window.browser()->toPlainText().contains(QStringLiteral("Status, deploy")),
             qPrintable(window.browser()->toPlainText().left(200)));
    window.show();
    grab(&window, QStringLiteral("documentation"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
