#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <optional>

// JSON literals (condition values, payload literals, the soft-delete value) as users type them.
namespace trigon {

// Any JSON value written as text: "[1, 2]", "\"a\"", "3"; nullopt when it is not JSON.
inline std::optional<QJsonValue> parseJsonLiteral(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document
            = QJsonDocument::fromJson(QByteArrayLiteral("[") + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    return document.array().first();
}

// A value as compact JSON: "paid" with its quotes, 3, true, null, ["a","b"].
inline QString jsonLiteralText(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// Typed text as a value: JSON when it parses, otherwise the text as a string, so plain words
// need no quotes.
inline QJsonValue literalFromTypedText(const QString &text)
{
    return parseJsonLiteral(text).value_or(QJsonValue(text));
}

// The inverse of literalFromTypedText(): a string shows without quotes unless it would read as
// another JSON value ("true", "3").
inline QString typedTextOfLiteral(const QJsonValue &value)
{
    if (value.isString() && literalFromTypedText(value.toString()) == value)
        return value.toString();
    return jsonLiteralText(value);
}

} // namespace trigon
