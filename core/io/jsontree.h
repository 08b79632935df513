#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace trigon {

struct JsonMember;

// A JSON value that keeps the order of object members and where each value starts in the text.
// QJsonDocument sorts keys and forgets positions; design files need both (files live in git,
// and errors must point at a line).
struct JsonNode
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    QString string;
    QList<JsonNode> items;
    QList<JsonMember> members;
    int line = 0; // 1-based; 0 for nodes built in code
    int column = 0;

    static JsonNode null() { return {}; }
    static JsonNode fromBool(bool value);
    static JsonNode fromNumber(double value);
    static JsonNode fromString(QString value);
    static JsonNode array(QList<JsonNode> items = {});
    static JsonNode object(QList<JsonMember> members = {});
    // QJsonValue objects come out with sorted keys (QJsonObject keeps no order).
    static JsonNode fromJsonValue(const QJsonValue &value);

    bool isNull() const { return type == Type::Null; }
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    bool isString() const { return type == Type::String; }
    const JsonNode *member(const QString &key) const;
    void append(const QString &key, JsonNode value);
    QJsonValue toJsonValue() const;
    QString typeName() const; // "a string", "an object", ... for messages
};

struct JsonMember
{
    QString key;
    JsonNode value;
};

struct JsonSyntaxError
{
    QString message;
    // The JSON path of the string at fault ("triggers[0].name") for an error in a string's
    // characters; empty for other errors.
    QString path;
    int offset = 0; // in characters of the decoded text
    int line = 0;
    int column = 0;
};

// What strings may hold besides Unicode characters.
enum class JsonStrings {
    AllowNul,  // \u0000 is read as a NUL character
    RefuseNul, // \u0000 is an error: PostgreSQL text (and so a design) cannot hold NUL
};

// Strict RFC 8259 JSON. Duplicate keys are an error (a design file must mean one thing), and so is
// a lone surrogate, escaped (\ud800 without a \udc00..\udfff after it) or not: it is no
// character, and UTF-8 would turn it into U+FFFD.
std::optional<JsonNode> parseJson(const QString &text, JsonSyntaxError *error,
                                  JsonStrings strings = JsonStrings::AllowNul);

// Two-space indentation. A value that fits in 100 columns stays on one line, except arrays of
// objects, which get a line per element. The same tree always gives the same bytes, ending with a
// newline.
QByteArray writeJson(const JsonNode &node);

// A JSON number as writeJson() writes it: the shortest text that reads back as the same double
// (an integer id of 17 digits stays exact).
QString jsonNumberText(double value);

} // namespace trigon
