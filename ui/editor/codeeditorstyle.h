#pragma once

#include <QColor>

#include <Qsci/qsciscintilla.h>

namespace trigon::ui {

// What Trigon's code editors (SQL, PL/Python) share.

// `a` moved towards `b` by `amountOfB` (0: a, 1: b): the editors' faint colours (margins, the
// caret line, guides) are the palette's base and text mixed, so they follow light and dark.
inline QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

// Indentation by `indentStep` spaces (a Tab indents, Backspace unindents, Return keeps the
// line's indentation), guides, brace matching, the caret line, Unix line ends, and a scroll width
// that follows the longest line: Scintilla's default is a fixed 2000 pixels, which shows a
// horizontal scroll bar for short lines.
inline void applyCodeEditorDefaults(QsciScintilla &editor, int indentStep)
{
    editor.setUtf8(true);
    editor.setIndentationsUseTabs(false);
    editor.setTabWidth(indentStep);
    editor.setIndentationWidth(indentStep);
    editor.setTabIndents(true);
    editor.setBackspaceUnindents(true);
    editor.setAutoIndent(true);
    editor.setIndentationGuides(true);
    editor.setBraceMatching(QsciScintilla::SloppyBraceMatch);
    editor.setCaretLineVisible(true);
    editor.setEolMode(QsciScintilla::EolUnix);
    editor.SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTH, 1);
    editor.SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTHTRACKING, true);
}

} // namespace trigon::ui
