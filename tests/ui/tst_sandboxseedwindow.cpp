#include "core/catalog/catalogsnapshot.h"
#include "tests/common/screenshot.h"
#include "tests/common/serverdirectory.h"
#include "tests/common/testdatabase.h"
#include "ui/mainwindow.h"
#include "ui/sandbox/sandboxcontroller.h"
#include "ui/session/connectioncontroller.h"
#include "ui/session/connectionstatuswidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace trigon;

// Database ▸ Seed Sandbox from Connection, after its dialogs: the copy is made off the GUI
// thread, the window connects to it and the catalog shows the copied tables.
class TestSandboxSeedWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seedsConnectsAndReplacesAfterAsking();
    void failureNamesTheSourceAndTheStep();

private:
    ui::MainWindowOptions options() const
    {
        return {m_parent.path() + QStringLiteral("/sandbox"),
                m_parent.path() + QStringLiteral("/recovery"), 5000};
    }
    // Answers the next modal message box with `button` and keeps its text.
    void answerNextBox(QMessageBox::StandardButton button);
    QTemporaryDir m_parent;
    QString m_boxText;
};

void TestSandboxSeedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_parent.isValid());
    trigon::test::openToServer(m_parent.path());
}

void TestSandboxSeedWindow::answerNextBox(QMessageBox::StandardButton button)
{
    m_boxText.clear();
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_boxText = box->text();
        box->button(button)->click();
        poll->deleteLater();
    });
    poll->start(50);
}

static QStringList tableNames(const CatalogSnapshot &catalog)
{
    QStringList names;
    for (const CatalogRelation &relation : catalog.relations)
        names.append(relation.name);
    names.sort();
    return names;
}

void TestSandboxSeedWindow::seedsConnectsAndReplacesAfterAsking()
{
    test::TestDatabase source(QStringLiteral("seedwindow"));
    source.mustExec(
            QStringLiteral("CREATE TABLE accounts (id int PRIMARY KEY, balance numeric);"
                           "CREATE VIEW rich AS SELECT * FROM accounts WHERE balance > 1000;"
                           "INSERT INTO accounts VALUES (1, 5000);"));
    ui::MainWindow window(options());
    window.show();
    QSignalSpy finished(&window, &ui::MainWindow::connectionFinished);
    QSignalSpy catalogLoaded(&window, &ui::MainWindow::catalogLoaded);
    window.connections()->seedSandbox(source.conninfo(), QStringLiteral("accounts_copy"));
    QVERIFY(window.connections()->sandbox()->isBusy());
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.takeFirst().at(0).toString(), QString());
    QVERIFY(catalogLoaded.wait(30'000));
    QCOMPARE(tableNames(*window.catalog()),
             (QStringList {QStringLiteral("accounts"), QStringLiteral("rich")}));
    // The status bar says where the window is connected; its tooltip, what the session is.
    auto *where = window.statusBar()->findChild<ui::ConnectionStatusWidget *>();
    QVERIFY(where);
    QVERIFY2(where->text().contains(QStringLiteral("/accounts_copy")), qPrintable(where->text()));
    QVERIFY2(where->toolTip().startsWith(QStringLiteral("Sandbox: trigon@accounts_copy")),
             qPrintable(where->toolTip()));
    QVERIFY(test::saveScreenshot(&window, QStringLiteral("sandbox-seeded")));

    // Seeding the same name again asks first; replacing reconnects to the fresh copy.
    source.mustExec(QStringLiteral("CREATE TABLE added (id int)"));
    answerNextBox(QMessageBox::Yes);
    window.connections()->seedSandbox(source.conninfo(), QStringLiteral("accounts_copy"));
    QVERIFY(finished.wait(120'000));
    QVERIFY2(m_boxText.contains(QStringLiteral("accounts_copy")), qPrintable(m_boxText));
    QCOMPARE(finished.takeFirst().at(0).toString(), QString());
    QVERIFY(catalogLoaded.wait(30'000));
    QCOMPARE(tableNames(*window.catalog()),
             (QStringList {QStringLiteral("accounts"), QStringLiteral("added"),
                           QStringLiteral("rich")}));
    window.close();
}

void TestSandboxSeedWindow::failureNamesTheSourceAndTheStep()
{
    ui::MainWindow window(options());
    window.show();
    QSignalSpy finished(&window, &ui::MainWindow::connectionFinished);
    answerNextBox(QMessageBox::Ok);
    window.connections()->seedSandbox(
            test::testClusterConninfo(QStringLiteral("no_such_source_db")),
            QStringLiteral("nothing"));
    QVERIFY(finished.wait(120'000));
    QVERIFY2(m_boxText.contains(QStringLiteral("/no_such_source_db")), qPrintable(m_boxText));
    QVERIFY2(m_boxText.contains(QStringLiteral("failed while connecting to the source")),
             qPrintable(m_boxText));
    QVERIFY(window.connectedConninfo().isEmpty());
    window.close();
}

QTEST_MAIN(TestSandboxSeedWindow)
#include "tst_sandboxseedwindow.moc"
