#include "core/analysis/linediff.h"

#include <vector>

namespace trigon {

QList<DiffLine> diffLines(const QStringList &expected, const QStringList &actual)
{
    const qsizetype rows = expected.size();
    const qsizetype columns = actual.size();
    // common[i][j]: the longest common subsequence of expected[i..] and actual[j..].
    std::vector<std::vector<int>> common(rows + 1, std::vector<int>(columns + 1, 0));
    for (qsizetype i = rows - 1; i >= 0; --i) {
        for (qsizetype j = columns - 1; j >= 0; --j) {
            common[i][j] = expected.at(i) == actual.at(j)
                    ? common[i + 1][j + 1] + 1
                    : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    QList<DiffLine> diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows || j < columns) {
        if (i < rows && j < columns && expected.at(i) == actual.at(j)) {
            diff.append({DiffLine::Kind::Same, expected.at(i)});
            ++i;
            ++j;
        } else if (i < rows && (j == columns || common[i + 1][j] >= common[i][j + 1])) {
            diff.append({DiffLine::Kind::Expected, expected.at(i)});
            ++i;
        } else {
            diff.append({DiffLine::Kind::Actual, actual.at(j)});
            ++j;
        }
    }
    return diff;
}

} // namespace trigon
