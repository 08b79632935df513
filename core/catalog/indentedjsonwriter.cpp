#include "core/catalog/indentedjsonwriter.h"

#include <QIODevice>

#include <algorithm>
#include <charconv>

namespace trigon {

namespace {

constexpr qsizetype blockSize = 64 * 1024;

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

} // namespace

IndentedJsonWriter::IndentedJsonWriter(QIODevice *device)
    : m_device(device)
{
    // Room for a block and the value that fills it, so it rarely grows.
    m_block.resize(2 * blockSize);
    m_data = m_block.data();
}

void IndentedJsonWriter::beginObject()
{
    open("{\n");
}

void IndentedJsonWriter::endObject()
{
    close("}");
}

void IndentedJsonWriter::beginArray()
{
    open("[\n");
}

void IndentedJsonWriter::endArray()
{
    close("]");
}

void IndentedJsonWriter::open(const char (&opening)[3])
{
    beginValue();
    put(opening);
    m_levels.append(Level {});
}

void IndentedJsonWriter::close(const char (&closing)[2])
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    const bool hasElement = m_levels.last().hasElement;
    m_levels.removeLast();
    if (hasElement)
        put("\n");
    appendIndent();
    put(closing);
    if (m_levels.isEmpty())
        put("\n");
    writeBlockIfFull();
}

void IndentedJsonWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    Level &level = m_levels.last();
    // QJsonObject sorts its keys; writing them sorted gives QJsonDocument's bytes.
    Q_ASSERT(!level.hasElement || level.lastKey < name);
    level.lastKey = name;
    if (level.hasElement)
        put(",\n");
    level.hasElement = true;
    appendIndent();
    // Keys are names from the code, plain ASCII that needs no escaping.
    Q_ASSERT(std::all_of(name.begin(), name.end(),
                         [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; }));
    put("\"");
    put(name.data(), name.size());
    put("\": ");
    m_afterKey = true;
}

void IndentedJsonWriter::string(QStringView text)
{
    beginValue();
    appendEscaped(text);
    writeBlockIfFull();
}

void IndentedJsonWriter::boolean(bool value)
{
    beginValue();
    if (value)
        put("true");
    else
        put("false");
}

void IndentedJsonWriter::integer(qint64 value)
{
    beginValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    put(digits, end - digits);
}

void IndentedJsonWriter::null()
{
    beginValue();
    put("null");
}

void IndentedJsonWriter::member(QLatin1StringView name, QStringView text)
{
    key(name);
    string(text);
}

void IndentedJsonWriter::member(QLatin1StringView name, bool value)
{
    key(name);
    boolean(value);
}

void IndentedJsonWriter::member(QLatin1StringView name, int value)
{
    key(name);
    integer(value);
}

bool IndentedJsonWriter::finish()
{
    writeBlock();
    return !m_failed;
}

void IndentedJsonWriter::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false; // key() wrote the separator and the indentation
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.hasElement)
        put(",\n");
    level.hasElement = true;
    appendIndent();
}

void IndentedJsonWriter::appendIndent()
{
    static constexpr char spaces[]
            = "                                                                ";
    constexpr qsizetype row = sizeof spaces - 1;
    for (qsizetype count = 4 * m_levels.size(); count > 0; count -= row)
        put(spaces, std::min(count, row));
}

void IndentedJsonWriter::appendEscaped(QStringView text)
{
    // Each UTF-16 unit takes at most six bytes ("\u001f", or three of UTF-8; a surrogate pair
    // four for two units): make room once, then fill it through a pointer.
    char *out = room(6 * text.size() + 2);
    *out++ = '"';
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *out++ = char(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case '"':
                *out++ = '"';
                break;
            case '\\':
                *out++ = '\\';
                break;
            case '\b':
                *out++ = 'b';
                break;
            case '\f':
                *out++ = 'f';
                break;
            case '\n':
                *out++ = 'n';
                break;
            case '\r':
                *out++ = 'r';
                break;
            case '\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigit(u >> 4);
                *out++ = hexDigit(u);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t code = QChar::surrogateToUcs4(u, *unit++);
            *out++ = char(0xf0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3f));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
            *out++ = char(0x80 | (code & 0x3f));
        } else {
            // An unpaired surrogate is no character and has no UTF-8.
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hexDigit(u >> 12);
            *out++ = hexDigit(u >> 8);
            *out++ = hexDigit(u >> 4);
            *out++ = hexDigit(u);
        }
    }
    *out++ = '"';
    m_used = out - m_data;
}

void IndentedJsonWriter::grow(qsizetype size)
{
    m_block.resize(std::max(2 * m_block.size(), size));
    m_data = m_block.data();
}

void IndentedJsonWriter::writeBlockIfFull()
{
    if (m_used >= blockSize)
        writeBlock();
}

void IndentedJsonWriter::writeBlock()
{
    if (!m_failed && m_used > 0)
        m_failed = m_device->write(m_block.constData(), m_used) != m_used;
    m_used = 0;
}

} // namespace trigon
