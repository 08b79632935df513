#include "core/analysis/designvalidator.h"
#include "core/io/designfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace trigon;

namespace {

// One trigger from the members given (they replace the defaults), over a table whose columns
// the design knows.
TriggerDesign trigger(const QByteArray &members)
{
    QJsonObject object = QJsonDocument::fromJson(R"({"name": "t",
        "table": {"schema": "public", "name": "orders"},
        "table_columns": [{"name": "id", "type": "integer", "key": true}, {"name": "status", "type": "text"},
                          {"name": "note", "type": "text"}, {"name": "qty", "type": "integer"},
                          {"name": "updated_at", "type": "timestamptz", "auto": true}]})")
                                 .object();
    QJsonParseError error;
    const QJsonObject overrides = QJsonDocument::fromJson("{" + members + "}", &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test members: %s", qPrintable(error.errorString()));
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        object.insert(it.key(), it.value());
    const QJsonObject root {{QStringLiteral("format"), QStringLiteral("trigon")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("triggers"), QJsonArray {object}}};
    const DesignReadResult read = parseDesign(QJsonDocument(root).toJson());
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return read.document->triggers.first();
}

QString describe(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(diagnostic.toString());
    return lines.join(u'\n');
}

} // namespace

class TestDesignValidator : public QObject
{
    Q_OBJECT

private slots:
    void diagnostics_data()
    {
        QTest::addColumn<QByteArray>("members");
        QTest::addColumn<bool>("error");    // the expected diagnostic is an error (else a warning)
        QTest::addColumn<QString>("field"); // empty: the design must be clean
        QTest::addColumn<QString>("message");

        const QByteArray protect = R"("actions": [{"kind": "protect"}])";
        QTest::newRow("clean row trigger")
                << R"("timing": "before", "events": ["update"], "condition": {"any_change": {"exclude_auto": true}}, )"
                        + protect
                << true << ""
                << "";
        QTest::newRow("no events")
                << R"("timing": "after", "events": [], )" + protect << true << "events"
                << "at least one event";
        QTest::newRow("duplicate event")
                << R"("timing": "after", "events": ["insert", "insert"], )" + protect << false
                << "events[1]"
                << "listed twice";
        QTest::newRow("truncate per row")
                << R"("timing": "after", "events": ["truncate"], "level": "row", )" + protect
                << true << "level"
                << "TRUNCATE";
        QTest::newRow("instead of per statement")
                << R"("timing": "instead_of", "events": ["insert"], "level": "statement", )"
                        + protect
                << true << "level"
                << "INSTEAD OF";
        QTest::newRow("instead of with columns")
                << R"("timing": "instead_of", "events": ["update"], "columns": ["status"], )"
                        + protect
                << true << "columns"
                << "INSTEAD OF";
        QTest::newRow("instead of with condition")
                << R"("timing": "instead_of", "events": ["update"], "condition": {"q": {"new__qty": 1}}, )"
                        + protect
                << true << "condition"
                << "WHEN";
        QTest::newRow("instead of disabled")
                << R"("timing": "instead_of", "events": ["update"], "enabled": "disabled", )"
                        + protect
                << true << "enabled"
                << "view";
        QTest::newRow("unknown update column")
                << R"("timing": "after", "events": ["update"], "columns": ["nope"], )" + protect
                << true << "columns[0]"
                << "not a column";
        QTest::newRow("update column twice")
                << R"("timing": "after", "events": ["update"], "columns": ["qty", "qty"], )"
                        + protect
                << true << "columns[1]"
                << "listed twice";
        QTest::newRow("columns without update")
                << R"("timing": "after", "events": ["insert"], "columns": ["qty"], )" + protect
                << false << "columns"
                << "ignored";
        QTest::newRow("transition table before")
                << R"("timing": "before", "events": ["update"], "level": "statement", "referencing": {"old": "o", "new": null}, )"
                        + protect
                << true << "referencing"
                << "AFTER";
        QTest::newRow("transition tables two events")
                << R"("timing": "after", "events": ["insert", "update"], "level": "statement", "referencing": {"old": null, "new": "n"}, )"
                        + protect
                << true << "referencing"
                << "single event";
        QTest::newRow("transition tables with columns")
                << R"("timing": "after", "events": ["update"], "columns": ["qty"], "level": "statement", "referencing": {"old": null, "new": "n"}, )"
                        + protect
                << true << "referencing"
                << "column list";
        QTest::newRow("old table on insert")
                << R"("timing": "after", "events": ["insert"], "level": "statement", "referencing": {"old": "o", "new": null}, )"
                        + protect
                << true << "referencing.old"
                << "UPDATE or DELETE";
        QTest::newRow("new table on delete")
                << R"("timing": "after", "events": ["delete"], "level": "statement", "referencing": {"old": null, "new": "n"}, )"
                        + protect
                << true << "referencing.new"
                << "INSERT or UPDATE";
        QTest::newRow("same transition names")
                << R"("timing": "after", "events": ["update"], "level": "statement", "referencing": {"old": "x", "new": "x"}, )"
                        + protect
                << true << "referencing"
                << "must differ";
        QTest::newRow("constraint before")
                << R"("timing": "before", "events": ["insert"], "constraint": {"deferrable": true}, )"
                        + protect
                << true << "timing"
                << "AFTER";
        QTest::newRow("constraint per statement")
                << R"("timing": "after", "events": ["insert"], "level": "statement", "constraint": {}, )"
                        + protect
                << true << "level"
                << "FOR EACH ROW";
        QTest::newRow("constraint with transition table")
                << R"("timing": "after", "events": ["insert"], "referencing": {"old": null, "new": "n"}, "constraint": {}, )"
                        + protect
                << true << "referencing"
                << "constraint triggers";
        QTest::newRow("deferred without deferrable")
                << R"("timing": "after", "events": ["insert"], "constraint": {"initially": "deferred"}, )"
                        + protect
                << true << "constraint.initially"
                << "DEFERRABLE";
        QTest::newRow("WHEN reads OLD on insert")
                << R"("timing": "before", "events": ["insert", "update"], "condition": {"q": {"old__qty__gt": 1}}, )"
                        + protect
                << true << "condition"
                << "INSERT has no old row";
        QTest::newRow("WHEN reads NEW on delete (the change conditions)")
                << R"("timing": "before", "events": ["update", "delete"], "condition": {"any_change": {}}, )"
                        + protect
                << true << "condition"
                << "DELETE has no new row";
        QTest::newRow("raw SQL reads NEW on delete")
                << R"("timing": "before", "events": ["delete"], "condition": {"sql": "new.qty > 1"}, )"
                        + protect
                << true << "condition"
                << "DELETE has no new row";
        QTest::newRow("raw SQL quoting hides old")
                << QByteArray("\"timing\": \"before\", \"events\": [\"insert\"], "
                              "\"condition\": {\"sql\": \"'old.x' <> \\\"old\\\"\"}, ")
                        + protect
                << true << ""
                << "";
        QTest::newRow("statement condition without tables")
                << R"("timing": "after", "events": ["update"], "level": "statement", "condition": {"q": {"new__qty": 1}}, )"
                        + protect
                << true << "condition"
                << "REFERENCING NEW TABLE";
        QTest::newRow("statement condition over tables")
                << R"("timing": "after", "events": ["update"], "level": "statement", "referencing": {"old": "o", "new": "n"}, "condition": {"any_change": {"fields": ["qty"]}}, )"
                        + protect
                << true << ""
                << "";
        QTest::newRow("unknown field")
                << R"("timing": "before", "events": ["update"], "condition": {"any_change": {"fields": ["nope"]}}, )"
                        + protect
                << true << "condition.any_change.fields[0]"
                << "not a column";
        QTest::newRow("nested unknown q field")
                << R"("timing": "before", "events": ["update"], "condition": {"or": [{"q": {"new__qty": 1}}, {"not": {"q": {"old__nope__gt": 1}}}]}, )"
                        + protect
                << true << "condition.or[1].not.q.old__nope__gt"
                << "not a column";
        QTest::newRow("nothing left after exclude")
                << R"("timing": "before", "events": ["update"], "condition": {"all_change": {"fields": ["updated_at"], "exclude_auto": true}}, )"
                        + protect
                << true << "condition.all_change"
                << "no field is left";
        QTest::newRow("in takes a list")
                << R"("timing": "before", "events": ["update"], "condition": {"q": {"new__qty__in": 3}}, )"
                        + protect
                << true << "condition.q.new__qty__in"
                << "array";
        QTest::newRow("isnull takes a bool")
                << R"("timing": "before", "events": ["update"], "condition": {"q": {"new__qty__isnull": "yes"}}, )"
                        + protect
                << true << "condition.q.new__qty__isnull"
                << "true or false";
        QTest::newRow("empty sql")
                << R"("timing": "before", "events": ["update"], "condition": {"sql": " "}, )"
                        + protect
                << true << "condition.sql"
                << "empty";
        QTest::newRow("no actions")
                << QByteArray(R"("timing": "after", "events": ["insert"])") << false << "actions"
                << "does nothing";
        QTest::newRow("before that changes nothing") << QByteArray(
                R"("timing": "before", "events": ["insert"], "actions": [{"kind": "notify", "channel": "c", "payload": {"id": {"new": "id"}}}])")
                                                     << false << "timing"
                                                     << "modifies and refuses nothing";
        QTest::newRow("notify may overflow") << QByteArray(
                R"("timing": "after", "events": ["insert"], "actions": [{"kind": "notify", "channel": "c", "payload": {"row": {"row": "new"}}}])")
                                             << false << "actions[0].payload"
                                             << "8000-byte";
        QTest::newRow("notify bounded payload") << QByteArray(
                R"("timing": "after", "events": ["insert"], "actions": [{"kind": "notify", "channel": "c", "payload": {"id": {"new": "id"}, "op": {"tg": "op"}}}])")
                                                << true << ""
                                                << "";
        QTest::newRow("notify without channel") << QByteArray(
                R"("timing": "after", "events": ["insert"], "actions": [{"kind": "notify", "payload": {}}])")
                                                << true << "actions[0].channel"
                                                << "empty";
        QTest::newRow("statement notify reads a row") << QByteArray(
                R"("timing": "after", "events": ["insert"], "level": "statement", "referencing": {"old": null, "new": "n"}, "actions": [{"kind": "notify", "channel": "c", "payload": {"id": {"new": "id"}}}])")
                                                      << true << "actions[0].payload.id"
                                                      << "once per statement";
        QTest::newRow("payload reads OLD on insert") << QByteArray(
                R"("timing": "after", "events": ["insert"], "actions": [{"kind": "notify", "channel": "c", "payload": {"id": {"old": "id"}}}])")
                                                     << false << "actions[0].payload.id"
                                                     << "NULL there";
        QTest::newRow("soft delete after") << QByteArray(
                R"("timing": "after", "events": ["delete"], "actions": [{"kind": "soft_delete", "column": "status"}])")
                                           << true << "actions[0]"
                                           << "BEFORE";
        QTest::newRow("soft delete unknown flag") << QByteArray(
                R"("timing": "before", "events": ["delete"], "actions": [{"kind": "soft_delete", "column": "gone"}])")
                                                  << true << "actions[0].column"
                                                  << "not a column";
        QTest::newRow("soft delete without delete") << QByteArray(
                R"("timing": "before", "events": ["update"], "actions": [{"kind": "soft_delete", "column": "status"}])")
                                                    << true << "actions[0]"
                                                    << "delete event";
        QTest::newRow("fsm without transitions") << QByteArray(
                R"("timing": "before", "events": ["update"], "actions": [{"kind": "fsm", "column": "status"}])")
                                                 << true << "actions[0].transitions"
                                                 << "at least one";
        QTest::newRow("fsm per statement") << QByteArray(
                R"("timing": "after", "events": ["update"], "level": "statement", "actions": [{"kind": "fsm", "column": "status", "transitions": [{"from": "a", "to": "b"}]}])")
                                           << true << "actions[0]"
                                           << "FOR EACH ROW";
        QTest::newRow("set timestamp after") << QByteArray(
                R"("timing": "after", "events": ["update"], "actions": [{"kind": "set_timestamp"}])")
                                             << true << "actions[0]"
                                             << "BEFORE";
        QTest::newRow("set timestamp on delete only") << QByteArray(
                R"("timing": "before", "events": ["delete"], "actions": [{"kind": "set_timestamp"}])")
                                                      << true << "actions[0]"
                                                      << "insert or update";
        QTest::newRow("bad sqlstate") << QByteArray(
                R"("timing": "before", "events": ["update"], "actions": [{"kind": "protect", "sqlstate": "oops"}])")
                                      << true << "actions[0].sqlstate"
                                      << "no SQLSTATE";
        QTest::newRow("insert without values") << QByteArray(
                R"("timing": "after", "events": ["insert"], "actions": [{"kind": "insert", "table": {"name": "log"}}])")
                                               << true << "actions[0].values"
                                               << "at least one column";
        QTest::newRow("statement insert reads rows without table") << QByteArray(
                R"("timing": "after", "events": ["insert"], "level": "statement", "actions": [{"kind": "insert", "table": {"name": "log"}, "values": {"id": {"new": "id"}}}])")
                                                                   << true << "actions[0].values.id"
                                                                   << "REFERENCING NEW TABLE";
        QTest::newRow("statement pairs need keys")
                << R"("table_columns": [{"name": "qty"}], "timing": "after", "events": ["update"], "level": "statement", "referencing": {"old": "o", "new": "n"}, "condition": {"any_change": {}}, )"
                        + protect
                << true << "condition"
                << "key";
        QTest::newRow("statement audit pairs rows by key") << QByteArray(
                R"("table_columns": [{"name": "qty"}], "timing": "after", "events": ["update"], "level": "statement", "referencing": {"old": "o", "new": "n"}, "condition": {"q": {"new__qty__gt": 1}}, "actions": [{"kind": "audit"}])")
                                                           << true << "actions[0]"
                                                           << "key";
        QTest::newRow("statement check pairs rows by key") << QByteArray(
                R"("table_columns": [{"name": "qty"}], "timing": "after", "events": ["update"], "level": "statement", "referencing": {"old": "o", "new": "n"}, "condition": {"q": {"new__qty__gt": 1}}, "actions": [{"kind": "validate", "check": {"q": {"old__qty__gt": 0}}}])")
                                                           << true << "actions[0].check"
                                                           << "key";
        QTest::newRow("statement audit without condition needs no key") << QByteArray(
                R"("table_columns": [{"name": "qty"}], "timing": "after", "events": ["update"], "level": "statement", "referencing": {"old": "o", "new": "n"}, "actions": [{"kind": "audit"}])")
                                                                        << true << ""
                                                                        << "";
        QTest::newRow("text column, number literal") << QByteArray(
                R"("timing": "before", "events": ["update"], "condition": {"q": {"new__status": 5}}, "actions": [{"kind": "protect"}])")
                                                     << true << "condition.q.new__status"
                                                     << "holds text; 5 is not one";
        QTest::newRow("number column, text literal") << QByteArray(
                R"("timing": "before", "events": ["update"], "condition": {"q": {"new__qty__in": [1, "x"]}}, "actions": [{"kind": "protect"}])")
                                                     << true << "condition.q.new__qty__in"
                                                     << "holds a number";
        QTest::newRow("number column, numeric text") << QByteArray(
                R"("timing": "before", "events": ["update"], "condition": {"q": {"new__qty__gt": "5"}}, "actions": [{"kind": "protect"}])")
                                                     << true << ""
                                                     << "";
        QTest::newRow("text compared with number") << QByteArray(
                R"("timing": "before", "events": ["update"], "condition": {"q": {"new__qty__df": {"f": "old__status"}}}, "actions": [{"kind": "protect"}])")
                                                   << true << "condition.q.new__qty__df"
                                                   << "no such operator";
        QTest::newRow("long trigger name") << "\"name\": \"" + QByteArray(64, 'n')
                        + "\", \"timing\": \"after\", \"events\": [\"insert\"], " + protect
                                           << true << "name"
                                           << "64 bytes";
        QTest::newRow("long unicode table name")
                << "\"table\": {\"name\": \"" + QString(32, QChar(0x00fc)).toUtf8()
                        + "\"}, \"timing\": \"after\", \"events\": [\"insert\"], " + protect
                << true << "table.name"
                << "64 bytes";
        QTest::newRow("hostile but fine")
                << "\"name\": \"x\\\"; DROP TABLE y; --\", \"table\": {\"schema\": \"My Schema\", "
                   "\"name\": \"select\"}, \"table_columns\": [], \"timing\": \"after\", "
                   "\"events\": [\"insert\"], "
                        + protect
                << true << ""
                << "";
        QTest::newRow("old server and transition tables")
                << R"("timing": "after", "events": ["update"], "level": "statement", "referencing": {"old": "o", "new": null}, )"
                        + protect
                << true << ""
                << "";
    }

    void diagnostics()
    {
        QFETCH(QByteArray, members);
        QFETCH(bool, error);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QList<Diagnostic> diagnostics = validateTrigger(trigger(members), 0);
        if (field.isEmpty()) {
            QVERIFY2(!hasErrors(diagnostics), qPrintable(describe(diagnostics)));
            return;
        }
        bool found = false;
        for (const Diagnostic &d : diagnostics)
            found = found
                    || (d.field == field && d.isError() == error && d.message.contains(message));
        QVERIFY2(found,
                 qPrintable(QStringLiteral("expected %1 at %2 containing \"%3\", got:\n%4")
                                    .arg(error ? QStringLiteral("an error")
                                               : QStringLiteral("a warning"),
                                         field, message, describe(diagnostics))));
        if (!error)
            QVERIFY2(!hasErrors(diagnostics), qPrintable(describe(diagnostics)));
    }

    // Design files cannot hold a NUL any more (the reader refuses it), but a design made in code
    // can, and the validator still refuses it.
    void nulInNameMadeInCode()
    {
        TriggerDesign t = trigger(
                R"("timing": "after", "events": ["insert"], "actions": [{"kind": "protect"}])");
        t.name = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        const QList<Diagnostic> diagnostics = validateTrigger(t, 0);
        QVERIFY2(std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                             [](const Diagnostic &d) {
                                 return d.field == QLatin1String("name") && d.isError()
                                         && d.message.contains(QLatin1String("NUL"));
                             }),
                 qPrintable(describe(diagnostics)));
    }

    void serverVersion()
    {
        const TriggerDesign t = trigger(
                R"("timing": "after", "events": ["update"], "level": "statement", "referencing": {"old": "o", "new": null}, "actions": [{"kind": "protect"}])");
        QVERIFY(!hasErrors(validateTrigger(t, 0, {100000, std::nullopt})));
        QVERIFY(hasErrors(validateTrigger(t, 0, {90600, std::nullopt})));
        const TriggerDesign audit = trigger(
                R"("timing": "after", "events": ["insert"], "actions": [{"kind": "audit", "create_table": true}])");
        QVERIFY(!hasErrors(validateTrigger(audit, 0, {100000, std::nullopt})));
        QCOMPARE(validateTrigger(audit, 0, {90600, std::nullopt}).value(0).field,
                 QStringLiteral("actions[0].create_table"));
    }

    void duplicateNamesInDocument()
    {
        DesignDocument document;
        const TriggerDesign t = trigger(
                R"("timing": "after", "events": ["insert"], "actions": [{"kind": "protect"}])");
        document.addTrigger(t);
        document.addTrigger(t);
        const QList<Diagnostic> diagnostics = validateDesign(document);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().triggerIndex, 1);
        QCOMPARE(diagnostics.first().triggerId, QStringLiteral("t2"));
        QVERIFY(diagnostics.first().message.contains(QLatin1String("replace")));
    }

    // Only the same name on the same table clashes, and the message names the first of them.
    void duplicatesAmongMany()
    {
        DesignDocument document;
        TriggerDesign t = trigger(
                R"("timing": "after", "events": ["insert"], "actions": [{"kind": "protect"}])");
        document.addTrigger(t); // number 1: public.orders
        t.table.schema = QStringLiteral("other");
        document.addTrigger(t); // number 2: other.orders, no clash
        t.table.schema = QStringLiteral("public");
        t.name = QStringLiteral("u");
        document.addTrigger(t); // number 3: another name
        t.name = QStringLiteral("t");
        document.addTrigger(t); // number 4: clashes with number 1
        document.addTrigger(t); // number 5: so does this one
        const QList<Diagnostic> diagnostics = validateDesign(document);
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(diagnostics.at(0).triggerIndex, 3);
        QCOMPARE(diagnostics.at(1).triggerIndex, 4);
        for (const Diagnostic &diagnostic : diagnostics)
            QVERIFY2(diagnostic.message.contains(QLatin1String("(number 1)")),
                     qPrintable(diagnostic.message));
    }

    // An unknown column of a wide table: the message names a few of its columns, not thousands.
    void unknownColumnOfAWideTable()
    {
        TriggerDesign t = trigger(
                R"("timing": "after", "events": ["update"], "columns": ["nope"], "actions": [{"kind": "protect"}])");
        t.tableColumns.clear();
        for (int i = 1; i <= 5000; ++i)
            t.tableColumns.append({QStringLiteral("c%1").arg(i), QStringLiteral("text")});
        const QList<Diagnostic> diagnostics = validateTrigger(t, 0);
        QCOMPARE(diagnostics.size(), 1);
        const QString message = diagnostics.first().message;
        QVERIFY2(message.contains(QLatin1String("(known columns: c1, c2, "))
                         && message.contains(QLatin1String(", c20 and 4980 more)")),
                 qPrintable(message));
        QVERIFY2(message.size() < 300, qPrintable(message));
    }

    void issueExample()
    {
        // The example in the design-format contract protects UPDATE and DELETE with a change
        // condition, which PostgreSQL refuses for DELETE: the validator must say so.
        const DesignReadResult read = readDesignFile(
                QStringLiteral(TRIGON_TEST_DATA_DIR "/designs/issue_example.json"));
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        const QList<Diagnostic> diagnostics = validateDesign(*read.document);
        QVERIFY(hasErrors(diagnostics));
        QCOMPARE(
                diagnostics.first().toString(),
                QStringLiteral("error: orders_protect_paid: condition: reads NEW, but a DELETE "
                               "has no new row; a change condition compares OLD with NEW, which "
                               "only an UPDATE has: give the other events a trigger of their own"));
    }

    // A call of a function the design marks as reading tables ("table_reading_functions") moves
    // to the function like a subquery; where the function cannot test it, it is refused, naming
    // the function.
    void tableReadingFunctions_data()
    {
        QTest::addColumn<QByteArray>("members");
        QTest::addColumn<QString>("expected"); // an error's text; empty: no error
        const QByteArray condition = "\"condition\": {\"sql\": \"NOT shop.my_flagged(NEW.id)\"}, ";
        QTest::newRow("generated function") << "\"timing\": \"before\", \"events\": [\"insert\"], "
                        + condition + "\"actions\": [{\"kind\": \"protect\"}]"
                                            << QString();
        QTest::newRow("existing function")
                << "\"timing\": \"after\", \"events\": [\"insert\"], " + condition
                        + "\"function\": {\"name\": \"check_it\"}"
                << "shop.my_flagged() reads other tables (table_reading_functions), so Trigon "
                   "would test it in the function, but the trigger executes the existing "
                   "function public.check_it()";
        QTest::newRow("constraint trigger, existing function")
                << "\"timing\": \"after\", \"events\": [\"insert\"], \"constraint\": "
                   "{\"deferrable\": true, \"initially\": \"deferred\"}, "
                        + condition + "\"function\": {\"name\": \"check_it\"}"
                << "the existing function public.check_it()";
        QTest::newRow("instead of")
                << "\"timing\": \"instead_of\", \"events\": [\"insert\"], " + condition
                        + "\"actions\": [{\"kind\": \"protect\"}]"
                << "shop.my_flagged() reads other tables (table_reading_functions), so Trigon "
                   "tests it in the function, but an INSTEAD OF trigger has no WHEN";
        QTest::newRow("python") << "\"timing\": \"before\", \"events\": [\"insert\"], " + condition
                        + "\"actions\": [{\"kind\": \"python\", \"body\": \"return None\"}]"
                                << "not in PL/Python";
    }

    void tableReadingFunctions()
    {
        QFETCH(QByteArray, members);
        QFETCH(QString, expected);
        const QByteArray json = "{\"format\": \"trigon\", \"version\": 1, "
                                "\"table_reading_functions\": [\"my_flagged\"], \"triggers\": "
                                "[{\"name\": \"t\", \"table\": {\"name\": \"orders\"}, "
                + members + "}]}";
        const DesignReadResult read = parseDesign(json);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        const QList<Diagnostic> diagnostics = validateDesign(*read.document);
        QStringList errors;
        for (const Diagnostic &diagnostic : diagnostics) {
            if (diagnostic.isError())
                errors.append(diagnostic.message);
        }
        if (expected.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(describe(diagnostics)));
            // Moved, and said so.
            QVERIFY2(describe(diagnostics)
                             .contains(QLatin1String("the part that calls a function of "
                                                     "table_reading_functions is tested in the "
                                                     "function, as the design asks")),
                     qPrintable(describe(diagnostics)));
        } else {
            QVERIFY2(errors.join(u'\n').contains(expected), qPrintable(describe(diagnostics)));
        }
        // Without the list the same call stays in WHEN, which the server accepts.
        DesignDocument unmarked = *read.document;
        unmarked.setTableReadingFunctions({});
        for (const Diagnostic &diagnostic : validateDesign(unmarked))
            QVERIFY2(!diagnostic.message.contains(QLatin1String("table_reading_functions")),
                     qPrintable(diagnostic.toString()));
    }

    void tableReadingFunctionEntryThatIsNoName()
    {
        DesignDocument document;
        document.setTableReadingFunctions({QStringLiteral("ok"), QStringLiteral("flagged()")});
        const QList<Diagnostic> diagnostics = validateDesign(document);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().field, QStringLiteral("table_reading_functions[1]"));
        QCOMPARE(diagnostics.first().triggerIndex, -1);
        QVERIFY(diagnostics.first().isError());
        QVERIFY2(diagnostics.first().message.contains(QLatin1String("\"flagged()\" is not a "
                                                                    "function name")),
                 qPrintable(diagnostics.first().message));
    }

    // "bypass": "notice" is refused where "bypass": true is, and triggers of one name that
    // report their bypasses differently are warned about (trigon.bypass() knows one way per name).
    void bypassModes()
    {
        const QByteArray head = "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [";
        const QByteArray guard = "\"timing\": \"before\", \"events\": [\"update\"], \"actions\": "
                                 "[{\"kind\": \"protect\"}]}";
        const DesignReadResult read = parseDesign(
                head + "{\"name\": \"g\", \"table\": {\"name\": \"a\"}, \"bypass\": \"notice\", "
                + guard + ", {\"name\": \"g\", \"table\": {\"name\": \"b\"}, \"bypass\": true, "
                + guard
                + ", {\"name\": \"f\", \"table\": {\"name\": \"a\"}, \"bypass\": "
                  "\"notice\", \"timing\": \"before\", \"events\": [\"update\"], \"function\": "
                  "{\"schema\": \"pg_catalog\", \"name\": "
                  "\"suppress_redundant_updates_trigger\"}}]}");
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        const QList<Diagnostic> diagnostics = validateDesign(*read.document);
        const auto find = [&](qsizetype index, bool error, const QString &text) {
            return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
                return d.triggerIndex == index && d.isError() == error
                        && d.field == QLatin1String("bypass") && d.message.contains(text);
            });
        };
        QVERIFY2(find(1, false,
                      QStringLiteral("trigger g (number 1) has the same name and reports its "
                                     "bypasses another way")),
                 qPrintable(describe(diagnostics)));
        QVERIFY2(find(2, true, QStringLiteral("executes the existing function")),
                 qPrintable(describe(diagnostics)));
        QVERIFY2(!find(0, true, QString()) && !find(0, false, QString()),
                 qPrintable(describe(diagnostics)));
    }
};

QTEST_GUILESS_MAIN(TestDesignValidator)
#include "tst_designvalidator.moc"
