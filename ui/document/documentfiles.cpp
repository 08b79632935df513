#include "ui/document/documentfiles.h"

#include "core/sql/scriptrenderer.h"
#include "ui/document/designcontroller.h"
#include "ui/document/designfilewatcher.h"
#include "ui/document/previewcontroller.h"
#include "ui/document/recoverystore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>

namespace trigon::ui {

namespace {

const QString RecentFilesKey = QStringLiteral("files/recent");
constexpr int MaxRecentFiles = 8;
constexpr int StatusTimeoutMs = 4000;

QString designFilter()
{
    return DocumentFiles::tr("Trigon designs (*.trigon.json *.json);;All files (*)");
}

QString designDirectory(const QString &fileName)
{
    return fileName.isEmpty() ? QDir::homePath() : QFileInfo(fileName).absolutePath();
}

} // namespace

DocumentFiles::DocumentFiles(DesignController *design, const PreviewController *preview,
                             const Options &options, QWidget *window)
    : QObject(window)
    , m_design(design)
    , m_preview(preview)
    , m_window(window)
    , m_recovery(std::make_unique<RecoveryStore>(options.recoveryDirectory.isEmpty()
                                                         ? RecoveryStore::defaultDirectory()
                                                         : options.recoveryDirectory))
    , m_autosaveTimer(new QTimer(this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
    , m_fileWatcher(new DesignFileWatcher(design, window))
{
    connect(m_fileWatcher, &DesignFileWatcher::statusMessage, this, &DocumentFiles::statusMessage);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(options.autosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentFiles::autosave);
    // During an undo command's redo() the stack does not count as modified yet: autosave()
    // looks again when its timer fires.
    connect(m_design, &DesignController::documentChanged, m_autosaveTimer,
            qOverload<>(&QTimer::start));
    connect(m_design, &DesignController::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            m_recovery->discard();
    });
    updateRecentMenu();
}

DocumentFiles::~DocumentFiles()
{
    m_recovery->discard();
}

bool DocumentFiles::maybeSave()
{
    if (!m_design->isModified())
        return true;
    const auto answer = QMessageBox::warning(
            m_window, tr("Unsaved Changes"),
            tr("%1 has changes that are not saved. Save them?").arg(m_design->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentFiles::newDesign()
{
    if (maybeSave())
        m_design->newDocument();
}

void DocumentFiles::openDesignDialog()
{
    if (!maybeSave())
        return;
    const QString fileName = QFileDialog::getOpenFileName(
            m_window, tr("Open Design"), designDirectory(m_design->fileName()), designFilter());
    if (!fileName.isEmpty())
        openDesign(fileName);
}

bool DocumentFiles::openDesign(const QString &fileName)
{
    const QString error = m_design->open(fileName);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot Open Design"),
                             tr("The design could not be read:\n\n%1").arg(error));
        return false;
    }
    addRecentFile(m_design->fileName());
    emit statusMessage(tr("Opened %1").arg(m_design->displayName()), StatusTimeoutMs);
    return true;
}

bool DocumentFiles::save()
{
    if (m_design->fileName().isEmpty())
        return saveAs();
    const QString error = m_design->save(m_design->fileName());
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot Save"),
                             tr("%1 could not be written:\n\n%2")
                                     .arg(QDir::toNativeSeparators(m_design->fileName()), error));
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(m_design->displayName()), StatusTimeoutMs);
    return true;
}

bool DocumentFiles::saveAs()
{
    const QString suggested = m_design->fileName().isEmpty()
            ? QDir::homePath() + QStringLiteral("/triggers.trigon.json")
            : m_design->fileName();
    const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Save Design As"), suggested,
                                                          designFilter());
    if (fileName.isEmpty())
        return false;
    const QString error = m_design->save(fileName);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot Save"),
                             tr("%1 could not be written:\n\n%2")
                                     .arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    addRecentFile(m_design->fileName());
    return true;
}

void DocumentFiles::exportScript()
{
    const QString fileName = QFileDialog::getSaveFileName(m_window, tr("Export SQL Script"),
                                                          designDirectory(m_design->fileName())
                                                                  + QStringLiteral("/install.sql"),
                                                          tr("SQL scripts (*.sql);;All files (*)"));
    if (fileName.isEmpty())
        return;
    const RenderOptions options {m_preview->serverVersion(), true};
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(renderInstallScript(m_design->document(), options).toUtf8()) < 0
        || !file.flush() || !file.commit()) {
        QMessageBox::warning(m_window, tr("Cannot Export"),
                             tr("%1 could not be written: %2")
                                     .arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)), StatusTimeoutMs);
}

QStringList DocumentFiles::recentFiles() const
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void DocumentFiles::openRecentFile(const QString &fileName)
{
    if (maybeSave())
        openDesign(fileName);
}

void DocumentFiles::addRecentFile(const QString &fileName)
{
    QStringList files = recentFiles();
    files.removeAll(fileName);
    files.prepend(fileName);
    files = files.mid(0, MaxRecentFiles);
    QSettings().setValue(RecentFilesKey, files);
    updateRecentMenu();
    emit recentFilesChanged(files);
}

void DocumentFiles::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &fileName : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(fileName), this,
                                [this, fileName] { openRecentFile(fileName); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void DocumentFiles::autosave()
{
    if (!m_design->isModified())
        return;
    QString error;
    if (!m_recovery->save(m_design->document(), m_design->fileName(), &error))
        emit statusMessage(tr("Autosave failed: %1").arg(error), 2 * StatusTimeoutMs);
}

bool DocumentFiles::offerRecovery()
{
    const QList<RecoveryStore::Entry> orphans = m_recovery->orphans();
    if (orphans.isEmpty())
        return false;
    const RecoveryStore::Entry &newest = orphans.first();
    const QString name = newest.fileName.isEmpty() ? tr("an untitled design")
                                                   : QFileInfo(newest.fileName).fileName();
    const auto answer = QMessageBox::question(
            m_window, tr("Recover Unsaved Work"),
            tr("Trigon did not quit normally. Recover the unsaved changes to %1 from %2?")
                    .arg(name,
                         QLocale().toString(newest.saved.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        RecoveryStore::remove(newest);
        return false;
    }
    m_design->adoptRecovered(newest.document, newest.fileName);
    // Recovered work is this session's now: its own autosave takes over.
    autosave();
    RecoveryStore::remove(newest);
    return true;
}

} // namespace trigon::ui
