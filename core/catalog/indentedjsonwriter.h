#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

#include <cstring>

class QIODevice;

namespace trigon {

// Writes JSON to a device while it is being produced, byte for byte in the form of
// QJsonDocument::toJson(QJsonDocument::Indented): four spaces a level, `"key": value`, an empty
// array or object over two lines, a newline after the outermost value, non-ASCII as UTF-8 and
// unpaired surrogates as \uXXXX. Unlike QJsonObject it keeps members in the order they are
// written, so a caller that wants QJsonDocument's bytes writes each object's keys sorted (debug
// builds assert it).
//
// Output is collected in blocks of some 64 KiB and written block by block. The first failed
// write ends all writing: what follows is dropped, and finish() returns false (the device's
// error says why).
class IndentedJsonWriter
{
public:
    explicit IndentedJsonWriter(QIODevice *device);
    IndentedJsonWriter(const IndentedJsonWriter &) = delete;
    IndentedJsonWriter &operator=(const IndentedJsonWriter &) = delete;

    // A value is an array element, the value of the key() just written, or the outermost value.
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void string(QStringView text);
    void boolean(bool value);
    void integer(qint64 value);
    void null();

    // A key and its value in one call.
    void member(QLatin1StringView name, QStringView text);
    void member(QLatin1StringView name, bool value);
    void member(QLatin1StringView name, int value);
    // A string literal would silently become a boolean.
    void member(QLatin1StringView name, const char *text) = delete;

    // Writes what is still collected. False when any write failed.
    bool finish();

private:
    struct Level
    {
        bool hasElement = false;
        QLatin1StringView lastKey; // for the sorted-keys assertion
    };

    void beginValue();
    // An object's or array's bracket and its level.
    void open(const char (&opening)[3]);
    void close(const char (&closing)[2]);
    void appendIndent();
    void appendEscaped(QStringView text);
    // Where `size` more bytes go; put() copies them there. Inline and past QByteArray's own
    // append(), which cost several times as much: most of the writer's time is spent here.
    char *room(qsizetype size)
    {
        if (m_used + size > m_block.size())
            grow(m_used + size);
        return m_data + m_used;
    }
    void put(const char *bytes, qsizetype size)
    {
        memcpy(room(size), bytes, size);
        m_used += size;
    }
    template<qsizetype Size>
    void put(const char (&literal)[Size])
    {
        put(literal, Size - 1);
    }
    void grow(qsizetype size);
    void writeBlockIfFull();
    void writeBlock();

    QIODevice *m_device;
    QByteArray m_block;     // m_used bytes of output, then room
    char *m_data = nullptr; // m_block.data()
    qsizetype m_used = 0;
    QVarLengthArray<Level, 16> m_levels;
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace trigon
