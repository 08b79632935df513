#include "core/sql/quoting.h"

#include "core/model/tableref.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace trigon {

namespace {

// PostgreSQL's reserved, type_func_name and col_name keywords (pg_get_keywords() catcode R, T
// and C), plus PL/pgSQL's reserved words, sorted for binary search. Unreserved keywords may
// stay bare; quoting one more word than needed would be harmless, one fewer is a bug, so a test
// compares this list with the server's.
constexpr std::string_view keywords[] = {
        "all",
        "analyse",
        "analyze",
        "and",
        "any",
        "array",
        "as",
        "asc",
        "asymmetric",
        "authorization",
        "begin",
        "between",
        "bigint",
        "binary",
        "bit",
        "boolean",
        "both",
        "by",
        "case",
        "cast",
        "char",
        "character",
        "check",
        "coalesce",
        "collate",
        "collation",
        "column",
        "concurrently",
        "constraint",
        "create",
        "cross",
        "current_catalog",
        "current_date",
        "current_role",
        "current_schema",
        "current_time",
        "current_timestamp",
        "current_user",
        "dec",
        "decimal",
        "declare",
        "default",
        "deferrable",
        "desc",
        "distinct",
        "do",
        "else",
        "end",
        "except",
        "execute",
        "exists",
        "extract",
        "false",
        "fetch",
        "float",
        "for",
        "foreach",
        "foreign",
        "freeze",
        "from",
        "full",
        "grant",
        "greatest",
        "group",
        "grouping",
        "having",
        "if",
        "ilike",
        "in",
        "initially",
        "inner",
        "inout",
        "int",
        "integer",
        "intersect",
        "interval",
        "into",
        "is",
        "isnull",
        "join",
        "json",
        "json_array",
        "json_arrayagg",
        "json_exists",
        "json_object",
        "json_objectagg",
        "json_query",
        "json_scalar",
        "json_serialize",
        "json_table",
        "json_value",
        "lateral",
        "leading",
        "least",
        "left",
        "like",
        "limit",
        "localtime",
        "localtimestamp",
        "loop",
        "merge_action",
        "national",
        "natural",
        "nchar",
        "new",
        "none",
        "normalize",
        "not",
        "notnull",
        "null",
        "nullif",
        "numeric",
        "offset",
        "old",
        "on",
        "only",
        "or",
        "order",
        "out",
        "outer",
        "overlaps",
        "overlay",
        "placing",
        "position",
        "precision",
        "primary",
        "real",
        "references",
        "returning",
        "right",
        "row",
        "select",
        "session_user",
        "setof",
        "similar",
        "smallint",
        "some",
        "strict",
        "substring",
        "symmetric",
        "system_user",
        "table",
        "tablesample",
        "then",
        "time",
        "timestamp",
        "to",
        "trailing",
        "treat",
        "trim",
        "true",
        "union",
        "unique",
        "user",
        "using",
        "values",
        "varchar",
        "variadic",
        "verbose",
        "when",
        "where",
        "while",
        "window",
        "with",
        "xmlattributes",
        "xmlconcat",
        "xmlelement",
        "xmlexists",
        "xmlforest",
        "xmlnamespaces",
        "xmlparse",
        "xmlpi",
        "xmlroot",
        "xmlserialize",
        "xmltable",
};

bool isPlainIdentifier(const QString &identifier)
{
    if (identifier.isEmpty())
        return false;
    for (qsizetype i = 0; i < identifier.size(); ++i) {
        const char16_t c = identifier.at(i).unicode();
        const bool lower = c >= u'a' && c <= u'z';
        const bool digit = c >= u'0' && c <= u'9';
        if (!(lower || c == u'_' || (i > 0 && digit)))
            return false;
    }
    return true;
}

// `open`, then `text` with every `quote` and `other` written twice, then `quote`. One pass into
// a string of the final size: QString::replace() with a longer replacement moves the rest of the
// string at each match, which made rendering a string of many quotes quadratic.
QString enclosed(QLatin1String open, const QString &text, QChar quote, QChar other)
{
    const auto doubled = std::count_if(text.cbegin(), text.cend(),
                                       [&](QChar c) { return c == quote || c == other; });
    QString quoted;
    quoted.reserve(open.size() + text.size() + doubled + 1);
    quoted += open;
    for (const QChar c : text) {
        quoted += c;
        if (c == quote || c == other)
            quoted += c;
    }
    quoted += quote;
    return quoted;
}

} // namespace

bool isKeyword(const QString &word)
{
    // Lower-cased into a small buffer: this runs for every identifier the renderer writes.
    char buffer[24];
    const qsizetype size = word.size();
    if (size == 0 || size > qsizetype(sizeof buffer))
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = word.at(i).unicode();
        if (c > 0x7f)
            return false; // every keyword is ASCII
        buffer[i] = static_cast<char>(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    const std::string_view key(buffer, static_cast<size_t>(size));
    return std::binary_search(std::begin(keywords), std::end(keywords), key);
}

QString quoteIdentifier(const QString &identifier)
{
    if (isPlainIdentifier(identifier) && !isKeyword(identifier))
        return identifier;
    return enclosed(QLatin1String("\""), identifier, u'"', u'"');
}

QString quoteQualifiedName(const QString &schema, const QString &name)
{
    if (schema.isEmpty())
        return quoteIdentifier(name);
    return quoteIdentifier(schema) + u'.' + quoteIdentifier(name);
}

QString quoteQualifiedName(const TableRef &table)
{
    return quoteQualifiedName(table.schema, table.name);
}

QString quoteLiteral(const QString &text)
{
    if (!text.contains(u'\\'))
        return enclosed(QLatin1String("'"), text, u'\'', u'\'');
    return enclosed(QLatin1String("E'"), text, u'\'', u'\\');
}

QString jsonLiteral(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("NULL");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Whole numbers print without exponent or fraction (the cast is defined only in range).
        if (std::abs(number) < 9e15 && number == std::trunc(number))
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return quoteLiteral(value.toString());
    case QJsonValue::Array:
        return quoteLiteral(QString::fromUtf8(
                       QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)))
                + QStringLiteral("::jsonb");
    case QJsonValue::Object:
        return quoteLiteral(QString::fromUtf8(
                       QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)))
                + QStringLiteral("::jsonb");
    }
    return QStringLiteral("NULL");
}

} // namespace trigon
