// plpgsql_check findings on generated functions, before a deploy.
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/functionchecker.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace trigon;
using trigon::test::TestDatabase;

namespace {

TriggerDesign sqlTrigger(const QString &body)
{
    const QString json = QStringLiteral(R"sql({"format": "trigon", "version": 1, "triggers": [
        {"name": "checked", "table": {"schema": "public", "name": "orders"},
         "timing": "before", "events": ["update"],
         "actions": [{"kind": "sql", "body": "%1"}]}]})sql")
                                 .arg(body);
    const DesignReadResult read = parseDesign(json.toUtf8());
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return read.document->triggers.constFirst();
}

} // namespace

class TestFunctionChecker : public QObject
{
    Q_OBJECT

private slots:
    void findings_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("hasError");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("clean") << QStringLiteral("NEW.status := lower(NEW.status);") << false
                               << QString();
        QTest::newRow("unknown column")
                << QStringLiteral("NEW.nope := 1;") << true << QStringLiteral("nope");
    }

    void findings()
    {
        QFETCH(QString, body);
        QFETCH(bool, hasError);
        QFETCH(QString, mentions);
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, status text)"));
        pg::PgError error;
        // Without the extension: nothing to say.
        std::optional<QList<Diagnostic>> diagnostics
                = pg::checkFunctions(db.connection(), {sqlTrigger(body)}, &error);
        QVERIFY2(diagnostics, qPrintable(error.toString()));
        QVERIFY(diagnostics->isEmpty());

        db.mustExec(QStringLiteral("CREATE EXTENSION plpgsql_check"));
        diagnostics = pg::checkFunctions(db.connection(), {sqlTrigger(body)}, &error);
        QVERIFY2(diagnostics, qPrintable(error.toString()));
        QCOMPARE(hasErrors(*diagnostics), hasError);
        if (!mentions.isEmpty())
            QVERIFY(diagnostics->constFirst().message.contains(mentions));
        // Rolled back: the function was never left behind.
        QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = "
                                            "'orders__checked'"))
                         .value(0, 0),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestFunctionChecker)
#include "tst_functionchecker.moc"
