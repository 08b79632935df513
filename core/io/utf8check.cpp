#include "core/io/utf8check.h"

#include "core/io/designreader.h"

#include <QString>

namespace trigon {

std::optional<DesignFileError> invalidUtf8(const QByteArray &data, const QString &fileName)
{
    qsizetype lineStart = 0;
    int line = 1;
    for (qsizetype i = 0; i < data.size();) {
        const auto byte = static_cast<unsigned char>(data.at(i));
        if (byte < 0x80) {
            if (byte == '\n') {
                ++line;
                lineStart = i + 1;
            }
            ++i;
            continue;
        }
        qsizetype length = 0;
        char32_t min = 0;
        char32_t code = 0;
        if (byte >= 0xc2 && byte <= 0xdf) {
            length = 2;
            min = 0x80;
            code = byte & 0x1f;
        } else if (byte >= 0xe0 && byte <= 0xef) {
            length = 3;
            min = 0x800;
            code = byte & 0x0f;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
            length = 4;
            min = 0x10000;
            code = byte & 0x07;
        }
        // `seen`: the lead byte and the continuation bytes after it, as far as they go.
        qsizetype seen = 1;
        while (seen < length && i + seen < data.size()
               && (static_cast<unsigned char>(data.at(i + seen)) & 0xc0) == 0x80) {
            code = (code << 6) | (static_cast<unsigned char>(data.at(i + seen)) & 0x3f);
            ++seen;
        }
        const bool valid = length > 0 && seen == length && code >= min && code <= 0x10ffff
                && (code < 0xd800 || code > 0xdfff);
        if (!valid) {
            // Columns count UTF-16 code units, as the parser's do.
            const int column = static_cast<int>(
                    QString::fromUtf8(data.constData() + lineStart, i - lineStart).size() + 1);
            return DesignFileError {
                    fileName, line, column, QString(),
                    DesignReader::tr("bytes that are not UTF-8 (0x%1): design files are UTF-8")
                            .arg(QString::fromLatin1(data.mid(i, seen).toHex()))};
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace trigon
