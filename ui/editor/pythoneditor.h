#pragma once

#include <QStringList>

#include <Qsci/qsciscintilla.h>

class QsciLexerPython;

namespace trigon::ui {

// The editor for PL/Python trigger bodies: QScintilla's Python lexer, line numbers, four spaces
// for a tab (Python reads indentation), a monospace font. Completion pops up while typing (from
// the second character) and on Ctrl+Space, offering what PL/Python gives a trigger function:
// TD["new"], TD["old"], TD["event"] and the other TD keys, the plpy functions, and the return
// values "MODIFY" and "SKIP".
class PythonEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit PythonEditor(QWidget *parent = nullptr);

    // Everything completion offers, sorted.
    static QStringList completionWords();
    // What it offers for the text before the cursor: the words that start with the completable
    // run at its end (letters, digits, _ . " [), or all of them when that run is empty.
    static QStringList completionsFor(const QString &textBeforeCursor);
    // Pops up the completions at the cursor, even for an empty word (Ctrl+Space).
    void showCompletions();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Paper, margins and the caret line from the palette (light or dark).
    void applyPalette();
    // The list for the word before the cursor; `minimumPrefix` characters of it typed at least.
    void popUpCompletions(int minimumPrefix);

    QsciLexerPython *m_lexer;
};

} // namespace trigon::ui
