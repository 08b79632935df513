#pragma once

#include "core/io/designfile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace trigon {

// The first byte sequence of `data` that is not UTF-8 (a stray continuation byte, a truncated or
// overlong sequence, an encoded surrogate, a code point beyond U+10FFFF), with its line and
// column counted as the JSON parser counts them; nothing when all of `data` is UTF-8.
// QString::fromUtf8 would turn such bytes into U+FFFD without a word.
std::optional<DesignFileError> invalidUtf8(const QByteArray &data, const QString &fileName);

} // namespace trigon
