// How reading, linting and rendering grow with the size of the input: the number of triggers, the
// width of a table, the quotes in one string. Budget: linear in each (the time per unit at the
// large size within twice the time per unit at the small one, measured side by side in one run;
// for the quotes, growth within twice that of plain letters, the floor) and 10,000 triggers read,
// linted and rendered in under 2 s each.
// A plain executable (not a ctest test): run build/bin/bench_scaling; it exits 1 over budget.

#include "core/analysis/designvalidator.h"
#include "core/io/designfile.h"
#include "core/sql/scriptrenderer.h"
#include "tests/bench/cpuseconds.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace trigon;
using trigon::bench::cpuSeconds;

namespace {

constexpr double linearFactor = 2.0;
constexpr double manyTriggersBudgetSeconds = 2.0;

// `count` triggers without ids, on 100 tables, so that names repeat across tables: the reader
// gives the ids and the validator compares names per table.
QByteArray manyTriggers(int count)
{
    QByteArray json = R"({"format": "trigon", "version": 1, "triggers": [)";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += R"({"name": "guard_)" + QByteArray::number(i / 100) + R"(", "table": {"name": "t)"
                + QByteArray::number(i % 100) + R"("},
        "table_columns": [{"name": "id", "type": "integer", "key": true}, {"name": "status", "type": "text"},
                          {"name": "note", "type": "text"}, {"name": "updated_at", "type": "timestamptz", "auto": true}],
        "timing": "before", "events": ["update"],
        "condition": {"and": [{"q": {"old__status__in": ["paid", "shipped"]}}, {"any_change": {"exclude_auto": true}}]},
        "actions": [{"kind": "set_timestamp", "columns": ["updated_at"]},
                    {"kind": "notify", "channel": "orders", "payload": {"id": {"new": "id"}}}]})";
    }
    return json + "]}";
}

// One trigger on a table of `width` columns whose change condition leaves out every other
// column, and whose update columns name the last one.
QByteArray wideTable(int width)
{
    QByteArray columns;
    QByteArray exclude;
    for (int i = 0; i < width; ++i) {
        const QByteArray name = "\"c" + QByteArray::number(i) + '"';
        columns += QByteArray(i > 0 ? "," : "") + R"({"name": )" + name + R"(, "type": "text"})";
        if (i % 2 == 0)
            exclude += QByteArray(i > 0 ? "," : "") + name;
    }
    const QByteArray last = "c" + QByteArray::number(width - 1);
    return R"({"format": "trigon", "version": 1, "triggers": [{"name": "wide",
        "table": {"name": "wide"}, "table_columns": [)"
            + columns + R"(], "timing": "before", "events": ["update"], "columns": [")" + last
            + R"("], "condition": {"and": [{"any_change": {"exclude": [)" + exclude
            + R"(]}}, {"q": {"new__)" + last + R"(": "x"}}]}, "actions": [{"kind": "protect"}]}]})";
}

// One trigger whose protect message is `length` characters of `fill`.
QByteArray longMessage(int length, char fill)
{
    return R"({"format": "trigon", "version": 1, "triggers": [{"name": "p",
        "table": {"name": "t"}, "timing": "before", "events": ["delete"],
        "actions": [{"kind": "protect", "message": ")"
            + QByteArray(length, fill) + R"("}]}]})";
}

struct Timing
{
    double read = 0;
    double lint = 0;
    double render = 0;
};

Timing measure(const QByteArray &json)
{
    Timing timing;
    DesignReadResult read;
    timing.read = cpuSeconds([&] { read = parseDesign(json); });
    if (!read.ok()) {
        std::fprintf(stderr, "bench_scaling: bad design: %s\n", qPrintable(read.error.toString()));
        std::exit(2);
    }
    qsizetype sink = 0;
    timing.lint = cpuSeconds([&] { sink += validateDesign(*read.document).size(); });
    timing.render = cpuSeconds(
            [&] { sink += renderInstallScript(read.document->triggers, RenderOptions()).size(); });
    if (sink < 0)
        std::puts("");
    return timing;
}

// Prints one step's figures at a small and a large size, per unit; true when it stays linear.
bool report(const char *what, const char *unit, int small, double smallSeconds, int large,
            double largeSeconds)
{
    const double smallPer = smallSeconds / small * 1e9;
    const double largePer = largeSeconds / large * 1e9;
    const bool linear = largePer <= smallPer * linearFactor;
    std::printf("%-20s %8d %-8s %7.3f s (%9.1f ns each)  %8d: %7.3f s (%9.1f ns each)  %s\n", what,
                small, unit, smallSeconds, smallPer, large, largeSeconds, largePer,
                linear ? "linear" : "NOT LINEAR");
    return linear;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    const Timing fewTriggers = measure(manyTriggers(1000));
    const Timing tenThousand = measure(manyTriggers(10000));
    bool withinBudget
            = report("read, triggers", "triggers", 1000, fewTriggers.read, 10000, tenThousand.read);
    withinBudget
            = report("lint, triggers", "triggers", 1000, fewTriggers.lint, 10000, tenThousand.lint)
            && withinBudget;
    withinBudget = report("render, triggers", "triggers", 1000, fewTriggers.render, 10000,
                          tenThousand.render)
            && withinBudget;
    const bool fast = tenThousand.read < manyTriggersBudgetSeconds
            && tenThousand.lint < manyTriggersBudgetSeconds
            && tenThousand.render < manyTriggersBudgetSeconds;
    withinBudget = withinBudget && fast;
    std::printf("10,000 triggers: read %.3f s, lint %.3f s, render %.3f s (budget %.1f s each)  "
                "%s\n",
                tenThousand.read, tenThousand.lint, tenThousand.render, manyTriggersBudgetSeconds,
                fast ? "ok" : "OVER");

    const Timing narrow = measure(wideTable(10000));
    const Timing wide = measure(wideTable(100000));
    withinBudget = report("lint, table width", "columns", 10000, narrow.read + narrow.lint, 100000,
                          wide.read + wide.lint)
            && withinBudget;
    withinBudget
            = report("render, table width", "columns", 10000, narrow.render, 100000, wide.render)
            && withinBudget;

    // Each quote is written twice, so the floor for a message of quotes is a message of plain
    // letters, which need no doubling, that renders to a script of the same size. At these sizes
    // every copy of the script faults in fresh pages, and the time per character grows with the
    // size for plain letters too; quotes are linear when they grow no faster than that floor.
    constexpr int megabyte = 1024 * 1024;
    const Timing fewQuotes = measure(longMessage(4 * megabyte, '\''));
    const Timing manyQuotes = measure(longMessage(16 * megabyte, '\''));
    const Timing fewLetters = measure(longMessage(8 * megabyte, 'x'));
    const Timing manyLetters = measure(longMessage(32 * megabyte, 'x'));
    const double quotesGrowth = manyQuotes.render / fewQuotes.render;
    const double floorGrowth = manyLetters.render / fewLetters.render;
    const bool quotesLinear = quotesGrowth <= floorGrowth * linearFactor;
    const bool nearFloor = manyQuotes.render <= manyLetters.render * linearFactor;
    withinBudget = withinBudget && quotesLinear && nearFloor;
    std::printf("render, quotes: 4 MiB %.3f s, 16 MiB %.3f s (x%.2f); the floor, plain letters: "
                "8 MiB %.3f s, 32 MiB %.3f s (x%.2f)  %s\n",
                fewQuotes.render, manyQuotes.render, quotesGrowth, fewLetters.render,
                manyLetters.render, floorGrowth, quotesLinear ? "linear" : "NOT LINEAR");
    std::printf("render 16 MiB of quotes: %.3f s against %.3f s for the floor of the same script "
                "size  %s\n",
                manyQuotes.render, manyLetters.render, nearFloor ? "ok" : "OVER");

    std::printf("%s\n", withinBudget ? "within budget" : "OVER BUDGET");
    return withinBudget ? 0 : 1;
}
