#include "core/sql/whenexpression.h"

#include "core/sql/scriptrenderer.h"
#include "core/sql/sqllexer.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace trigon {

namespace {

// Built-in aggregates and set-returning functions PostgreSQL refuses in WHEN, sorted. A call of
// one of them unqualified is taken for it.
constexpr std::array aggregateNames {
        QLatin1String("array_agg"),
        QLatin1String("avg"),
        QLatin1String("bit_and"),
        QLatin1String("bit_or"),
        QLatin1String("bit_xor"),
        QLatin1String("bool_and"),
        QLatin1String("bool_or"),
        QLatin1String("count"),
        QLatin1String("every"),
        QLatin1String("json_agg"),
        QLatin1String("json_object_agg"),
        QLatin1String("jsonb_agg"),
        QLatin1String("jsonb_object_agg"),
        QLatin1String("max"),
        QLatin1String("min"),
        QLatin1String("mode"),
        QLatin1String("percentile_cont"),
        QLatin1String("percentile_disc"),
        QLatin1String("stddev"),
        QLatin1String("string_agg"),
        QLatin1String("sum"),
        QLatin1String("variance"),
        QLatin1String("xmlagg"),
};
constexpr std::array setReturningNames {
        QLatin1String("generate_series"),     QLatin1String("generate_subscripts"),
        QLatin1String("json_array_elements"), QLatin1String("json_each"),
        QLatin1String("json_object_keys"),    QLatin1String("jsonb_array_elements"),
        QLatin1String("jsonb_each"),          QLatin1String("jsonb_object_keys"),
        QLatin1String("regexp_matches"),      QLatin1String("regexp_split_to_table"),
        QLatin1String("string_to_table"),     QLatin1String("unnest"),
};

template<std::size_t N>
bool isOneOf(const std::array<QLatin1String, N> &names, const QString &lower)
{
    return std::binary_search(names.cbegin(), names.cend(), lower);
}

bool isNameToken(const SqlToken &token)
{
    return token.kind == SqlTokenKind::Word || token.kind == SqlTokenKind::QuotedIdentifier;
}

// A name as PostgreSQL resolves it: a quoted one exactly, an unquoted one with A-Z folded to
// lower case (the server folds only ASCII letters in a UTF-8 database).
QString resolvedName(QStringView text, const SqlToken &token)
{
    QString name = sqlTokenValue(text, token);
    if (token.kind == SqlTokenKind::Word) {
        for (QChar &c : name) {
            if (c >= u'A' && c <= u'Z')
                c = QChar(c.unicode() - u'A' + u'a');
        }
    }
    return name;
}

} // namespace

std::optional<QualifiedFunctionName> parseFunctionName(const QString &text)
{
    const QList<SqlToken> tokens = significantSqlTokens(text);
    const auto isDot = [&](qsizetype i) {
        return tokens.at(i).kind == SqlTokenKind::Punctuation
                && text.sliced(tokens.at(i).start, tokens.at(i).length()) == u".";
    };
    for (const SqlToken &token : tokens) {
        if (!token.terminated)
            return std::nullopt;
    }
    if (tokens.size() == 1 && isNameToken(tokens.at(0)))
        return QualifiedFunctionName {QString(), resolvedName(text, tokens.at(0))};
    if (tokens.size() == 3 && isNameToken(tokens.at(0)) && isDot(1) && isNameToken(tokens.at(2)))
        return QualifiedFunctionName {resolvedName(text, tokens.at(0)),
                                      resolvedName(text, tokens.at(2))};
    return std::nullopt;
}

WhenExpressionReads scanWhenExpression(const QString &sql, const QStringList &tableReadingFunctions)
{
    QList<QualifiedFunctionName> marked;
    for (const QString &entry : tableReadingFunctions) {
        if (const std::optional<QualifiedFunctionName> name = parseFunctionName(entry))
            marked.append(*name);
    }
    QList<SqlToken> tokens;
    SqlLexer lexer(sql);
    while (!lexer.atEnd()) {
        const SqlToken token = lexer.next();
        if (token.isSignificant())
            tokens.append(token);
    }
    const auto text = [&](qsizetype i) {
        return i >= 0 && i < tokens.size() ? sql.mid(tokens.at(i).start, tokens.at(i).length())
                                           : QString();
    };
    const auto isWord = [&](qsizetype i) {
        return i >= 0 && i < tokens.size() && tokens.at(i).kind == SqlTokenKind::Word;
    };
    const auto isName = [&](qsizetype i) {
        return isWord(i)
                || (i >= 0 && i < tokens.size()
                    && tokens.at(i).kind == SqlTokenKind::QuotedIdentifier);
    };
    WhenExpressionReads reads;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool afterDot = text(i - 1) == QLatin1String(".");
        const bool call = text(i + 1) == QLatin1String("(");
        if (isWord(i)) {
            const QString lower = text(i).toLower();
            if ((lower == QLatin1String("select") || lower == QLatin1String("values"))
                && text(i - 1) == QLatin1String("("))
                reads.subquery = true;
            if (call && !afterDot && reads.aggregate.isEmpty() && isOneOf(aggregateNames, lower))
                reads.aggregate = text(i);
            if (call && !afterDot && reads.setReturning.isEmpty()
                && isOneOf(setReturningNames, lower))
                reads.setReturning = text(i);
            if (lower == QLatin1String("over") && text(i - 1) == QLatin1String(")")
                && reads.window.isEmpty()) {
                // The function whose call the ")" closes.
                int depth = 0;
                for (qsizetype j = i - 1; j >= 0; --j) {
                    if (text(j) == QLatin1String(")"))
                        ++depth;
                    else if (text(j) == QLatin1String("(") && --depth == 0) {
                        reads.window = isWord(j - 1) ? text(j - 1) : QStringLiteral("OVER");
                        break;
                    }
                }
            }
        }
        // name( or schema.name( of a function the design marks as reading tables. A quoted name
        // is the name it spells, so "Flagged"( is not flagged(.
        if (call && isName(i) && reads.tableReadingCall.isEmpty() && !marked.isEmpty()) {
            const bool qualified = afterDot && isName(i - 2);
            const QString name = resolvedName(sql, tokens.at(i));
            const QString schema = qualified ? resolvedName(sql, tokens.at(i - 2)) : QString();
            const bool listed = std::any_of(
                    marked.cbegin(), marked.cend(), [&](const QualifiedFunctionName &entry) {
                        return entry.name == name
                                && (entry.schema.isEmpty() || schema.isEmpty()
                                    || entry.schema == schema);
                    });
            if (listed)
                reads.tableReadingCall = qualified ? text(i - 2) + u'.' + text(i) : text(i);
        }
        // name.name that is no function call, no type after ::, and not on OLD or NEW: a
        // column of another table (schema.table.column starts the same way).
        if (isName(i) && text(i + 1) == QLatin1String(".") && isName(i + 2) && !afterDot
            && text(i + 3) != QLatin1String("(") && text(i - 1) != QLatin1String("::")
            && reads.otherTable.isEmpty()) {
            const QString qualifier
                    = tokens.at(i).kind == SqlTokenKind::Word ? text(i).toLower() : text(i);
            if (qualifier != QLatin1String("old") && qualifier != QLatin1String("new"))
                reads.otherTable = text(i) + u'.' + text(i + 2);
        }
    }
    return reads;
}

bool conditionReadsOtherTables(const Condition &condition, const QStringList &tableReadingFunctions)
{
    if (condition.kind == ConditionKind::Exists)
        return true;
    if (condition.kind == ConditionKind::Sql) {
        const WhenExpressionReads reads = scanWhenExpression(condition.sql, tableReadingFunctions);
        return reads.subquery || !reads.tableReadingCall.isEmpty();
    }
    return std::any_of(condition.operands.cbegin(), condition.operands.cend(),
                       [&](const Condition &operand) {
                           return conditionReadsOtherTables(operand, tableReadingFunctions);
                       });
}

ConditionSplit splitCondition(const Condition &condition, const QStringList &tableReadingFunctions)
{
    if (!conditionReadsOtherTables(condition, tableReadingFunctions))
        return {condition, std::nullopt};
    if (condition.kind != ConditionKind::And)
        return {std::nullopt, condition};
    QList<Condition> inWhen;
    QList<Condition> inFunction;
    for (const Condition &operand : condition.operands)
        (conditionReadsOtherTables(operand, tableReadingFunctions) ? inFunction : inWhen)
                .append(operand);
    const auto joined = [](const QList<Condition> &parts) -> std::optional<Condition> {
        if (parts.isEmpty())
            return std::nullopt;
        return parts.size() == 1 ? parts.first() : Condition::allOf(parts);
    };
    return {joined(inWhen), joined(inFunction)};
}

bool functionCanTestConditions(const TriggerDesign &trigger)
{
    return trigger.timing != TriggerTiming::InsteadOf && !trigger.existingFunction
            && functionLanguage(trigger) == QLatin1String("plpgsql");
}

ConditionSplit triggerConditionSplit(const TriggerDesign &trigger)
{
    if (!trigger.condition || conditionEvaluatedInFunction(trigger))
        return {};
    if (!functionCanTestConditions(trigger))
        return {trigger.condition, std::nullopt};
    return splitCondition(*trigger.condition, trigger.tableReadingFunctions);
}

QString whenClause(const QString &definition)
{
    // Look at depth 0 for "FOR EACH ROW|STATEMENT WHEN (": pg_get_triggerdef prints the clause
    // exactly so, and a name or string holding those words is one token.
    const QList<SqlToken> tokens = significantSqlTokens(definition);
    const auto isWord = [&](qsizetype i, QLatin1String word) {
        return i >= 0 && tokens[i].kind == SqlTokenKind::Word
                && QStringView(definition).sliced(tokens[i].start, tokens[i].length()) == word;
    };
    const auto isOpening = [&](qsizetype i) {
        return i < tokens.size() && tokens[i].kind == SqlTokenKind::Punctuation
                && definition.at(tokens[i].start) == u'(';
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!isOpening(i))
            continue;
        const qsizetype close = matchingSqlBracket(definition, tokens, i);
        if (close < 0)
            return {};
        if (isWord(i - 1, QLatin1String("WHEN"))
            && (isWord(i - 2, QLatin1String("ROW")) || isWord(i - 2, QLatin1String("STATEMENT")))
            && isWord(i - 3, QLatin1String("EACH")) && isWord(i - 4, QLatin1String("FOR"))) {
            qsizetype from = tokens[i].end;
            qsizetype to = tokens[close].start;
            // The deparser wraps most expressions in parentheses of their own.
            if (isOpening(i + 1) && tokens[i + 1].start == from
                && matchingSqlBracket(definition, tokens, i + 1) == close - 1
                && tokens[close - 1].end == to) {
                ++from;
                --to;
            }
            return definition.mid(from, to - from);
        }
        i = close;
    }
    return {};
}

} // namespace trigon
