#include "ui/editor/sqleditor.h"
#include "ui/editor/sqlpreview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trigon::ui;

namespace {

QString numberedLines(int count, const QString &marker = QString())
{
    QString text;
    for (int line = 0; line < count; ++line)
        text += QStringLiteral("SELECT %1; -- line %1%2\n").arg(line).arg(marker);
    return text;
}

} // namespace

class TestSqlPreview : public QObject
{
    Q_OBJECT
private slots:
    void equalScriptLeavesTheDocumentAlone();
    void replacesOnlyWhatChanged_data();
    void replacesOnlyWhatChanged();
    void keepsTheFirstVisibleLine();
    void togglesTheMode();
    void copiesSelectionOrAll();
    void savesUtf8();
    void saySoWhenItCannotSave();
    void screenshot();
};

void TestSqlPreview::equalScriptLeavesTheDocumentAlone()
{
    SqlPreview preview;
    preview.setScript(numberedLines(20));
    QSignalSpy changed(preview.view(), &QsciScintilla::textChanged);
    QSignalSpy modified(preview.view(), &QsciScintillaBase::SCN_MODIFIED);
    preview.setScript(numberedLines(20));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(modified.count(), 0);
    QVERIFY(preview.view()->isReadOnly());
    QVERIFY(!preview.view()->isUndoAvailable());
}

void TestSqlPreview::replacesOnlyWhatChanged_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("from empty") << QString() << QStringLiteral("SELECT 1;");
    QTest::newRow("to empty") << QStringLiteral("SELECT 1;") << QString();
    QTest::newRow("middle") << QStringLiteral("SELECT 1;\nSELECT 2;\nSELECT 3;")
                            << QStringLiteral("SELECT 1;\nSELECT 22;\nSELECT 3;");
    QTest::newRow("appended") << QStringLiteral("SELECT 1;") << QStringLiteral("SELECT 1;\n");
    QTest::newRow("prepended") << QStringLiteral("SELECT 1;") << QStringLiteral("BEGIN;SELECT 1;");
    QTest::newRow("two-byte characters sharing a first byte")
            << QStringLiteral("SELECT 'ä';") << QStringLiteral("SELECT 'ö';");
    QTest::newRow("three-byte characters sharing two bytes")
            << QStringLiteral("SELECT '€';") << QStringLiteral("SELECT '₭';");
    QTest::newRow("repeated text") << QStringLiteral("aaaa") << QStringLiteral("aaaaaa");
    QTest::newRow("non-BMP") << QStringLiteral("SELECT '😀';") << QStringLiteral("SELECT '😁';");
}

void TestSqlPreview::replacesOnlyWhatChanged()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    SqlPreview preview;
    preview.setScript(before);
    QCOMPARE(preview.view()->text(), before);
    preview.setScript(after);
    QCOMPARE(preview.view()->text(), after);
    QCOMPARE(preview.script(), after);
    QVERIFY(preview.view()->isReadOnly());
}

void TestSqlPreview::keepsTheFirstVisibleLine()
{
    SqlPreview preview;
    preview.resize(500, 300);
    preview.setScript(numberedLines(300));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.view()->setFirstVisibleLine(120);
    QCOMPARE(preview.view()->firstVisibleLine(), 120);

    preview.setScript(numberedLines(300, QStringLiteral(" changed"))); // every line changes
    QCOMPARE(preview.view()->firstVisibleLine(), 120);
    QString shorter = numberedLines(300);
    shorter.remove(0, shorter.indexOf(QLatin1Char('\n')) + 1); // a line less above the view
    preview.setScript(shorter);
    QCOMPARE(preview.view()->firstVisibleLine(), 120);
    QCOMPARE(preview.view()->text(), shorter);
}

void TestSqlPreview::togglesTheMode()
{
    SqlPreview preview;
    QSignalSpy modeChanged(&preview, &SqlPreview::modeChanged);
    QCOMPARE(preview.mode(), SqlPreview::Mode::Install);
    QVERIFY(preview.installAction()->isChecked());

    preview.uninstallAction()->trigger();
    QCOMPARE(preview.mode(), SqlPreview::Mode::Uninstall);
    QCOMPARE(modeChanged.count(), 1);
    QCOMPARE(modeChanged.at(0).at(0).value<SqlPreview::Mode>(), SqlPreview::Mode::Uninstall);

    preview.setMode(SqlPreview::Mode::Uninstall);
    QCOMPARE(modeChanged.count(), 1);
    preview.setMode(SqlPreview::Mode::Install);
    QCOMPARE(modeChanged.count(), 2);
    QVERIFY(preview.installAction()->isChecked());
    QVERIFY(!preview.uninstallAction()->isChecked());
}

void TestSqlPreview::copiesSelectionOrAll()
{
    SqlPreview preview;
    const QString script = QStringLiteral("BEGIN;\nSELECT 1;\nCOMMIT;\n");
    preview.setScript(script);
    preview.show();
    QVERIFY(QTest::qWaitForWindowActive(&preview));
    preview.view()->setFocus();

    QTest::keySequence(preview.view(), QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), script);

    preview.view()->setSelection(1, 0, 1, 9);
    preview.copyAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("SELECT 1;"));
}

void TestSqlPreview::savesUtf8()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SqlPreview preview;
    const QString script = QStringLiteral("COMMENT ON TRIGGER t ON orders IS 'Größe ✓';\n");
    preview.setScript(script);
    const QString fileName = directory.filePath(QStringLiteral("install.sql"));
    QString error;
    QVERIFY2(preview.saveTo(fileName, &error), qPrintable(error));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), script.toUtf8());
}

void TestSqlPreview::saySoWhenItCannotSave()
{
    QTemporaryDir directory;
    SqlPreview preview;
    preview.setScript(QStringLiteral("SELECT 1;"));
    const QString fileName = directory.filePath(QStringLiteral("missing/install.sql"));
    QString error;
    QVERIFY(!preview.saveTo(fileName, &error));
    QVERIFY2(error.contains(QStringLiteral("install.sql")), qPrintable(error));
    QVERIFY(!QFile::exists(fileName));
}

// TRIGON_SCREENSHOT_DIR set: the test leaves a PNG of the preview there.
void TestSqlPreview::screenshot()
{
    const QString directory = qEnvironmentVariable("TRIGON_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("TRIGON_SCREENSHOT_DIR is not set");
    SqlPreview preview;
    preview.resize(760, 420);
    preview.setScript(QStringLiteral(
            "BEGIN;\n\nCREATE OR REPLACE FUNCTION public.orders__notify_status()\nRETURNS trigger\n"
            "LANGUAGE plpgsql\nAS $$\nBEGIN\n    PERFORM pg_notify('orders', "
            "json_build_object('id', NEW.id)::text);\n    RETURN NULL;\nEND\n$$;\n\n"
            "CREATE OR REPLACE TRIGGER notify_status\n    AFTER UPDATE OF status ON "
            "public.orders\n    FOR EACH ROW\n    WHEN (OLD.status IS DISTINCT FROM NEW.status)\n"
            "    EXECUTE FUNCTION public.orders__notify_status();\n\nCOMMIT;\n"));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QTest::qWait(100); // let pending layout requests settle, as they would on screen
    QVERIFY(preview.grab().save(directory + QStringLiteral("/preview.png")));
}

QTEST_MAIN(TestSqlPreview)
#include "tst_sqlpreview.moc"
