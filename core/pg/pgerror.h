#pragma once

#include <QString>

namespace trigon::pg {

// Everything a failure says, as a value. Errors never cross layers as exceptions.
struct PgError
{
    QString message; // primary message, one line
    QString detail;
    QString hint;
    QString sqlState;  // five characters, empty for client-side failures (no server reached)
    int position = 0;  // 1-based character position in the statement, 0 when unknown
    QString statement; // the statement that failed, when one did

    bool isServerError() const { return !sqlState.isEmpty(); }
    // One readable paragraph: message, then detail and hint on their own lines.
    QString toString() const;

    friend bool operator==(const PgError &, const PgError &) = default;
};

} // namespace trigon::pg
