// The open design file changed by another program: reloaded quietly without unsaved changes,
// offered (Reload / Keep Mine) with them, and Trigon's own saves are no change.
#include "core/io/designfile.h"
#include "ui/document/designcontroller.h"
#include "ui/document/designfilewatcher.h"

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace trigon;
using namespace Qt::StringLiterals;

namespace {

QByteArray designNamed(const QString &name)
{
    return "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [{\"name\": \"" + name.toUtf8()
            + "\", \"table\": {\"schema\": \"public\", \"name\": \"orders\"}, \"timing\": "
              "\"before\", \"events\": [\"delete\"], \"actions\": [{\"kind\": \"protect\", "
              "\"message\": \"no\"}]}]}";
}

// As an editor that saves by renaming a new file over the old one.
void writeAtomically(const QString &fileName, const QByteArray &bytes)
{
    QSaveFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}

// As an editor that writes the file in place.
void writeInPlace(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QAbstractButton *offerButton(QMessageBox *offer, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : offer->buttons()) {
        if (offer->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

} // namespace

class TestDesignFileWatcher : public QObject
{
    Q_OBJECT

private slots:
    void reloadsQuietlyWithoutUnsavedChanges()
    {
        QTemporaryDir directory;
        const QString fileName = directory.filePath(u"d.trigon.json"_s);
        writeAtomically(fileName, designNamed(u"first"_s));
        QWidget window;
        ui::DesignController design;
        ui::DesignFileWatcher watcher(&design, &window);
        QVERIFY(design.open(fileName).isEmpty());
        QSignalSpy reloaded(&watcher, &ui::DesignFileWatcher::reloaded);
        QSignalSpy status(&watcher, &ui::DesignFileWatcher::statusMessage);

        writeAtomically(fileName, designNamed(u"second"_s));
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(design.triggers().constFirst().name, u"second"_s);
        QVERIFY(!watcher.reloadOffer());
        QVERIFY(status.last().at(0).toString().contains(u"Reloaded"_s));

        // Still watched after the rename: an in-place write is noticed too.
        writeInPlace(fileName, designNamed(u"third"_s));
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(design.triggers().constFirst().name, u"third"_s);
    }

    void ownSavesAreNoChange()
    {
        QTemporaryDir directory;
        const QString fileName = directory.filePath(u"d.trigon.json"_s);
        writeAtomically(fileName, designNamed(u"first"_s));
        QWidget window;
        ui::DesignController design;
        ui::DesignFileWatcher watcher(&design, &window);
        QVERIFY(design.open(fileName).isEmpty());
        QSignalSpy reloaded(&watcher, &ui::DesignFileWatcher::reloaded);
        QSignalSpy offered(&watcher, &ui::DesignFileWatcher::reloadOffered);

        design.editTrigger(design.triggers().constFirst().id, u"rename"_s, u"name"_s,
                           [](TriggerDesign &t) { t.name = u"renamed"_s; });
        QVERIFY(design.save(fileName).isEmpty());
        // Edited again at once: the save's own change must still not read as another's.
        design.editTrigger(design.triggers().constFirst().id, u"rename"_s, u"name"_s,
                           [](TriggerDesign &t) { t.name = u"renamed again"_s; });
        QTest::qWait(1000);
        QCOMPARE(reloaded.size(), 0);
        QCOMPARE(offered.size(), 0);
        QCOMPARE(design.triggers().constFirst().name, u"renamed again"_s);
    }

    void offersWithUnsavedChanges()
    {
        QTemporaryDir directory;
        const QString fileName = directory.filePath(u"d.trigon.json"_s);
        writeAtomically(fileName, designNamed(u"first"_s));
        QWidget window;
        ui::DesignController design;
        ui::DesignFileWatcher watcher(&design, &window);
        QVERIFY(design.open(fileName).isEmpty());
        design.editTrigger(design.triggers().constFirst().id, u"rename"_s, u"name"_s,
                           [](TriggerDesign &t) { t.name = u"mine"_s; });
        QSignalSpy offered(&watcher, &ui::DesignFileWatcher::reloadOffered);
        QSignalSpy reloaded(&watcher, &ui::DesignFileWatcher::reloaded);

        // Keep Mine: the design stays; the same file contents are not offered again.
        writeAtomically(fileName, designNamed(u"theirs"_s));
        QVERIFY(offered.wait(5000));
        QMessageBox *offer = watcher.reloadOffer();
        QVERIFY(offer && offer->isVisible());
        QCOMPARE(offer->windowModality(), Qt::NonModal);
        offerButton(offer, QMessageBox::RejectRole)->click();
        QVERIFY(!watcher.reloadOffer());
        QCOMPARE(design.triggers().constFirst().name, u"mine"_s);
        QVERIFY(design.isModified());

        // Another change is offered again; Reload takes the file.
        writeAtomically(fileName, designNamed(u"theirs again"_s));
        QVERIFY(offered.wait(5000));
        offerButton(watcher.reloadOffer(), QMessageBox::AcceptRole)->click();
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(design.triggers().constFirst().name, u"theirs again"_s);
        QVERIFY(!design.isModified());
        QVERIFY(!design.undoStack()->canUndo());
    }

    // A half-written file is not read as a design: the open one is kept until it is complete.
    void unreadableChangesKeepTheDesign()
    {
        QTemporaryDir directory;
        const QString fileName = directory.filePath(u"d.trigon.json"_s);
        writeAtomically(fileName, designNamed(u"first"_s));
        QWidget window;
        ui::DesignController design;
        ui::DesignFileWatcher watcher(&design, &window);
        QVERIFY(design.open(fileName).isEmpty());
        QSignalSpy status(&watcher, &ui::DesignFileWatcher::statusMessage);
        QSignalSpy reloaded(&watcher, &ui::DesignFileWatcher::reloaded);
        writeInPlace(fileName, designNamed(u"half"_s).left(40));
        QVERIFY(status.wait(5000));
        QVERIFY(status.last().at(0).toString().contains(u"cannot be read"_s));
        QCOMPARE(design.triggers().constFirst().name, u"first"_s);
        writeInPlace(fileName, designNamed(u"whole"_s));
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(design.triggers().constFirst().name, u"whole"_s);
    }
};

QTEST_MAIN(TestDesignFileWatcher)
#include "tst_designfilewatcher.moc"
