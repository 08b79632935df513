#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <Qsci/qsciscintilla.h>

namespace trigon {
struct CatalogSnapshot;
}

namespace trigon::ui {

class PostgresLexer;

// The editor for PL/pgSQL and raw SQL: PostgresLexer highlighting, line numbers, folding,
// auto-indent (one step more after a line that opens a block, one less for a line starting with
// END, ELSE, ELSIF or EXCEPTION once Return is pressed), brace matching, a monospace font,
// four spaces for a tab, colours that follow the palette (light or dark).
//
// Completion pops up while typing a word (from its second character) and on Ctrl+Space: after
// "NEW." or "OLD." the trigger table's columns, after "<schema>." that schema's tables, after
// "<table>." that table's columns, elsewhere keywords, TG_ variables, tables and schemas.
//
// An error marker (squiggle under the word at fault, a symbol in the margin, the message as an
// annotation below the line and as a tool tip over the word) shows where a text does not parse.
class SqlEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit SqlEditor(QWidget *parent = nullptr);

    PostgresLexer *sqlLexer() const { return m_lexer; }

    // Tables, columns and schemas for completion and highlighting. Call again when the catalog is
    // reloaded; an empty snapshot (offline) leaves keywords and TG_ variables.
    void setCatalog(const CatalogSnapshot &catalog);
    // The table the trigger is on: NEW. and OLD. complete its columns, and only its columns (with
    // all table names) are highlighted as catalog names. Empty for none.
    void setTriggerTable(const QString &schema, const QString &table);
    QString triggerSchema() const { return m_triggerSchema; }
    QString triggerTable() const { return m_triggerTable; }

    // What completion offers for the word that ends at `position` (a byte position, as
    // Scintilla counts), sorted; empty inside comments and strings.
    QStringList completionsAt(int position) const;
    // Pops up the completions at the cursor, even for an empty word (Ctrl+Space); not when
    // read-only.
    void showCompletions();

    // Marks the token at `line` and `column` (both from 0; the column counts QChars, as a parser
    // working on the QString does) with `message`, replacing any earlier marker. A column past
    // the end of the line marks its last character (something is missing there).
    void setErrorMarker(int line, int column, const QString &message);
    void clearErrorMarker();
    bool hasErrorMarker() const { return m_errorLine >= 0; }
    int errorLine() const { return m_errorLine; }
    QString errorMessage() const { return m_errorMessage; }
    // The Scintilla indicator that underlines the error, for SCI_INDICATORVALUEAT.
    int errorIndicator() const { return m_errorIndicator; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Table
    {
        QString schema;
        QString name;
        QStringList columns;
    };
    struct Completion
    {
        int prefixLength = 0; // bytes of the word already typed
        QString prefix;
        bool afterDot = false;
        QStringList items;

        // The word typed is one of the offers: Return should start a new line, not choose it.
        bool isComplete() const { return items.contains(prefix, Qt::CaseInsensitive); }
    };

    Completion completion(int position) const;
    void showCompletionsAt(int position, bool explicitRequest);
    void handleCharAdded(int character);
    void indentNewLine();
    void showErrorToolTip(int position, int x, int y);
    void updateCatalogNames();
    void updateLineNumberWidth();
    void applyPalette();
    const Table *findTable(const QString &schema, const QString &name) const;

    PostgresLexer *m_lexer = nullptr;
    QList<Table> m_tables;
    QStringList m_schemas;
    QString m_triggerSchema;
    QString m_triggerTable;
    int m_errorIndicator = -1;
    int m_errorMarker = -1;
    int m_errorLine = -1;
    QString m_errorMessage;
};

} // namespace trigon::ui
