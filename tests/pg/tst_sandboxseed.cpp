#include "core/pg/blockingconnection.h"
#include "core/pg/connectionprofile.h"
#include "core/pg/sandbox.h"
#include "core/sql/quoting.h"
#include "tests/common/serverdirectory.h"
#include "tests/common/testdatabase.h"
#include "tests/pg/passwordcluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace trigon;
using namespace trigon::pg;
using trigon::test::TestDatabase;

// Seeding the sandbox (a cluster of the test's own, in a temporary directory) with the schema of
// a database in the ctest fixture cluster.
class TestSandboxSeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void copiesTheStructureWithoutRows_data();
    void copiesTheStructureWithoutRows();
    void copiedTriggerWorks();
    void reportsEachStep();
    void cancelledCopyLeavesNothingBehind_data();
    void cancelledCopyLeavesNothingBehind();
    void existingCopyIsReplacedOnlyWhenAsked();
    void badSourceLeavesNothingBehind_data();
    void badSourceLeavesNothingBehind();
    void failedLoadNamesTheStatementAndLeavesNothingBehind();
    void refusesReservedNames_data();
    void refusesReservedNames();
    void passwordOfTheSourceReachesPgDump();
    void secondSandboxObjectAttachesToTheRunningServer();
    void defaultSeedName_data();
    void defaultSeedName();

private:
    // One line per row, values joined by '|': easy to compare and to read in a failure.
    static QStringList lines(BlockingConnection &connection, const QString &sql);
    QStringList sandboxDatabases();
    SchemaCopyResult seed(const QString &name, bool replace = false,
                          const SchemaCopyProgress &progress = {});

    QTemporaryDir m_parent;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestDatabase> m_source;
};

namespace {

const QString SourceSchema = QStringLiteral(R"sql(
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers,
    state order_state NOT NULL DEFAULT 'new',
    total numeric(10, 2) CHECK (total >= 0),
    updated_at timestamptz
);
CREATE INDEX orders_state ON orders (state);
CREATE SCHEMA billing;
CREATE TABLE billing."Invoice Lines" (order_id int REFERENCES orders, amount numeric);
CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE state <> 'shipped';
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();

    RETURN NEW;
END
$$;
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
COMMENT ON TABLE orders IS 'one row per order';
INSERT INTO customers (name, email) VALUES ('Ada', 'ada@example.com'), ('Linus', NULL);
INSERT INTO orders (customer_id, state, total) VALUES (1, 'paid', 12.50), (2, 'new', 3);
INSERT INTO billing."Invoice Lines" VALUES (1, 12.50);
)sql");

// What the copy must have the same of as the source.
const QString TablesSql
        = QStringLiteral("SELECT n.nspname, c.relname, c.relkind FROM pg_class c "
                         "JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i') "
                         "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                         "AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1, 2");

} // namespace

void TestSandboxSeed::initTestCase()
{
    QVERIFY(m_parent.isValid());
    // As root the server runs as `postgres`, which must be able to reach the data directory.
    trigon::test::openToServer(m_parent.path());
    m_sandbox = std::make_unique<Sandbox>(m_parent.path() + QStringLiteral("/sandbox"));
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    m_source = std::make_unique<TestDatabase>(QStringLiteral("seedsource"));
    m_source->mustExec(SourceSchema);
}

void TestSandboxSeed::cleanupTestCase()
{
    m_source.reset();
    if (m_sandbox)
        QVERIFY2(m_sandbox->stop(), qPrintable(m_sandbox->error()));
}

QStringList TestSandboxSeed::lines(BlockingConnection &connection, const QString &sql)
{
    const QueryResult result = connection.exec(sql);
    if (!result.ok()) {
        qWarning("%s failed: %s", qPrintable(sql), qPrintable(result.error().toString()));
        return {QStringLiteral("<error>")};
    }
    QStringList out;
    for (const QStringList &row : result.rows())
        out.append(row.join(QLatin1Char('|')));
    return out;
}

QStringList TestSandboxSeed::sandboxDatabases()
{
    BlockingConnection admin(m_sandbox->conninfo(QStringLiteral("postgres")));
    return lines(admin, QStringLiteral("SELECT datname FROM pg_database ORDER BY 1"));
}

SchemaCopyResult TestSandboxSeed::seed(const QString &name, bool replace,
                                       const SchemaCopyProgress &progress)
{
    return m_sandbox->seedFromSchema(m_source->conninfo(), name, replace, progress);
}

void TestSandboxSeed::copiesTheStructureWithoutRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("tables, views, indexes, sequences") << TablesSql;
    QTest::newRow("enum type") << QStringLiteral(
            "SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
            "ORDER BY t.typname, e.enumsortorder");
    QTest::newRow("function") << QStringLiteral(
            "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1");
    QTest::newRow("trigger") << QStringLiteral(
            "SELECT tgname, pg_get_triggerdef(oid), tgenabled FROM pg_trigger "
            "WHERE NOT tgisinternal ORDER BY 1");
    QTest::newRow("constraints") << QStringLiteral(
            "SELECT conrelid::regclass, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE connamespace <> 'pg_catalog'::regnamespace ORDER BY 1::text, 2");
    QTest::newRow("view definition")
            << QStringLiteral("SELECT pg_get_viewdef('open_orders'::regclass)");
    QTest::newRow("comment") << QStringLiteral("SELECT obj_description('orders'::regclass)");
}

void TestSandboxSeed::copiesTheStructureWithoutRows()
{
    QFETCH(QString, sql);
    const QString name = QStringLiteral("structure_copy");
    if (!sandboxDatabases().contains(name)) {
        const SchemaCopyResult result = seed(name);
        QVERIFY2(result.ok(), qPrintable(result.error));
    }
    BlockingConnection copy(m_sandbox->conninfo(name));
    QVERIFY2(copy.isOpen(), qPrintable(copy.connectionError().message));
    const QStringList expected = lines(m_source->connection(), sql);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(lines(copy, sql), expected);

    // Every table is there, and empty, where the source's are not.
    int tables = 0;
    int sourceRows = 0;
    for (const QString &line : lines(copy, TablesSql)) {
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.value(2) != QLatin1String("r"))
            continue;
        ++tables;
        const QString count = QStringLiteral("SELECT count(*) FROM ")
                + quoteQualifiedName(parts.value(0), parts.value(1));
        QCOMPARE(lines(copy, count), QStringList {QStringLiteral("0")});
        sourceRows += lines(m_source->connection(), count).value(0).toInt();
    }
    QCOMPARE(tables, 3);
    QCOMPARE(sourceRows, 5);
}

void TestSandboxSeed::copiedTriggerWorks()
{
    const QString name = QStringLiteral("trigger_copy");
    const SchemaCopyResult result = seed(name);
    QVERIFY2(result.ok(), qPrintable(result.error));
    BlockingConnection copy(m_sandbox->conninfo(name));
    const QueryResult done = copy.execScript(
            QStringLiteral("INSERT INTO customers (name) VALUES ('Grace');"
                           "INSERT INTO orders (customer_id, total) VALUES (1, 1);"
                           "UPDATE orders SET state = 'paid';"));
    QVERIFY2(done.ok(), qPrintable(done.error().toString()));
    // Sequences start afresh: the copy's first rows get id 1.
    QCOMPARE(lines(copy, QStringLiteral("SELECT id, state, updated_at IS NOT NULL FROM orders")),
             QStringList {QStringLiteral("1|paid|t")});
}

void TestSandboxSeed::reportsEachStep()
{
    QList<SchemaCopyStep> steps;
    const SchemaCopyResult result = seed(QStringLiteral("steps_copy"), false,
                                         [&steps](SchemaCopyStep step) { steps.append(step); });
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QList<SchemaCopyStep> expected {SchemaCopyStep::Connecting, SchemaCopyStep::Dumping,
                                          SchemaCopyStep::Creating, SchemaCopyStep::Loading,
                                          SchemaCopyStep::Finishing};
    QCOMPARE(steps, expected);
}

void TestSandboxSeed::cancelledCopyLeavesNothingBehind_data()
{
    QTest::addColumn<SchemaCopyStep>("cancelAt");
    QTest::newRow("while dumping") << SchemaCopyStep::Dumping;
    QTest::newRow("while loading") << SchemaCopyStep::Loading;
}

// What a quitting window does to a seed in progress: the tool is stopped, the staging database
// is dropped, and no copy appears under the name.
void TestSandboxSeed::cancelledCopyLeavesNothingBehind()
{
    QFETCH(SchemaCopyStep, cancelAt);
    const QStringList before = sandboxDatabases();
    bool cancel = false;
    const SchemaCopyResult result = m_sandbox->seedFromSchema(
            m_source->conninfo(), QStringLiteral("cancelled_copy"), false,
            [&](SchemaCopyStep step) { cancel = cancel || step == cancelAt; },
            [&] { return cancel; });
    QCOMPARE(result.status, SchemaCopyResult::Status::Failed);
    QCOMPARE(result.step, cancelAt);
    QVERIFY2(result.error.contains(QLatin1String("cancelled")), qPrintable(result.error));
    QCOMPARE(sandboxDatabases(), before);
}

void TestSandboxSeed::existingCopyIsReplacedOnlyWhenAsked()
{
    const QString name = QStringLiteral("Replaced Copy"); // needs quoting
    const SchemaCopyResult first = seed(name);
    QVERIFY2(first.ok(), qPrintable(first.error));
    {
        BlockingConnection copy(m_sandbox->conninfo(name));
        QVERIFY(copy.exec(QStringLiteral("CREATE TABLE made_in_the_copy (id int)")).ok());
    }

    SchemaCopyResult again = seed(name);
    QCOMPARE(again.status, SchemaCopyResult::Status::TargetExists);
    QVERIFY2(again.error.contains(name), qPrintable(again.error));
    {
        BlockingConnection copy(m_sandbox->conninfo(name));
        QCOMPARE(lines(copy, QStringLiteral("SELECT to_regclass('made_in_the_copy') IS NOT NULL")),
                 QStringList {QStringLiteral("t")});
    }

    m_source->mustExec(QStringLiteral("CREATE TABLE added_later (id int)"));
    // A session left open on the old copy (a window showing it) does not stop the replacement.
    BlockingConnection stillOpen(m_sandbox->conninfo(name));
    again = seed(name, true);
    m_source->mustExec(QStringLiteral("DROP TABLE added_later"));
    QVERIFY2(again.ok(), qPrintable(again.error));
    BlockingConnection copy(m_sandbox->conninfo(name));
    QCOMPARE(lines(copy,
                   QStringLiteral("SELECT to_regclass('made_in_the_copy') IS NULL, "
                                  "to_regclass('added_later') IS NOT NULL")),
             QStringList {QStringLiteral("t|t")});
    QCOMPARE(sandboxDatabases().filter(QStringLiteral("trigon_staging")), QStringList());
}

void TestSandboxSeed::badSourceLeavesNothingBehind_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString missing
            = QStringLiteral("no_such_database_%1").arg(QCoreApplication::applicationPid());
    QTest::newRow("no such database") << trigon::test::testClusterConninfo(missing) << missing;
    QTest::newRow("not a connection string")
            << QStringLiteral("host=/tmp nonsense=1") << QStringLiteral("not valid");
    QTest::newRow("nobody listening")
            << QStringLiteral("host=/nonexistent/socket/dir port=1 dbname=x")
            << QStringLiteral("/nonexistent/socket/dir");
}

void TestSandboxSeed::badSourceLeavesNothingBehind()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const QStringList before = sandboxDatabases();
    const SchemaCopyResult result
            = m_sandbox->seedFromSchema(source, QStringLiteral("bad_copy"), true);
    QCOMPARE(result.status, SchemaCopyResult::Status::Failed);
    QCOMPARE(result.step, SchemaCopyStep::Connecting);
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QCOMPARE(sandboxDatabases(), before);
}

void TestSandboxSeed::failedLoadNamesTheStatementAndLeavesNothingBehind()
{
    // Roles belong to a cluster: a policy for one the sandbox lacks cannot be loaded there.
    const QString role
            = QStringLiteral("seed_policy_role_%1").arg(QCoreApplication::applicationPid());
    BlockingConnection fixture(trigon::test::testClusterConninfo());
    QVERIFY(fixture.exec(QStringLiteral("CREATE ROLE ") + role).ok());
    const QStringList before = sandboxDatabases();
    SchemaCopyResult result;
    {
        TestDatabase source(QStringLiteral("seedpolicy"));
        source.mustExec(QStringLiteral("CREATE TABLE accounts (id int, owner name);\n"
                                       "CREATE POLICY own_rows ON accounts TO %1 "
                                       "USING (owner = current_user);")
                                .arg(role));
        result = m_sandbox->seedFromSchema(source.conninfo(), QStringLiteral("policy_copy"), false);
    }
    QVERIFY(fixture.exec(QStringLiteral("DROP ROLE ") + role).ok());
    QCOMPARE(result.status, SchemaCopyResult::Status::Failed);
    QCOMPARE(result.step, SchemaCopyStep::Loading);
    QVERIFY2(result.error.contains(QStringLiteral("line ")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("Type: POLICY")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("CREATE POLICY own_rows ON public.accounts")),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(role), qPrintable(result.error));
    QCOMPARE(sandboxDatabases(), before);
}

void TestSandboxSeed::refusesReservedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("the demo") << QStringLiteral("sandbox");
    QTest::newRow("postgres") << QStringLiteral("postgres");
    QTest::newRow("template1") << QStringLiteral("template1");
    QTest::newRow("empty") << QString();
    QTest::newRow("too long") << QString(64, QLatin1Char('x'));
}

void TestSandboxSeed::refusesReservedNames()
{
    QFETCH(QString, name);
    const SchemaCopyResult result = seed(name, true);
    QCOMPARE(result.status, SchemaCopyResult::Status::Failed);
    QVERIFY2(result.error.contains(QStringLiteral("'%1'").arg(name)), qPrintable(result.error));
}

void TestSandboxSeed::passwordOfTheSourceReachesPgDump()
{
    // The fixture trusts everyone: this needs a cluster that asks for a password.
    ThrowawayCluster cluster;
    const QString password = QStringLiteral("s3cret 'with' spaces");
    const QString failure
            = trigon::test::startPasswordCluster(cluster, QStringLiteral("alice"), password);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    BlockingConnection admin(cluster.conninfo());
    QVERIFY(admin.exec(QStringLiteral("CREATE TABLE public.guarded (id int)")).ok());
    QVERIFY(admin.exec(QStringLiteral("INSERT INTO public.guarded VALUES (1)")).ok());
    // pg_dump locks what it dumps, which takes a privilege on it.
    QVERIFY(admin.exec(QStringLiteral("GRANT SELECT ON public.guarded TO alice")).ok());

    const QString withoutPassword = QStringLiteral("host=%1 port=%2 user=alice dbname=postgres")
                                            .arg(quoteConninfoValue(cluster.socketDir()))
                                            .arg(cluster.port());
    const SchemaCopyResult refused
            = m_sandbox->seedFromSchema(withoutPassword, QStringLiteral("guarded_copy"), true);
    QCOMPARE(refused.status, SchemaCopyResult::Status::Failed);
    QVERIFY2(refused.error.contains(QStringLiteral("password")), qPrintable(refused.error));

    const SchemaCopyResult result = m_sandbox->seedFromSchema(
            withoutPassword + QStringLiteral(" password=") + quoteConninfoValue(password),
            QStringLiteral("guarded_copy"), true);
    QVERIFY2(result.ok(), qPrintable(result.error));
    BlockingConnection copy(m_sandbox->conninfo(QStringLiteral("guarded_copy")));
    QCOMPARE(lines(copy, QStringLiteral("SELECT count(*) FROM guarded")),
             QStringList {QStringLiteral("0")});
}

void TestSandboxSeed::secondSandboxObjectAttachesToTheRunningServer()
{
    // trigon-cli and the GUI share one server: the second user attaches instead of restarting.
    {
        Sandbox other(m_sandbox->dataDir());
        QVERIFY2(other.start(), qPrintable(other.error()));
        QVERIFY(!other.wasCreated());
        QCOMPARE(other.conninfo(), m_sandbox->conninfo());
        other.detach(); // its destructor must leave the server running
    }
    Sandbox attached(m_sandbox->dataDir());
    QVERIFY(attached.attach());
    attached.detach();
    BlockingConnection demo(m_sandbox->conninfo());
    QVERIFY2(demo.isOpen(), qPrintable(demo.connectionError().message));
}

void TestSandboxSeed::defaultSeedName_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::newRow("key=value") << QStringLiteral("host=db dbname=shop") << QStringLiteral("shop");
    QTest::newRow("URI") << QStringLiteral("postgresql://alice:pw@db/billing")
                         << QStringLiteral("billing");
    QTest::newRow("no database") << QStringLiteral("service=prod") << QStringLiteral("seed");
    QTest::newRow("the demo's name")
            << QStringLiteral("dbname=sandbox") << QStringLiteral("sandbox_copy");
    QTest::newRow("postgres") << QStringLiteral("dbname=postgres")
                              << QStringLiteral("postgres_copy");
    QTest::newRow("invalid") << QStringLiteral("nonsense") << QStringLiteral("seed");
}

void TestSandboxSeed::defaultSeedName()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QCOMPARE(Sandbox::defaultSeedName(source), name);
}

QTEST_GUILESS_MAIN(TestSandboxSeed)
#include "tst_sandboxseed.moc"
