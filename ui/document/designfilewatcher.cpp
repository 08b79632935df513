#include "ui/document/designfilewatcher.h"

#include "core/io/designfile.h"
#include "ui/document/designcontroller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace trigon::ui {

namespace {

constexpr int StatusTimeoutMs = 6000;
constexpr int SettleMs = 150;

QByteArray bytesOf(const QString &fileName)
{
    QFile file(fileName);
    if (file.size() > maxDesignFileBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

DesignFileWatcher::DesignFileWatcher(DesignController *design, QWidget *window)
    : QObject(window)
    , m_design(design)
    , m_window(window)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DesignFileWatcher::checkFile);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(m_design, &DesignController::fileNameChanged, this, &DesignFileWatcher::watch);
    connect(m_design, &DesignController::documentReset, this, &DesignFileWatcher::rememberDisk);
    // A save ends with the document unmodified: then the file holds what Trigon wrote. (Undo back
    // to the saved state ends so too; the file is only taken as known when it holds the document.)
    connect(m_design, &DesignController::modifiedChanged, this, [this](bool modified) {
        if (modified || m_design->fileName().isEmpty())
            return;
        const QByteArray disk = bytesOf(m_design->fileName());
        if (disk == serializeDesign(m_design->document())) {
            m_known = disk;
            closeOffer();
        }
    });
    watch(m_design->fileName());
}

void DesignFileWatcher::watch(const QString &fileName)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    closeOffer();
    if (!fileName.isEmpty())
        m_watcher.addPath(fileName);
    rememberDisk();
}

void DesignFileWatcher::rememberDisk()
{
    m_known = m_design->fileName().isEmpty() ? QByteArray() : bytesOf(m_design->fileName());
}

void DesignFileWatcher::checkFile()
{
    const QString fileName = m_design->fileName();
    if (fileName.isEmpty())
        return;
    // Saving by renaming a new file over the old one (as Trigon and many editors do) ends the
    // watch of that path.
    if (!m_watcher.files().contains(fileName) && QFileInfo::exists(fileName))
        m_watcher.addPath(fileName);
    const QString shownName = QDir::toNativeSeparators(fileName);
    if (!QFileInfo::exists(fileName)) {
        emit statusMessage(
                tr("%1 was removed or renamed on disk; Save writes it again.").arg(shownName),
                StatusTimeoutMs);
        return;
    }
    const QByteArray disk = bytesOf(fileName);
    if (disk == m_known || disk == m_offered)
        return;
    if (disk == serializeDesign(m_design->document())) {
        m_known = disk; // changed to what the window holds already
        return;
    }
    const DesignReadResult read = parseDesign(disk, fileName);
    if (!read.ok()) {
        // Likely half written; a later write that completes it is checked again.
        emit statusMessage(tr("%1 changed on disk but cannot be read (%2); the open design is "
                              "kept.")
                                   .arg(shownName, read.error.toString()),
                           StatusTimeoutMs);
        return;
    }
    if (!m_design->isModified()) {
        reload();
        return;
    }
    m_offered = disk;
    if (!m_offer) {
        m_offer = new QMessageBox(QMessageBox::Question, tr("Design Changed on Disk"), QString(),
                                  QMessageBox::NoButton, m_window);
        m_offer->setAttribute(Qt::WA_DeleteOnClose);
        m_offer->setWindowModality(Qt::NonModal);
        QPushButton *reloadButton = m_offer->addButton(tr("&Reload"), QMessageBox::AcceptRole);
        m_offer->addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
        m_offer->setDefaultButton(reloadButton);
        connect(reloadButton, &QPushButton::clicked, this, &DesignFileWatcher::reload);
        connect(m_offer, &QMessageBox::rejected, this, &DesignFileWatcher::keepMine);
    }
    m_offer->setText(tr("%1 was changed by another program.").arg(shownName));
    m_offer->setInformativeText(tr("Reload it and lose your unsaved changes, or keep your version "
                                   "(saving it then replaces the file's new contents)?"));
    m_offer->show();
    m_offer->raise();
    emit reloadOffered();
}

void DesignFileWatcher::reload()
{
    closeOffer();
    m_offered.clear();
    const QString error = m_design->open(m_design->fileName());
    if (!error.isEmpty()) {
        emit statusMessage(tr("The design could not be read again: %1").arg(error),
                           StatusTimeoutMs);
        return;
    }
    emit statusMessage(tr("Reloaded %1: it changed on disk.").arg(m_design->displayName()),
                       StatusTimeoutMs);
    emit reloaded();
}

void DesignFileWatcher::keepMine()
{
    // This version of the file is answered; another change asks again.
    if (!m_offered.isEmpty())
        m_known = m_offered;
    m_offered.clear();
    closeOffer();
    emit statusMessage(tr("Kept your changes to %1; saving replaces the file's new contents.")
                               .arg(m_design->displayName()),
                       StatusTimeoutMs);
}

void DesignFileWatcher::closeOffer()
{
    if (!m_offer)
        return;
    // Closed by the program, the offer is no answer: its rejected() must not keep anything.
    disconnect(m_offer, nullptr, this, nullptr);
    m_offer->close();
    m_offer = nullptr;
}

} // namespace trigon::ui
