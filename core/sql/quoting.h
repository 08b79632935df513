#pragma once

#include <QJsonValue>
#include <QString>

namespace trigon {

struct TableRef;

// The one place identifiers and literals become SQL text. Everything the renderer emits goes
// through these.

// An identifier as PostgreSQL must read it back unchanged: bare when it is lower case ASCII
// letters, digits, _ and is no keyword; otherwise double-quoted with inner quotes doubled.
QString quoteIdentifier(const QString &identifier);
// schema.name, each part quoted as needed; an empty schema gives the bare name.
QString quoteQualifiedName(const QString &schema, const QString &name);
QString quoteQualifiedName(const TableRef &table);
// A string literal: '...' with quotes doubled; E'...' with backslashes doubled when the text
// holds a backslash, so it reads the same whatever standard_conforming_strings says.
QString quoteLiteral(const QString &text);
// A JSON value as an SQL value: strings quoted, numbers and booleans bare, null as NULL, arrays
// and objects as '...'::jsonb.
QString jsonLiteral(const QJsonValue &value);
// True when `word` is a PostgreSQL keyword that cannot appear unquoted as a column or table
// name everywhere (reserved, type/function or column-name keywords), or a PL/pgSQL reserved word.
bool isKeyword(const QString &word);

} // namespace trigon
