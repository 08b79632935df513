#include "core/analysis/sqlstatements.h"

#include "core/sql/sqllexer.h"

namespace trigon {

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    qsizetype start = 0;
    bool hasCode = false; // whether the current statement holds more than comments and ';'
    const auto flush = [&](qsizetype end) {
        if (hasCode)
            statements.append(script.mid(start, end - start).trimmed());
        start = end;
        hasCode = false;
    };
    SqlLexer lexer(script);
    while (!lexer.atEnd()) {
        const SqlToken token = lexer.next();
        if (token.kind == SqlTokenKind::Punctuation && script.at(token.start) == u';')
            flush(token.end);
        else if (token.isSignificant())
            hasCode = true;
    }
    flush(script.size());
    return statements;
}

} // namespace trigon
