#include "core/monitor/payloadformat.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace trigon {

qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800)
            bytes += 2;
        else if (c.isHighSurrogate())
            bytes += 4; // with its low surrogate, which counts nothing more
        else if (!c.isLowSurrogate())
            bytes += 3;
    }
    return bytes;
}

QString formatBytes(qsizetype bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("trigon::PayloadFormat", "%1 B").arg(bytes);
    return QCoreApplication::translate("trigon::PayloadFormat", "%1 KiB")
            .arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
}

QString payloadPreview(const QString &payload, int maximum)
{
    QString preview = payload.left(maximum);
    preview.replace(QLatin1String("\r\n"), QStringLiteral(" ⏎ "));
    preview.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    preview.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (payload.size() > maximum)
        preview += QStringLiteral("…");
    return preview;
}

QString indentedJson(const QString &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    const auto newline = [&out, &depth] {
        out += QLatin1Char('\n');
        out += QString(depth * 2, QLatin1Char(' '));
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype start = i++;
            while (i < size && text.at(i) != QLatin1Char('"'))
                i += text.at(i) == QLatin1Char('\\') ? 2 : 1;
            out += QStringView(text).mid(start, i - start + 1);
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            qsizetype next = i + 1;
            while (next < size && text.at(next).isSpace())
                ++next;
            out += c;
            if (next < size
                && (text.at(next) == QLatin1Char('}') || text.at(next) == QLatin1Char(']'))) {
                out += text.at(next); // {} and [] stay on one line
                i = next;
            } else {
                ++depth;
                newline();
            }
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
            newline();
            out += c;
        } else if (c == QLatin1Char(',')) {
            out += c;
            newline();
        } else if (c == QLatin1Char(':')) {
            out += QStringLiteral(": ");
        } else if (!c.isSpace()) {
            out += c;
        }
    }
    return out;
}

} // namespace trigon
