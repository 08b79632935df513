// The SQL of the catalog script: catalogScript() (declared in catalogloader.h) and the queries it
// runs, one per part of the snapshot.
#include "core/pg/catalogqueries.h"

#include <QStringList>

namespace trigon::pg {

namespace {

// User schemas only: PostgreSQL reserves names starting with pg_ for its own (catalog, toast,
// temporary schemas).
const char *userSchema = "n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'";

QString serverQuery()
{
    return QStringLiteral(
            "SELECT current_setting('server_version_num')::int AS version_number,"
            " version() AS version, current_database() AS database, current_user AS current_user,"
            " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,"
            " (SELECT json_agg(lanname ORDER BY lanname) FROM pg_language) AS languages,"
            " (SELECT json_agg(json_build_array(e.extname, e.extversion, n.nspname)"
            "   ORDER BY e.extname) FROM pg_extension e"
            "   JOIN pg_namespace n ON n.oid = e.extnamespace) AS extensions,"
            " (SELECT json_agg(name ORDER BY name) FROM pg_available_extensions"
            "   WHERE installed_version IS NULL AND name IN"
            "   ('plpgsql_check', 'pgtap', 'pg_net', 'http', 'plpython3u')) AS available");
}

QString schemasQuery()
{
    return QStringLiteral("SELECT n.oid, n.nspname AS name, pg_get_userbyid(n.nspowner) AS owner,"
                          " d.description AS comment,"
                          " has_schema_privilege(n.oid, 'CREATE') AS can_create,"
                          " has_schema_privilege(n.oid, 'USAGE') AS can_use"
                          " FROM pg_namespace n"
                          " LEFT JOIN pg_description d ON d.objoid = n.oid"
                          "  AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0"
                          " WHERE %1 ORDER BY n.nspname")
            .arg(QLatin1String(userSchema));
}

QString relationsQuery()
{
    return QStringLiteral("SELECT c.oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind,"
                          " c.relispartition AS is_partition,"
                          " CASE WHEN c.relispartition THEN (SELECT i.inhparent FROM pg_inherits i"
                          "  WHERE i.inhrelid = c.oid LIMIT 1) END AS parent,"
                          " pg_get_userbyid(c.relowner) AS owner, d.description AS comment,"
                          " has_table_privilege(c.oid, 'TRIGGER') AS can_trigger,"
                          " array_to_string(x.indkey::int2[], ' ') AS primary_key"
                          " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                          " LEFT JOIN pg_index x ON x.indrelid = c.oid AND x.indisprimary"
                          " LEFT JOIN pg_description d ON d.objoid = c.oid"
                          "  AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0"
                          " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND %1"
                          " ORDER BY n.nspname, c.relname")
            .arg(QLatin1String(userSchema));
}

// The widest result by far (every column of every table): kept narrow, flags folded into one
// text column and NULL where there is nothing to say, since each value costs memory twice
// (libpq's result, then ours) while the snapshot is built.
QString columnsQuery(int serverVersion)
{
    const QString generated
            = serverVersion >= 120000 ? QStringLiteral("a.attgenerated") : QStringLiteral("''");
    return QStringLiteral(
                   "SELECT a.attrelid AS relation, a.attnum AS number, a.attname AS name,"
                   " format_type(a.atttypid, a.atttypmod) AS type,"
                   " NULLIF(CASE WHEN a.attnotnull THEN 'n' ELSE '' END || a.attidentity::text || "
                   "%2::text, '')"
                   "  AS flags,"
                   " pg_get_expr(ad.adbin, ad.adrelid) AS default_value"
                   " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                   " JOIN pg_namespace n ON n.oid = c.relnamespace"
                   " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
                   " WHERE a.attnum > 0 AND NOT a.attisdropped"
                   " AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND %1"
                   " ORDER BY a.attrelid, a.attnum")
            .arg(QLatin1String(userSchema), generated);
}

QString triggersQuery(int serverVersion)
{
    const QString clone = serverVersion >= 130000 ? QStringLiteral("t.tgparentid <> 0")
                                                  : QStringLiteral("false");
    return QStringLiteral(
                   "SELECT t.oid, t.tgrelid AS relation, n.nspname AS schema, c.relname AS table,"
                   " t.tgname AS name, t.tgtype AS type, t.tgenabled AS enabled,"
                   " t.tgfoid AS function, %2 AS is_clone,"
                   " t.tgconstraint <> 0 AS is_constraint, t.tgdeferrable AS deferrable,"
                   " t.tginitdeferred AS initially_deferred,"
                   " fn.nspname AS from_schema, fc.relname AS from_table,"
                   " t.tgnargs AS argument_count, encode(t.tgargs, 'hex') AS arguments,"
                   " t.tgoldtable AS old_table, t.tgnewtable AS new_table,"
                   " (SELECT json_agg(a.attname ORDER BY k.ord)"
                   "   FROM unnest(t.tgattr::int2[]) WITH ORDINALITY AS k(attnum, ord)"
                   "   JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum)"
                   "  AS columns,"
                   " pg_get_triggerdef(t.oid) AS definition, d.description AS comment"
                   " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                   " JOIN pg_namespace n ON n.oid = c.relnamespace"
                   " LEFT JOIN pg_class fc ON fc.oid = t.tgconstrrelid"
                   " LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
                   " LEFT JOIN pg_description d ON d.objoid = t.oid"
                   "  AND d.classoid = 'pg_trigger'::regclass AND d.objsubid = 0"
                   " WHERE NOT t.tgisinternal AND %1"
                   " ORDER BY t.tgrelid, t.tgname")
            .arg(QLatin1String(userSchema), clone);
}

QString functionsQuery()
{
    // Functions of triggers outside user schemas too (tsvector_update_trigger lives in
    // pg_catalog), so that every trigger finds its function; and the trigger functions that
    // PostgreSQL's documentation offers for users ("Trigger Functions"), so that a design can
    // name one before any trigger uses it. The other built-ins returning trigger are the
    // foreign-key machinery's.
    return QStringLiteral(
                   "SELECT p.oid, n.nspname AS schema, p.proname AS name,"
                   " pg_get_function_identity_arguments(p.oid) AS arguments,"
                   " l.lanname AS language, p.prosrc AS source,"
                   " p.prorettype = 'event_trigger'::regtype AS for_event_trigger,"
                   " p.prosecdef AS security_definer, p.provolatile AS volatility,"
                   " pg_get_userbyid(p.proowner) AS owner, d.description AS comment"
                   " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                   " JOIN pg_language l ON l.oid = p.prolang"
                   " LEFT JOIN pg_description d ON d.objoid = p.oid"
                   "  AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0"
                   " WHERE p.prorettype IN ('trigger'::regtype, 'event_trigger'::regtype)"
                   " AND (%1 OR p.oid IN (SELECT tgfoid FROM pg_trigger WHERE NOT tgisinternal)"
                   "  OR p.oid IN (SELECT evtfoid FROM pg_event_trigger)"
                   "  OR (n.nspname = 'pg_catalog' AND p.proname IN ('tsvector_update_trigger',"
                   "   'tsvector_update_trigger_column', 'suppress_redundant_updates_trigger')))"
                   " ORDER BY p.oid")
            .arg(QLatin1String(userSchema));
}

QString eventTriggersQuery()
{
    return QStringLiteral(
            "SELECT e.oid, e.evtname AS name, e.evtevent AS event, e.evtenabled AS enabled,"
            " e.evtfoid AS function, to_json(e.evttags) AS tags,"
            " pg_get_userbyid(e.evtowner) AS owner, d.description AS comment"
            " FROM pg_event_trigger e"
            " LEFT JOIN pg_description d ON d.objoid = e.oid"
            "  AND d.classoid = 'pg_event_trigger'::regclass AND d.objsubid = 0"
            " ORDER BY e.evtname");
}

} // namespace

QList<CatalogQuery> catalogQueriesFor(CatalogParts parts)
{
    QList<CatalogQuery> queries;
    if (parts & CatalogPart::Server)
        queries << CatalogQuery::Server;
    if (parts & CatalogPart::Structure)
        queries << CatalogQuery::Schemas << CatalogQuery::Relations << CatalogQuery::Columns;
    if (parts & CatalogPart::Triggers)
        queries << CatalogQuery::Triggers << CatalogQuery::Functions << CatalogQuery::EventTriggers;
    return queries;
}

QString catalogScript(int serverVersion, CatalogParts parts)
{
    QStringList statements {
            QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")};
    for (CatalogQuery query : catalogQueriesFor(parts)) {
        switch (query) {
        case CatalogQuery::Server:
            statements << serverQuery();
            break;
        case CatalogQuery::Schemas:
            statements << schemasQuery();
            break;
        case CatalogQuery::Relations:
            statements << relationsQuery();
            break;
        case CatalogQuery::Columns:
            statements << columnsQuery(serverVersion);
            break;
        case CatalogQuery::Triggers:
            statements << triggersQuery(serverVersion);
            break;
        case CatalogQuery::Functions:
            statements << functionsQuery();
            break;
        case CatalogQuery::EventTriggers:
            statements << eventTriggersQuery();
            break;
        }
    }
    return statements.join(QStringLiteral(";\n")) + QLatin1Char(';');
}

} // namespace trigon::pg
