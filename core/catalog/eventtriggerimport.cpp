#include "core/catalog/eventtriggerimport.h"

#include "core/catalog/triggerimport.h"
#include "core/sql/definitionmarker.h"
#include "core/sql/eventfunctionbody.h"
#include "core/sql/eventtriggerscript.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/sqllexer.h"

#include <QCoreApplication>

namespace trigon {

namespace {

// The notes of the import, for people.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EventTriggerImport)
};

// The inverse of indented(text, 1): one indentUnit() off every line that indented() gives one
// (not the empty lines, nor those that go on inside a string or comment), or nullopt when `text`
// is not what indented() gives.
std::optional<QString> unindented(const QString &text)
{
    const QString prefix = indentUnit();
    const QStringView view(text);
    const qsizetype n = text.size();
    QString result;
    result.reserve(n);
    SqlLexer lexer(view);
    SqlToken token;
    for (qsizetype start = 0; start <= n;) {
        while (token.end <= start && !lexer.atEnd())
            token = lexer.next();
        const bool continuation = token.start < start && start < token.end
                && token.kind != SqlTokenKind::Whitespace;
        qsizetype end = view.indexOf(u'\n', start);
        if (end < 0)
            end = n;
        QStringView line = view.sliced(start, end - start);
        if (!line.isEmpty() && !continuation) {
            if (!line.startsWith(prefix))
                return std::nullopt;
            line = line.sliced(prefix.size());
        }
        result += line;
        if (end < n)
            result += u'\n';
        start = end + 1;
    }
    if (indented(result, 1) != text)
        return std::nullopt;
    return result;
}

// The source (prosrc) of the function renderEventFunctionDefinition() gives for `design`: what
// is between its dollar quotes.
QString renderedSource(const EventTriggerDesign &design)
{
    const QList<TriggerDesign> noTableDesigns;
    const int version = RenderOptions().serverVersion;
    const QString definition = renderEventFunctionDefinition(design, noTableDesigns, version);
    // The body holds no tag: its last two are the quotes.
    const QString tag = dollarQuoteTag(EventFunctionBody(design, noTableDesigns, {}).render());
    const qsizetype close = definition.lastIndexOf(tag);
    const qsizetype open = close > 0 ? definition.lastIndexOf(tag, close - 1) : -1;
    if (open < 0)
        return {};
    const qsizetype start = open + tag.size();
    return definition.sliced(start, close - start);
}

// The parts of the actions of a function renderEventFunctionDefinition() gave, as one text
// without the indentation EventFunctionBody::render() adds: `source` without the frame around
// them (the line break after the opening quote, the DECLARE of the ddl_object record, BEGIN,
// END). nullopt when `source` is no such function (one changed by hand since, or made by another
// version of Trigon).
std::optional<QString> generatedActionsText(const QString &source, DdlEvent event)
{
    EventTriggerDesign empty;
    empty.event = event;
    const QString frame = renderedSource(empty);
    const qsizetype cut = frame.lastIndexOf(QLatin1String("END;"));
    if (cut < 0)
        return std::nullopt;
    const QStringView head = QStringView(frame).first(cut);
    const QStringView tail = QStringView(frame).sliced(cut);
    if (source.size() < head.size() + tail.size() || !source.startsWith(head)
        || !source.endsWith(tail))
        return std::nullopt;
    QString middle = source.sliced(head.size(), source.size() - head.size() - tail.size());
    if (middle.isEmpty())
        return QString();
    if (!middle.endsWith(u'\n'))
        return std::nullopt;
    middle.chop(1);
    return unindented(middle);
}

// The sql action whose block renderEventAction() renders as `text` ("[DECLARE ...] BEGIN ...
// END;"), when `design` with that one action renders to `source` exactly.
std::optional<SqlAction> generatedSqlAction(const QString &text, const QString &source,
                                            EventTriggerDesign design)
{
    const std::optional<PlpgsqlBlock> block = splitPlpgsqlBlock(text);
    if (!block)
        return std::nullopt;
    // splitPlpgsqlBlock() trims: the first line lost the indentation the others keep.
    const auto part = [](const QString &trimmed) -> std::optional<QString> {
        if (trimmed.isEmpty())
            return QString();
        return unindented(indentUnit() + trimmed);
    };
    const std::optional<QString> declarations = part(block->declarations);
    const std::optional<QString> body = part(block->body);
    if (!declarations || !body)
        return std::nullopt;
    const SqlAction action {*declarations, *body};
    design.actions = {action};
    if (renderedSource(design) != source)
        return std::nullopt;
    return action;
}

// The actions of a function Trigon generated for `design`: one sql action of what its actions
// render (or none, for a function without actions), so that rendering it again gives a function
// that imports the same. nullopt when `source` is not what Trigon renders.
std::optional<QList<EventAction>> generatedActions(const QString &source,
                                                   const EventTriggerDesign &design)
{
    const std::optional<QString> text = generatedActionsText(source, design.event);
    if (!text)
        return std::nullopt;
    if (text->trimmed().isEmpty())
        return QList<EventAction> {};
    // One sql action: what it held before it was rendered.
    if (const std::optional<SqlAction> action = generatedSqlAction(*text, source, design))
        return QList<EventAction> {*action};
    // Other actions: their PL/pgSQL, run as a block of its own. The ddl_object record they
    // read is declared by the function rendered from the design too.
    return QList<EventAction> {SqlAction {{}, text->trimmed()}};
}

} // namespace

EventTriggerImport importEventTrigger(const CatalogSnapshot &snapshot,
                                      const CatalogEventTrigger &trigger)
{
    EventTriggerImport result;
    const std::optional<DdlEvent> event = ddlEventFromName(trigger.event);
    if (!event) {
        result.notes << Text::tr("Trigon does not know its event %1").arg(trigger.event);
        return result;
    }
    const CatalogFunction *function = snapshot.function(trigger.function);
    if (!function) {
        result.notes << Text::tr("its function is not in the catalog snapshot");
        return result;
    }
    if (function->language != QLatin1String("plpgsql")) {
        result.notes << Text::tr("its function %1.%2() is written in %3, not in PL/pgSQL")
                                .arg(function->schema, function->name, function->language);
        return result;
    }

    EventTriggerDesign design;
    design.name = trigger.name;
    design.event = *event;
    design.tags = trigger.tags;
    design.enabled = trigger.enabled;
    design.comment = parseObjectComment(trigger.comment).text;
    std::optional<QList<EventAction>> actions;
    if (function->madeByTrigon)
        actions = generatedActions(function->source, design);
    if (actions) {
        design.actions = std::move(*actions);
    } else if (const std::optional<PlpgsqlBlock> block = splitPlpgsqlBlock(function->source)) {
        if (!block->declarations.isEmpty() || !block->body.isEmpty())
            design.actions.append(SqlAction {block->declarations, block->body});
    } else {
        // A labelled block is itself a statement: kept whole it still runs as it did.
        QString body = function->source.trimmed();
        if (!body.endsWith(u';'))
            body += u';';
        design.actions.append(SqlAction {{}, body});
        result.notes << Text::tr("the function body is kept as one nested block");
    }
    if (function->securityDefiner)
        result.notes << Text::tr("its function was SECURITY DEFINER; the design's is not");
    result.design = std::move(design);
    return result;
}

EventTriggerImportResult importEventTriggers(const CatalogSnapshot &snapshot)
{
    EventTriggerImportResult result;
    for (const CatalogEventTrigger &trigger : snapshot.eventTriggers) {
        EventTriggerImport imported = importEventTrigger(snapshot, trigger);
        for (const QString &note : std::as_const(imported.notes))
            result.notes << trigger.name + QStringLiteral(": ") + note;
        if (!imported.design) {
            ++result.skipped;
            continue;
        }
        result.eventTriggers.append(std::move(*imported.design));
    }
    return result;
}

} // namespace trigon
