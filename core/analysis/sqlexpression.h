#pragma once

#include <QString>

namespace trigon {

// Why `sql` cannot stand as a raw SQL condition, one boolean expression inside the clause Trigon
// writes around it (a trigger's WHEN (...)), or an empty string when it can. Cut with the one
// lexer, so that what is inside strings, quoted names and block comments never counts: a
// parenthesis it closes and did not open, one it leaves open, a ";", a -- comment (it would hide
// the closing parenthesis), a statement keyword outside a qualified name, or text that ends inside
// a string or comment. Without this check a raw condition could close the clause and append
// statements of its own.
QString sqlExpressionProblem(const QString &sql);

} // namespace trigon
