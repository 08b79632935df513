#pragma once

#include "core/pg/notification.h"

#include <QList>
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

// A client-side failure from libpq's error text. When the server said why it ended the session
// ("terminating connection due to administrator command"), that reason becomes the message and
// libpq's own words ("server closed the connection unexpectedly ...") the detail. libpq passes
// the reason on in one of two ways: first in its text, as "FATAL:  ...", when a query was under
// way; to the notice receiver, as a FATAL notice, when the session was idle. `notices` are the
// notices received and not yet handed on; a FATAL one among them is taken out.
PgError libpqFailure(const QString &text, const QString &statement = {},
                     QList<Notice> *notices = nullptr);

} // namespace trigon::pg
