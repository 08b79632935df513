#include "core/io/designfile.h"
#include "core/sql/definitionmarker.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace trigon;

namespace {

// Golden files: tests/data/render/<case>.json renders to <case>.install.sql and
// <case>.uninstall.sql. A case named <case>.pg<N>.json renders for PostgreSQL N.
// Run with TRIGON_REGENERATE_GOLDEN=1 to rewrite the references after a deliberate change.
const QString goldenDir = QStringLiteral(TRIGON_TEST_DATA_DIR "/render");

bool regenerating()
{
    return qEnvironmentVariableIntValue("TRIGON_REGENERATE_GOLDEN") == 1;
}

void compareGolden(const QString &actual, const QString &fileName)
{
    QFile file(fileName);
    if (regenerating()) {
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        file.write(actual.toUtf8());
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(fileName
                        + QStringLiteral(" is missing; run with TRIGON_REGENERATE_GOLDEN=1")));
    const QString expected = QString::fromUtf8(file.readAll());
    if (actual != expected) {
        const QStringList a = actual.split(u'\n');
        const QStringList e = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                QFAIL(qPrintable(QStringLiteral("%1:%2 differs\n  expected: %3\n  actual:   %4")
                                         .arg(fileName)
                                         .arg(i + 1)
                                         .arg(e.value(i), a.value(i))));
            }
        }
    }
}

TriggerDesign simpleTrigger()
{
    TriggerDesign trigger;
    trigger.name = QStringLiteral("t_touch");
    trigger.table = {QStringLiteral("public"), QStringLiteral("t")};
    trigger.timing = TriggerTiming::Before;
    trigger.events = {TriggerEvent::Update};
    trigger.actions = {SetTimestampAction {}};
    return trigger;
}

} // namespace

class TestScriptRenderer : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("fileName");
        const QStringList cases
                = QDir(goldenDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(!cases.isEmpty());
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << name;
    }

    void golden()
    {
        QFETCH(QString, fileName);
        const DesignReadResult read = readDesignFile(goldenDir + u'/' + fileName);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QString base = fileName;
        base.chop(5);
        RenderOptions options;
        const qsizetype pg = base.lastIndexOf(QLatin1String(".pg"));
        if (pg > 0)
            options.serverVersion = RenderOptions::versionNumber(base.mid(pg + 3).toInt());
        compareGolden(renderInstallScript(*read.document, options),
                      goldenDir + u'/' + base + QStringLiteral(".install.sql"));
        compareGolden(renderUninstallScript(*read.document, options),
                      goldenDir + u'/' + base + QStringLiteral(".uninstall.sql"));
    }

    // The whole-file preview's renderer gives what renderInstallScript() gives, after any edit:
    // every golden design's triggers in one list (their ids repeat across files, which it must
    // survive too), rendered once, edited, rendered again.
    void installScriptRendererFollowsEdits_data()
    {
        QTest::addColumn<QString>("edit");
        for (const char *edit : {"unchanged", "renamed", "condition removed", "removed",
                                 "reordered", "added", "server version", "no transaction"})
            QTest::newRow(edit) << QString::fromLatin1(edit);
    }

    void installScriptRendererFollowsEdits()
    {
        QFETCH(QString, edit);
        QList<TriggerDesign> triggers;
        const QStringList files
                = QDir(goldenDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            const DesignReadResult read = readDesignFile(goldenDir + u'/' + name);
            QVERIFY2(read.ok(), qPrintable(read.error.toString()));
            triggers += read.document->triggers;
        }
        QVERIFY(triggers.size() > 5);
        RenderOptions options;
        InstallScriptRenderer renderer;
        QCOMPARE(renderer.render(triggers, options), renderInstallScript(triggers, options));

        if (edit == QLatin1String("renamed"))
            triggers[0].name += QStringLiteral("_renamed");
        else if (edit == QLatin1String("condition removed"))
            triggers[1].condition.reset();
        else if (edit == QLatin1String("removed"))
            triggers.removeAt(2);
        else if (edit == QLatin1String("reordered"))
            triggers.move(triggers.size() - 1, 0);
        else if (edit == QLatin1String("added")) {
            TriggerDesign added = triggers.constFirst();
            added.id = QStringLiteral("new");
            added.name = QStringLiteral("added_trigger");
            triggers.append(added);
        } else if (edit == QLatin1String("server version"))
            options.serverVersion = 100000;
        else if (edit == QLatin1String("no transaction"))
            options.singleTransaction = false;
        const QString expected = renderInstallScript(triggers, options);
        QCOMPARE(renderer.render(triggers, options), expected);
        QCOMPARE(renderer.render(triggers, options), expected); // from what it kept
    }

    void serverVersions_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("constraint");
        QTest::addColumn<QString>("expectedCreate");
        QTest::addColumn<bool>("expectDrop");
        QTest::addColumn<QString>("expectedExecute");
        QTest::newRow("10") << 10 << false << "CREATE TRIGGER" << true << "EXECUTE PROCEDURE";
        QTest::newRow("11") << 11 << false << "CREATE TRIGGER" << true << "EXECUTE FUNCTION";
        QTest::newRow("13") << 130000 << false << "CREATE TRIGGER" << true << "EXECUTE FUNCTION";
        QTest::newRow("14") << 14 << false << "CREATE OR REPLACE TRIGGER" << false
                            << "EXECUTE FUNCTION";
        QTest::newRow("17") << 17 << false << "CREATE OR REPLACE TRIGGER" << false
                            << "EXECUTE FUNCTION";
        QTest::newRow("constraint 15")
                << 15 << true << "CREATE CONSTRAINT TRIGGER" << true << "EXECUTE FUNCTION";
        QTest::newRow("constraint 10")
                << 10 << true << "CREATE CONSTRAINT TRIGGER" << true << "EXECUTE PROCEDURE";
    }

    void serverVersions()
    {
        QFETCH(int, version);
        QFETCH(bool, constraint);
        QFETCH(QString, expectedCreate);
        QFETCH(bool, expectDrop);
        QFETCH(QString, expectedExecute);
        TriggerDesign trigger = simpleTrigger();
        if (constraint) {
            trigger.timing = TriggerTiming::After;
            trigger.actions = {ProtectAction {}};
            trigger.constraint = ConstraintOptions {};
        }
        RenderOptions options;
        options.serverVersion = version;
        const QString sql = renderTriggerInstall(trigger, options);
        QVERIFY2(sql.contains(u'\n' + expectedCreate + u' '), qPrintable(sql));
        QCOMPARE(sql.contains(QLatin1String("DROP TRIGGER IF EXISTS")), expectDrop);
        QVERIFY(sql.contains(expectedExecute + QStringLiteral(" public.t__t_touch()")));
        // The hash does not depend on the target: the same design is the same trigger.
        QVERIFY(sql.contains(triggerDefinitionHash(trigger)));
    }

    void idempotentAndTransaction()
    {
        TriggerDesign trigger = simpleTrigger();
        RenderOptions options;
        QString script = renderInstallScript(QList<TriggerDesign> {trigger}, options);
        QVERIFY(script.contains(QLatin1String("\nBEGIN;\n")));
        QVERIFY(script.endsWith(QLatin1String("COMMIT;\n")));
        QVERIFY(script.contains(QLatin1String("CREATE OR REPLACE FUNCTION")));
        options.singleTransaction = false;
        script = renderInstallScript(QList<TriggerDesign> {trigger}, options);
        QVERIFY(!script.contains(QLatin1String("BEGIN;")));
        QVERIFY(!script.contains(QLatin1String("COMMIT;")));
    }

    void functionNames_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("expected"); // empty: only check the length and stability
        QTest::newRow("plain") << "orders"
                               << "audit"
                               << "orders__audit";
        QTest::newRow("long") << QString(40, u'a') << QString(40, u'b') << QString();
        QTest::newRow("long unicode")
                << QString(30, QChar(0x00e9)) << QString(30, QChar(0x4e2d)) << QString();
        QTest::newRow("ambiguous") << "a__b"
                                   << "c" << QString();
    }

    void functionNames()
    {
        QFETCH(QString, table);
        QFETCH(QString, trigger);
        QFETCH(QString, expected);
        TriggerDesign design = simpleTrigger();
        design.table.name = table;
        design.name = trigger;
        const QString name = triggerFunctionName(design);
        QVERIFY(name.toUtf8().size() <= 63);
        QVERIFY(QString::fromUtf8(name.toUtf8()) == name); // cut on a character boundary
        QCOMPARE(triggerFunctionName(design), name);
        if (!expected.isEmpty())
            QCOMPARE(name, expected);
        // Two names sharing the kept prefix still differ.
        TriggerDesign other = design;
        other.name += QStringLiteral("x");
        QVERIFY(triggerFunctionName(other) != name);
    }

    void ambiguousNamesStayApart()
    {
        TriggerDesign one = simpleTrigger();
        one.table.name = QStringLiteral("a__b");
        one.name = QStringLiteral("c");
        TriggerDesign two = simpleTrigger();
        two.table.name = QStringLiteral("a");
        two.name = QStringLiteral("b__c");
        QVERIFY(triggerFunctionName(one) != triggerFunctionName(two));
    }

    void markers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("one line") << "keeps orders honest";
        QTest::newRow("lines") << "first\n\nsecond";
        QTest::newRow("looks like a marker") << "trigon:1 trigger blake2b:zz";
    }

    void markers()
    {
        QFETCH(QString, text);
        const DefinitionMarker marker {1, DefinitionMarker::ObjectKind::Function,
                                       definitionHash(QStringLiteral("x"))};
        const ObjectComment parsed = parseObjectComment(commentWithMarker(text, marker));
        QCOMPARE(parsed.text, text);
        QVERIFY(parsed.marker.has_value());
        QCOMPARE(*parsed.marker, marker);
        QCOMPARE(marker.hash.size(), 16);
        QVERIFY(!parseObjectComment(text).marker.has_value());
    }

    void hashFollowsDefinition()
    {
        TriggerDesign trigger = simpleTrigger();
        const QString functionHash = functionDefinitionHash(trigger);
        const QString triggerHash = triggerDefinitionHash(trigger);
        // COMMENT ON TRIGGER is no part of the definition, but a changed comment must be
        // deployed: it counts in the trigger's hash, and no comment hashes as it always did.
        trigger.comment = QStringLiteral("only the comment changed");
        QCOMPARE(functionDefinitionHash(trigger), functionHash);
        QVERIFY(triggerDefinitionHash(trigger) != triggerHash);
        trigger.comment.clear();
        QCOMPARE(triggerDefinitionHash(trigger), triggerHash);
        trigger.events.append(TriggerEvent::Insert);
        QVERIFY(triggerDefinitionHash(trigger) != triggerHash);
        QVERIFY(functionDefinitionHash(trigger) == functionHash);
        trigger.actions.append(ProtectAction {});
        QVERIFY(functionDefinitionHash(trigger) != functionHash);
    }

    // Each property of a design that the install script sets changes one of the marker hashes,
    // so status never calls a changed design installed. (`enabled` is compared with
    // pg_trigger.tgenabled instead; `tests` and `id` never reach the database.)
    void everyPropertyChangesAHash_data()
    {
        QTest::addColumn<QString>("property");
        for (const char *property :
             {"name", "table", "table_columns", "timing", "events", "columns", "level",
              "referencing", "constraint", "arguments", "comment", "condition", "actions"})
            QTest::newRow(property) << QString::fromLatin1(property);
    }

    void everyPropertyChangesAHash()
    {
        QFETCH(QString, property);
        TriggerDesign base = simpleTrigger();
        base.timing = TriggerTiming::After;
        base.tableColumns = {{QStringLiteral("id"), QStringLiteral("integer"), false, true},
                             {QStringLiteral("seen"), QStringLiteral("timestamptz"), false, false}};
        base.condition
                = *parseConditionJson(QStringLiteral(R"({"any_change": {"exclude_auto": true}})"))
                           .condition;
        base.actions = {ProtectAction {}};
        TriggerDesign changed = base;
        if (property == QLatin1String("name"))
            changed.name = QStringLiteral("other");
        else if (property == QLatin1String("table"))
            changed.table.schema = QStringLiteral("other");
        else if (property == QLatin1String("table_columns"))
            changed.tableColumns[1].autoMaintained = true; // exclude_auto now leaves it out
        else if (property == QLatin1String("timing"))
            changed.timing = TriggerTiming::Before;
        else if (property == QLatin1String("events"))
            changed.events.append(TriggerEvent::Delete);
        else if (property == QLatin1String("columns"))
            changed.columns = {QStringLiteral("seen")};
        else if (property == QLatin1String("level"))
            changed.level = TriggerLevel::Statement;
        else if (property == QLatin1String("referencing"))
            changed.referencing.newTable = QStringLiteral("new_rows");
        else if (property == QLatin1String("constraint"))
            changed.constraint = ConstraintOptions {true, false, std::nullopt};
        else if (property == QLatin1String("arguments"))
            changed.arguments = {QStringLiteral("x")};
        else if (property == QLatin1String("comment"))
            changed.comment = QStringLiteral("now with a comment");
        else if (property == QLatin1String("condition"))
            changed.condition.reset();
        else if (property == QLatin1String("actions"))
            changed.actions = {ProtectAction {QStringLiteral("no"), QString()}};
        QVERIFY(!(changed == base));
        QVERIFY2(triggerDefinitionHash(changed) != triggerDefinitionHash(base)
                         || functionDefinitionHash(changed) != functionDefinitionHash(base),
                 qPrintable(property));
    }

    void dollarQuoteAvoidsBody()
    {
        TriggerDesign trigger = simpleTrigger();
        trigger.actions = {SqlAction {QString(), QStringLiteral("RAISE NOTICE '$function$';")}};
        const QString sql = renderFunctionDefinition(trigger);
        QVERIFY(sql.contains(QLatin1String("AS $function1$\n")));
        QVERIFY(sql.endsWith(QLatin1String("$function1$;")));
    }

    void multiLineTokensKeepTheirText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("literal") << "line one\nline two";
        QTest::newRow("quote then newline") << "it's\n  indented?";
        QTest::newRow("backslash") << "a\\\nb";
        QTest::newRow("dollar quote") << "$x$\n$x$";
    }

    void multiLineTokensKeepTheirText()
    {
        QFETCH(QString, text);
        TriggerDesign trigger = simpleTrigger();
        trigger.actions
                = {ProtectAction {text, QString()},
                   SqlAction {QString(), QStringLiteral("RAISE NOTICE $q$%1$q$;").arg(text)}};
        const QString sql = renderFunctionDefinition(trigger);
        QVERIFY2(sql.contains(quoteLiteral(text)), qPrintable(sql));
        QVERIFY2(sql.contains(QStringLiteral("$q$%1$q$").arg(text)), qPrintable(sql));
        // Lines outside tokens are still indented.
        QVERIFY(sql.contains(QLatin1String("\n    RETURN NEW;\n")));
    }

    void commentsCannotBreakOut()
    {
        TriggerDesign trigger = simpleTrigger();
        trigger.name = QStringLiteral("x\nDROP TABLE t; --");
        const QString sql = renderTriggerInstall(trigger, {});
        QCOMPARE(sql.section(u'\n', 0, 0),
                 QStringLiteral("-- Trigger x DROP TABLE t; -- on public.t"));
        // Elsewhere the name only appears quoted: as an identifier or inside a literal.
        QVERIFY(sql.contains(QLatin1String("TRIGGER \"x\nDROP TABLE t; --\"\n")));
    }
};

QTEST_GUILESS_MAIN(TestScriptRenderer)
#include "tst_scriptrenderer.moc"
