#pragma once

#include <QString>
#include <QStringList>

namespace trigon {

// `script` cut into its statements at the semicolons outside string literals ('...', E'...'),
// quoted identifiers, dollar-quoted strings and comments; each statement keeps its semicolon,
// leading whitespace and comment-only pieces are dropped. Deploys run statement by statement so
// an error names the statement that failed.
QStringList splitSqlStatements(const QString &script);

} // namespace trigon
