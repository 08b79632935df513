#include "core/pg/catalogloader.h"

#include "core/pg/blockingconnection.h"
#include "core/pg/catalogqueries.h"
#include "core/pg/connection.h"
#include "core/sql/definitionmarker.h"
#include "core/sql/whenexpression.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <charconv>
#include <type_traits>

namespace trigon::pg {

namespace {

// One copy of each distinct value, for values that repeat across thousands of rows (type names,
// defaults), found by the form the result holds them in.
struct SharedTexts
{
    QHash<QByteArray, QString> byBytes; // from a PGresult
    QHash<QString, QString> byText;     // from a QueryResult
};

// One result's values. The blocking load reads libpq's PGresult itself, without first copying
// every value into a QueryResult (most of the time that took, for the columns of 10,000 tables);
// the asynchronous Connection hands over QueryResults. Column positions are looked up once, not
// per row.
class Reader
{
public:
    explicit Reader(const QueryResult &result)
        : m_result(&result)
    { }
    explicit Reader(const PGresult *result)
        : m_pgResult(result)
    { }
    int rows() const { return m_pgResult ? PQntuples(m_pgResult) : m_result->rowCount(); }
    int column(const char *name) const
    {
        return m_pgResult ? PQfnumber(m_pgResult, name)
                          : m_result->columnIndex(QLatin1String(name));
    }
    // A NULL reads as a null QString, '' as an empty one, as in a QueryResult.
    QString text(int row, int column) const
    {
        if (!m_pgResult)
            return m_result->rows()[row][column];
        if (PQgetisnull(m_pgResult, row, column))
            return QString();
        const int length = PQgetlength(m_pgResult, row, column);
        return length == 0 ? QStringLiteral("")
                           : QString::fromUtf8(PQgetvalue(m_pgResult, row, column), length);
    }
    // text(), shared through `shared`; from a PGresult without a QString made only to be
    // looked up.
    QString sharedText(int row, int column, SharedTexts &shared) const
    {
        if (!m_pgResult) {
            const QString &value = m_result->rows()[row][column];
            if (value.isNull()) // NULL, which equals '' as a QHash key
                return value;
            const auto known = shared.byText.constFind(value);
            return known != shared.byText.cend() ? *known : *shared.byText.insert(value, value);
        }
        if (PQgetisnull(m_pgResult, row, column))
            return QString();
        const QByteArray bytes = QByteArray::fromRawData(PQgetvalue(m_pgResult, row, column),
                                                         PQgetlength(m_pgResult, row, column));
        if (const auto known = shared.byBytes.constFind(bytes); known != shared.byBytes.cend())
            return *known;
        return *shared.byBytes.insert(QByteArray(bytes.constData(), bytes.size()),
                                      text(row, column));
    }
    bool flag(int row, int column) const
    {
        if (!m_pgResult)
            return text(row, column) == QLatin1String("t");
        return qstrcmp(PQgetvalue(m_pgResult, row, column), "t") == 0;
    }
    quint32 oid(int row, int column) const { return number<quint32>(row, column); }
    int integer(int row, int column) const { return number<int>(row, column); }
    QStringList stringList(int row, int column) const
    {
        QStringList strings;
        const QJsonArray array = QJsonDocument::fromJson(text(row, column).toUtf8()).array();
        for (const QJsonValue &value : array)
            strings.append(value.toString());
        return strings;
    }

private:
    // 0 for a NULL or for what is no number, as QString::toInt() gives.
    template<typename Number>
    Number number(int row, int column) const
    {
        if (!m_pgResult) {
            const QString &value = m_result->rows()[row][column];
            return std::is_signed_v<Number> ? Number(value.toInt()) : Number(value.toUInt());
        }
        const char *value = PQgetvalue(m_pgResult, row, column);
        Number parsed = 0;
        const auto end = value + PQgetlength(m_pgResult, row, column);
        if (std::from_chars(value, end, parsed).ptr != end)
            return 0;
        return parsed;
    }

    const QueryResult *m_result = nullptr;
    const PGresult *m_pgResult = nullptr;
};

// The user's comment, and whether Trigon's marker line says Trigon made the object.
template<typename CatalogObject>
void setComment(CatalogObject &object, const QString &comment)
{
    const ObjectComment parsed = parseObjectComment(comment);
    object.comment = parsed.text;
    object.madeByTrigon = parsed.marker.has_value();
}

TriggerEnabled enabledFromChar(const QString &value)
{
    if (value == QLatin1String("D"))
        return TriggerEnabled::Disabled;
    if (value == QLatin1String("R"))
        return TriggerEnabled::Replica;
    if (value == QLatin1String("A"))
        return TriggerEnabled::Always;
    return TriggerEnabled::Origin;
}

ServerInfo readServer(const Reader &r)
{
    ServerInfo server;
    if (r.rows() != 1)
        return server;
    server.versionNumber = r.integer(0, r.column("version_number"));
    server.version = r.text(0, r.column("version"));
    server.database = r.text(0, r.column("database"));
    server.currentUser = r.text(0, r.column("current_user"));
    server.superuser = r.flag(0, r.column("superuser"));
    server.languages = r.stringList(0, r.column("languages"));
    server.availableExtensions = r.stringList(0, r.column("available"));
    const QJsonArray extensions
            = QJsonDocument::fromJson(r.text(0, r.column("extensions")).toUtf8()).array();
    for (const QJsonValue &value : extensions) {
        const QJsonArray fields = value.toArray();
        server.extensions.append(CatalogExtension {fields.at(0).toString(), fields.at(1).toString(),
                                                   fields.at(2).toString()});
    }
    return server;
}

QList<CatalogSchema> readSchemas(const Reader &r)
{
    const int oid = r.column("oid"), name = r.column("name"), owner = r.column("owner"),
              comment = r.column("comment"), canCreate = r.column("can_create"),
              canUse = r.column("can_use");
    QList<CatalogSchema> schemas;
    schemas.reserve(r.rows());
    for (int row = 0; row < r.rows(); ++row) {
        schemas.append(CatalogSchema {r.oid(row, oid), r.text(row, name), r.text(row, owner),
                                      r.text(row, comment), r.flag(row, canCreate),
                                      r.flag(row, canUse)});
    }
    return schemas;
}

RelationKind relationKind(const QString &relkind)
{
    switch ((relkind.isEmpty() ? QChar() : relkind.at(0)).unicode()) {
    case 'p':
        return RelationKind::PartitionedTable;
    case 'v':
        return RelationKind::View;
    case 'm':
        return RelationKind::MaterializedView;
    case 'f':
        return RelationKind::ForeignTable;
    default:
        return RelationKind::Table;
    }
}

// Relations, and per relation oid the attnums of its primary key.
QList<CatalogRelation> readRelations(const Reader &r, QHash<quint32, QList<int>> *primaryKeys)
{
    const int oid = r.column("oid"), schema = r.column("schema"), name = r.column("name"),
              kind = r.column("kind"), isPartition = r.column("is_partition"),
              parent = r.column("parent"), owner = r.column("owner"), comment = r.column("comment"),
              canTrigger = r.column("can_trigger"), primaryKey = r.column("primary_key");
    QList<CatalogRelation> relations;
    relations.reserve(r.rows());
    // Schema and owner names repeat on every row: share one copy of each.
    QHash<QString, QString> shared;
    const auto intern = [&shared](const QString &text) {
        return *shared.insert(text, shared.value(text, text));
    };
    for (int row = 0; row < r.rows(); ++row) {
        CatalogRelation relation;
        relation.oid = r.oid(row, oid);
        relation.schema = intern(r.text(row, schema));
        relation.name = r.text(row, name);
        relation.kind = relationKind(r.text(row, kind));
        relation.isPartition = r.flag(row, isPartition);
        relation.partitionParent = r.oid(row, parent);
        relation.owner = intern(r.text(row, owner));
        relation.comment = r.text(row, comment);
        relation.canCreateTrigger = r.flag(row, canTrigger);
        const QString key = r.text(row, primaryKey);
        if (!key.isEmpty()) {
            QList<int> numbers;
            for (const QString &number : key.split(QLatin1Char(' ')))
                numbers.append(number.toInt());
            primaryKeys->insert(relation.oid, numbers);
        }
        relations.append(std::move(relation));
    }
    return relations;
}

void readColumns(const Reader &r, QList<CatalogRelation> &relations,
                 const QHash<quint32, QList<int>> &primaryKeys)
{
    QHash<quint32, CatalogRelation *> byOid;
    byOid.reserve(relations.size());
    for (CatalogRelation &relation : relations)
        byOid.insert(relation.oid, &relation);
    const int relationColumn = r.column("relation"), number = r.column("number"),
              name = r.column("name"), type = r.column("type"), flags = r.column("flags"),
              defaultValue = r.column("default_value");
    SharedTexts shared;
    CatalogRelation *current = nullptr;
    QList<int> key;
    for (int row = 0; row < r.rows(); ++row) {
        const quint32 oid = r.oid(row, relationColumn);
        if (!current || current->oid != oid) {
            current = byOid.value(oid);
            key = primaryKeys.value(oid);
            // The rows are ordered by relation: room for all of this one's columns at once.
            int end = row + 1;
            while (end < r.rows() && r.oid(end, relationColumn) == oid)
                ++end;
            if (current)
                current->columns.reserve(current->columns.size() + end - row);
        }
        if (!current)
            continue;
        CatalogColumn column;
        column.name = r.text(row, name);
        column.number = r.integer(row, number);
        column.type = r.sharedText(row, type, shared);
        const QString flagText = r.sharedText(row, flags, shared);
        column.notNull = flagText.contains(QLatin1Char('n'));
        if (flagText.contains(QLatin1Char('a')))
            column.identity = ColumnIdentity::Always;
        else if (flagText.contains(QLatin1Char('d')))
            column.identity = ColumnIdentity::ByDefault;
        column.generated = flagText.contains(QLatin1Char('s'));
        column.defaultExpression = r.sharedText(row, defaultValue, shared);
        column.primaryKey = key.contains(column.number);
        current->columns.append(std::move(column));
    }
}

QList<TriggerEvent> eventsOf(int type)
{
    // pg_trigger.tgtype bits, from PostgreSQL's catalog/pg_trigger.h.
    QList<TriggerEvent> events;
    if (type & (1 << 2))
        events.append(TriggerEvent::Insert);
    if (type & (1 << 4))
        events.append(TriggerEvent::Update);
    if (type & (1 << 3))
        events.append(TriggerEvent::Delete);
    if (type & (1 << 5))
        events.append(TriggerEvent::Truncate);
    return events;
}

// tgargs: each argument followed by a NUL byte, read as hex so bytea_output does not matter.
QStringList argumentsOf(const QString &hex, int count)
{
    const QList<QByteArray> parts = QByteArray::fromHex(hex.toLatin1()).split('\0');
    QStringList arguments;
    for (int i = 0; i < count && i < parts.size(); ++i)
        arguments.append(QString::fromUtf8(parts[i]));
    return arguments;
}

QList<CatalogTrigger> readTriggers(const Reader &r)
{
    const int oid = r.column("oid"), relation = r.column("relation"), schema = r.column("schema"),
              table = r.column("table"), name = r.column("name"), type = r.column("type"),
              enabled = r.column("enabled"), function = r.column("function"),
              isClone = r.column("is_clone"), isConstraint = r.column("is_constraint"),
              deferrable = r.column("deferrable"),
              initiallyDeferred = r.column("initially_deferred"),
              fromSchema = r.column("from_schema"), fromTable = r.column("from_table"),
              argumentCount = r.column("argument_count"), arguments = r.column("arguments"),
              oldTable = r.column("old_table"), newTable = r.column("new_table"),
              columns = r.column("columns"), definition = r.column("definition"),
              comment = r.column("comment");
    QList<CatalogTrigger> triggers;
    triggers.reserve(r.rows());
    for (int row = 0; row < r.rows(); ++row) {
        CatalogTrigger trigger;
        trigger.oid = r.oid(row, oid);
        trigger.relation = r.oid(row, relation);
        trigger.schema = r.text(row, schema);
        trigger.table = r.text(row, table);
        trigger.name = r.text(row, name);
        const int bits = r.integer(row, type);
        trigger.level = (bits & 1) ? TriggerLevel::Row : TriggerLevel::Statement;
        trigger.timing = (bits & (1 << 6)) ? TriggerTiming::InsteadOf
                : (bits & (1 << 1))        ? TriggerTiming::Before
                                           : TriggerTiming::After;
        trigger.events = eventsOf(bits);
        trigger.columns = r.stringList(row, columns);
        trigger.oldTable = r.text(row, oldTable);
        trigger.newTable = r.text(row, newTable);
        trigger.isConstraint = r.flag(row, isConstraint);
        trigger.deferrable = r.flag(row, deferrable);
        trigger.initiallyDeferred = r.flag(row, initiallyDeferred);
        trigger.constraintFromSchema = r.text(row, fromSchema);
        trigger.constraintFromTable = r.text(row, fromTable);
        trigger.arguments = argumentsOf(r.text(row, arguments), r.integer(row, argumentCount));
        trigger.enabled = enabledFromChar(r.text(row, enabled));
        setComment(trigger, r.text(row, comment));
        trigger.isClone = r.flag(row, isClone);
        trigger.function = r.oid(row, function);
        trigger.definition = r.text(row, definition);
        trigger.when = whenClause(trigger.definition);
        triggers.append(std::move(trigger));
    }
    return triggers;
}

// SQL's own words (IMMUTABLE, STABLE, VOLATILE), kept in catalog JSON: never translated.
QString volatilityName(const QString &code)
{
    if (code == QLatin1String("i"))
        return QStringLiteral("immutable");
    if (code == QLatin1String("s"))
        return QStringLiteral("stable");
    return QStringLiteral("volatile");
}

QList<CatalogFunction> readFunctions(const Reader &r)
{
    const int oid = r.column("oid"), schema = r.column("schema"), name = r.column("name"),
              arguments = r.column("arguments"), language = r.column("language"),
              source = r.column("source"), forEventTrigger = r.column("for_event_trigger"),
              securityDefiner = r.column("security_definer"), volatility = r.column("volatility"),
              owner = r.column("owner"), comment = r.column("comment");
    QList<CatalogFunction> functions;
    functions.reserve(r.rows());
    for (int row = 0; row < r.rows(); ++row) {
        CatalogFunction function;
        function.oid = r.oid(row, oid);
        function.schema = r.text(row, schema);
        function.name = r.text(row, name);
        function.arguments = r.text(row, arguments);
        function.language = r.text(row, language);
        function.source = r.text(row, source);
        function.forEventTrigger = r.flag(row, forEventTrigger);
        function.securityDefiner = r.flag(row, securityDefiner);
        function.volatility = volatilityName(r.text(row, volatility));
        function.owner = r.text(row, owner);
        setComment(function, r.text(row, comment));
        functions.append(std::move(function));
    }
    return functions;
}

QList<CatalogEventTrigger> readEventTriggers(const Reader &r)
{
    const int oid = r.column("oid"), name = r.column("name"), event = r.column("event"),
              enabled = r.column("enabled"), function = r.column("function"),
              tags = r.column("tags"), owner = r.column("owner"), comment = r.column("comment");
    QList<CatalogEventTrigger> triggers;
    triggers.reserve(r.rows());
    for (int row = 0; row < r.rows(); ++row) {
        CatalogEventTrigger trigger;
        trigger.oid = r.oid(row, oid);
        trigger.name = r.text(row, name);
        trigger.event = r.text(row, event);
        trigger.tags = r.stringList(row, tags);
        trigger.enabled = enabledFromChar(r.text(row, enabled));
        trigger.function = r.oid(row, function);
        trigger.owner = r.text(row, owner);
        setComment(trigger, r.text(row, comment));
        triggers.append(std::move(trigger));
    }
    return triggers;
}

// Builds a snapshot from the script's results, read one by one in the order they come: the
// SET TRANSACTION's, then one per query.
class SnapshotBuilder
{
public:
    SnapshotBuilder(CatalogParts parts, const CatalogSnapshot &previous)
        : m_queries(catalogQueriesFor(parts))
        , m_snapshot(previous)
    { }

    // The next result, a successful one.
    void read(const Reader &reader)
    {
        const qsizetype query = m_results++ - 1;
        if (query < 0 || query >= m_queries.size())
            return; // SET TRANSACTION, or one too many (finish() says so)
        switch (m_queries[query]) {
        case CatalogQuery::Server:
            m_snapshot.server = readServer(reader);
            break;
        case CatalogQuery::Schemas:
            m_snapshot.schemas = readSchemas(reader);
            break;
        case CatalogQuery::Relations:
            m_snapshot.relations = readRelations(reader, &m_primaryKeys);
            break;
        case CatalogQuery::Columns:
            readColumns(reader, m_snapshot.relations, m_primaryKeys);
            break;
        case CatalogQuery::Triggers:
            m_snapshot.triggers = readTriggers(reader);
            break;
        case CatalogQuery::Functions:
            m_snapshot.functions = readFunctions(reader);
            break;
        case CatalogQuery::EventTriggers:
            m_snapshot.eventTriggers = readEventTriggers(reader);
            break;
        }
    }

    // The snapshot, once every result has been read; nullopt with `error` set when the script
    // gave another number of results than it has statements.
    std::optional<CatalogSnapshot> finish(PgError *error)
    {
        if (m_results != m_queries.size() + 1) {
            if (error) {
                *error = PgError();
                // lupdate (6.4) skips a translate() whose count is an expression.
                const int received = static_cast<int>(m_results);
                error->message = QCoreApplication::translate(
                                         "trigon::pg::CatalogLoader",
                                         "the catalog queries returned %n results instead of %1",
                                         nullptr, received)
                                         .arg(m_queries.size() + 1);
            }
            return std::nullopt;
        }
        markAutomaticColumns(m_snapshot);
        return std::move(m_snapshot);
    }

private:
    QList<CatalogQuery> m_queries;
    CatalogSnapshot m_snapshot;
    QHash<quint32, QList<int>> m_primaryKeys; // per relation oid, the attnums of its key
    qsizetype m_results = 0;
};

} // namespace

std::optional<CatalogSnapshot> catalogFromResults(const QList<QueryResult> &results, PgError *error,
                                                  CatalogParts parts,
                                                  const CatalogSnapshot &previous)
{
    for (const QueryResult &result : results) {
        if (!result.ok()) {
            if (error)
                *error = result.error();
            return std::nullopt;
        }
    }
    SnapshotBuilder builder(parts, previous);
    for (const QueryResult &result : results)
        builder.read(Reader(result));
    return builder.finish(error);
}

std::optional<CatalogSnapshot> loadCatalog(BlockingConnection &connection, PgError *error,
                                           CatalogParts parts, const CatalogSnapshot &previous)
{
    const QString script = catalogScript(connection.serverVersion(), parts);
    PGconn *conn = connection.handle();
    if (!conn || !PQsendQuery(conn, script.toUtf8().constData())) {
        const QueryResult failed = connection.exec(script); // says why, as a value
        if (error)
            *error = failed.ok() ? connection.connectionError() : failed.error();
        return std::nullopt;
    }
    // Each result is read as soon as it has come and then released: the server runs the next
    // query meanwhile, and only one result is held at a time. After a failure the rest is
    // drained unread; the first failure is the one reported.
    SnapshotBuilder builder(parts, previous);
    std::optional<PgError> failure;
    while (PGresult *result = PQgetResult(conn)) {
        if (!failure) {
            const ExecStatusType status = PQresultStatus(result);
            if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE
                || status == PGRES_NONFATAL_ERROR)
                failure = QueryResult::fromPGresult(result, script).error();
            else
                builder.read(Reader(result));
        }
        PQclear(result);
    }
    if (!failure && PQstatus(conn) != CONNECTION_OK) {
        failure = PgError();
        failure->message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        failure->statement = script;
    }
    if (failure) {
        if (error)
            *error = *failure;
        return std::nullopt;
    }
    return builder.finish(error);
}

int loadCatalog(Connection &connection, const QObject *context, CatalogCallback done,
                CatalogParts parts, const CatalogSnapshot &previous)
{
    QPointer<const QObject> guard(context);
    return connection.script(catalogScript(connection.serverVersion(), parts),
                             [guard, context, done = std::move(done), parts,
                              previous](const QList<QueryResult> &results) {
                                 if (context && !guard)
                                     return;
                                 PgError error;
                                 const auto snapshot
                                         = catalogFromResults(results, &error, parts, previous);
                                 done(snapshot, error);
                             });
}

} // namespace trigon::pg
