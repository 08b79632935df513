// Catalog loading benchmark: a throwaway cluster with 10,000 tables x 20 columns and 5,000
// triggers; the full snapshot through trigon_pg (blocking and asynchronous) against the floor,
// psql running one plain query that returns the columns of every table. Prints times, peak
// memory and the verdict against the budget (2x the floor, 200 MB).

#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"
#include "core/pg/connection.h"
#include "core/pg/throwawaycluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace trigon;
using namespace trigon::pg;

namespace {

constexpr int tableCount = 10000;
constexpr int triggerCount = 5000;
constexpr int runs = 5;
constexpr double timeBudgetFactor = 2.0;
constexpr double memoryBudgetMb = 200.0;

// Server-side generation, committing every 500 tables so the lock table does not overflow. One
// statement per call: COMMIT inside DO is refused within a multi-statement query.
const QStringList generationStatements = {
        QStringLiteral("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$"),
        QStringLiteral("CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE NOTICE '% on %', TG_OP, TG_TABLE_NAME; RETURN NULL; END $$"),
        QStringLiteral(R"sql(
DO $$
BEGIN
  FOR i IN 1..@TABLES@ LOOP
    EXECUTE format('CREATE TABLE public.t%s (id integer PRIMARY KEY, name text NOT NULL,
      code varchar(20), qty integer DEFAULT 0, price numeric(10,2), active boolean DEFAULT true,
      note text, data jsonb, c09 text, c10 integer, c11 bigint, c12 text, c13 date,
      c14 timestamptz, c15 text, c16 integer, c17 text, c18 uuid,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz)', i);
    IF i <= @TRIGGERS@ THEN
      IF i % 2 = 0 THEN
        EXECUTE format('CREATE TRIGGER t%s_touch BEFORE UPDATE OF qty, price ON public.t%s
          FOR EACH ROW WHEN (OLD.qty IS DISTINCT FROM NEW.qty) EXECUTE FUNCTION touch()', i, i);
      ELSE
        EXECUTE format('CREATE TRIGGER t%s_audit AFTER INSERT OR DELETE ON public.t%s
          FOR EACH ROW EXECUTE FUNCTION audit(%L)', i, i, 'arg ' || i);
      END IF;
    END IF;
    IF i % 500 = 0 THEN COMMIT; END IF;
  END LOOP;
END $$)sql"),
        QStringLiteral("ANALYZE")};

// The floor: the columns of every table, as the snapshot's widest query reads them.
const char *floorQuery
        = "SELECT n.nspname, c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), "
          "a.attnotnull, a.attidentity, pg_get_expr(d.adbin, d.adrelid) "
          "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
          "JOIN pg_namespace n ON n.oid = c.relnamespace "
          "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
          "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
          "AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' "
          "ORDER BY a.attrelid, a.attnum";

double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    ThrowawayCluster cluster;
    if (!cluster.start()) {
        out << "cannot start a throwaway cluster: " << cluster.error() << Qt::endl;
        return 1;
    }
    {
        BlockingConnection admin(cluster.conninfo());
        QElapsedTimer generation;
        generation.start();
        for (QString statement : generationStatements) {
            statement.replace(QStringLiteral("@TABLES@"), QString::number(tableCount))
                    .replace(QStringLiteral("@TRIGGERS@"), QString::number(triggerCount));
            const QueryResult generated = admin.execScript(statement);
            if (!generated.ok()) {
                out << "generation failed: " << generated.error().toString() << Qt::endl;
                return 1;
            }
        }
        out << "generated " << tableCount << " tables x 20 columns, " << triggerCount
            << " triggers in " << generation.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    const double baseline = peakMegabytes();
    QString error;
    const ServerBinaries binaries = findServerBinaries(&error);
    const QString psql = binaries.binDir + QStringLiteral("/psql");
    QList<double> floorTimes, blockingTimes, asyncTimes;
    qsizetype columns = 0, triggers = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(psql,
                      {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                       QStringLiteral("-q"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                       QStringLiteral("-d"), cluster.conninfo(), QStringLiteral("-c"),
                       QString::fromLatin1(floorQuery)});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            out << "psql failed: " << process.readAllStandardError() << Qt::endl;
            return 1;
        }
        floorTimes.append(timer.nsecsElapsed() / 1e6);

        // Through trigon_pg, blocking: connect, one round trip, build the snapshot.
        timer.restart();
        {
            BlockingConnection connection(cluster.conninfo());
            PgError loadError;
            const auto snapshot = loadCatalog(connection, &loadError);
            if (!snapshot) {
                out << "loading failed: " << loadError.toString() << Qt::endl;
                return 1;
            }
            blockingTimes.append(timer.nsecsElapsed() / 1e6);
            columns = 0;
            for (const CatalogRelation &relation : snapshot->relations)
                columns += relation.columns.size();
            triggers = snapshot->triggers.size();
        }

        // Through the GUI's asynchronous connection and an event loop.
        timer.restart();
        {
            Connection connection;
            QEventLoop loop;
            bool loaded = false;
            QObject::connect(&connection, &Connection::connected, &loop, [&] {
                loadCatalog(connection, &loop,
                            [&](const std::optional<CatalogSnapshot> &snapshot, const PgError &) {
                                loaded = snapshot.has_value();
                                loop.quit();
                            });
            });
            QObject::connect(&connection, &Connection::connectionFailed, &loop, &QEventLoop::quit);
            connection.open(cluster.conninfo());
            loop.exec();
            if (!loaded) {
                out << "asynchronous loading failed" << Qt::endl;
                return 1;
            }
            asyncTimes.append(timer.nsecsElapsed() / 1e6);
        }
    }

    const double floor = median(floorTimes);
    const double blocking = median(blockingTimes);
    const double async = median(asyncTimes);
    const double peak = peakMegabytes();
    out << "snapshot: " << columns << " columns, " << triggers << " triggers\n"
        << "median of " << runs << " runs, connection included:\n"
        << "  floor (psql, one plain query):  " << floor << " ms\n"
        << "  trigon_pg blocking snapshot:    " << blocking << " ms (" << blocking / floor << "x)\n"
        << "  trigon_pg async snapshot:       " << async << " ms (" << async / floor << "x)\n"
        << "peak memory (ru_maxrss): " << peak << " MB, " << baseline
        << " MB before the first load\n";
    const bool timeOk = std::max(blocking, async) <= timeBudgetFactor * floor;
    const bool memoryOk = peak < memoryBudgetMb;
    out << "budget: time " << (timeOk ? "met" : "MISSED") << " (<= " << timeBudgetFactor
        << "x floor), memory " << (memoryOk ? "met" : "MISSED") << " (< " << memoryBudgetMb
        << " MB)" << Qt::endl;
    cluster.stop();
    return timeOk && memoryOk ? 0 : 2;
}
