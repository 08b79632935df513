#include "core/sql/plpgsqltext.h"

#include "core/sql/conditionrenderer.h"
#include "core/sql/quoting.h"
#include "core/sql/sqllexer.h"

namespace trigon {

namespace {

QString tgVariable(const QString &name)
{
    if (name == QLatin1String("op"))
        return QStringLiteral("TG_OP");
    if (name == QLatin1String("table_name"))
        return QStringLiteral("TG_TABLE_NAME");
    if (name == QLatin1String("table_schema"))
        return QStringLiteral("TG_TABLE_SCHEMA");
    if (name == QLatin1String("when"))
        return QStringLiteral("TG_WHEN");
    if (name == QLatin1String("level"))
        return QStringLiteral("TG_LEVEL");
    if (name == QLatin1String("name"))
        return QStringLiteral("TG_NAME");
    return QStringLiteral("NULL");
}

} // namespace

QString indentUnit()
{
    return QStringLiteral("    ");
}

QString indented(const QString &text, int levels)
{
    const QString prefix = indentUnit().repeated(levels);
    const QStringView view(text);
    const qsizetype n = text.size();
    QString result;
    result.reserve(n + n / 4);
    SqlLexer lexer(view);
    SqlToken token; // the token that holds the start of the current line, or one before it
    for (qsizetype start = 0; start <= n;) {
        while (token.end <= start && !lexer.atEnd())
            token = lexer.next();
        const bool continuation = token.start < start && start < token.end
                && token.kind != SqlTokenKind::Whitespace;
        qsizetype end = view.indexOf(u'\n', start);
        if (end < 0)
            end = n;
        if (end > start && !continuation)
            result += prefix;
        result += view.sliced(start, end - start);
        if (end < n)
            result += u'\n';
        start = end + 1;
    }
    return result;
}

QString renderPayloadValue(const PayloadValue &value)
{
    switch (value.kind) {
    case PayloadValue::Kind::NewColumn:
        return renderFieldRef({RowVersion::New, value.text});
    case PayloadValue::Kind::OldColumn:
        return renderFieldRef({RowVersion::Old, value.text});
    case PayloadValue::Kind::Row:
        return value.text == QLatin1String("old") ? QStringLiteral("to_jsonb(OLD)")
                                                  : QStringLiteral("to_jsonb(NEW)");
    case PayloadValue::Kind::TgVariable:
        return tgVariable(value.text);
    case PayloadValue::Kind::Now:
        return QStringLiteral("now()");
    case PayloadValue::Kind::Setting:
        return QStringLiteral("current_setting(%1, true)").arg(quoteLiteral(value.text));
    case PayloadValue::Kind::Sql:
        return u'(' + value.text.trimmed() + u')';
    case PayloadValue::Kind::Literal:
        return jsonLiteral(value.literal);
    case PayloadValue::Kind::Ddl:
        // The columns of the row an event trigger function loops over (eventfunctionbody.h);
        // the field names are checked on reading and are plain identifiers.
        return ddlObjectVariable() + u'.' + value.text;
    }
    return QStringLiteral("NULL");
}

QString dollarQuoteTag(const QString &body)
{
    QString tag = QStringLiteral("$function$");
    for (int n = 1; body.contains(tag); ++n)
        tag = QStringLiteral("$function%1$").arg(n);
    return tag;
}

QString ddlObjectVariable()
{
    return QStringLiteral("ddl_object");
}

QString raiseException(const QString &message, const QString &sqlState)
{
    return QStringLiteral("RAISE EXCEPTION USING\n%1MESSAGE = %2,\n%1ERRCODE = %3;")
            .arg(indentUnit(), message, quoteLiteral(sqlState));
}

QString ifBlock(const QString &condition, const QString &body)
{
    return QStringLiteral("IF %1 THEN\n%2\nEND IF;").arg(condition, indented(body, 1));
}

} // namespace trigon
