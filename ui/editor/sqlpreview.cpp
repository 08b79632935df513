#include "ui/editor/sqlpreview.h"

#include "ui/editor/sqleditor.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolBar>
#include <QVBoxLayout>

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include <algorithm>

namespace trigon::ui {

namespace {

bool isContinuationByte(char c)
{
    return (uchar(c) & 0xc0) == 0x80;
}

} // namespace

SqlPreview::SqlPreview(QWidget *parent)
    : QWidget(parent)
    , m_view(new SqlEditor(this))
{
    m_view->setReadOnly(true);
    m_view->setCaretLineVisible(false);
    // Nothing to undo in a view, and no memory spent on a history of generated scripts.
    m_view->SendScintilla(QsciScintilla::SCI_SETUNDOCOLLECTION, false);
    // Copy is ours (all when nothing is selected), not the editor's key binding.
    if (QsciCommand *editorCopy = m_view->standardCommands()->find(QsciCommand::SelectionCopy)) {
        editorCopy->setKey(0);
        editorCopy->setAlternateKey(0);
    }

    m_installAction = new QAction(tr("&Install"), this);
    m_installAction->setToolTip(tr("Show the script that installs the triggers"));
    m_uninstallAction = new QAction(tr("&Uninstall"), this);
    m_uninstallAction->setToolTip(tr("Show the script that removes the triggers"));
    auto *modes = new QActionGroup(this);
    for (QAction *action : {m_installAction, m_uninstallAction}) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    m_installAction->setChecked(true);
    connect(m_installAction, &QAction::triggered, this, [this] { setMode(Mode::Install); });
    connect(m_uninstallAction, &QAction::triggered, this, [this] { setMode(Mode::Uninstall); });

    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copyAction->setToolTip(
            tr("Copy the selection, or the whole script when nothing is selected"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &SqlPreview::copy);
    m_saveAsAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                 tr("Save &As…"), this);
    m_saveAsAction->setToolTip(tr("Save the script to a file"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &SqlPreview::saveAs);
    // The shortcuts work while the focus is anywhere in the preview, and only there: the window
    // has its own Copy and Save As.
    for (QAction *action : {m_copyAction, m_saveAsAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_installAction);
    toolBar->addAction(m_uninstallAction);
    toolBar->addSeparator();
    toolBar->addAction(m_copyAction);
    toolBar->addAction(m_saveAsAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
}

void SqlPreview::setScript(const QString &script)
{
    if (script == m_script)
        return;
    const QByteArray before = m_script.toUtf8();
    const QByteArray after = script.toUtf8();

    // Replace only what changed between the common head and tail, so that styling, folds and the
    // view's position stay as they were for the rest; cut on character boundaries.
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype head = 0;
    while (head < shorter && before[head] == after[head])
        ++head;
    while (head > 0
           && ((head < before.size() && isContinuationByte(before[head]))
               || (head < after.size() && isContinuationByte(after[head])))) {
        --head;
    }
    qsizetype tail = 0;
    while (tail < shorter - head
           && before[before.size() - 1 - tail] == after[after.size() - 1 - tail]) {
        ++tail;
    }
    while (tail > 0 && isContinuationByte(before[before.size() - tail]))
        --tail;

    const int firstLine = m_view->firstVisibleLine();
    const long horizontalOffset = m_view->SendScintilla(QsciScintilla::SCI_GETXOFFSET);
    m_view->setReadOnly(false);
    m_view->SendScintilla(QsciScintilla::SCI_SETTARGETRANGE, head, before.size() - tail);
    m_view->SendScintilla(QsciScintilla::SCI_REPLACETARGET, after.size() - head - tail,
                          after.constData() + head);
    m_view->setReadOnly(true);
    m_view->setFirstVisibleLine(firstLine);
    m_view->SendScintilla(QsciScintilla::SCI_SETXOFFSET, horizontalOffset);
    m_script = script;
}

void SqlPreview::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    (mode == Mode::Install ? m_installAction : m_uninstallAction)->setChecked(true);
    emit modeChanged(mode);
}

void SqlPreview::copy()
{
    QGuiApplication::clipboard()->setText(m_view->hasSelectedText() ? m_view->selectedText()
                                                                    : m_script);
}

void SqlPreview::saveAs()
{
    const QString fileName
            = QFileDialog::getSaveFileName(this, tr("Save SQL Script"), m_suggestedFileName,
                                           tr("SQL scripts (*.sql);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!saveTo(fileName, &error))
        QMessageBox::warning(this, tr("Save SQL Script"), error);
}

bool SqlPreview::saveTo(const QString &fileName, QString *errorMessage) const
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_script.toUtf8());
        if (file.commit())
            return true;
    }
    if (errorMessage) {
        *errorMessage = tr("The script could not be saved to %1: %2")
                                .arg(QDir::toNativeSeparators(fileName), file.errorString());
    }
    return false;
}

} // namespace trigon::ui
