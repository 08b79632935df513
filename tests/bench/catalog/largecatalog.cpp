#include "tests/bench/catalog/largecatalog.h"

#include "core/pg/blockingconnection.h"

#include <QElapsedTimer>

#include <algorithm>

namespace trigon::bench {

namespace {

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

const char *floorQuery
        = "SELECT n.nspname, c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), "
          "a.attnotnull, a.attidentity, pg_get_expr(d.adbin, d.adrelid) "
          "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
          "JOIN pg_namespace n ON n.oid = c.relnamespace "
          "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
          "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
          "AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%' "
          "ORDER BY a.attrelid, a.attnum";

} // namespace

bool generateLargeCatalog(const QString &conninfo, QTextStream &out)
{
    pg::BlockingConnection admin(conninfo);
    QElapsedTimer generation;
    generation.start();
    for (QString statement : generationStatements) {
        statement.replace(QStringLiteral("@TABLES@"), QString::number(largeCatalogTables))
                .replace(QStringLiteral("@TRIGGERS@"), QString::number(largeCatalogTriggers));
        const pg::QueryResult generated = admin.execScript(statement);
        if (!generated.ok()) {
            out << "generation failed: " << generated.error().toString() << Qt::endl;
            return false;
        }
    }
    out << "generated " << largeCatalogTables << " tables x 20 columns, " << largeCatalogTriggers
        << " triggers in " << generation.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

QStringList floorPsqlArguments(const QString &conninfo)
{
    return {QStringLiteral("-X"), QStringLiteral("-A"),
            QStringLiteral("-t"), QStringLiteral("-q"),
            QStringLiteral("-o"), QStringLiteral("/dev/null"),
            QStringLiteral("-d"), conninfo,
            QStringLiteral("-c"), QString::fromLatin1(floorQuery)};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace trigon::bench
