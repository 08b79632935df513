#include "core/catalog/triggerimport.h"

#include "core/catalog/tableselection.h"
#include "core/sql/quoting.h"
#include "core/sql/sqllexer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace trigon {

namespace {

// The significant tokens of deparsed WHEN expressions and PL/pgSQL bodies, as the import reads
// them: strings (also E'' and dollar-quoted) and quoted names are single tokens, so nothing
// inside them is mistaken for a keyword.
struct Token
{
    enum Kind { Word, QuotedName, String, EscapeString, Number, Symbol };
    Kind kind = Symbol;
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
    QString text;      // a word as written, a name or string unquoted, a symbol itself

    bool isWord(const char *word) const
    {
        return kind == Word && text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool isSymbol(const char *symbol) const
    {
        return kind == Symbol && text == QLatin1String(symbol);
    }
};

Token::Kind importKind(SqlTokenKind kind)
{
    switch (kind) {
    case SqlTokenKind::Word:
        return Token::Word;
    case SqlTokenKind::QuotedIdentifier:
        return Token::QuotedName;
    case SqlTokenKind::String:
    case SqlTokenKind::DollarString:
        return Token::String;
    case SqlTokenKind::EscapeString:
        return Token::EscapeString;
    case SqlTokenKind::Number:
        return Token::Number;
    default:
        return Token::Symbol;
    }
}

// The tokens of `text`, or nothing when it ends inside a string, a name or a comment.
std::optional<QList<Token>> tokenize(const QString &text)
{
    QList<Token> tokens;
    SqlLexer lexer(text);
    while (!lexer.atEnd()) {
        const SqlToken token = lexer.next();
        if (!token.terminated)
            return std::nullopt;
        if (!token.isSignificant())
            continue;
        tokens.append({importKind(token.kind), token.start, token.end, sqlTokenValue(text, token)});
    }
    return tokens;
}

// Reads a deparsed WHEN expression back into the condition model.
class WhenReader
{
public:
    WhenReader(const QString &text, QList<Token> tokens, const CatalogRelation *relation)
        : m_text(text)
        , m_tokens(std::move(tokens))
        , m_relation(relation)
    { }

    Condition read() { return parse(0, m_tokens.size()).condition; }

private:
    // A parsed part; `changed`/`kept` name the column of an `old.c IS [NOT] DISTINCT FROM new.c`
    // so that and/or chains of them become one change condition.
    struct Part
    {
        Condition condition;
        QString changed;
        QString kept;
    };

    qsizetype closing(qsizetype open, qsizetype end) const
    {
        int depth = 0;
        for (qsizetype i = open; i < end; ++i) {
            if (m_tokens[i].isSymbol("(") || m_tokens[i].isSymbol("["))
                ++depth;
            else if ((m_tokens[i].isSymbol(")") || m_tokens[i].isSymbol("]")) && --depth == 0)
                return i;
        }
        return -1;
    }

    // Splits [begin, end) at the keyword `word` outside parentheses.
    QList<std::pair<qsizetype, qsizetype>> split(qsizetype begin, qsizetype end,
                                                 const char *word) const
    {
        QList<std::pair<qsizetype, qsizetype>> parts;
        qsizetype start = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (m_tokens[i].isSymbol("(") || m_tokens[i].isSymbol("[")) {
                i = closing(i, end);
                if (i < 0)
                    return {};
            } else if (m_tokens[i].isWord(word)) {
                parts.append({start, i});
                start = i + 1;
            }
        }
        parts.append({start, end});
        return parts;
    }

    Part raw(qsizetype begin, qsizetype end) const
    {
        if (begin >= end)
            return {Condition::rawSql(QStringLiteral("true")), {}, {}};
        const qsizetype from = m_tokens[begin].start;
        return {Condition::rawSql(m_text.mid(from, m_tokens[end - 1].end - from)), {}, {}};
    }

    Part parse(qsizetype begin, qsizetype end) const
    {
        while (end - begin >= 2 && m_tokens[begin].isSymbol("(")
               && closing(begin, end) == end - 1) {
            ++begin;
            --end;
        }
        for (const char *word : {"OR", "AND"}) {
            const auto parts = split(begin, end, word);
            if (parts.size() > 1)
                return combine(parts, qstrcmp(word, "AND") == 0);
        }
        if (begin < end && m_tokens[begin].isWord("NOT")) {
            const Part operand = parse(begin + 1, end);
            if (!operand.changed.isEmpty())
                return {Condition::change(ConditionKind::AllDontChange, {operand.changed}),
                        {},
                        operand.changed};
            return {Condition::negation(operand.condition), {}, {}};
        }
        if (std::optional<Part> atom = comparison(begin, end))
            return *atom;
        return raw(begin, end);
    }

    Part combine(const QList<std::pair<qsizetype, qsizetype>> &ranges, bool isAnd) const
    {
        QList<Part> parts;
        QStringList changed, kept;
        for (const auto &[begin, end] : ranges) {
            parts.append(parse(begin, end));
            if (!parts.last().changed.isEmpty() && !changed.contains(parts.last().changed))
                changed.append(parts.last().changed);
            if (!parts.last().kept.isEmpty() && !kept.contains(parts.last().kept))
                kept.append(parts.last().kept);
        }
        // A chain of one kind of change test over distinct columns is one change condition.
        if (changed.size() == parts.size())
            return {Condition::change(isAnd ? ConditionKind::AllChange : ConditionKind::AnyChange,
                                      changed),
                    {},
                    {}};
        if (kept.size() == parts.size())
            return {Condition::change(isAnd ? ConditionKind::AllDontChange
                                            : ConditionKind::AnyDontChange,
                                      kept),
                    {},
                    {}};
        QList<Condition> operands;
        for (const Part &part : std::as_const(parts))
            operands.append(part.condition);
        return {isAnd ? Condition::allOf(operands) : Condition::anyOf(operands), {}, {}};
    }

    // old.column / new.column, three tokens from `i`.
    std::optional<FieldRef> field(qsizetype i, qsizetype end) const
    {
        if (i + 3 > end || !m_tokens[i + 1].isSymbol("."))
            return std::nullopt;
        const Token &row = m_tokens[i];
        const Token &name = m_tokens[i + 2];
        if (!row.isWord("old") && !row.isWord("new"))
            return std::nullopt;
        if (name.kind != Token::Word && name.kind != Token::QuotedName)
            return std::nullopt;
        // Design files write fields as old__column: a column holding "__" would read back wrong.
        if (name.text.contains(QLatin1String("__")) || !columnType(name.text))
            return std::nullopt;
        return FieldRef {row.isWord("old") ? RowVersion::Old : RowVersion::New, name.text};
    }

    std::optional<QString> columnType(const QString &column) const
    {
        const CatalogColumn *found = m_relation ? m_relation->column(column) : nullptr;
        return found ? std::optional<QString>(found->type) : std::nullopt;
    }

    // The text of tokens [begin, end) as written.
    QString source(qsizetype begin, qsizetype end) const
    {
        return m_text.mid(m_tokens[begin].start, m_tokens[end - 1].end - m_tokens[begin].start);
    }

    // A constant that, rendered by jsonLiteral() against a column of `type`, reads back as the
    // same deparsed text: a number as printed, true/false, or a string whose cast (if any) is the
    // column's own type.
    std::optional<QJsonValue> literal(qsizetype begin, qsizetype end, const QString &type) const
    {
        const qsizetype count = end - begin;
        const auto number = [](const QString &text) -> std::optional<QJsonValue> {
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (!ok || jsonLiteral(QJsonValue(value)) != text)
                return std::nullopt;
            return QJsonValue(value);
        };
        if (count == 1 && m_tokens[begin].kind == Token::Number)
            return number(m_tokens[begin].text);
        if (count == 1 && (m_tokens[begin].isWord("true") || m_tokens[begin].isWord("false"))
            && type == QLatin1String("boolean"))
            return QJsonValue(m_tokens[begin].isWord("true"));
        // (0)::numeric
        if (count >= 5 && m_tokens[begin].isSymbol("(") && m_tokens[begin + 1].kind == Token::Number
            && m_tokens[begin + 2].isSymbol(")") && m_tokens[begin + 3].isSymbol("::")
            && source(begin + 4, end) == type)
            return number(m_tokens[begin + 1].text);
        // 'text'::type, '-1'::integer
        if (m_tokens[begin].kind == Token::String
            && (count == 1
                || (count >= 3 && m_tokens[begin + 1].isSymbol("::")
                    && source(begin + 2, end) == type))) {
            const QString text = m_tokens[begin].text;
            if (count > 1
                && (type == QLatin1String("integer") || type == QLatin1String("bigint")
                    || type == QLatin1String("smallint") || type == QLatin1String("numeric"))) {
                if (auto value = number(text))
                    return value;
            }
            return QJsonValue(text);
        }
        return std::nullopt;
    }

    std::optional<Part> comparison(qsizetype begin, qsizetype end) const
    {
        const std::optional<FieldRef> lhs = field(begin, end);
        if (!lhs)
            return std::nullopt;
        const QString type = *columnType(lhs->column);
        qsizetype i = begin + 3;
        if (i >= end)
            return std::nullopt;
        QEntry entry;
        entry.field = *lhs;
        // IS [NOT] NULL, IS DISTINCT FROM
        if (m_tokens[i].isWord("IS")) {
            if (i + 2 == end && m_tokens[i + 1].isWord("NULL")) {
                entry.lookup = Lookup::IsNull;
                entry.literal = true;
                return Part {Condition::q({entry}), {}, {}};
            }
            if (i + 3 == end && m_tokens[i + 1].isWord("NOT") && m_tokens[i + 2].isWord("NULL")) {
                entry.lookup = Lookup::IsNull;
                entry.literal = false;
                return Part {Condition::q({entry}), {}, {}};
            }
            if (i + 3 < end && m_tokens[i + 1].isWord("DISTINCT")
                && m_tokens[i + 2].isWord("FROM")) {
                entry.lookup = Lookup::Df;
                return withOperand(entry, i + 3, end, type);
            }
            return std::nullopt;
        }
        // = ANY (ARRAY[...])
        if (m_tokens[i].isSymbol("=") && i + 5 < end && m_tokens[i + 1].isWord("ANY")
            && m_tokens[i + 2].isSymbol("(") && m_tokens[i + 3].isWord("ARRAY")
            && m_tokens[i + 4].isSymbol("[") && closing(i + 4, end) == end - 2
            && m_tokens[end - 1].isSymbol(")")) {
            QJsonArray values;
            for (const auto &[itemBegin, itemEnd] : splitItems(i + 5, end - 2)) {
                const auto value = literal(itemBegin, itemEnd, type);
                if (!value)
                    return std::nullopt;
                values.append(*value);
            }
            entry.lookup = Lookup::In;
            entry.literal = values;
            return Part {Condition::q({entry}), {}, {}};
        }
        static const QList<std::pair<const char *, Lookup>> operators
                = {{"=", Lookup::Exact}, {">", Lookup::Gt},   {">=", Lookup::Gte},
                   {"<", Lookup::Lt},    {"<=", Lookup::Lte}, {"~", Lookup::Regex}};
        for (const auto &[symbol, lookup] : operators) {
            if (!m_tokens[i].isSymbol(symbol))
                continue;
            // The regex lookup compares column::text; only a text column reads back unchanged.
            if (lookup == Lookup::Regex && type != QLatin1String("text"))
                return std::nullopt;
            entry.lookup = lookup;
            return withOperand(entry, i + 1, end, type);
        }
        return std::nullopt;
    }

    // Comma-separated items of [begin, end) at depth 0.
    QList<std::pair<qsizetype, qsizetype>> splitItems(qsizetype begin, qsizetype end) const
    {
        QList<std::pair<qsizetype, qsizetype>> items;
        qsizetype start = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (m_tokens[i].isSymbol("(") || m_tokens[i].isSymbol("["))
                i = closing(i, end);
            else if (m_tokens[i].isSymbol(",")) {
                items.append({start, i});
                start = i + 1;
            }
            if (i < 0)
                return {};
        }
        items.append({start, end});
        return items;
    }

    // The right-hand side of `entry`: another field (F) or a literal.
    std::optional<Part> withOperand(QEntry entry, qsizetype begin, qsizetype end,
                                    const QString &type) const
    {
        if (const std::optional<FieldRef> other = field(begin, end); other && begin + 3 == end) {
            if (entry.lookup == Lookup::Regex)
                return std::nullopt;
            entry.ref = *other;
            // old.c IS DISTINCT FROM new.c: "c changes", part of a change condition.
            if (entry.lookup == Lookup::Df && entry.field.row == RowVersion::Old
                && other->row == RowVersion::New && other->column == entry.field.column)
                return Part {Condition::change(ConditionKind::AnyChange, {entry.field.column}),
                             entry.field.column,
                             {}};
            return Part {Condition::q({entry}), {}, {}};
        }
        const std::optional<QJsonValue> value = literal(begin, end, type);
        if (!value || value->isNull())
            return std::nullopt;
        entry.literal = *value;
        return Part {Condition::q({entry}), {}, {}};
    }

    const QString &m_text;
    const QList<Token> m_tokens;
    const CatalogRelation *m_relation;
};

QString qualifiedTriggerName(const CatalogTrigger &trigger)
{
    return trigger.schema + u'.' + trigger.table + u'.' + trigger.name;
}

// Whether two imported triggers differ only in their table.
bool sameApartFromTable(TriggerDesign one, TriggerDesign other)
{
    for (TriggerDesign *design : {&one, &other}) {
        design->table = {};
        design->tableColumns.clear();
        design->tables.clear();
    }
    return one == other;
}

// `design` becomes (or stays) a design over several tables, with `other`'s table added.
void addTable(TriggerDesign &design, const TriggerDesign &other)
{
    if (!design.coversSeveralTables()) {
        design.tables.append(DesignTable {design.table, design.tableColumns});
        design.table = {};
        design.tableColumns.clear();
    }
    design.tables.append(DesignTable {other.table, other.tableColumns});
}

} // namespace

Condition conditionFromWhen(const QString &when, const CatalogRelation *relation)
{
    std::optional<QList<Token>> tokens = tokenize(when);
    if (!tokens || tokens->isEmpty())
        return Condition::rawSql(when);
    return WhenReader(when, std::move(*tokens), relation).read();
}

std::optional<PlpgsqlBlock> splitPlpgsqlBlock(const QString &source)
{
    const std::optional<QList<Token>> tokens = tokenize(source);
    if (!tokens || tokens->size() < 2)
        return std::nullopt;
    // The outer BEGIN: first token, or the first BEGIN after DECLARE (declarations hold none).
    qsizetype begin = -1;
    if (tokens->first().isWord("BEGIN")) {
        begin = 0;
    } else if (tokens->first().isWord("DECLARE")) {
        for (qsizetype i = 1; i < tokens->size() && begin < 0; ++i) {
            if (tokens->at(i).isWord("BEGIN"))
                begin = i;
        }
    }
    if (begin < 0)
        return std::nullopt; // a <<label>>, #option directives, or not PL/pgSQL at all
    // The outer END: last, before an optional ';'.
    qsizetype end = tokens->size() - 1;
    if (tokens->at(end).isSymbol(";"))
        --end;
    if (end <= begin || !tokens->at(end).isWord("END"))
        return std::nullopt;
    PlpgsqlBlock block;
    if (begin > 0) {
        const qsizetype from = tokens->first().end;
        block.declarations = source.mid(from, tokens->at(begin).start - from).trimmed();
    }
    const qsizetype from = tokens->at(begin).end;
    block.body = source.mid(from, tokens->at(end).start - from).trimmed();
    return block;
}

TriggerImport importTrigger(const CatalogSnapshot &snapshot, const CatalogTrigger &trigger)
{
    TriggerImport result;
    if (trigger.isClone) {
        result.notes << QCoreApplication::translate(
                "trigon::TriggerImport",
                "cloned from its partitioned table's trigger: import that "
                "one instead");
        return result;
    }
    const CatalogFunction *function = snapshot.function(trigger.function);
    if (!function) {
        result.notes << QCoreApplication::translate("trigon::TriggerImport",
                                                    "its function is not in the catalog snapshot");
        return result;
    }
    const CatalogRelation *relation = snapshot.relation(trigger.relation);

    TriggerDesign design;
    design.name = trigger.name;
    design.table = TableRef {trigger.schema, trigger.table};
    if (relation)
        design.tableColumns = designTable(*relation).columns;
    design.timing = trigger.timing;
    design.events = trigger.events;
    design.columns = trigger.columns;
    design.level = trigger.level;
    design.referencing = TransitionTables {trigger.oldTable, trigger.newTable};
    if (trigger.isConstraint) {
        ConstraintOptions constraint;
        constraint.deferrable = trigger.deferrable;
        constraint.initiallyDeferred = trigger.initiallyDeferred;
        if (!trigger.constraintFromTable.isEmpty())
            constraint.from = TableRef {trigger.constraintFromSchema, trigger.constraintFromTable};
        design.constraint = constraint;
    }
    design.arguments = trigger.arguments;
    design.enabled = trigger.enabled;
    design.comment = trigger.comment;
    if (!trigger.when.isEmpty()) {
        design.condition = conditionFromWhen(trigger.when, relation);
        if (design.condition->kind == ConditionKind::Sql)
            result.notes << QCoreApplication::translate("trigon::TriggerImport",
                                                        "its WHEN clause stays raw SQL");
    }
    if (function->language == QLatin1String("plpython3u")) {
        design.actions.append(PythonAction {function->source});
    } else if (function->language != QLatin1String("plpgsql")) {
        // Built-in, C, or another language: the design executes the function as it is.
        design.existingFunction = FunctionRef {function->schema, function->name};
        result.notes << QCoreApplication::translate(
                                "trigon::TriggerImport",
                                "its function %1.%2() is written in %3: the design executes it "
                                "as it is")
                                .arg(function->schema, function->name, function->language);
    } else if (const std::optional<PlpgsqlBlock> block = splitPlpgsqlBlock(function->source)) {
        design.actions.append(SqlAction {block->declarations, block->body});
    } else {
        // A labelled block is itself a statement: kept whole it still runs as it did.
        QString body = function->source.trimmed();
        if (!body.endsWith(u';'))
            body += u';';
        design.actions.append(SqlAction {{}, body});
        result.notes << QCoreApplication::translate(
                "trigon::TriggerImport", "the function body is kept as one nested block");
    }
    if (function->securityDefiner)
        result.notes << QCoreApplication::translate(
                "trigon::TriggerImport", "its function was SECURITY DEFINER; the design's is not");
    result.design = std::move(design);
    return result;
}

ImportResult importTriggers(const CatalogSnapshot &snapshot, const QString &schema,
                            const QString &table)
{
    ImportResult result;
    // Triggers of one name that execute one function in the same way, on different tables,
    // become one design over those tables: deploying it keeps the one function they shared.
    QList<TriggerDesign> designs;
    QHash<quint32, QList<qsizetype>> designsByFunction;
    for (const CatalogTrigger &trigger : snapshot.triggers) {
        if ((!schema.isEmpty() && trigger.schema != schema)
            || (!table.isEmpty() && trigger.table != table))
            continue;
        TriggerImport imported = importTrigger(snapshot, trigger);
        for (const QString &note : std::as_const(imported.notes))
            result.notes << qualifiedTriggerName(trigger) + QStringLiteral(": ") + note;
        if (!imported.design) {
            ++result.skipped;
            continue;
        }
        QList<qsizetype> &sameFunction = designsByFunction[trigger.function];
        const auto group
                = std::find_if(sameFunction.cbegin(), sameFunction.cend(), [&](qsizetype index) {
                      return sameApartFromTable(designs.at(index), *imported.design);
                  });
        if (group != sameFunction.cend()) {
            addTable(designs[*group], *imported.design);
        } else {
            sameFunction.append(designs.size());
            designs.append(std::move(*imported.design));
        }
    }
    for (TriggerDesign &design : designs)
        result.document.addTrigger(std::move(design));
    return result;
}

} // namespace trigon
