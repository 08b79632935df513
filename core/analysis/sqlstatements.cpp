#include "core/analysis/sqlstatements.h"

#include <QRegularExpression>

namespace trigon {

namespace {

bool onlyComments(const QString &statement)
{
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*|/\\*.*?\\*/"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString rest = statement;
    rest.remove(comment);
    rest.remove(u';');
    return rest.trimmed().isEmpty();
}

} // namespace

QStringList splitSqlStatements(const QString &script)
{
    static const QRegularExpression dollarTag(QStringLiteral("\\G\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
    QStringList statements;
    qsizetype start = 0;
    const auto flush = [&](qsizetype end) {
        const QString statement = script.mid(start, end - start).trimmed();
        if (!onlyComments(statement))
            statements.append(statement);
        start = end;
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (c == u'\'' || c == u'"') {
            // '' and "" inside are doubled quotes: skipping to the next quote twice handles them.
            // A backslash escapes the quote only in E'' strings, which the renderer never needs
            // for quotes (it doubles them), so it is treated like any character.
            const qsizetype end = script.indexOf(c, i + 1);
            i = end < 0 ? script.size() : end;
        } else if (c == u'-' && script.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = script.indexOf(u'\n', i);
            i = end < 0 ? script.size() : end;
        } else if (c == u'/' && script.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? script.size() : end + 1;
        } else if (c == u'$') {
            // A dollar quote, unless part of an identifier or a $1 parameter.
            const bool inWord
                    = i > 0 && (script.at(i - 1).isLetterOrNumber() || script.at(i - 1) == u'_');
            const QRegularExpressionMatch tag = dollarTag.match(script, i);
            if (!inWord && tag.hasMatch()) {
                const qsizetype end = script.indexOf(tag.captured(0), i + tag.capturedLength());
                i = end < 0 ? script.size() : end + tag.capturedLength() - 1;
            }
        } else if (c == u';') {
            flush(i + 1);
        }
    }
    flush(script.size());
    return statements;
}

} // namespace trigon
