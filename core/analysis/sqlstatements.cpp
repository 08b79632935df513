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

QString transactionControlStatement(const QString &script)
{
    for (const QString &statement : splitSqlStatements(script)) {
        QStringList words;
        for (const SqlToken &token : significantSqlTokens(statement)) {
            if (token.kind == SqlTokenKind::Word)
                words.append(statement.sliced(token.start, token.length()).toLower());
        }
        const QString first = words.value(0);
        const bool control = first == QLatin1String("begin") || first == QLatin1String("start")
                || first == QLatin1String("commit") || first == QLatin1String("end")
                || first == QLatin1String("abort")
                || (first == QLatin1String("rollback") && !words.contains(QLatin1String("to")))
                || (first == QLatin1String("prepare")
                    && words.value(1) == QLatin1String("transaction"));
        if (control)
            return statement;
    }
    return {};
}

} // namespace trigon
