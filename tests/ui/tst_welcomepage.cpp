#include "tests/common/screenshot.h"
#include "ui/document/designcontroller.h"
#include "ui/document/documentfiles.h"
#include "ui/document/previewcontroller.h"
#include "ui/welcomepage.h"

#include <QCommandLinkButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;
using namespace Qt::StringLiterals;

// The welcome page offers the designs File ▸ Open Recent lists, from the same store.
class TestWelcomePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheRecentDesigns();

private:
    QTemporaryDir m_dir;
};

namespace {

QList<QCommandLinkButton *> recentButtons(const WelcomePage &page)
{
    QList<QCommandLinkButton *> buttons;
    for (QCommandLinkButton *button : page.findChildren<QCommandLinkButton *>()) {
        if (button->isVisibleTo(&page))
            buttons.append(button);
    }
    return buttons;
}

} // namespace

void TestWelcomePage::initTestCase()
{
    // Settings go to a throwaway location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestWelcomePage::listsTheRecentDesigns()
{
    QWidget window;
    DesignController design;
    PreviewController preview(&design);
    DocumentFiles files(&design, &preview, {m_dir.filePath(u"recovery"_s), 5000}, &window);
    QVERIFY(files.recentFiles().isEmpty());

    WelcomePage page;
    page.resize(700, 700);
    page.setRecentFiles(files.recentFiles());
    page.show();
    QVERIFY(recentButtons(page).isEmpty());

    // Saved and opened designs become recent files, the newest first, as the menu shows them.
    const QString orders = m_dir.filePath(u"orders.trigon.json"_s);
    const QString audit = m_dir.filePath(u"audit.trigon.json"_s);
    const QString gone = m_dir.filePath(u"gone.trigon.json"_s);
    for (const QString &fileName : {gone, orders, audit})
        QCOMPARE(design.save(fileName), QString());
    QSignalSpy changed(&files, &DocumentFiles::recentFilesChanged);
    for (const QString &fileName : {gone, orders, audit})
        QVERIFY(files.openDesign(fileName));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(files.recentFiles(), (QStringList {audit, orders, gone}));
    QVERIFY(QFile::remove(gone));

    page.setRecentFiles(changed.constLast().constFirst().toStringList());
    // Widgets added to a shown page appear at the next turn of the event loop.
    QTRY_COMPARE(recentButtons(page).size(), 3);
    const QList<QCommandLinkButton *> buttons = recentButtons(page);
    QCOMPARE(buttons.at(0)->text(), u"audit.trigon.json"_s);
    QCOMPARE(buttons.at(1)->text(), u"orders.trigon.json"_s);
    QVERIFY(buttons.at(1)->isEnabled());
    QVERIFY(!buttons.at(2)->isEnabled()); // the file is not there any more
    test::saveScreenshot(&page, u"welcome-recent"_s);

    QSignalSpy requested(&page, &WelcomePage::recentFileRequested);
    buttons.at(1)->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toString(), orders);
    files.openRecentFile(orders);
    QCOMPARE(design.fileName(), orders);
    QCOMPARE(files.recentFiles().constFirst(), orders);

    // A list shorter than before replaces the buttons.
    page.setRecentFiles({orders});
    QTRY_COMPARE(recentButtons(page).size(), 1);
    page.setRecentFiles({});
    QVERIFY(recentButtons(page).isEmpty());
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
