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

    enum class ObjectKind { Function, Trigger, Table, EventTrigger };
    int version = currentVersion;
    ObjectKind kind = ObjectKind::Trigger;
    QString hash; // definitionHash() of the canonical definition

    // One line: "trigon:1 trigger blake2b:0123456789abcdef".
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

// The first 16 hex digits of the BLAKE2b-256 digest of `definition` (UTF-8): short enough to
// read, long enough that unrelated definitions never meet. (BLAKE2b rather than SHA-256: the
// live preview hashes on every keystroke, and Qt's BLAKE2b is several times faster.)
QString definitionHash(const QString &definition);

// The comment text for an object: the user's comment, a blank line, then the marker line.
QString commentWithMarker(const QString &text, const DefinitionMarker &marker);
// The inverse of commentWithMarker(); a comment without a marker gives it back whole.
ObjectComment parseObjectComment(const QString &comment);

} // namespace trigon
