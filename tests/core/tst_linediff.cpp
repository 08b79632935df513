// The line diff behind the test bench's expected-versus-actual view.
#include "core/analysis/linediff.h"

#include <QTest>

using namespace trigon;

namespace {

// "  same", "- expected only", "+ actual only": one string per diff line, easy to read in a row.
QStringList render(const QList<DiffLine> &diff)
{
    QStringList lines;
    for (const DiffLine &line : diff) {
        const QString mark = line.kind == DiffLine::Kind::Same ? QStringLiteral("  ")
                : line.kind == DiffLine::Kind::Expected        ? QStringLiteral("- ")
                                                               : QStringLiteral("+ ");
        lines.append(mark + line.text);
    }
    return lines;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data()
    {
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("actual");
        QTest::addColumn<QStringList>("diff");

        QTest::newRow("both empty") << QStringList() << QStringList() << QStringList();
        QTest::newRow("equal") << QStringList {"a", "b"} << QStringList {"a", "b"}
                               << QStringList {"  a", "  b"};
        QTest::newRow("nothing came")
                << QStringList {"1|paid"} << QStringList() << QStringList {"- 1|paid"};
        QTest::newRow("unexpected row")
                << QStringList() << QStringList {"2|new"} << QStringList {"+ 2|new"};
        QTest::newRow("one row differs")
                << QStringList {"1|paid", "2|new", "3|sent"}
                << QStringList {"1|paid", "2|draft", "3|sent"}
                << QStringList {"  1|paid", "- 2|new", "+ 2|draft", "  3|sent"};
        QTest::newRow("order swapped")
                << QStringList {"guard", "audit"} << QStringList {"audit", "guard"}
                << QStringList {"- guard", "  audit", "+ guard"};
        QTest::newRow("extra in the middle")
                << QStringList {"a", "c"} << QStringList {"a", "b", "c"}
                << QStringList {"  a", "+ b", "  c"};
        QTest::newRow("repeated lines")
                << QStringList {"x", "x", "y"} << QStringList {"x", "y", "y"}
                << QStringList {"  x", "- x", "  y", "+ y"};
    }

    void diff()
    {
        QFETCH(QStringList, expected);
        QFETCH(QStringList, actual);
        QFETCH(QStringList, diff);
        QCOMPARE(render(diffLines(expected, actual)), diff);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
