#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

// The monitor's JSON field filter, "field=value" or "a.b.0.c=value": a payload passes when it is
// JSON and the value at that path (object keys and array indexes, separated by dots), written as
// JSON would write it (strings without quotes; true, null, 42), equals `value`.
struct JsonFieldFilter
{
    QStringList path; // empty: no filter
    QString value;

    // Empty text gives the empty filter; nullopt when the text has no '=' with a path before it.
    static std::optional<JsonFieldFilter> parse(const QString &expression);

    bool isEmpty() const { return path.isEmpty(); }
    // The empty filter matches nothing: callers skip it instead.
    bool matches(const QString &payload) const;
};

} // namespace trigon
