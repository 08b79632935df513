#include "ui/editor/sqleditor.h"

#include "core/catalog/catalogsnapshot.h"
#include "core/sql/quoting.h"
#include "ui/editor/codeeditorstyle.h"
#include "ui/editor/postgreslexer.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>

namespace trigon::ui {

namespace {

constexpr int lineNumberMargin = 0;
constexpr int symbolMargin = 1;
constexpr int foldMargin = 2;
constexpr int indentStep = 4;
// Completion pops up by itself from this many typed characters of a word on.
constexpr int completionThreshold = 2;

bool isWordByte(char c)
{
    const uchar u = uchar(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
            || u >= 0x80;
}

// A name as typed before a dot: "Foo" stays as it is, foo is folded to lower case as PostgreSQL
// does with unquoted names.
QString normalizedName(const QByteArray &typed)
{
    if (typed.size() >= 2 && typed.startsWith('"') && typed.endsWith('"'))
        return QString::fromUtf8(typed.mid(1, typed.size() - 2))
                .replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return QString::fromUtf8(typed).toLower();
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new PostgresLexer(this))
{
    m_lexer->setBaseFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLexer(m_lexer);
    applyCodeEditorDefaults(*this, indentStep);

    setMarginType(lineNumberMargin, NumberMargin);
    setMarginLineNumbers(lineNumberMargin, true);
    setMarginType(symbolMargin, SymbolMargin);
    m_errorMarker = markerDefine(Circle);
    setMarginMarkerMask(symbolMargin, 1 << m_errorMarker);
    setMarginWidth(symbolMargin, 14);
    setFolding(BoxedTreeFoldStyle, foldMargin);
    connect(this, &QsciScintilla::linesChanged, this, &SqlEditor::updateLineNumberWidth);

    m_errorIndicator = indicatorDefine(SquigglePixmapIndicator);
    setAnnotationDisplay(AnnotationBoxed);
    SendScintilla(SCI_SETMOUSEDWELLTIME, 500);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &SqlEditor::showErrorToolTip);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });

    // Our own completion source: QScintilla's (QsciAPIs) prepares its word lists in a thread
    // and knows nothing of NEW./OLD. or of which table the trigger is on.
    setAutoCompletionSource(AcsNone);
    SendScintilla(SCI_AUTOCSETSEPARATOR, '\n');
    SendScintilla(SCI_AUTOCSETIGNORECASE, true);
    SendScintilla(SCI_AUTOCSETCASEINSENSITIVEBEHAVIOUR, SC_CASEINSENSITIVEBEHAVIOUR_IGNORECASE);
    SendScintilla(SCI_AUTOCSETORDER, SC_ORDER_PERFORMSORT);
    SendScintilla(SCI_AUTOCSETMAXHEIGHT, 10);
    // Runs after QsciScintilla's own handler, which has kept the previous line's indentation.
    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &SqlEditor::handleCharAdded);

    applyPalette();
    updateLineNumberWidth();
}

void SqlEditor::setCatalog(const CatalogSnapshot &catalog)
{
    m_tables.clear();
    m_schemas.clear();
    for (const CatalogSchema &schema : catalog.schemas)
        m_schemas.append(schema.name);
    for (const CatalogRelation &relation : catalog.relations) {
        Table table {relation.schema, relation.name, {}};
        for (const CatalogColumn &column : relation.columns)
            table.columns.append(column.name);
        m_tables.append(table);
    }
    updateCatalogNames();
}

void SqlEditor::setTriggerTable(const QString &schema, const QString &table)
{
    m_triggerSchema = schema;
    m_triggerTable = table;
    updateCatalogNames();
}

const SqlEditor::Table *SqlEditor::findTable(const QString &schema, const QString &name) const
{
    for (const Table &table : m_tables) {
        if (table.name == name && (schema.isEmpty() || table.schema == schema))
            return &table;
    }
    return nullptr;
}

void SqlEditor::updateCatalogNames()
{
    QStringList names;
    for (const Table &table : m_tables)
        names.append(table.name);
    // With a trigger table only its columns: an "id" or "name" of every other table would mark
    // most identifiers of a body as catalog names.
    if (const Table *trigger = findTable(m_triggerSchema, m_triggerTable)) {
        names += trigger->columns;
    } else if (m_triggerTable.isEmpty()) {
        for (const Table &table : m_tables)
            names += table.columns;
    }
    m_lexer->setCatalogNames(names);
}

SqlEditor::Completion SqlEditor::completion(int position) const
{
    Completion result;
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, position));
    const int lineStart = int(SendScintilla(SCI_POSITIONFROMLINE, line));
    QByteArray before = bytes(lineStart, position);
    before.truncate(position - lineStart);

    int wordStart = int(before.size());
    while (wordStart > 0 && isWordByte(before[wordStart - 1]))
        --wordStart;
    result.prefixLength = int(before.size()) - wordStart;
    result.prefix = QString::fromUtf8(before.mid(wordStart));

    // Nothing to complete inside comments, strings and quoted names.
    if (position > 0) {
        SendScintilla(SCI_COLOURISE, SendScintilla(SCI_GETENDSTYLED), position);
        const int checked = result.prefixLength > 0 ? lineStart + wordStart : position - 1;
        switch (int(SendScintilla(SCI_GETSTYLEAT, checked))) {
        case PostgresLexer::LineComment:
        case PostgresLexer::BlockComment:
        case PostgresLexer::String:
        case PostgresLexer::DollarString:
        case PostgresLexer::QuotedIdentifier:
            return result;
        default:
            break;
        }
    }

    QStringList candidates;
    if (wordStart > 0 && before[wordStart - 1] == '.') {
        result.afterDot = true;
        int qualifierStart = wordStart - 1;
        if (qualifierStart > 0 && before[qualifierStart - 1] == '"') {
            qualifierStart = int(before.lastIndexOf('"', qualifierStart - 2));
            qualifierStart = std::max(qualifierStart, 0);
        } else {
            while (qualifierStart > 0 && isWordByte(before[qualifierStart - 1]))
                --qualifierStart;
        }
        const QByteArray typed = before.mid(qualifierStart, wordStart - 1 - qualifierStart);
        const QString qualifier = normalizedName(typed);
        if (qualifier == QLatin1String("new") || qualifier == QLatin1String("old")) {
            if (const Table *trigger = findTable(m_triggerSchema, m_triggerTable))
                candidates = trigger->columns;
        } else if (m_schemas.contains(qualifier)) {
            for (const Table &table : m_tables) {
                if (table.schema == qualifier)
                    candidates.append(table.name);
            }
        } else if (const Table *table = findTable(QString(), qualifier)) {
            candidates = table->columns;
        }
        for (QString &candidate : candidates)
            candidate = quoteIdentifier(candidate);
    } else {
        candidates = PostgresLexer::keywordList();
        for (const Table &table : m_tables)
            candidates.append(quoteIdentifier(table.name));
        for (const QString &schema : m_schemas)
            candidates.append(quoteIdentifier(schema));
    }

    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.startsWith(result.prefix, Qt::CaseInsensitive))
            result.items.append(candidate);
    }
    std::sort(result.items.begin(), result.items.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    result.items.erase(std::unique(result.items.begin(), result.items.end()), result.items.end());
    return result;
}

QStringList SqlEditor::completionsAt(int position) const
{
    return completion(position).items;
}

void SqlEditor::showCompletions()
{
    if (isReadOnly()) // the preview: nothing could be inserted
        return;
    showCompletionsAt(int(SendScintilla(SCI_GETCURRENTPOS)), true);
}

void SqlEditor::showCompletionsAt(int position, bool explicitRequest)
{
    const Completion found = completion(position);
    if (found.items.isEmpty())
        return;
    if (!explicitRequest
        && (found.isComplete() || (!found.afterDot && found.prefixLength < completionThreshold)))
        return;
    SendScintilla(SCI_AUTOCSHOW, found.prefixLength,
                  found.items.join(QLatin1Char('\n')).toUtf8().constData());
}

void SqlEditor::handleCharAdded(int character)
{
    if (isReadOnly())
        return;
    const int position = int(SendScintilla(SCI_GETCURRENTPOS));
    if (character == '\n') {
        indentNewLine();
    } else if (character == '.') {
        // A list still open for the word before the dot would close on it.
        SendScintilla(SCI_AUTOCCANCEL);
        showCompletionsAt(position, false);
    } else if (character < 0x80 && isWordByte(char(character))) {
        if (!SendScintilla(SCI_AUTOCACTIVE)) {
            showCompletionsAt(position, false);
        } else if (completion(position).isComplete()) {
            // Scintilla narrows an open list by itself, but never closes it on a whole word.
            SendScintilla(SCI_AUTOCCANCEL);
        }
    }
}

void SqlEditor::indentNewLine()
{
    const int position = int(SendScintilla(SCI_GETCURRENTPOS));
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, position));
    if (line == 0)
        return;
    const int previous = line - 1;
    // Fold levels say which lines open a block; make sure they are up to date.
    SendScintilla(SCI_COLOURISE, SendScintilla(SCI_POSITIONFROMLINE, std::max(previous - 1, 0)),
                  SendScintilla(SCI_POSITIONFROMLINE, line));
    const auto opensBlock = [this](int l) {
        return (SendScintilla(SCI_GETFOLDLEVEL, l) & SC_FOLDLEVELHEADERFLAG) != 0;
    };

    const QString previousText = text(previous).trimmed();
    qsizetype wordLength = 0;
    while (wordLength < previousText.size() && previousText.at(wordLength).isLetter())
        ++wordLength;
    const QString firstWord = previousText.left(wordLength).toUpper();
    const bool closesBlock = firstWord == QLatin1String("END");
    const bool continuesBlock = firstWord == QLatin1String("ELSE")
            || firstWord == QLatin1String("ELSIF") || firstWord == QLatin1String("EXCEPTION");

    int indent = indentation(previous);
    if ((closesBlock || continuesBlock) && previous > 0) {
        // The line was indented as the block's body: move it out to where the block started,
        // unless the user has placed it elsewhere already.
        const int bodyIndent
                = indentation(previous - 1) + (opensBlock(previous - 1) ? indentStep : 0);
        if (indent == bodyIndent && indent >= indentStep) {
            indent -= indentStep;
            setIndentation(previous, indent);
        }
        if (continuesBlock)
            indent += indentStep;
    } else if (opensBlock(previous)) {
        indent += indentStep;
    }
    setIndentation(line, indent);
    SendScintilla(SCI_GOTOPOS, SendScintilla(SCI_GETLINEINDENTPOSITION, line));
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        showCompletions();
        event->accept();
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

void SqlEditor::setErrorMarker(int line, int column, const QString &message)
{
    clearErrorMarker();
    line = std::clamp(line, 0, std::max(lines() - 1, 0));
    const int lineStart = int(SendScintilla(SCI_POSITIONFROMLINE, line));
    const int lineEnd = int(SendScintilla(SCI_GETLINEENDPOSITION, line));
    // The column counts characters as QString does; Scintilla counts UTF-8 bytes.
    int start = lineStart
            + std::min(int(text(line).left(std::max(column, 0)).toUtf8().size()),
                       lineEnd - lineStart);
    // The run of word or punctuation characters that starts there: the token at fault.
    int end = std::min(int(SendScintilla(SCI_WORDENDPOSITION, start, false)), lineEnd);
    // An error at the end of the line (something missing) marks the last character.
    if (end <= start && start > lineStart) {
        start = int(SendScintilla(SCI_POSITIONBEFORE, start));
        end = lineEnd;
    }
    SendScintilla(SCI_SETINDICATORCURRENT, m_errorIndicator);
    SendScintilla(SCI_INDICATORFILLRANGE, start, end - start);
    markerAdd(line, m_errorMarker);
    annotate(line, message, PostgresLexer::ErrorAnnotation);
    m_errorLine = line;
    m_errorMessage = message;
}

void SqlEditor::clearErrorMarker()
{
    if (m_errorLine < 0)
        return;
    SendScintilla(SCI_SETINDICATORCURRENT, m_errorIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, SendScintilla(SCI_GETLENGTH));
    markerDeleteAll(m_errorMarker);
    clearAnnotations();
    m_errorLine = -1;
    m_errorMessage.clear();
}

void SqlEditor::showErrorToolTip(int position, int x, int y)
{
    if (m_errorLine < 0 || position < 0
        || !SendScintilla(SCI_INDICATORVALUEAT, m_errorIndicator, position)) {
        return;
    }
    QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), m_errorMessage, viewport());
}

void SqlEditor::updateLineNumberWidth()
{
    const int digits = int(QString::number(std::max(lines(), 1)).size());
    // One digit to spare so that the margin does not jump at 10, 100, ... lines.
    setMarginWidth(lineNumberMargin, QString(std::max(digits, 2) + 1, QLatin1Char('9')));
}

void SqlEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void SqlEditor::applyPalette()
{
    const QPalette colours = palette();
    m_lexer->applyPalette(colours);
    const bool dark = m_lexer->isDark();
    const QColor base = colours.color(QPalette::Base);
    const QColor text = colours.color(QPalette::Text);
    const QColor margin = mix(base, text, 0.05);
    const QColor faint = mix(base, text, 0.45);

    setMarginsFont(m_lexer->baseFont());
    setMarginsBackgroundColor(margin);
    setMarginsForegroundColor(faint);
    setFoldMarginColors(margin, margin);
    // The fold margin's boxes and lines.
    for (int marker = int(SC_MARKNUM_FOLDEREND); marker <= int(SC_MARKNUM_FOLDEROPEN); ++marker) {
        setMarkerForegroundColor(margin, marker);
        setMarkerBackgroundColor(faint, marker);
    }
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(mix(base, text, dark ? 0.07 : 0.04));
    setSelectionBackgroundColor(colours.color(QPalette::Highlight));
    setSelectionForegroundColor(colours.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(QColor(dark ? 0x2f5d3a : 0xc7ecc9));
    setMatchedBraceForegroundColor(text);
    setUnmatchedBraceBackgroundColor(QColor(dark ? 0x6b2a2a : 0xf8c8c8));
    setUnmatchedBraceForegroundColor(text);
    setIndentationGuidesForegroundColor(mix(base, text, 0.2));
    setIndentationGuidesBackgroundColor(base);
    const QColor error(dark ? 0xff6b6b : 0xd00000);
    setIndicatorForegroundColor(error, m_errorIndicator);
    setMarkerForegroundColor(error, m_errorMarker);
    setMarkerBackgroundColor(error, m_errorMarker);
}

} // namespace trigon::ui
