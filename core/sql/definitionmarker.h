#pragma once

#include <QString>

#include <optional>

namespace trigon {

// Every object Trigon creates carries a marker in its COMMENT: which kind of object it is and a
// hash of the definition it was created from. Drift detection reads it back from the catalog and
// compares it with the hash of what the design renders now.
struct DefinitionMarker
{
    static constexpr int currentVersion = 1;

    enum class ObjectKind { Function, Trigger, Table };
    int version = currentVersion;
    ObjectKind kind = ObjectKind::Trigger;
    QString hash; // definitionHash() of the canonical definition

    // One line: "trigon:1 trigger sha256:0123456789abcdef".
    QString toString() const;

    friend bool operator==(const DefinitionMarker &, const DefinitionMarker &) = default;
};

// A COMMENT split into the user's text and Trigon's marker line.
struct ObjectComment
{
    QString text;
    std::optional<DefinitionMarker> marker;

    friend bool operator==(const ObjectComment &, const ObjectComment &) = default;
};

// The first 16 hex digits of the SHA-256 of `definition` (UTF-8): short enough to read, long
// enough that unrelated definitions never meet.
QString definitionHash(const QString &definition);

// The comment text for an object: the user's comment, a blank line, then the marker line.
QString commentWithMarker(const QString &text, const DefinitionMarker &marker);
// The inverse of commentWithMarker(); a comment without a marker gives it back whole.
ObjectComment parseObjectComment(const QString &comment);

} // namespace trigon
