#pragma once

#include <QString>
#include <QStringList>

namespace trigon {

// `script` cut into its statements at the semicolons outside string literals ('...', E'...'),
// quoted identifiers, dollar-quoted strings and comments; each statement keeps its semicolon,
// leading whitespace and comment-only pieces are dropped. Deploys run statement by statement so
// an error names the statement that failed.
QStringList splitSqlStatements(const QString &script);

// The first statement of `script` that starts or ends a transaction (BEGIN, START TRANSACTION,
// COMMIT, END, ABORT, ROLLBACK other than ROLLBACK TO a savepoint, PREPARE TRANSACTION, COMMIT
// or ROLLBACK PREPARED), or an empty string when none does. Savepoints are fine: they stay
// inside the transaction.
QString transactionControlStatement(const QString &script);

} // namespace trigon
