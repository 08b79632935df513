#include "core/catalog/catalogsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace trigon {

bool ServerInfo::hasExtension(const QString &name) const
{
    return std::any_of(
            extensions.cbegin(), extensions.cend(),
            [&name](const CatalogExtension &extension) { return extension.name == name; });
}

QStringList CatalogRelation::primaryKey() const
{
    QStringList names;
    for (const CatalogColumn &column : columns) {
        if (column.primaryKey)
            names.append(column.name);
    }
    return names;
}

const CatalogColumn *CatalogRelation::column(const QString &name) const
{
    for (const CatalogColumn &column : columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

const CatalogRelation *CatalogSnapshot::relation(quint32 oid) const
{
    for (const CatalogRelation &relation : relations) {
        if (relation.oid == oid)
            return &relation;
    }
    return nullptr;
}

const CatalogRelation *CatalogSnapshot::relation(const QString &schema, const QString &name) const
{
    for (const CatalogRelation &relation : relations) {
        if (relation.name == name && relation.schema == schema)
            return &relation;
    }
    return nullptr;
}

QString CatalogFunction::sourceExcerpt(qsizetype lines) const
{
    QStringList all = source.trimmed().split(u'\n');
    if (all.size() <= lines)
        return all.join(u'\n');
    return all.first(lines).join(u'\n') + QStringLiteral("\n…");
}

const CatalogFunction *CatalogSnapshot::function(const QString &schema, const QString &name) const
{
    // Functions are ordered by oid, not name; this is for a design's one existing function.
    const auto found = std::find_if(functions.cbegin(), functions.cend(),
                                    [&](const CatalogFunction &function) {
                                        return function.schema == schema && function.name == name
                                                && function.arguments.isEmpty();
                                    });
    return found == functions.cend() ? nullptr : &*found;
}

const CatalogFunction *CatalogSnapshot::function(quint32 oid) const
{
    const auto it = std::lower_bound(
            functions.cbegin(), functions.cend(), oid,
            [](const CatalogFunction &function, quint32 wanted) { return function.oid < wanted; });
    return it != functions.cend() && it->oid == oid ? &*it : nullptr;
}

QList<const CatalogTrigger *> CatalogSnapshot::triggersOn(quint32 relation) const
{
    const auto first = std::lower_bound(triggers.cbegin(), triggers.cend(), relation,
                                        [](const CatalogTrigger &trigger, quint32 wanted) {
                                            return trigger.relation < wanted;
                                        });
    QList<const CatalogTrigger *> result;
    for (auto it = first; it != triggers.cend() && it->relation == relation; ++it)
        result.append(&*it);
    return result;
}

QString relationKindName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Table:
        return QStringLiteral("table");
    case RelationKind::PartitionedTable:
        return QStringLiteral("partitioned_table");
    case RelationKind::View:
        return QStringLiteral("view");
    case RelationKind::MaterializedView:
        return QStringLiteral("materialized_view");
    case RelationKind::ForeignTable:
        return QStringLiteral("foreign_table");
    }
    return {};
}

namespace {

bool isDateTimeType(const QString &type)
{
    return type.startsWith(QLatin1String("timestamp")) || type == QLatin1String("date")
            || type.startsWith(QLatin1String("time "));
}

// now(), CURRENT_TIMESTAMP, clock_timestamp(), ... as pg_get_expr prints them, possibly cast.
bool isCurrentTimeDefault(const QString &expression)
{
    static const QRegularExpression pattern(
            QStringLiteral("^\\(?\\s*(now\\(\\)|CURRENT_TIMESTAMP|CURRENT_DATE|LOCALTIMESTAMP|"
                           "clock_timestamp\\(\\)|statement_timestamp\\(\\)|"
                           "transaction_timestamp\\(\\))"),
            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(expression).hasMatch();
}

// The columns a PL/pgSQL body assigns through NEW at the start of a statement:
// `NEW.updated_at := now();`, `new."Changed" = clock_timestamp();`. A comparison such as
// `IF NEW.x = 1` does not start a statement and is not counted.
QSet<QString> assignedNewColumns(const QString &source)
{
    static const QRegularExpression pattern(
            QStringLiteral("(?:^|;|\\bthen|\\belse|\\bbegin|\\bloop)\\s*new\\s*\\.\\s*"
                           "(\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\s*:?=(?!=)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QSet<QString> columns;
    for (auto it = pattern.globalMatch(source); it.hasNext();) {
        QString name = it.next().captured(1);
        if (name.startsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2)
                           .replace(QStringLiteral("\"\""), QStringLiteral("\""));
        else
            name = name.toLower(); // unquoted identifiers fold to lower case
        columns.insert(name);
    }
    return columns;
}

} // namespace

void markAutomaticColumns(CatalogSnapshot &snapshot)
{
    // Per relation, the columns that some BEFORE row trigger's function sets, and which trigger.
    QHash<quint32, const CatalogFunction *> functions;
    for (const CatalogFunction &function : std::as_const(snapshot.functions))
        functions.insert(function.oid, &function);
    QHash<quint32, QSet<QString>> assignedByFunction;
    QHash<quint32, QHash<QString, QString>> setByTrigger; // relation -> column -> trigger name
    for (const CatalogTrigger &trigger : std::as_const(snapshot.triggers)) {
        if (trigger.timing != TriggerTiming::Before || trigger.level != TriggerLevel::Row
            || trigger.enabled == TriggerEnabled::Disabled)
            continue;
        const CatalogFunction *function = functions.value(trigger.function);
        if (!function || function->language != QLatin1String("plpgsql"))
            continue;
        auto assigned = assignedByFunction.find(function->oid);
        if (assigned == assignedByFunction.end())
            assigned = assignedByFunction.insert(function->oid,
                                                 assignedNewColumns(function->source));
        QHash<QString, QString> &columns = setByTrigger[trigger.relation];
        for (const QString &column : std::as_const(*assigned)) {
            if (!columns.contains(column))
                columns.insert(column, trigger.name);
        }
    }
    for (CatalogRelation &relation : snapshot.relations) {
        const QHash<QString, QString> setHere = setByTrigger.value(relation.oid);
        for (CatalogColumn &column : relation.columns) {
            column.looksAutomatic = false;
            column.automaticReason.clear();
            if (!column.generated && isDateTimeType(column.type)
                && isCurrentTimeDefault(column.defaultExpression)) {
                column.looksAutomatic = true;
                column.automaticReason
                        = QCoreApplication::translate("trigon::CatalogSnapshot", "default %1")
                                  .arg(column.defaultExpression);
            } else if (const auto it = setHere.constFind(column.name); it != setHere.cend()) {
                column.looksAutomatic = true;
                column.automaticReason = QCoreApplication::translate("trigon::CatalogSnapshot",
                                                                     "set by trigger %1")
                                                 .arg(it.value());
            }
        }
    }
}

} // namespace trigon
