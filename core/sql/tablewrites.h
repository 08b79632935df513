#pragma once

#include "core/model/tablewrite.h"

#include <QList>
#include <QStringView>

namespace trigon {

// The tables that PL/pgSQL or SQL code writes, read with the one lexer: the targets of INSERT
// INTO (and of its ON CONFLICT DO UPDATE), UPDATE ... SET (with the columns set), DELETE FROM,
// MERGE INTO (with the changes its WHEN clauses make) and TRUNCATE, schema-qualified or not, in
// the order written. The constant text of EXECUTE '...' and EXECUTE format('...') is read the same
// way; a name built at run time (%I, ||) cannot be known and is left out. Code that is not SQL
// yields nothing rather than a guess.
QList<TableWrite> tableWritesInSql(QStringView code);

// What the cascade graph reads of a function's PL/pgSQL, from one lexing of it: the tables it
// writes (as tableWritesInSql()), whether it can RETURN NULL, assigns to NEW (NEW.x := ...) and
// calls pg_trigger_depth().
struct PlpgsqlReading
{
    QList<TableWrite> writes;
    bool returnsNull = false;
    bool assignsNewRow = false;
    bool mentionsTriggerDepth = false;
};
PlpgsqlReading readPlpgsql(QStringView code);

// Whether PL/pgSQL code can RETURN NULL: in a BEFORE row trigger that skips the row and every
// later BEFORE trigger for it.
bool returnsNull(QStringView code);

// Whether `code` calls pg_trigger_depth(): the usual guard that stops a trigger from cascading
// into itself without end.
bool mentionsTriggerDepth(QStringView code);

} // namespace trigon
