#include "core/io/designfile.h"
#include "tests/common/passwordforms.h"
#include "tests/common/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using trigon::test::TestDatabase;

namespace {

const char *schemaScript = R"sql(
CREATE SCHEMA shop;
CREATE TABLE shop.orders (id int PRIMARY KEY, status text, updated_at timestamptz DEFAULT now());
CREATE TABLE public."Other table" (id int);
CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS
    'BEGIN NEW.updated_at := now(); RETURN NEW; END';
CREATE TRIGGER touch BEFORE UPDATE ON shop.orders FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION shop.touch();
CREATE TRIGGER other AFTER INSERT ON public."Other table" FOR EACH STATEMENT
    EXECUTE FUNCTION shop.touch();
)sql";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TRIGON_CLI), arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestDbCommands : public QObject
{
    Q_OBJECT
private slots:
    void catalogAsText();
    void catalogAsJson();
    void importWritesADesignFile();
    void importFilters();
    void importFiltersNamingNothing_data();
    void importFiltersNamingNothing();
    void badInput_data();
    void badInput();
    void passwordNeverPrinted_data();
    void passwordNeverPrinted();
};

void TestDbCommands::catalogAsText()
{
    TestDatabase db;
    db.mustExec(QString::fromUtf8(schemaScript));
    const Run result = run({QStringLiteral("catalog"), QStringLiteral("--db"), db.conninfo()});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("schema shop")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("table Other table")));
    QVERIFY(text.contains(QStringLiteral("updated_at  timestamp with time zone  default now()  "
                                         "auto (default now())")));
    QVERIFY(text.contains(QStringLiteral("trigger touch [origin]")));
}

void TestDbCommands::catalogAsJson()
{
    TestDatabase db;
    db.mustExec(QString::fromUtf8(schemaScript));
    const Run result = run({QStringLiteral("catalog"), QStringLiteral("--json"),
                            QStringLiteral("--db"), db.conninfo()});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("server")).toObject().value(QStringLiteral("database")),
             db.name());
    const QJsonArray relations = json.value(QStringLiteral("relations")).toArray();
    QCOMPARE(relations.size(), 2);
    QJsonObject orders;
    for (const QJsonValue &relation : relations) {
        if (relation.toObject().value(QStringLiteral("name")) == QStringLiteral("orders"))
            orders = relation.toObject();
    }
    const QJsonObject touch = orders.value(QStringLiteral("triggers")).toArray().at(0).toObject();
    QCOMPARE(touch.value(QStringLiteral("when")).toString(),
             QStringLiteral("old.status IS DISTINCT FROM new.status"));
    QCOMPARE(touch.value(QStringLiteral("timing")).toString(), QStringLiteral("before"));
}

void TestDbCommands::importWritesADesignFile()
{
    TestDatabase db;
    db.mustExec(QString::fromUtf8(schemaScript));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("imported.json"));
    const Run result = run({QStringLiteral("import"), QStringLiteral("--db"), db.conninfo(),
                            QStringLiteral("-o"), file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QStringLiteral("imported 2 triggers, skipped 0")),
             qPrintable(result.err));
    const trigon::DesignReadResult design = trigon::readDesignFile(file);
    QVERIFY2(design.ok(), qPrintable(design.error.toString()));
    QCOMPARE(design.document->triggers.size(), 2);
    const trigon::TriggerDesign &touch
            = design.document->triggers.first().name == QLatin1String("touch")
            ? design.document->triggers.first()
            : design.document->triggers.last();
    QCOMPARE(touch.condition->kind, trigon::ConditionKind::AnyChange);
    QCOMPARE(touch.condition->fields, QStringList {QStringLiteral("status")});
}

void TestDbCommands::importFilters()
{
    TestDatabase db;
    db.mustExec(QString::fromUtf8(schemaScript));
    const Run result = run({QStringLiteral("import"), QStringLiteral("--db"), db.conninfo(),
                            QStringLiteral("--table"), QStringLiteral("Other table"),
                            QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(result.exitCode, 0);
    const trigon::DesignReadResult design = trigon::parseDesign(result.out);
    QVERIFY(design.ok());
    QCOMPARE(design.document->triggers.size(), 1);
    QCOMPARE(design.document->triggers.first().name, QStringLiteral("other"));
    // A table without triggers gives an empty design.
    db.mustExec(QStringLiteral("CREATE TABLE bare (id int)"));
    const Run none = run({QStringLiteral("import"), QStringLiteral("--db"), db.conninfo(),
                          QStringLiteral("--table"), QStringLiteral("bare"), QStringLiteral("-o"),
                          QStringLiteral("-")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.err.contains(QStringLiteral("imported 0 triggers")));
}

void TestDbCommands::importFiltersNamingNothing_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown table") << QStringList {"--table", "nosuch"} << "no table named nosuch";
    QTest::newRow("unknown schema")
            << QStringList {"--schema", "nowhere"} << "no schema named nowhere";
    QTest::newRow("table of another schema")
            << QStringList {"--schema", "shop", "--table", "Other table"}
            << "no table named Other table in schema shop";
}

// A filter that names nothing is refused (exit 2) and writes no file.
void TestDbCommands::importFiltersNamingNothing()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, message);
    TestDatabase db;
    db.mustExec(QString::fromUtf8(schemaScript));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("imported.json"));
    const Run result = run(QStringList {QStringLiteral("import"), QStringLiteral("--db"),
                                        db.conninfo(), QStringLiteral("-o"), file}
                           + filters);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(file));
}

void TestDbCommands::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("catalog without --db") << QStringList {"catalog"} << "--db CONNINFO is required";
    QTest::newRow("import without -o")
            << QStringList {"import", "--db", "dbname=x"} << "-o FILE are required";
    QTest::newRow("unreachable server")
            << QStringList {"catalog", "--db", "host=/nonexistent-socket-dir port=1"}
            << "cannot connect: ";
    QTest::newRow("bad conninfo") << QStringList {"catalog", "--db", "bogus_option=1"}
                                  << "bogus_option";
    QTest::newRow("unknown option") << QStringList {"import", "--frobnicate"} << "frobnicate";
}

void TestDbCommands::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestDbCommands::passwordNeverPrinted_data()
{
    trigon::test::addPasswordFormRows();
}

// The message of a failed connection used to echo a URI whole, password and all.
void TestDbCommands::passwordNeverPrinted()
{
    QFETCH(QString, conninfo);
    QFETCH(QStringList, secrets);
    const QList<QStringList> commands {
            {QStringLiteral("catalog")},
            {QStringLiteral("import"), QStringLiteral("-o"), QStringLiteral("-")}};
    for (const QStringList &command : commands) {
        const Run result = run(command + QStringList {QStringLiteral("--db"), conninfo});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("cannot connect")), qPrintable(result.err));
        QVERIFY(trigon::test::showsNoSecret(QString::fromUtf8(result.out) + result.err, secrets));
    }
}

QTEST_GUILESS_MAIN(TestDbCommands)
#include "tst_dbcommands.moc"
