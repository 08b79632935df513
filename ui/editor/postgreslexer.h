#pragma once

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <Qsci/qscilexercustom.h>

class QPalette;

namespace trigon::ui {

// Highlighting of PostgreSQL SQL and PL/pgSQL for QScintilla.
//
// QsciLexerSQL does not know dollar quoting; this lexer does: a dollar-quoted string that follows
// AS or DO (a function body, a DO block) is styled as code, with its delimiters in their own
// style, and any other dollar-quoted string as a string. It also knows nested block comments,
// E'' strings with backslash escapes, "" in quoted identifiers and $n parameters, and styles the
// names given with setCatalogNames() (tables and columns) on their own.
//
// Styling is incremental: the state at the end of every line is stored as the line's state, so
// an edit restyles from the start of the edited line and the lines below follow as they are
// shown. Fold levels come from BEGIN/END, CASE/END, LOOP/END LOOP, IF/END IF, parentheses,
// function bodies and multi-line block comments.
class PostgresLexer : public QsciLexerCustom
{
    Q_OBJECT
public:
    enum Style {
        Default = 0,
        LineComment,
        BlockComment,
        Keyword,
        Type,
        Identifier,
        QuotedIdentifier,
        String,
        DollarString,  // a dollar-quoted string that is data, delimiters included
        BodyDelimiter, // the $tag$ around a function body styled as code
        Number,
        Operator,
        Parameter,       // $1
        CatalogName,     // a table or column from setCatalogNames()
        ErrorAnnotation, // never produced by styling: the editor's error annotations use it
    };

    explicit PostgresLexer(QObject *parent = nullptr);

    const char *language() const override;
    QString description(int style) const override;
    // Brace matching only pairs parentheses that are operators, not ones inside strings.
    int braceStyle() const override;
    bool caseSensitive() const override { return false; }
    const char *wordCharacters() const override;

    QColor defaultColor(int style) const override;
    QColor defaultPaper(int style) const override;
    QFont defaultFont(int style) const override;

    void styleText(int start, int end) override;

    // Table and column names, matched case-insensitively as PostgreSQL folds unquoted names.
    // Restyles the whole text when they change.
    void setCatalogNames(const QStringList &names);
    QStringList catalogNames() const;

    // Picks the light or dark scheme from the palette's window colour and takes the default
    // text and background colours from it. Restyles an attached editor.
    void applyPalette(const QPalette &palette);
    bool isDark() const { return m_dark; }

    // Sets the font of every style; keywords are shown bold and comments italic in it.
    void setBaseFont(const QFont &font);
    QFont baseFont() const { return m_baseFont; }

    // Whether `word` (any case) is a SQL or PL/pgSQL keyword, or a type name.
    static bool isKeyword(const QByteArray &lowerCaseWord);
    static bool isTypeName(const QByteArray &lowerCaseWord);
    // The keywords offered for completion, upper case.
    static QStringList keywordList();

private:
    struct State;
    void lexLine(const char *text, int length, State &state, int &depth, int &minimumDepth,
                 QByteArray &styles);
    int tagId(const QByteArray &tag);
    void restyleAll();

    bool m_dark = false;
    QColor m_text;
    QColor m_paper;
    QFont m_baseFont;
    QSet<QByteArray> m_catalogNames;
    // Dollar-quote tags seen so far, interned so that a line's state (one int) can name them.
    QList<QByteArray> m_tags;
    QHash<QByteArray, int> m_tagIds;
};

} // namespace trigon::ui
