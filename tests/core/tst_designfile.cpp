#include "core/io/designfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace trigon;

namespace {

// A design that uses every kind of condition, action and value at least once.
DesignDocument everything()
{
    TriggerDesign t;
    t.id = QStringLiteral("t7");
    t.name = QStringLiteral("everything");
    t.table = {QStringLiteral("My Schema"), QStringLiteral("Orders")};
    t.tableColumns = {{QStringLiteral("id"), QStringLiteral("integer"), false, true},
                      {QStringLiteral("status"), QStringLiteral("text"), false, false},
                      {QStringLiteral("updated_at"), QStringLiteral("timestamptz"), true, false}};
    t.timing = TriggerTiming::After;
    t.events = {TriggerEvent::Update, TriggerEvent::Insert};
    t.columns = {QStringLiteral("status")};
    t.level = TriggerLevel::Statement;
    t.referencing = {QStringLiteral("old_rows"), QStringLiteral("new rows")};
    t.constraint
            = ConstraintOptions {true, true, TableRef {QStringLiteral("s"), QStringLiteral("r")}};
    t.arguments = {QStringLiteral("a"), QStringLiteral("it's")};
    t.enabled = TriggerEnabled::Replica;
    t.comment = QStringLiteral("line one\nline \"two\"");
    QEntry literal = *QEntry::fromKey(QStringLiteral("new__qty__gt"));
    literal.literal = 0.25;
    QEntry ref = *QEntry::fromKey(QStringLiteral("old__x__df"));
    ref.ref = FieldRef {RowVersion::New, QStringLiteral("x")};
    QEntry list = *QEntry::fromKey(QStringLiteral("new__s__in"));
    list.literal = QJsonArray {QStringLiteral("a"), 1, QJsonValue::Null};
    QEntry columnWithUnderscores = *QEntry::fromKey(QStringLiteral("new__a__b__isnull"));
    columnWithUnderscores.literal = true;
    t.condition = Condition::allOf(
            {Condition::change(ConditionKind::AnyChange),
             Condition::change(ConditionKind::AllDontChange, {QStringLiteral("a")},
                               {QStringLiteral("b")}, true),
             Condition::anyOf(
                     {Condition::q({literal, ref}), Condition::q({list, columnWithUnderscores})}),
             Condition::negation(Condition::rawSql(QStringLiteral("NEW.a <> 'x'"))),
             Condition::change(ConditionKind::AnyDontChange),
             Condition::change(ConditionKind::AllChange)});
    NotifyAction notify;
    notify.channel = QStringLiteral("ch");
    notify.onOverflow = NotifyAction::Overflow::Skip;
    notify.payload
            = {{QStringLiteral("z"), PayloadValue::column(RowVersion::New, QStringLiteral("id"))},
               {QStringLiteral("a"), PayloadValue::column(RowVersion::Old, QStringLiteral("id"))},
               {QStringLiteral("row"), PayloadValue::wholeRow(RowVersion::Old)},
               {QStringLiteral("op"), PayloadValue::tg(QStringLiteral("op"))},
               {QStringLiteral("at"), PayloadValue::now()},
               {QStringLiteral("who"), PayloadValue::setting(QStringLiteral("app.user"))},
               {QStringLiteral("sql"), PayloadValue::sqlExpression(QStringLiteral("1 + 1"))},
               {QStringLiteral("lit"),
                PayloadValue::json(QJsonObject {{QStringLiteral("k"), QJsonArray {1, true}}})},
               {QStringLiteral("str"), PayloadValue::json(QStringLiteral("x"))},
               {QStringLiteral("null"), PayloadValue::json(QJsonValue::Null)}};
    AuditAction audit;
    audit.mode = AuditAction::Mode::ChangedFields;
    audit.createTable = true;
    audit.userSetting.clear();
    ValidateAction validate;
    validate.check = Condition::q({literal});
    validate.message = QStringLiteral("m");
    validate.sqlState = QStringLiteral("23514");
    InsertAction insert;
    insert.table = {QStringLiteral("public"), QStringLiteral("log")};
    insert.values = {{QStringLiteral("b"), PayloadValue::json(2)},
                     {QStringLiteral("a"), PayloadValue::now()}};
    t.actions = {ProtectAction {QStringLiteral("no"), QStringLiteral("P0001")},
                 SoftDeleteAction {QStringLiteral("gone"),
                                   QJsonValue(QStringLiteral("yes")),
                                   {QStringLiteral("id"), QStringLiteral("k")}},
                 FsmAction {QStringLiteral("status"),
                            {{QStringLiteral("a"), QStringLiteral("b")}},
                            QStringLiteral("nope")},
                 audit,
                 notify,
                 validate,
                 SetTimestampAction {{QStringLiteral("updated_at"), QStringLiteral("seen_at")}},
                 insert,
                 SqlAction {QStringLiteral("n int;"), QStringLiteral("n := 1;")}};
    TriggerTestCase every;
    every.name = QStringLiteral("every expectation");
    every.setup = QStringLiteral("INSERT INTO t VALUES (1)");
    every.action = QStringLiteral("UPDATE t SET a = 2");
    every.raises = RaisesExpectation {QStringLiteral("no"), QStringLiteral("P0001")};
    every.queries = {{QStringLiteral("SELECT a, b FROM t"),
                      {{QStringLiteral("1"), QStringLiteral("")},
                       {QStringLiteral("x"), QStringLiteral("y")}}}};
    every.rowCounts = {{TableRef {QStringLiteral("s"), QStringLiteral("log")}, -2}};
    every.notifications = {{QStringLiteral("ch"), QJsonObject {{QStringLiteral("id"), 1}}}};
    every.notices = {QStringLiteral("seen")};
    every.firedOrder = QStringList {QStringLiteral("everything"), QStringLiteral("everything")};
    TriggerTestCase nothingFires;
    nothingFires.name = QStringLiteral("nothing fires");
    nothingFires.action = QStringLiteral("SELECT 1");
    nothingFires.firedOrder = QStringList {};
    TriggerTestCase bare;
    bare.name = QStringLiteral("no expectations");
    bare.action = QStringLiteral("SELECT 1");
    t.tests = {every, nothingFires, bare};
    DesignDocument document;
    document.triggers = {t};
    TriggerDesign minimal;
    minimal.name = QStringLiteral("minimal");
    minimal.table.name = QStringLiteral("t");
    minimal.events = {TriggerEvent::Truncate};
    document.addTrigger(minimal);
    return document;
}

QStringList sampleFiles()
{
    QStringList files;
    for (const QString &folder : {QStringLiteral("render"), QStringLiteral("designs")}) {
        const QDir dir(QStringLiteral(TRIGON_TEST_DATA_DIR) + u'/' + folder);
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

} // namespace

class TestDesignFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripInCode()
    {
        const DesignDocument document = everything();
        const QByteArray bytes = serializeDesign(document);
        const DesignReadResult read = parseDesign(bytes, QStringLiteral("everything.json"));
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(read.document->triggers.size(), document.triggers.size());
        for (qsizetype i = 0; i < document.triggers.size(); ++i)
            QVERIFY(read.document->triggers.at(i) == document.triggers.at(i));
        QVERIFY(*read.document == document);
        QCOMPARE(serializeDesign(*read.document), bytes);
    }

    void roundTripSamples_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const QString &file : sampleFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void roundTripSamples()
    {
        QFETCH(QString, fileName);
        const DesignReadResult first = readDesignFile(fileName);
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        const QByteArray bytes = serializeDesign(*first.document);
        const DesignReadResult second = parseDesign(bytes);
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QVERIFY(*second.document == *first.document);
        QCOMPARE(serializeDesign(*second.document), bytes);
    }

    void stableLayout()
    {
        DesignDocument document;
        TriggerDesign t;
        t.name = QStringLiteral("orders_touch");
        t.table = {QStringLiteral("public"), QStringLiteral("orders")};
        t.timing = TriggerTiming::Before;
        t.events = {TriggerEvent::Update};
        t.actions = {SetTimestampAction {}};
        document.addTrigger(t);
        const QString expected = QStringLiteral(R"({
  "format": "trigon",
  "version": 1,
  "triggers": [
    {
      "id": "t1",
      "name": "orders_touch",
      "table": {"schema": "public", "name": "orders"},
      "table_columns": [],
      "timing": "before",
      "events": ["update"],
      "columns": [],
      "level": "row",
      "referencing": {"old": null, "new": null},
      "constraint": null,
      "arguments": [],
      "enabled": "origin",
      "comment": "",
      "condition": null,
      "actions": [
        {"kind": "set_timestamp", "columns": ["updated_at"]}
      ]
    }
  ]
}
)");
        QCOMPARE(QString::fromUtf8(serializeDesign(document)), expected);
    }

    void writeAndReadFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.trigon.json"));
        QString error;
        QVERIFY(writeDesignFile(path, everything(), &error));
        const DesignReadResult read = readDesignFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QVERIFY(*read.document == everything());
        QVERIFY(!writeDesignFile(dir.filePath(QStringLiteral("missing/x.json")), everything(),
                                 &error));
        QVERIFY(error.contains(QLatin1String("missing/x.json")));
    }

    void missingIdsAreGiven()
    {
        const DesignReadResult read
                = parseDesign(R"({"format": "trigon", "version": 1, "triggers": [
            {"id": "t2", "name": "a", "table": {"name": "x"}, "timing": "after", "events": ["insert"]},
            {"name": "b", "table": {"name": "x"}, "timing": "after", "events": ["insert"]}]})");
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(read.document->triggers.at(0).id, QStringLiteral("t2"));
        QCOMPARE(read.document->triggers.at(1).id, QStringLiteral("t1"));
        QCOMPARE(read.document->triggers.at(1).table.schema, QStringLiteral("public"));
    }

    // "fired": [] expects that nothing fires, which is not the same as no "fired" at all.
    void firedExpectation()
    {
        const QByteArray head = R"({"format": "trigon", "version": 1, "triggers": [
{"name": "a", "table": {"name": "x"}, "timing": "after", "events": ["insert"], "tests": [)";
        const QByteArray tail = "]}]}";
        const auto firstCase = [&](const QByteArray &test) {
            const DesignReadResult read = parseDesign(head + test + tail);
            if (!read.ok())
                qFatal("%s", qPrintable(read.error.toString()));
            return read.document->triggers.at(0).tests.at(0);
        };
        QCOMPARE(firstCase(R"({"name": "n", "action": "x", "expect": {"fired": ["b", "a", "b"]}})")
                         .firedOrder,
                 QStringList({QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b")}));
        const TriggerTestCase none
                = firstCase(R"({"name": "n", "action": "x", "expect": {"fired": []}})");
        QVERIFY(none.firedOrder.has_value());
        QVERIFY(none.firedOrder->isEmpty());
        QVERIFY(!firstCase(R"({"name": "n", "action": "x", "expect": {}})").firedOrder);
        // Written for the two cases of everything() that have it, and kept apart.
        const QByteArray written = serializeDesign(everything());
        QCOMPARE(written.count("\"fired\""), 2);
        QVERIFY(written.contains(R"("fired": [])"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"format": "trigon", "version": 1, "triggers": [
{"name": "a", "table": {"name": "x"}, "timing": "after", "events": ["insert"], )";
        const QByteArray tail = "}]}";
        QTest::newRow("syntax") << QByteArray("{\"format\": \"trigon\",\n  \"version\" 1}")
                                << "f.json:2:13: expected ':' after the member name";
        QTest::newRow("not trigon")
                << QByteArray(R"({"format": "other", "version": 1, "triggers": []})")
                << "f.json:1:12: format: not a Trigon design file";
        QTest::newRow("future version")
                << QByteArray(R"({"format": "trigon", "version": 2, "triggers": []})")
                << "f.json:1:33: version: unsupported format version";
        QTest::newRow("not an object")
                << QByteArray("[]") << "f.json:1:1: expected an object, found an array";
        QTest::newRow("wrong type")
                << head + R"("level": 3)" + tail
                << "f.json:2:89: triggers[0].level: expected a string, found a number";
        QTest::newRow("unknown enum") << head + R"("level": "table")" + tail
                                      << "triggers[0].level: unknown value \"table\" (expected one "
                                         "of \"row\", \"statement\")";
        QTest::newRow("unknown key") << head + R"("timming": "x")" + tail
                                     << "triggers[0].timming: unknown key \"timming\"";
        QTest::newRow("missing key")
                << QByteArray(R"({"format": "trigon", "version": 1, "triggers": [{"name": "a"}]})")
                << "triggers[0]: missing key \"table\"";
        QTest::newRow("table and tables")
                << head + "\"tables\": [{\"name\": \"y\"}]" + tail
                << "triggers[0].table: \"table\" cannot be given beside \"tables\": a trigger is "
                   "on one \"table\" or on several \"tables\"";
        QTest::newRow("no tables")
                << QByteArray("{\"format\": \"trigon\", \"version\": 1, \"triggers\": [{\"name\": "
                              "\"a\", \"tables\": [], \"timing\": \"after\", \"events\": []}]}")
                << "triggers[0].tables: the list is empty: a design needs at least one table";
        QTest::newRow("function without name")
                << head + "\"function\": {\"schema\": \"pg_catalog\"}" + tail
                << "triggers[0].function: missing key \"name\"";
        QTest::newRow("unknown action") << head + R"("actions": [{"kind": "explode"}])"
                        + tail << "triggers[0].actions[0].kind: unknown action kind \"explode\"";
        QTest::newRow("unknown condition")
                << head + R"("condition": {"and": [{"q": {}}, {"maybe": 1}]})" + tail
                << "triggers[0].condition.and[1].maybe: unknown condition kind \"maybe\"";
        QTest::newRow("two condition kinds") << head + R"("condition": {"q": {}, "sql": "x"})"
                        + tail << "triggers[0].condition: a condition has exactly one key";
        QTest::newRow("bad q key") << head + R"("condition": {"q": {"status": 1}})" + tail
                                   << "triggers[0].condition.q.status: \"status\" is no q key";
        QTest::newRow("bad f") << head + R"("condition": {"q": {"new__a": {"f": "a"}}})" + tail
                               << "triggers[0].condition.q.new__a.f: \"a\" is no field";
        QTest::newRow("bad tg")
                << head + R"("actions": [{"kind": "notify", "payload": {"x": {"tg": "nope"}}}])"
                        + tail
                << "triggers[0].actions[0].payload.x.tg: unknown trigger variable \"nope\"";
        QTest::newRow("bad action field")
                << head + R"("actions": [{"kind": "protect", "mesage": "x"}])" + tail
                << "triggers[0].actions[0].mesage: unknown key \"mesage\"";
        QTest::newRow("fired not a list")
                << head + R"("tests": [{"name": "n", "action": "x", "expect": {"fired": "a"}}])"
                        + tail
                << "triggers[0].tests[0].expect.fired: expected an array of strings, found a "
                   "string";
        QTest::newRow("fired not names")
                << head + R"("tests": [{"name": "n", "action": "x", "expect": {"fired": [1]}}])"
                        + tail
                << "triggers[0].tests[0].expect.fired[0]: expected a string, found a number";
        QTest::newRow("table_reading_functions not a list")
                << QByteArray("{\"format\": \"trigon\", \"version\": 1, "
                              "\"table_reading_functions\": \"my_flagged\", \"triggers\": []}")
                << "table_reading_functions: expected an array of strings, found a string";
        QTest::newRow("table_reading_functions entry not a string")
                << QByteArray("{\"format\": \"trigon\", \"version\": 1, "
                              "\"table_reading_functions\": [\"a\", 2], \"triggers\": []}")
                << "table_reading_functions[1]: expected a string, found a number";
        QTest::newRow("bypass unknown word")
                << head + "\"bypass\": \"log\"" + tail
                << "triggers[0].bypass: unknown value \"log\" (expected true, false or "
                   "\"notice\")";
        QTest::newRow("bypass number")
                << head + "\"bypass\": 1" + tail
                << "triggers[0].bypass: expected true, false or \"notice\", found a number";
        QTest::newRow("duplicate id")
                << QByteArray(R"({"format": "trigon", "version": 1, "triggers": [
{"id": "a", "name": "a", "table": {"name": "x"}, "timing": "after", "events": ["insert"]},
{"id": "a", "name": "b", "table": {"name": "x"}, "timing": "after", "events": ["insert"]}]})")
                << "f.json:3:8: triggers[1].id: duplicate trigger id \"a\"";
    }

    // "table_reading_functions" is the document's: read into the document and every trigger,
    // written once at the top, only when there are any, and read back the same.
    void tableReadingFunctions()
    {
        const QByteArray text
                = "{\n"
                  "  \"format\": \"trigon\",\n"
                  "  \"version\": 1,\n"
                  "  \"table_reading_functions\": [\"my_flagged\", \"shop.\\\"Is Frozen\\\"\"],\n"
                  "  \"triggers\": [\n"
                  "    {\n"
                  "      \"id\": \"t1\",\n"
                  "      \"name\": \"a\",\n"
                  "      \"table\": {\"schema\": \"public\", \"name\": \"x\"},\n"
                  "      \"table_columns\": [],\n"
                  "      \"timing\": \"after\",\n"
                  "      \"events\": [\"insert\"],\n"
                  "      \"columns\": [],\n"
                  "      \"level\": \"row\",\n"
                  "      \"referencing\": {\"old\": null, \"new\": null},\n"
                  "      \"constraint\": null,\n"
                  "      \"arguments\": [],\n"
                  "      \"enabled\": \"origin\",\n"
                  "      \"comment\": \"\",\n"
                  "      \"condition\": {\"sql\": \"NOT my_flagged(NEW.id)\"},\n"
                  "      \"actions\": []\n"
                  "    }\n"
                  "  ]\n"
                  "}\n";
        const DesignReadResult read = parseDesign(text);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        const QStringList expected {QStringLiteral("my_flagged"),
                                    QStringLiteral("shop.\"Is Frozen\"")};
        QCOMPARE(read.document->tableReadingFunctions, expected);
        QCOMPARE(read.document->triggers.at(0).tableReadingFunctions, expected);
        QCOMPARE(serializeDesign(*read.document), text);
        // Added triggers take the document's list; without one the key is not written.
        DesignDocument document = *read.document;
        TriggerDesign added = document.triggers.at(0);
        added.id.clear();
        added.tableReadingFunctions.clear();
        document.addTrigger(added);
        QCOMPARE(document.triggers.at(1).tableReadingFunctions, expected);
        document.setTableReadingFunctions({});
        QVERIFY(document.triggers.at(1).tableReadingFunctions.isEmpty());
        QVERIFY(!serializeDesign(document).contains("table_reading_functions"));
    }

    // "bypass" is false (absent), true (the audit table) or "notice"; written back as read.
    void bypassModes_data()
    {
        QTest::addColumn<QByteArray>("value"); // the JSON after "bypass": ; empty: absent
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("written"); // empty: not written
        QTest::newRow("absent") << QByteArray() << int(BypassMode::Off) << QByteArray();
        QTest::newRow("false") << QByteArray("false") << int(BypassMode::Off) << QByteArray();
        QTest::newRow("true") << QByteArray("true") << int(BypassMode::AuditTable)
                              << QByteArray("\"bypass\": true,");
        QTest::newRow("notice") << QByteArray("\"notice\"") << int(BypassMode::Notice)
                                << QByteArray("\"bypass\": \"notice\",");
    }

    void bypassModes()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, mode);
        QFETCH(QByteArray, written);
        const QByteArray member = value.isEmpty() ? QByteArray() : "\"bypass\": " + value + ", ";
        const DesignReadResult read = parseDesign(
                "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [{\"name\": \"a\", "
                "\"table\": {\"name\": \"x\"}, "
                + member + "\"timing\": \"before\", \"events\": [\"update\"]}]}");
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(int(read.document->triggers.at(0).bypass), mode);
        const QByteArray bytes = serializeDesign(*read.document);
        if (written.isEmpty())
            QVERIFY(!bytes.contains("\"bypass\""));
        else
            QVERIFY2(bytes.contains(written), bytes.constData());
        const DesignReadResult again = parseDesign(bytes);
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QVERIFY(*again.document == *read.document);
        QCOMPARE(serializeDesign(*again.document), bytes);
    }

    void errors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const DesignReadResult read = parseDesign(data, QStringLiteral("f.json"));
        QVERIFY(!read.ok());
        QVERIFY2(read.error.toString().contains(expected), qPrintable(read.error.toString()));
        QVERIFY(read.error.line > 0);
    }

    // What PostgreSQL text cannot hold, or what is no text at all, is refused where it stands
    // instead of reaching the script (NUL) or turning into U+FFFD without a word.
    void refusedCharacters_data()
    {
        QTest::addColumn<QByteArray>("line3"); // the third line of a one-trigger design
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QString nul = QStringLiteral("a NUL character (\\u0000)");
        QTest::newRow("NUL in a table schema")
                << QByteArray(R"("table": {"schema": "pub\u0000lic", "name": "x"})")
                << "triggers[0].table.schema" << 25 << nul;
        QTest::newRow("NUL in a protect message") << QByteArray(
                R"("table": {"name": "x"}, "actions": [{"kind": "protect", "message": "no\u0000"}])")
                                                  << "triggers[0].actions[0].message" << 71 << nul;
        QTest::newRow("NUL in a q literal") << QByteArray(
                R"("table": {"name": "x"}, "condition": {"and": [{"q": {"old__status": "pa\u0000id"}}]})")
                                            << "triggers[0].condition.and[0].q.old__status" << 72
                                            << nul;
        QTest::newRow("NUL in a payload literal") << QByteArray(
                R"("table": {"name": "x"}, "actions": [{"kind": "notify", "channel": "c", "payload": {"note": {"text": ["\u0000"]}}}])")
                                                  << "triggers[0].actions[0].payload.note.text[0]"
                                                  << 103 << nul;
        QTest::newRow("NUL in a test case's SQL") << QByteArray(
                R"json("table": {"name": "x"}, "tests": [{"name": "n", "action": "INSERT INTO x VALUES ('\u0000')", "expect": {}}])json")
                                                  << "triggers[0].tests[0].action" << 83 << nul;
        QTest::newRow("lone high surrogate")
                << QByteArray(R"("table": {"name": "x"}, "comment": "a\ud800")")
                << "triggers[0].comment" << 38 << "a lone surrogate (\\ud800)";
        QTest::newRow("high surrogate before a letter")
                << QByteArray(R"("table": {"name": "x"}, "comment": "\uD83D\u0041")")
                << "triggers[0].comment" << 37 << "a lone surrogate (\\ud83d)";
        QTest::newRow("lone low surrogate")
                << QByteArray(R"("table": {"name": "x"}, "arguments": ["ok", "\udc00"])")
                << "triggers[0].arguments[1]" << 46 << "a lone surrogate (\\udc00)";
        QTest::newRow("invalid UTF-8")
                << QByteArray("\"table\": {\"name\": \"x\"}, \"comment\": \"caf\xe9!\"") << "" << 40
                << "bytes that are not UTF-8 (0xe9)";
        QTest::newRow("invalid UTF-8 after a two-byte letter")
                << QByteArray("\"table\": {\"name\": \"x\"}, \"comment\": \"\xc3\xbc\xff\"") << ""
                << 38 << "bytes that are not UTF-8 (0xff)";
        QTest::newRow("encoded surrogate")
                << QByteArray("\"table\": {\"name\": \"x\"}, \"comment\": \"caf\xed\xa0\x80\"")
                << "" << 40 << "bytes that are not UTF-8 (0xeda080)";
        QTest::newRow("overlong slash")
                << QByteArray("\"table\": {\"name\": \"x\"}, \"comment\": \"caf\xc0\xaf\"") << ""
                << 40 << "bytes that are not UTF-8";
    }

    void refusedCharacters()
    {
        QFETCH(QByteArray, line3);
        QFETCH(QString, path);
        QFETCH(int, column);
        QFETCH(QString, message);
        const QByteArray data
                = "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [\n"
                  "{\"name\": \"a\", \"timing\": \"after\", \"events\": [\"insert\"],\n"
                + line3 + "}]}";
        const DesignReadResult read = parseDesign(data, QStringLiteral("f.json"));
        QVERIFY2(!read.ok(), "read although it must not be");
        QVERIFY2(read.error.message.contains(message), qPrintable(read.error.toString()));
        QCOMPARE(read.error.path, path);
        QCOMPARE(read.error.line, 3);
        QCOMPARE(read.error.column, column);
        QVERIFY(read.error.toString().startsWith(QStringLiteral("f.json:3:%1: ").arg(column)));
    }

    // A surrogate pair is one character, and NUL is refused in a condition's text as well.
    void acceptedAndRefusedText()
    {
        const DesignReadResult read = parseDesign(
                R"({"format": "trigon", "version": 1, "triggers": [{"name": "a",
                    "table": {"name": "x"}, "timing": "after", "events": ["insert"],
                    "comment": "\ud83d\ude00 \u00fc"}]})");
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(read.document->triggers.at(0).comment, QStringLiteral("\U0001F600 ü"));
        const ConditionParseResult parsed
                = parseConditionJson(QStringLiteral(R"({"q": {"new__a": "\u0000"}})"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error.path, QStringLiteral("q.new__a"));
        QCOMPARE(parsed.error.column, 19);
    }

    void unreadableFile()
    {
        const DesignReadResult read = readDesignFile(QStringLiteral("/nonexistent/x.json"));
        QVERIFY(!read.ok());
        QVERIFY(read.error.toString().startsWith(QLatin1String("/nonexistent/x.json: ")));
    }

    // A file without end (a device) or far too large is refused after reading just past the
    // limit, naming the file; reading it whole grew until the memory ran out.
    void tooLargeFileIsRefused()
    {
        const DesignReadResult read = readDesignFile(QStringLiteral("/dev/zero"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error.toString(),
                 QStringLiteral("/dev/zero: the file is larger than 64 MiB, the most a design "
                                "file may be"));
    }

    void conditionText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("q") << R"({"q": {"new__qty__gt": 0, "old__x__df": {"f": "new__x"}}})";
        QTest::newRow("nested")
                << R"({"not": {"or": [{"any_change": {"fields": ["a"]}}, {"sql": "true"}]}})";
    }

    void conditionText()
    {
        QFETCH(QString, text);
        const ConditionParseResult parsed = parseConditionJson(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        const ConditionParseResult again = parseConditionJson(conditionToJson(*parsed.condition));
        QVERIFY(again.ok());
        QVERIFY(*again.condition == *parsed.condition);
    }

    void conditionTextErrors()
    {
        ConditionParseResult parsed = parseConditionJson(QStringLiteral("{\"q\": {\"new__a\": }"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error.line, 1);
        QCOMPARE(parsed.error.column, 18);
        parsed = parseConditionJson(QStringLiteral("{\"and\": [\n  {\"q\": {\"bad\": 1}}]}"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error.path, QStringLiteral("and[0].q.bad"));
        QCOMPARE(parsed.error.line, 2);
    }
};

QTEST_GUILESS_MAIN(TestDesignFile)
#include "tst_designfile.moc"
