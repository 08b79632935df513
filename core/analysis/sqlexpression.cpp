#include "core/analysis/sqlexpression.h"

#include "core/sql/sqllexer.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace trigon {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqlExpression)
};

// Words that begin a statement and have no place in an expression, sorted. One of them outside
// a qualified name (new.update is a column) means the text is trying to be more than a condition.
constexpr std::array statementKeywords {
        QLatin1String("abort"),     QLatin1String("alter"),   QLatin1String("analyze"),
        QLatin1String("begin"),     QLatin1String("call"),    QLatin1String("checkpoint"),
        QLatin1String("cluster"),   QLatin1String("comment"), QLatin1String("commit"),
        QLatin1String("copy"),      QLatin1String("create"),  QLatin1String("deallocate"),
        QLatin1String("declare"),   QLatin1String("delete"),  QLatin1String("discard"),
        QLatin1String("do"),        QLatin1String("drop"),    QLatin1String("execute"),
        QLatin1String("grant"),     QLatin1String("insert"),  QLatin1String("listen"),
        QLatin1String("load"),      QLatin1String("lock"),    QLatin1String("merge"),
        QLatin1String("notify"),    QLatin1String("prepare"), QLatin1String("reassign"),
        QLatin1String("refresh"),   QLatin1String("reindex"), QLatin1String("release"),
        QLatin1String("reset"),     QLatin1String("revoke"),  QLatin1String("rollback"),
        QLatin1String("savepoint"), QLatin1String("start"),   QLatin1String("truncate"),
        QLatin1String("unlisten"),  QLatin1String("update"),  QLatin1String("vacuum"),
};

bool isStatementKeyword(QStringView word)
{
    const QString lower = word.toString().toLower();
    return std::binary_search(statementKeywords.cbegin(), statementKeywords.cend(), lower);
}

QString unterminated(const SqlToken &token)
{
    switch (token.kind) {
    case SqlTokenKind::BlockComment:
        return Text::tr("the SQL condition ends inside a /* comment");
    case SqlTokenKind::QuotedIdentifier:
        return Text::tr("the SQL condition ends inside a quoted name");
    default:
        return Text::tr("the SQL condition ends inside a string");
    }
}

} // namespace

QString sqlExpressionProblem(const QString &sql)
{
    int depth = 0;
    bool afterDot = false;
    SqlLexer lexer(sql);
    while (!lexer.atEnd()) {
        const SqlToken token = lexer.next();
        if (!token.terminated)
            return unterminated(token);
        if (!token.isSignificant()) {
            if (token.kind == SqlTokenKind::LineComment)
                return Text::tr("the SQL condition holds a -- comment, which would hide the rest "
                                "of the clause; use /* ... */");
            continue;
        }
        const QStringView text = QStringView(sql).sliced(token.start, token.length());
        if (token.kind == SqlTokenKind::Punctuation) {
            if (text == u"(") {
                ++depth;
            } else if (text == u")") {
                if (depth == 0)
                    return Text::tr("the SQL condition closes a parenthesis it did not open (at "
                                    "character %1)")
                            .arg(token.start + 1);
                --depth;
            } else if (text == u";") {
                return Text::tr("the SQL condition holds a \";\": a condition is one expression, "
                                "not statements");
            }
        } else if (token.kind == SqlTokenKind::Word && !afterDot && isStatementKeyword(text)) {
            return Text::tr("the SQL condition holds the statement keyword %1: a condition is one "
                            "expression")
                    .arg(text.toString().toUpper());
        }
        afterDot = token.kind == SqlTokenKind::Punctuation && text == u".";
    }
    if (depth > 0)
        return Text::tr("the SQL condition leaves %n parenthesis(es) open", nullptr, depth);
    return {};
}

} // namespace trigon
