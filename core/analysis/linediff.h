#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace trigon {

// One line of a line-by-line comparison of an expected and an actual text.
struct DiffLine
{
    enum class Kind { Same, Expected, Actual }; // in both; only expected; only actual
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// The shortest edit between the lines of `expected` and `actual` (a longest common subsequence),
// in order; lines only in `expected` come before the lines that replace them. Test results are
// a few dozen lines, so the quadratic table is fine.
QList<DiffLine> diffLines(const QStringList &expected, const QStringList &actual);

} // namespace trigon
