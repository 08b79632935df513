#pragma once

#include <QString>
#include <QStringView>

namespace trigon {

// The payload's size as NOTIFY counts it (UTF-8 bytes), without converting it.
qsizetype utf8Length(QStringView text);
// "812 B", "7.8 KiB"
QString formatBytes(qsizetype bytes);
// One line for a table cell: line breaks shown as ⏎, cut after `maximum` characters.
QString payloadPreview(const QString &payload, int maximum = 200);
// Valid JSON re-indented by two spaces, token by token: numbers, escapes and key order stay
// exactly as sent (a parse-and-write round trip would round big integers and sort keys).
// Returns an empty string when `text` is not JSON.
QString indentedJson(const QString &text);

} // namespace trigon
