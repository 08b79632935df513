#include "ui/editor/pythoneditor.h"

#include "ui/editor/codeeditorstyle.h"

#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>

#include <Qsci/qscilexerpython.h>

#include <algorithm>

namespace trigon::ui {

namespace {

constexpr int indentStep = 4;
// Completion pops up by itself from this many typed characters of a word on.
constexpr int completionThreshold = 2;

bool completesWord(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'"' || c == u'[';
}

// The completable run at the end of `text`.
QString wordBefore(const QString &text)
{
    qsizetype start = text.size();
    while (start > 0 && completesWord(text.at(start - 1)))
        --start;
    return text.mid(start);
}

} // namespace

PythonEditor::PythonEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new QsciLexerPython(this))
{
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setDefaultFont(font);
    m_lexer->setFont(font);
    // Mixed tabs and spaces are an error in Python 3: flag them.
    m_lexer->setIndentationWarning(QsciLexerPython::Inconsistent);
    setLexer(m_lexer);
    applyCodeEditorDefaults(*this, indentStep);
    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("0000"));
    // Completion is Trigon's own list (not QsciAPIs, which prepares on a thread of its own).
    setAutoCompletionSource(AcsNone);
    SendScintilla(SCI_AUTOCSETSEPARATOR, '\n');
    SendScintilla(SCI_AUTOCSETIGNORECASE, false);
    applyPalette();
}

void PythonEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void PythonEditor::applyPalette()
{
    const QPalette colours = palette();
    const QColor base = colours.color(QPalette::Base);
    const QColor text = colours.color(QPalette::Text);
    m_lexer->setDefaultPaper(base);
    m_lexer->setPaper(base); // every style
    m_lexer->setDefaultColor(text);
    m_lexer->setColor(text, QsciLexerPython::Default);
    m_lexer->setColor(text, QsciLexerPython::Identifier);
    m_lexer->setColor(text, QsciLexerPython::Operator);
    setMarginsBackgroundColor(mix(base, text, 0.05));
    setMarginsForegroundColor(mix(base, text, 0.45));
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(mix(base, text, 0.04));
    setSelectionBackgroundColor(colours.color(QPalette::Highlight));
    setSelectionForegroundColor(colours.color(QPalette::HighlightedText));
    setIndentationGuidesForegroundColor(mix(base, text, 0.2));
    setIndentationGuidesBackgroundColor(base);
}

QStringList PythonEditor::completionWords()
{
    // PL/Python's trigger dictionary and module (PostgreSQL documentation, "Trigger Functions"
    // and "Database Access" of PL/Python).
    QStringList words;
    for (const char *key : {"new", "old", "event", "when", "level", "name", "table_name",
                            "table_schema", "relid", "args"})
        words.append(QStringLiteral("TD[\"%1\"]").arg(QLatin1String(key)));
    for (const char *function : {"execute", "prepare", "cursor", "subtransaction", "commit",
                                 "rollback", "debug", "log", "info", "notice", "warning", "error",
                                 "fatal", "quote_literal", "quote_nullable", "quote_ident"})
        words.append(QStringLiteral("plpy.%1").arg(QLatin1String(function)));
    words << QStringLiteral("plpy.SPIError") << QStringLiteral("GD") << QStringLiteral("SD")
          << QStringLiteral("\"MODIFY\"") << QStringLiteral("\"SKIP\"");
    std::sort(words.begin(), words.end());
    return words;
}

QStringList PythonEditor::completionsFor(const QString &textBeforeCursor)
{
    const QString word = wordBefore(textBeforeCursor);
    QStringList matches;
    for (const QString &candidate : completionWords()) {
        if (candidate.startsWith(word) && candidate != word)
            matches.append(candidate);
    }
    return matches;
}

void PythonEditor::showCompletions()
{
    if (!isReadOnly())
        popUpCompletions(0);
}

void PythonEditor::popUpCompletions(int minimumPrefix)
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    const QString before = text(line).left(index);
    const QString word = wordBefore(before);
    if (word.size() < minimumPrefix)
        return;
    const QStringList items = completionsFor(before);
    if (items.isEmpty())
        return;
    SendScintilla(SCI_AUTOCSHOW, static_cast<unsigned long>(word.toUtf8().size()),
                  items.join(u'\n').toUtf8().constData());
}

void PythonEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        showCompletions();
        return;
    }
    QsciScintilla::keyPressEvent(event);
    const QString typed = event->text();
    if (typed.size() == 1 && completesWord(typed.at(0)) && !isListActive() && !isReadOnly())
        popUpCompletions(completionThreshold);
}

} // namespace trigon::ui
