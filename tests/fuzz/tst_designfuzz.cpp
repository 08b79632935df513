// A bounded mutation fuzzer of trigon-cli: mutated copies of the example designs go through lint
// and render as processes. Whatever the input, every run must end by itself with exit 0, 1 or 2:
// no signal, no hang, no other code. Inputs that break the rule are kept in fuzz-failures/.
//
// TRIGON_FUZZ_CASES (default 300) bounds the run so that CI can afford it; TRIGON_FUZZ_SEED
// (default fixed) picks the cases: case N of a seed is the same whatever the number of cases.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <random>

namespace {

constexpr int defaultCaseCount = 300;
constexpr std::uint32_t defaultSeed = 20240613;
constexpr int runTimeoutMs = 20000;

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
};

// Where the values of a (possibly already mangled) JSON text are, found by a forgiving scan so
// that a mutation can still aim at a value after earlier mutations broke the syntax.
struct JsonSpans
{
    QList<Span> strings; // string values, not keys
    QList<Span> numbers;
    QList<Span> values; // strings, numbers, literals, objects and arrays
};

qsizetype skipSpaces(const QByteArray &text, qsizetype at)
{
    while (at < text.size()
           && (text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n'))
        ++at;
    return at;
}

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E';
}

JsonSpans scanJson(const QByteArray &text)
{
    JsonSpans spans;
    QList<qsizetype> openBrackets;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char c = text[at];
        if (c == '"') {
            qsizetype end = at + 1;
            while (end < text.size() && text[end] != '"')
                end += text[end] == '\\' ? 2 : 1;
            end = std::min(end + 1, text.size());
            const Span string {at, end - at};
            const qsizetype next = skipSpaces(text, end);
            if (next >= text.size() || text[next] != ':') {
                spans.strings.append(string);
                spans.values.append(string);
            }
            at = end - 1;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = at + 1;
            while (end < text.size() && isNumberCharacter(text[end]))
                ++end;
            spans.numbers.append({at, end - at});
            spans.values.append({at, end - at});
            at = end - 1;
        } else if (c == '{' || c == '[') {
            openBrackets.append(at);
        } else if ((c == '}' || c == ']') && !openBrackets.isEmpty()) {
            const qsizetype start = openBrackets.takeLast();
            spans.values.append({start, at + 1 - start});
        } else {
            for (const char *literal : {"true", "false", "null"}) {
                if (QByteArrayView(text).sliced(at).startsWith(literal)) {
                    const auto length = static_cast<qsizetype>(std::strlen(literal));
                    spans.values.append({at, length});
                    at += length - 1;
                    break;
                }
            }
        }
    }
    return spans;
}

// Text inserted anywhere: escapes PostgreSQL text cannot hold, bytes that are not UTF-8, SQL and
// format-string metacharacters, and sizes that find recursion and quadratic loops.
QList<QByteArray> hostileTokens()
{
    return {QByteArrayLiteral("\"\\u0000\""),
            QByteArrayLiteral("\\u0000"),
            QByteArray(1, '\0'),
            QByteArrayLiteral("\"\\ud800\""),
            QByteArrayLiteral("\\ud800"),
            QByteArrayLiteral("\xff"),
            QByteArrayLiteral("\xc3"),
            QByteArrayLiteral("\xed\xa0\x80"),
            QByteArray(65536, '\''),
            QByteArray(65536, '"'),
            QByteArray(10000, '['),
            QByteArrayLiteral("{\"a\":").repeated(5000),
            QByteArrayLiteral("1e999"),
            QByteArrayLiteral("-0"),
            QByteArrayLiteral("null"),
            QByteArrayLiteral("true"),
            QByteArrayLiteral("{}"),
            QByteArrayLiteral("[]"),
            QByteArrayLiteral("\"__proto__\""),
            QByteArrayLiteral("\"a\\nb\""),
            QByteArrayLiteral("\n"),
            QByteArrayLiteral("$$"),
            QByteArrayLiteral(");--"),
            QByteArrayLiteral("%n%s"),
            QByteArrayLiteral(","),
            QByteArrayLiteral(":")};
}

// Replacements for a string value, as JSON text; one holds bytes that are not UTF-8 on purpose.
QList<QByteArray> hostileStrings()
{
    return {QByteArrayLiteral("\"\\u0000\""),
            QByteArrayLiteral("\"a\\u0000b\""),
            QByteArrayLiteral("\"\\ud800\""),
            QByteArrayLiteral("\"x\\udc00\""),
            QByteArrayLiteral("\"\xff\xc3\""),
            QByteArrayLiteral("\"\""),
            '"' + QByteArray(65536, '\'') + '"',
            '"' + QByteArrayLiteral("\\\"").repeated(20000) + '"',
            '"' + QByteArray(300, 'n') + '"',
            QByteArrayLiteral("\"__proto__\""),
            QByteArrayLiteral("\"a\\nb\""),
            QByteArrayLiteral("\"$$\""),
            QByteArrayLiteral("\"$tag$\""),
            QByteArrayLiteral("\");--\""),
            QByteArrayLiteral("\"%n%s\""),
            QByteArrayLiteral("\"x'; DROP TABLE t; --\""),
            QByteArrayLiteral("\"true) EXECUTE FUNCTION f(); COMMIT; --\""),
            QByteArrayLiteral("\"/* unterminated\""),
            QByteArrayLiteral("\"\\\\\""),
            QByteArrayLiteral("\"\\u202e\"")};
}

QList<QByteArray> hostileNumbers()
{
    return {QByteArrayLiteral("1e999"),
            QByteArrayLiteral("-1e999"),
            QByteArrayLiteral("1e-999"),
            QByteArrayLiteral("-0"),
            QByteArrayLiteral("-1"),
            QByteArrayLiteral("0.5"),
            QByteArrayLiteral("2147483648"),
            QByteArrayLiteral("-2147483649"),
            QByteArrayLiteral("9223372036854775808"),
            QByteArrayLiteral("99999999999999999999999999999"),
            QByteArrayLiteral("NaN"),
            QByteArrayLiteral("Infinity"),
            QByteArrayLiteral("0x10"),
            QByteArrayLiteral("01")};
}

enum class Mutation {
    ReplaceBytes,
    DeleteSpan,
    DuplicateSpan,
    Truncate,
    InsertToken,
    ReplaceString,
    ReplaceNumber,
    SwapValues
};

constexpr std::array anyMutation {Mutation::ReplaceBytes,  Mutation::DeleteSpan,
                                  Mutation::DuplicateSpan, Mutation::Truncate,
                                  Mutation::InsertToken,   Mutation::ReplaceString,
                                  Mutation::ReplaceNumber, Mutation::SwapValues};
// Mutations that keep the JSON syntax. Strings weigh most: they are most of a design, and a
// design has few numbers (often only its version).
constexpr std::array valueMutations {Mutation::ReplaceString, Mutation::ReplaceString,
                                     Mutation::ReplaceString, Mutation::ReplaceNumber,
                                     Mutation::SwapValues};

// Applies random byte- and text-level mutations. The distributions are written out from the
// generator's raw output because std::uniform_int_distribution differs between standard
// libraries, and a seed must name the same cases everywhere.
class DesignMutator
{
public:
    explicit DesignMutator(std::uint32_t seed)
        : m_random(seed)
    { }

    // A number in [0, bound), or 0 when bound is not positive.
    qsizetype below(qsizetype bound)
    {
        return bound > 0 ? static_cast<qsizetype>(m_random() % static_cast<std::uint64_t>(bound))
                         : 0;
    }

    // `text` changed by one to four mutations; `applied` gets one line per mutation. Half of the
    // cases only replace and swap values: byte-level mutations almost always break the JSON
    // syntax, and those cases alone would never reach the validator and the renderer.
    QByteArray mutate(QByteArray text, QStringList &applied)
    {
        const bool valuesOnly = below(2) == 0;
        const qsizetype count = 1 + below(4);
        for (qsizetype i = 0; i < count; ++i)
            applied.append(mutateOnce(text, valuesOnly));
        return text;
    }

private:
    QString mutateOnce(QByteArray &text, bool valuesOnly)
    {
        if (text.isEmpty())
            return insertToken(text);
        const Mutation mutation = valuesOnly ? valueMutations[below(valueMutations.size())]
                                             : anyMutation[below(anyMutation.size())];
        switch (mutation) {
        case Mutation::ReplaceBytes: {
            const qsizetype count = 1 + below(8);
            for (qsizetype i = 0; i < count; ++i)
                text[below(text.size())] = static_cast<char>(below(256));
            return QStringLiteral("replace %1 random bytes").arg(count);
        }
        case Mutation::DeleteSpan: {
            const Span span = randomSpan(text);
            text.remove(span.start, span.length);
            return QStringLiteral("delete %1 bytes at %2").arg(span.length).arg(span.start);
        }
        case Mutation::DuplicateSpan: {
            const Span span = randomSpan(text);
            const qsizetype at = below(text.size() + 1);
            text.insert(at, text.sliced(span.start, span.length));
            return QStringLiteral("copy %1 bytes from %2 to %3")
                    .arg(span.length)
                    .arg(span.start)
                    .arg(at);
        }
        case Mutation::Truncate:
            text.truncate(below(text.size()));
            return QStringLiteral("truncate to %1 bytes").arg(text.size());
        case Mutation::InsertToken:
            return insertToken(text);
        case Mutation::ReplaceString:
            return replaceOne(text, scanJson(text).strings, m_hostileStrings,
                              QStringLiteral("string"));
        case Mutation::ReplaceNumber:
            return replaceOne(text, scanJson(text).numbers, m_hostileNumbers,
                              QStringLiteral("number"));
        case Mutation::SwapValues:
            return swapValues(text);
        }
        Q_UNREACHABLE();
    }

    Span randomSpan(const QByteArray &text)
    {
        const qsizetype start = below(text.size());
        return {start, 1 + below(std::min<qsizetype>(text.size() - start, 256))};
    }

    QString insertToken(QByteArray &text)
    {
        const qsizetype token = below(m_hostileTokens.size());
        const qsizetype at = below(text.size() + 1);
        text.insert(at, m_hostileTokens[token]);
        return QStringLiteral("insert hostile token %1 at %2").arg(token).arg(at);
    }

    QString replaceOne(QByteArray &text, const QList<Span> &targets,
                       const QList<QByteArray> &replacements, const QString &what)
    {
        if (targets.isEmpty())
            return QStringLiteral("no %1 to replace").arg(what);
        const Span target = targets[below(targets.size())];
        const qsizetype replacement = below(replacements.size());
        text.replace(target.start, target.length, replacements[replacement]);
        return QStringLiteral("replace the %1 at %2 with hostile %1 %3")
                .arg(what)
                .arg(target.start)
                .arg(replacement);
    }

    QString swapValues(QByteArray &text)
    {
        const QList<Span> values = scanJson(text).values;
        for (int attempt = 0; attempt < 8 && values.size() >= 2; ++attempt) {
            Span first = values[below(values.size())];
            Span second = values[below(values.size())];
            if (second.start < first.start)
                std::swap(first, second);
            if (first.end() > second.start)
                continue; // the same value, or one inside the other
            const QByteArray firstText = text.sliced(first.start, first.length);
            const QByteArray secondText = text.sliced(second.start, second.length);
            // The later one first, so that the earlier one keeps its position.
            text.replace(second.start, second.length, firstText);
            text.replace(first.start, first.length, secondText);
            return QStringLiteral("swap values at %1 and %2").arg(first.start).arg(second.start);
        }
        return QStringLiteral("no two values to swap");
    }

    std::mt19937 m_random;
    const QList<QByteArray> m_hostileTokens = hostileTokens();
    const QList<QByteArray> m_hostileStrings = hostileStrings();
    const QList<QByteArray> m_hostileNumbers = hostileNumbers();
};

struct FuzzCase
{
    QString path;
    QString seedFile;
    QStringList mutations;
};

struct Outcome
{
    enum class End { Exited, Crashed, Hung };
    End end = End::Exited;
    int exitCode = 0; // the signal number when it crashed
    QByteArray standardError;
};

Outcome runCli(const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(TRIGON_CLI), arguments);
    if (!process.waitForStarted())
        qFatal("cannot start %s: %s", TRIGON_CLI, qPrintable(process.errorString()));
    if (!process.waitForFinished(runTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {Outcome::End::Hung, -1, process.readAllStandardError()};
    }
    const auto end = process.exitStatus() == QProcess::CrashExit ? Outcome::End::Crashed
                                                                 : Outcome::End::Exited;
    return {end, process.exitCode(), process.readAllStandardError()};
}

// Exits of one command over all cases; `failures` names the saved reproducers.
struct Tally
{
    std::array<int, 3> exits {}; // exit codes 0, 1 and 2
    int otherExits = 0;
    int crashes = 0;
    int hangs = 0;
    QStringList failures;

    QString summary(const QString &command) const
    {
        return QStringLiteral("%1 exit0=%2 exit1=%3 exit2=%4")
                .arg(command)
                .arg(exits[0])
                .arg(exits[1])
                .arg(exits[2]);
    }
};

QString describe(const Outcome &outcome)
{
    switch (outcome.end) {
    case Outcome::End::Hung:
        return QStringLiteral("hang: killed after %1 ms").arg(runTimeoutMs);
    case Outcome::End::Crashed:
        return QStringLiteral("crash: signal %1 (%2)")
                .arg(outcome.exitCode)
                .arg(QString::fromLocal8Bit(strsignal(outcome.exitCode)));
    case Outcome::End::Exited:
        break;
    }
    return QStringLiteral("exit code %1").arg(outcome.exitCode);
}

// The number in the environment variable `name`, `fallback` when it is not set, nothing when it
// is not a number from 0 to `maximum`.
std::optional<qint64> environmentNumber(const char *name, qint64 fallback, qint64 maximum)
{
    if (!qEnvironmentVariableIsSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    if (!ok || value < 0 || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

class TestDesignFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const auto caseCount = environmentNumber("TRIGON_FUZZ_CASES", defaultCaseCount,
                                                 std::numeric_limits<int>::max());
        const auto seed = environmentNumber("TRIGON_FUZZ_SEED", defaultSeed,
                                            std::numeric_limits<std::uint32_t>::max());
        QVERIFY2(caseCount, "TRIGON_FUZZ_CASES must be a number of cases");
        QVERIFY2(seed, "TRIGON_FUZZ_SEED must be a number from 0 to 4294967295");
        m_seed = static_cast<std::uint32_t>(*seed);
        QVERIFY(m_workDir.isValid());

        const QStringList seedFiles = designFiles();
        QVERIFY2(seedFiles.size() >= 10, qPrintable(seedFiles.join(u' ')));
        QList<QByteArray> seeds;
        for (const QString &file : seedFiles) {
            QFile in(file);
            QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
            seeds.append(in.readAll());
        }

        DesignMutator mutator(m_seed);
        for (qint64 i = 0; i < *caseCount; ++i) {
            const qsizetype seed = mutator.below(seeds.size());
            FuzzCase fuzzCase {
                    m_workDir.filePath(QStringLiteral("case-%1.json").arg(i)), seedFiles[seed], {}};
            const QByteArray text = mutator.mutate(seeds[seed], fuzzCase.mutations);
            QFile out(fuzzCase.path);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
            m_cases.append(fuzzCase);
        }
        qInfo("fuzz: %lld cases from %lld designs, seed %u (TRIGON_FUZZ_CASES, TRIGON_FUZZ_SEED)",
              static_cast<long long>(*caseCount), static_cast<long long>(seedFiles.size()), m_seed);
    }

    void commandSurvivesMutatedDesigns_data()
    {
        QTest::addColumn<QStringList>("arguments"); // the design file comes last
        QTest::newRow("lint") << QStringList {QStringLiteral("lint")};
        QTest::newRow("render") << QStringList {QStringLiteral("render")};
    }

    void commandSurvivesMutatedDesigns()
    {
        QFETCH(QStringList, arguments);
        Tally tally;
        for (qsizetype i = 0; i < m_cases.size(); ++i) {
            const Outcome outcome = runCli(arguments + QStringList {m_cases[i].path});
            if (outcome.end == Outcome::End::Exited && outcome.exitCode >= 0
                && outcome.exitCode <= 2) {
                ++tally.exits[static_cast<std::size_t>(outcome.exitCode)];
                continue;
            }
            if (outcome.end == Outcome::End::Crashed)
                ++tally.crashes;
            else if (outcome.end == Outcome::End::Hung)
                ++tally.hangs;
            else
                ++tally.otherExits;
            tally.failures.append(saveFailure(i, arguments, outcome));
        }
        const QString command = arguments.join(u' ');
        m_tallies.append(tally.summary(command));
        m_crashes += tally.crashes;
        m_hangs += tally.hangs;
        m_otherExits += tally.otherExits;
        QVERIFY2(tally.failures.isEmpty(),
                 qPrintable(QStringLiteral("%1: crashes %2, hangs %3, other exits %4; inputs: %5")
                                    .arg(command)
                                    .arg(tally.crashes)
                                    .arg(tally.hangs)
                                    .arg(tally.otherExits)
                                    .arg(tally.failures.join(u' '))));
    }

    void cleanupTestCase()
    {
        qInfo("fuzz: %lld cases x %lld commands, seed %u: %s; crashes %d, hangs %d, other exits %d",
              static_cast<long long>(m_cases.size()), static_cast<long long>(m_tallies.size()),
              m_seed, qPrintable(m_tallies.join(QStringLiteral(", "))), m_crashes, m_hangs,
              m_otherExits);
    }

private:
    static QStringList designFiles()
    {
        QStringList files;
        const QStringList folders {QStringLiteral(TRIGON_TEST_DATA_DIR "/render"),
                                   QStringLiteral(TRIGON_TEST_DATA_DIR "/designs"),
                                   QStringLiteral(TRIGON_EXAMPLES_DIR)};
        for (const QString &folder : folders) {
            const QDir dir(folder);
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        }
        return files;
    }

    // Keeps the input of a failed run and a note on how to repeat it; returns the input's path.
    QString saveFailure(qsizetype index, const QStringList &arguments, const Outcome &outcome)
    {
        const QDir dir(QStringLiteral(TRIGON_FUZZ_FAILURE_DIR));
        if (!dir.mkpath(QStringLiteral(".")))
            qFatal("cannot create %s", TRIGON_FUZZ_FAILURE_DIR);
        const FuzzCase &fuzzCase = m_cases[index];
        const QString base = dir.filePath(QStringLiteral("seed%1-case%2-%3")
                                                  .arg(m_seed)
                                                  .arg(index)
                                                  .arg(arguments.join(u'-')));
        const QString input = base + QStringLiteral(".json");
        QFile::remove(input);
        if (!QFile::copy(fuzzCase.path, input))
            qFatal("cannot write %s", qPrintable(input));

        QFile note(base + QStringLiteral(".txt"));
        if (!note.open(QIODevice::WriteOnly | QIODevice::Text))
            qFatal("cannot write %s", qPrintable(note.fileName()));
        const QString text
                = QStringLiteral("trigon-cli %1 %2\n%3\nfrom %4:\n  %5\nstderr:\n")
                          .arg(arguments.join(u' '), input, describe(outcome), fuzzCase.seedFile,
                               fuzzCase.mutations.join(QStringLiteral("\n  ")));
        note.write(text.toUtf8() + outcome.standardError.left(64 * 1024));
        return input;
    }

    std::uint32_t m_seed = defaultSeed;
    QTemporaryDir m_workDir;
    QList<FuzzCase> m_cases;
    QStringList m_tallies; // one summary per command
    int m_crashes = 0;
    int m_hangs = 0;
    int m_otherExits = 0;
};

QTEST_GUILESS_MAIN(TestDesignFuzz)
#include "tst_designfuzz.moc"
