// Event triggers in design files and in the validator: reading, writing, and what each rule
// says, without a database (tests/pg and tests/deploy run them on the server).
#include "core/analysis/designvalidator.h"
#include "core/io/designfile.h"
#include "core/sql/eventtriggerscript.h"

#include <QTest>

using namespace trigon;
using namespace Qt::StringLiterals;

namespace {

// A document with one multi-table design "audit_all" (with a selector) and one event trigger
// made of `members` (JSON members without braces).
QByteArray documentWith(const QString &members)
{
    return (uR"({"format": "trigon", "version": 1, "triggers": [
  {"name": "audit_all", "tables": [{"schema": "public", "name": "a"}],
   "selector": {"schema": "public", "pattern": "a*"},
   "timing": "after", "events": ["insert"], "actions": [{"kind": "notify", "channel": "c"}]},
  {"name": "plain", "table": {"schema": "public", "name": "b"},
   "timing": "after", "events": ["insert"], "actions": [{"kind": "notify", "channel": "c"}]}],
 "event_triggers": [{)"_s
            + members + u"}]}"_s)
            .toUtf8();
}

DesignDocument parsed(const QByteArray &json)
{
    const DesignReadResult read = parseDesign(json);
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return *read.document;
}

} // namespace

class TestEventTriggerDesign : public QObject
{
    Q_OBJECT

private slots:
    void writingAndReadingKeepsEverything();
    void readingRefusesWithThePath_data();
    void readingRefusesWithThePath();
    void validatorRules_data();
    void validatorRules();
    void everyServerVersionAndSuperuser();
    void attachedCommentIsRecognised();
};

void TestEventTriggerDesign::writingAndReadingKeepsEverything()
{
    const DesignDocument document = parsed(documentWith(
            uR"("name": "e", "event": "sql_drop", "tags": ["DROP TABLE"], "enabled": "always",
            "comment": "drops", "actions": [
              {"kind": "notify", "channel": "drops", "payload": {"id": {"ddl": "object_identity"},
                                                               "when": {"now": true}}},
              {"kind": "insert", "table": {"schema": "public", "name": "log"},
               "values": {"tag": {"ddl": "command_tag"}}},
              {"kind": "protect", "message": "no", "sqlstate": "42501"},
              {"kind": "sql", "body": "RAISE NOTICE 'x';"}],
            "tests": [{"name": "t", "action": "DROP TABLE x", "expect": {"raises": {}}}])"_s));
    QCOMPARE(document.eventTriggers.size(), 1);
    const EventTriggerDesign &design = document.eventTriggers.first();
    QCOMPARE(design.id, u"e1"_s);
    QCOMPARE(design.event, DdlEvent::SqlDrop);
    QCOMPARE(design.enabled, TriggerEnabled::Always);
    QCOMPARE(design.actions.size(), 4);
    QCOMPARE(std::get<NotifyAction>(design.actions.at(0)).payload.at(0).value,
             PayloadValue::ddl(u"object_identity"_s));
    QCOMPARE(design.tests.size(), 1);
    // Written and read again: the same document, and the same bytes the second time.
    const QByteArray written = serializeDesign(document);
    const DesignDocument again = parsed(written);
    QCOMPARE(again, document);
    QCOMPARE(serializeDesign(again), written);
    // A file without event triggers is written without the member, as before.
    DesignDocument none = document;
    none.eventTriggers.clear();
    QVERIFY(!serializeDesign(none).contains("event_triggers"));
}

void TestEventTriggerDesign::readingRefusesWithThePath_data()
{
    QTest::addColumn<QString>("members");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown event") << u"\"name\": \"e\", \"event\": \"ddl_command_middle\""_s
                                   << u"event_triggers[0].event: unknown value"_s;
    QTest::newRow("no event") << u"\"name\": \"e\""_s << u"event_triggers[0]: missing"_s;
    QTest::newRow("unknown kind")
            << u"\"name\": \"e\", \"event\": \"sql_drop\", \"actions\": [{\"kind\": \"audit\"}]"_s
            << u"event_triggers[0].actions[0].kind: unknown action kind \"audit\""_s;
    QTest::newRow("unknown ddl field")
            << u"\"name\": \"e\", \"event\": \"sql_drop\", \"actions\": [{\"kind\": \"notify\", "
               "\"channel\": \"c\", \"payload\": {\"x\": {\"ddl\": \"colour\"}}}]"_s
            << u"unknown DDL field \"colour\""_s;
    QTest::newRow("unknown member") << u"\"name\": \"e\", \"event\": \"sql_drop\", \"when\": 1"_s
                                    << u"unknown key \"when\""_s;
}

void TestEventTriggerDesign::readingRefusesWithThePath()
{
    QFETCH(QString, members);
    QFETCH(QString, message);
    const DesignReadResult read = parseDesign(documentWith(members));
    QVERIFY(!read.ok());
    QVERIFY2(read.error.toString().contains(message), qPrintable(read.error.toString()));
}

void TestEventTriggerDesign::validatorRules_data()
{
    QTest::addColumn<QString>("members");
    QTest::addColumn<QString>("field");   // empty: no diagnostic at all
    QTest::addColumn<bool>("error");      // or a warning
    QTest::addColumn<QString>("message"); // a part of it

    QTest::newRow("fine") << u"\"name\": \"e\", \"event\": \"ddl_command_end\", \"tags\": "
                             "[\"CREATE TABLE\"], \"actions\": [{\"kind\": \"attach\", "
                             "\"trigger\": \"audit_all\"}]"_s
                          << QString() << true << QString();
    QTest::newRow("lower-case tag")
            << u"\"name\": \"e\", \"event\": \"ddl_command_end\", \"tags\": [\"create table\"], "
               "\"actions\": [{\"kind\": \"sql\", \"body\": \"NULL;\"}]"_s
            << u"event_triggers[0].tags[0]"_s << true << u"capitals"_s;
    QTest::newRow("tag of no event trigger")
            << u"\"name\": \"e\", \"event\": \"ddl_command_end\", \"tags\": [\"CREATE ROLE\"], "
               "\"actions\": [{\"kind\": \"sql\", \"body\": \"NULL;\"}]"_s
            << u"event_triggers[0].tags[0]"_s << true << u"no command tag"_s;
    QTest::newRow("tag that never fires there")
            << u"\"name\": \"e\", \"event\": \"table_rewrite\", \"tags\": [\"CREATE TABLE\"], "
               "\"actions\": [{\"kind\": \"sql\", \"body\": \"NULL;\"}]"_s
            << u"event_triggers[0].tags[0]"_s << false << u"never fires"_s;
    QTest::newRow("object before the command")
            << u"\"name\": \"e\", \"event\": \"ddl_command_start\", \"actions\": [{\"kind\": "
               "\"notify\", \"channel\": \"c\", \"payload\": {\"id\": {\"ddl\": "
               "\"object_identity\"}}}]"_s
            << u"event_triggers[0].actions[0].payload.id"_s << true << u"knows no objects"_s;
    QTest::newRow("a row in an event trigger")
            << u"\"name\": \"e\", \"event\": \"sql_drop\", \"actions\": [{\"kind\": \"notify\", "
               "\"channel\": \"c\", \"payload\": {\"id\": {\"new\": \"id\"}}}]"_s
            << u"event_triggers[0].actions[0].payload.id"_s << true << u"not for a row"_s;
    QTest::newRow("attach after a drop")
            << u"\"name\": \"e\", \"event\": \"sql_drop\", \"actions\": [{\"kind\": \"attach\", "
               "\"trigger\": \"audit_all\"}]"_s
            << u"event_triggers[0].actions[0]"_s << true << u"ddl_command_end"_s;
    QTest::newRow("attach a design without selector")
            << u"\"name\": \"e\", \"event\": \"ddl_command_end\", \"actions\": [{\"kind\": "
               "\"attach\", \"trigger\": \"plain\"}]"_s
            << u"event_triggers[0].actions[0].trigger"_s << true << u"no selector"_s;
    QTest::newRow("attach a trigger of no design")
            << u"\"name\": \"e\", \"event\": \"ddl_command_end\", \"actions\": [{\"kind\": "
               "\"attach\", \"trigger\": \"nobody\"}]"_s
            << u"event_triggers[0].actions[0].trigger"_s << true << u"no trigger of this file"_s;
    QTest::newRow("attach with tags that create no table")
            << u"\"name\": \"e\", \"event\": \"ddl_command_end\", \"tags\": [\"DROP TABLE\"], "
               "\"actions\": [{\"kind\": \"attach\", \"trigger\": \"audit_all\"}]"_s
            << u"event_triggers[0].actions[0]"_s << true << u"leave out"_s;
    QTest::newRow("protect at login") << u"\"name\": \"e\", \"event\": \"login\", \"actions\": "
                                         "[{\"kind\": \"protect\"}]"_s
                                      << u"event_triggers[0].event"_s << true << u"PostgreSQL 17"_s;
    QTest::newRow("bad sqlstate") << u"\"name\": \"e\", \"event\": \"ddl_command_start\", "
                                     "\"actions\": [{\"kind\": \"protect\", \"sqlstate\": "
                                     "\"00000\"}]"_s
                                  << u"event_triggers[0].actions[0].sqlstate"_s << true
                                  << u"class 00"_s;
    QTest::newRow("nothing to do") << u"\"name\": \"e\", \"event\": \"sql_drop\""_s
                                   << u"event_triggers[0].actions"_s << false << u"nothing"_s;
}

void TestEventTriggerDesign::validatorRules()
{
    QFETCH(QString, members);
    QFETCH(QString, field);
    QFETCH(bool, error);
    QFETCH(QString, message);
    const QList<Diagnostic> diagnostics = validateDesign(parsed(documentWith(members)));
    if (field.isEmpty()) {
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).toString()));
        return;
    }
    const auto found = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                    [&](const Diagnostic &d) { return d.field == field; });
    QVERIFY2(found != diagnostics.cend(),
             qPrintable(diagnostics.isEmpty() ? u"none"_s : diagnostics.first().toString()));
    QCOMPARE(found->isError(), error);
    QVERIFY2(found->message.contains(message), qPrintable(found->message));
    // The event trigger's name leads the line the CLI prints.
    QVERIFY(found->toString().contains(u": e: event_triggers[0]"_s));
}

void TestEventTriggerDesign::everyServerVersionAndSuperuser()
{
    const DesignDocument login = parsed(documentWith(
            u"\"name\": \"e\", \"event\": \"login\", \"actions\": [{\"kind\": \"sql\", "
            "\"body\": \"NULL;\"}]"_s));
    QVERIFY(hasErrors(validateDesign(login, {150000, std::nullopt})));
    QVERIFY(!hasErrors(validateDesign(login, {170000, std::nullopt})));
    QVERIFY(!hasErrors(validateDesign(login, {170000, true})));
    const QList<Diagnostic> plainUser = validateDesign(login, {170000, false});
    QVERIFY(hasErrors(plainUser));
    QVERIFY(std::any_of(plainUser.cbegin(), plainUser.cend(), [](const Diagnostic &d) {
        return d.field == u"event_triggers[0]"_s && d.message.contains(u"superuser"_s);
    }));
    // Two event triggers of one name: one would replace the other.
    DesignDocument twice = login;
    twice.addEventTrigger(twice.eventTriggers.first());
    QCOMPARE(twice.eventTriggers.at(1).id, u"e2"_s);
    const QList<Diagnostic> same = validateDesign(twice, {170000, std::nullopt});
    QVERIFY(std::any_of(same.cbegin(), same.cend(), [](const Diagnostic &d) {
        return d.field == u"event_triggers[1].name"_s && d.isError();
    }));
}

void TestEventTriggerDesign::attachedCommentIsRecognised()
{
    QVERIFY(isAttachedTriggerComment(attachedTriggerNote(u"log"_s)));
    QVERIFY(isAttachedTriggerComment(u"Mine.\n"_s + attachedTriggerNote(u"log"_s)));
    QVERIFY(!isAttachedTriggerComment(u"Attached by hand."_s));
    QVERIFY(!isAttachedTriggerComment(QString()));
}

QTEST_GUILESS_MAIN(TestEventTriggerDesign)

#include "tst_eventtriggerdesign.moc"
