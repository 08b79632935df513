#include "core/io/jsontree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>

namespace trigon {

namespace {

constexpr int maxLineWidth = 100;

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString write(const JsonNode &node, int indent, int prefixWidth);

bool isArrayOfObjects(const JsonNode &node)
{
    return node.isArray()
            && std::any_of(node.items.begin(), node.items.end(),
                           [](const JsonNode &item) { return item.isObject(); });
}

// The one-line form, when the value holds no array of objects (those get a line per element,
// which keeps diffs of triggers, actions and conditions readable) and the line stays short.
std::optional<QString> inlineForm(const JsonNode &node, int width)
{
    if (isArrayOfObjects(node))
        return std::nullopt;
    QStringList parts;
    if (node.isArray()) {
        for (const JsonNode &item : node.items) {
            const std::optional<QString> text = item.isArray() || item.isObject()
                    ? inlineForm(item, width)
                    : write(item, 0, 0);
            if (!text)
                return std::nullopt;
            parts.append(*text);
        }
    } else {
        for (const JsonMember &member : node.members) {
            const JsonNode &value = member.value;
            const std::optional<QString> text = value.isArray() || value.isObject()
                    ? inlineForm(value, width)
                    : write(value, 0, 0);
            if (!text)
                return std::nullopt;
            parts.append(quoted(member.key) + QStringLiteral(": ") + *text);
        }
    }
    const QString text = node.isArray() ? u'[' + parts.join(QLatin1String(", ")) + u']'
                                        : u'{' + parts.join(QLatin1String(", ")) + u'}';
    if (text.size() > width)
        return std::nullopt;
    return text;
}

// `prefixWidth`: the columns already taken on the line where the value starts.
QString write(const JsonNode &node, int indent, int prefixWidth)
{
    switch (node.type) {
    case JsonNode::Type::Null:
        return QStringLiteral("null");
    case JsonNode::Type::Bool:
        return node.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case JsonNode::Type::Number:
        return jsonNumberText(node.number);
    case JsonNode::Type::String:
        return quoted(node.string);
    case JsonNode::Type::Array:
    case JsonNode::Type::Object:
        break;
    }
    if (std::optional<QString> text = inlineForm(node, maxLineWidth - prefixWidth - 1))
        return *text;
    const QString inner = QString(indent + 2, u' ');
    QStringList parts;
    if (node.isArray()) {
        for (const JsonNode &item : node.items)
            parts.append(inner + write(item, indent + 2, indent + 2));
    } else {
        for (const JsonMember &member : node.members) {
            const QString key = inner + quoted(member.key) + QStringLiteral(": ");
            parts.append(key + write(member.value, indent + 2, static_cast<int>(key.size())));
        }
    }
    const QString close = QString(indent, u' ') + (node.isArray() ? u']' : u'}');
    return (node.isArray() ? QStringLiteral("[\n") : QStringLiteral("{\n"))
            + parts.join(QLatin1String(",\n")) + u'\n' + close;
}

} // namespace

JsonNode JsonNode::fromBool(bool value)
{
    JsonNode node;
    node.type = Type::Bool;
    node.boolean = value;
    return node;
}

JsonNode JsonNode::fromNumber(double value)
{
    JsonNode node;
    node.type = Type::Number;
    node.number = value;
    return node;
}

JsonNode JsonNode::fromString(QString value)
{
    JsonNode node;
    node.type = Type::String;
    node.string = std::move(value);
    return node;
}

JsonNode JsonNode::array(QList<JsonNode> items)
{
    JsonNode node;
    node.type = Type::Array;
    node.items = std::move(items);
    return node;
}

JsonNode JsonNode::object(QList<JsonMember> members)
{
    JsonNode node;
    node.type = Type::Object;
    node.members = std::move(members);
    return node;
}

JsonNode JsonNode::fromJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return fromBool(value.toBool());
    case QJsonValue::Double:
        return fromNumber(value.toDouble());
    case QJsonValue::String:
        return fromString(value.toString());
    case QJsonValue::Array: {
        JsonNode node = array();
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            node.items.append(fromJsonValue(item));
        return node;
    }
    case QJsonValue::Object: {
        JsonNode node = object();
        const QJsonObject members = value.toObject();
        for (auto it = members.begin(); it != members.end(); ++it)
            node.members.append({it.key(), fromJsonValue(it.value())});
        return node;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return null();
}

const JsonNode *JsonNode::member(const QString &key) const
{
    for (const JsonMember &member : members) {
        if (member.key == key)
            return &member.value;
    }
    return nullptr;
}

void JsonNode::append(const QString &key, JsonNode value)
{
    members.append({key, std::move(value)});
}

QJsonValue JsonNode::toJsonValue() const
{
    switch (type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Bool:
        return boolean;
    case Type::Number:
        return number;
    case Type::String:
        return string;
    case Type::Array: {
        QJsonArray array;
        for (const JsonNode &item : items)
            array.append(item.toJsonValue());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (const JsonMember &member : members)
            object.insert(member.key, member.value.toJsonValue());
        return object;
    }
    }
    return QJsonValue::Null;
}

QString JsonNode::typeName() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null"); // JSON's own word, as a design file spells it
    case Type::Bool:
        return QCoreApplication::translate("trigon::JsonParser", "a boolean");
    case Type::Number:
        return QCoreApplication::translate("trigon::JsonParser", "a number");
    case Type::String:
        return QCoreApplication::translate("trigon::JsonParser", "a string");
    case Type::Array:
        return QCoreApplication::translate("trigon::JsonParser", "an array");
    case Type::Object:
        return QCoreApplication::translate("trigon::JsonParser", "an object");
    }
    return {};
}

QByteArray writeJson(const JsonNode &node)
{
    return (write(node, 0, 0) + u'\n').toUtf8();
}

QString jsonNumberText(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

} // namespace trigon
