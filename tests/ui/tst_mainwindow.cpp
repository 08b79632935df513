#include "core/pg/blockingconnection.h"
#include "tests/common/screenshot.h"
#include "tests/common/serverdirectory.h"
#include "ui/cascade/cascadepane.h"
#include "ui/designer/diagnosticsmodel.h"
#include "ui/dialogs/documentationwindow.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/monitor/monitorpane.h"
#include "ui/sandbox/sandboxcontroller.h"
#include "ui/session/connectioncontroller.h"
#include "ui/session/connectionstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
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
    void cascadeDockShowsTheLoop();
    void defaultLayoutGivesTheSqlRoom_data();
    void defaultLayoutGivesTheSqlRoom();
    void resetLayoutBringsEveryPaneBack();
    void maximizePanelTakesTheWindowAndGivesItBack();

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
    QTest::newRow("cascade") << QStringLiteral("&View") << QStringLiteral("Cascade");
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
    const QString cascade = QStringLiteral("View/Cascade=")
            + QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G).toString(QKeySequence::NativeText);
    QVERIFY2(rows.contains(cascade), qPrintable(rows.join(u'\n')));
    // No two commands of the menus share keys.
    QStringList keys;
    for (const QString &row : std::as_const(rows))
        keys.append(row.section(u'=', 1));
    keys.removeDuplicates();
    QCOMPARE(keys.size(), rows.size());
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
    window.resize(1366, 768); // a common laptop screen, for the README's picture
    window.arrangeDefaultLayout();
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

    // The status bar says where the window is connected; its tooltip, what the session is.
    auto *where = window.statusBar()->findChild<ui::ConnectionStatusWidget *>();
    QVERIFY(where);
    QVERIFY2(where->text().contains(QStringLiteral("/sandbox")), qPrintable(where->text()));
    QVERIFY2(where->toolTip().startsWith(QStringLiteral("Sandbox: trigon@sandbox")),
             qPrintable(where->toolTip()));
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

// View ▸ Cascade's shortcut brings the dock forward with the design's loop drawn; the loop's
// warnings are among the design's diagnostics whether the dock is shown or not.
void TestMainWindow::cascadeDockShowsTheLoop()
{
    ui::MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openDesign(QStringLiteral(TRIGON_TEST_DATA_DIR "/designs/cascade_loop.json")));
    window.updatePreview();
    QStringList warned;
    for (const Diagnostic &diagnostic : window.diagnostics()->diagnostics()) {
        if (diagnostic.field == u"cascade")
            warned.append(diagnostic.triggerName);
    }
    QCOMPARE(warned.size(), 3);

    // Behind the Condition tab it is out of sight, and draws nothing.
    ui::CascadePane *cascade = window.cascadePane();
    QVERIFY(cascade->visibleRegion().isEmpty());
    QSignalSpy pictured(cascade, &ui::CascadePane::pictureUpdated);
    QTest::qWait(100);
    QVERIFY(pictured.isEmpty());

    // The shortcut brings it forward rather than closing it, and it catches up.
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!cascade->visibleRegion().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!pictured.isEmpty(), 10'000);
    QCOMPARE(cascade->loopList()->count(), 1);
    QVERIFY(cascade->loopList()->item(0)->text().contains(QLatin1String("fanout_touch_order")));
    grab(&window, QStringLiteral("cascade-dock"));

    // In front, the same keys close it, and open it again.
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!cascade->isVisible());
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!cascade->visibleRegion().isEmpty());
}

// The pages are compiled in; a link between them moves the list along.
void TestMainWindow::documentationShowsThePagesItShips()
{
    ui::DocumentationWindow window;
    QCOMPARE(window.pages()->count(), 7);
    QCOMPARE(window.pages()->item(0)->text(), QStringLiteral("Trigon design files"));
    QCOMPARE(window.pages()->item(4)->text(),
             QStringLiteral("What a change sets off: the cascade graph, loops and firing order"));
    QCOMPARE(window.pages()->item(5)->text(), QStringLiteral("Event triggers"));
    QCOMPARE(window.pages()->item(6)->text(),
             QStringLiteral("The outbox: events that leave the database safely"));
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

// Issue #16, item 2: the SQL preview got eight lines. By default it runs the full height beside
// the form, as wide as a good part of the window, at the sizes of common screens.
void TestMainWindow::defaultLayoutGivesTheSqlRoom_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestMainWindow::defaultLayoutGivesTheSqlRoom()
{
    QFETCH(QSize, screen);
    ui::MainWindow window(options());
    window.resize(screen);
    window.arrangeDefaultLayout();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.arrangeDefaultLayout(); // sizes follow the window shown at its size
    QVERIFY(window.openDesign(QStringLiteral(TRIGON_EXAMPLES_DIR "/shop.trigon.json")));
    window.updatePreview();
    auto *preview = window.findChild<QDockWidget *>(QStringLiteral("previewDock"));
    QVERIFY(preview);
    QCOMPARE(window.dockWidgetArea(preview), Qt::RightDockWidgetArea);
    QVERIFY2(preview->width() >= screen.width() * 30 / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(preview->width()).arg(screen.width())));
    QVERIFY2(preview->height() >= screen.height() * 55 / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(preview->height()).arg(screen.height())));
    grab(&window, QStringLiteral("layout-%1x%2").arg(screen.width()).arg(screen.height()));
}

void TestMainWindow::resetLayoutBringsEveryPaneBack()
{
    ui::MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *catalog = window.findChild<QDockWidget *>(QStringLiteral("catalogDock"));
    auto *preview = window.findChild<QDockWidget *>(QStringLiteral("previewDock"));
    catalog->close();
    preview->setFloating(true);
    window.addDockWidget(Qt::LeftDockWidgetArea,
                         window.findChild<QDockWidget *>(QStringLiteral("monitorDock")));

    QAction *reset = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Reset Layout"))
            reset = action;
    }
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(catalog->isVisible());
    QVERIFY(!preview->isFloating());
    QCOMPARE(window.dockWidgetArea(preview), Qt::RightDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("monitorDock"))),
             Qt::BottomDockWidgetArea);
}

// The Events and the test bench need room: the focused panel takes the whole window, and the
// same shortcut gives the layout back as it was.
void TestMainWindow::maximizePanelTakesTheWindowAndGivesItBack()
{
    ui::MainWindow window(options());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *events = window.findChild<QDockWidget *>(QStringLiteral("monitorDock"));
    auto *catalog = window.findChild<QDockWidget *>(QStringLiteral("catalogDock"));
    events->raise();
    window.monitor()->setFocus();
    QTRY_VERIFY(window.monitor()->isAncestorOf(QApplication::focusWidget())
                || QApplication::focusWidget() == window.monitor());
    const int before = events->width();

    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!catalog->isVisible());
    QTRY_VERIFY(events->width() > before);
    QVERIFY(events->isVisible());

    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(catalog->isVisible());
    QTRY_COMPARE(events->width(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
