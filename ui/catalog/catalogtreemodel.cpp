#include "ui/catalog/catalogtreemodel.h"

#include "ui/triggericons.h"

#include <QHash>

#include <algorithm>

namespace trigon::ui {

CatalogTreeModel::CatalogTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

const CatalogColumn &CatalogTreeModel::columnOf(const Node &node) const
{
    return m_snapshot->relations[m_nodes[node.parent].item].columns[node.item];
}

int CatalogTreeModel::addNode(NodeKind kind, int parent, int item)
{
    const int id = static_cast<int>(m_nodes.size());
    std::vector<int> &siblings = parent < 0 ? m_topLevel : m_nodes[parent].children;
    m_nodes.push_back(Node {kind, parent, static_cast<int>(siblings.size()), item, {}});
    siblings.push_back(id);
    return id;
}

void CatalogTreeModel::setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_nodes.clear();
    m_topLevel.clear();
    m_triggersOfFunction.clear();
    if (m_snapshot) {
        const CatalogSnapshot &catalog = *m_snapshot;
        std::size_t columnCount = 0;
        for (const CatalogRelation &relation : catalog.relations)
            columnCount += relation.columns.size();
        m_nodes.reserve(catalog.schemas.size() + catalog.relations.size() + columnCount
                        + catalog.triggers.size() + catalog.eventTriggers.size() + 1);

        QHash<QString, int> schemaNodes;
        for (int i = 0; i < catalog.schemas.size(); ++i)
            schemaNodes.insert(catalog.schemas[i].name, addNode(NodeKind::Schema, -1, i));
        QHash<quint32, int> relationNodes;
        for (int i = 0; i < catalog.relations.size(); ++i) {
            const CatalogRelation &relation = catalog.relations[i];
            const int schemaNode = schemaNodes.value(relation.schema, -1);
            if (schemaNode < 0)
                continue;
            const int relationNode = addNode(NodeKind::Relation, schemaNode, i);
            relationNodes.insert(relation.oid, relationNode);
            for (int c = 0; c < relation.columns.size(); ++c)
                addNode(NodeKind::Column, relationNode, c);
        }
        for (int i = 0; i < catalog.triggers.size(); ++i) {
            if (!catalog.triggers[i].isClone)
                m_triggersOfFunction[catalog.triggers[i].function].append(i);
            const int relationNode = relationNodes.value(catalog.triggers[i].relation, -1);
            if (relationNode >= 0)
                addNode(NodeKind::Trigger, relationNode, i);
        }
        if (!catalog.eventTriggers.isEmpty()) {
            const int group = addNode(NodeKind::EventTriggers, -1, 0);
            for (int i = 0; i < catalog.eventTriggers.size(); ++i)
                addNode(NodeKind::EventTrigger, group, i);
        }
    }
    endResetModel();
}

const CatalogTreeModel::Node *CatalogTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? &m_nodes[index.internalId()] : nullptr;
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const std::vector<int> &siblings = parent.isValid() ? node(parent)->children : m_topLevel;
    return createIndex(row, column, static_cast<quintptr>(siblings[row]));
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    const Node *childNode = node(child);
    if (!childNode || childNode->parent < 0)
        return {};
    const Node &parentNode = m_nodes[childNode->parent];
    return createIndex(parentNode.row, 0, static_cast<quintptr>(childNode->parent));
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(parent.isValid() ? node(parent)->children.size() : m_topLevel.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString CatalogTreeModel::pathElement(const Node &node) const
{
    const CatalogSnapshot &catalog = *m_snapshot;
    QString name;
    switch (node.kind) {
    case NodeKind::Schema:
        name = catalog.schemas[node.item].name;
        break;
    case NodeKind::Relation:
        name = catalog.relations[node.item].name;
        break;
    case NodeKind::Column:
        name = columnOf(node).name;
        break;
    case NodeKind::Trigger:
        name = catalog.triggers[node.item].name;
        break;
    case NodeKind::EventTriggers: // one group, no name
        break;
    case NodeKind::EventTrigger:
        name = catalog.eventTriggers[node.item].name;
        break;
    }
    // The kind tells a column from a trigger of the same name on the same table.
    return QString::number(static_cast<int>(node.kind)) + u':' + name;
}

QStringList CatalogTreeModel::path(const QModelIndex &index) const
{
    QStringList elements;
    for (const Node *at = node(index); at; at = at->parent < 0 ? nullptr : &m_nodes[at->parent])
        elements.prepend(pathElement(*at));
    return elements;
}

QModelIndex CatalogTreeModel::indexOfPath(const QStringList &path) const
{
    QModelIndex found;
    for (const QString &element : path) {
        const std::vector<int> &siblings = found.isValid() ? node(found)->children : m_topLevel;
        const auto match = std::find_if(siblings.cbegin(), siblings.cend(), [&](int id) {
            return pathElement(m_nodes[id]) == element;
        });
        if (match == siblings.cend())
            return {};
        found = createIndex(m_nodes[*match].row, 0, static_cast<quintptr>(*match));
    }
    return found;
}

const CatalogTrigger *CatalogTreeModel::trigger(const QModelIndex &index) const
{
    const Node *found = node(index);
    return found && found->kind == NodeKind::Trigger ? &m_snapshot->triggers[found->item] : nullptr;
}

const CatalogRelation *CatalogTreeModel::relation(const QModelIndex &index) const
{
    const Node *found = node(index);
    if (!found)
        return nullptr;
    if (found->kind == NodeKind::Relation)
        return &m_snapshot->relations[found->item];
    if (found->kind == NodeKind::Column || found->kind == NodeKind::Trigger)
        return &m_snapshot->relations[m_nodes[found->parent].item];
    return nullptr;
}

QVariant CatalogTreeModel::display(const Node &node) const
{
    const CatalogSnapshot &catalog = *m_snapshot;
    switch (node.kind) {
    case NodeKind::Schema:
        return catalog.schemas[node.item].name;
    case NodeKind::Relation:
        return catalog.relations[node.item].name;
    case NodeKind::Column: {
        const CatalogColumn &column = columnOf(node);
        return QStringLiteral("%1  %2").arg(column.name, column.type);
    }
    case NodeKind::Trigger: {
        const CatalogTrigger &trigger = catalog.triggers[node.item];
        // A shared function shows beside each of its triggers.
        const CatalogFunction *function = catalog.function(trigger.function);
        if (function && m_triggersOfFunction.value(trigger.function).size() > 1)
            return tr("%1  → %2() ×%3")
                    .arg(trigger.name, function->name)
                    .arg(m_triggersOfFunction.value(trigger.function).size());
        return trigger.name;
    }
    case NodeKind::EventTriggers:
        return tr("Event triggers");
    case NodeKind::EventTrigger:
        return catalog.eventTriggers[node.item].name;
    }
    return {};
}

bool CatalogTreeModel::matches(const QModelIndex &index, QStringView text) const
{
    const Node *found = node(index);
    if (!found)
        return false;
    const CatalogSnapshot &catalog = *m_snapshot;
    const auto has = [text](QStringView name) {
        return name.contains(text, Qt::CaseInsensitive);
    };
    switch (found->kind) {
    case NodeKind::Schema:
        return has(catalog.schemas[found->item].name);
    case NodeKind::Relation:
        return has(catalog.relations[found->item].name);
    case NodeKind::Column: {
        const CatalogColumn &column = columnOf(*found);
        return has(column.name) || has(column.type);
    }
    case NodeKind::Trigger:
        return has(catalog.triggers[found->item].name);
    case NodeKind::EventTriggers:
        return has(tr("Event triggers"));
    case NodeKind::EventTrigger:
        return has(catalog.eventTriggers[found->item].name);
    }
    return false;
}

QVariant CatalogTreeModel::toolTip(const Node &node) const
{
    const CatalogSnapshot &catalog = *m_snapshot;
    switch (node.kind) {
    case NodeKind::Relation: {
        const CatalogRelation &relation = catalog.relations[node.item];
        QString text = relationKindName(relation.kind).replace(QLatin1Char('_'), QLatin1Char(' '));
        if (relation.isPartition)
            text += tr(" (partition)");
        if (!relation.canCreateTrigger)
            text += tr("\nYou may not create triggers on it.");
        if (!relation.comment.isEmpty())
            text += QLatin1Char('\n') + relation.comment;
        return text;
    }
    case NodeKind::Column: {
        const CatalogColumn &column = columnOf(node);
        QStringList lines {column.type + (column.notNull ? tr(", not null") : QString())};
        if (!column.defaultExpression.isEmpty())
            lines.append(tr("default %1").arg(column.defaultExpression));
        if (column.looksAutomatic)
            lines.append(tr("maintained automatically: %1").arg(column.automaticReason));
        return lines.join(QLatin1Char('\n'));
    }
    case NodeKind::Trigger: {
        const CatalogTrigger &trigger = catalog.triggers[node.item];
        QString text = trigger.definition;
        if (trigger.enabled != TriggerEnabled::Origin)
            text += tr("\nState: %1").arg(enabledStateLabel(trigger.enabled));
        if (trigger.isClone)
            text += tr("\nCloned from the partitioned table's trigger");
        if (trigger.madeByTrigon)
            text += tr("\nMade by Trigon");
        if (const QList<int> sharing = m_triggersOfFunction.value(trigger.function);
            sharing.size() > 1) {
            QStringList others;
            for (int index : sharing) {
                const CatalogTrigger &other = catalog.triggers[index];
                if (&other != &trigger)
                    others.append(tr("%1 on %2.%3").arg(other.name, other.schema, other.table));
            }
            constexpr qsizetype listed = 10;
            text += tr("\nIts function is shared with %n other trigger(s): ", nullptr,
                       int(others.size()))
                    + others.first(std::min(listed, others.size())).join(QStringLiteral(", "));
            if (others.size() > listed)
                text += tr(" and %n more", nullptr, int(others.size() - listed));
        }
        if (const CatalogFunction *function = catalog.function(trigger.function)) {
            text += tr("\nFunction %1.%2(), %3")
                            .arg(function->schema, function->name, function->language);
            constexpr qsizetype sourceLines = 15;
            if (function->hasReadableSource())
                text += QStringLiteral("\n\n") + function->sourceExcerpt(sourceLines);
        }
        return text;
    }
    case NodeKind::EventTrigger: {
        const CatalogEventTrigger &trigger = catalog.eventTriggers[node.item];
        return tr("ON %1 %2").arg(trigger.event, trigger.tags.join(QStringLiteral(", ")));
    }
    case NodeKind::Schema:
    case NodeKind::EventTriggers:
        return {};
    }
    return {};
}

QVariant CatalogTreeModel::decoration(const Node &node) const
{
    const CatalogSnapshot &catalog = *m_snapshot;
    switch (node.kind) {
    case NodeKind::Schema:
    case NodeKind::EventTriggers:
        return schemaIcon();
    case NodeKind::Relation: {
        const RelationKind kind = catalog.relations[node.item].kind;
        return relationIcon(kind == RelationKind::View || kind == RelationKind::MaterializedView);
    }
    case NodeKind::Column:
        return columnIcon(columnOf(node).primaryKey);
    case NodeKind::Trigger: {
        const CatalogTrigger &trigger = catalog.triggers[node.item];
        return triggerIcon(trigger.timing, trigger.level, trigger.enabled);
    }
    case NodeKind::EventTrigger:
        return triggerIcon(TriggerTiming::After, TriggerLevel::Statement,
                           catalog.eventTriggers[node.item].enabled);
    }
    return {};
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &found = *node(index);
    switch (role) {
    case Qt::DisplayRole:
        return display(found);
    case Qt::ToolTipRole:
        return toolTip(found);
    case Qt::DecorationRole:
        return decoration(found);
    case NodeKindRole:
        return static_cast<int>(found.kind);
    case SchemaNameRole:
        if (found.kind == NodeKind::Schema)
            return m_snapshot->schemas[found.item].name;
        if (const CatalogRelation *owner = relation(index))
            return owner->schema;
        return {};
    case RelationNameRole:
        if (const CatalogRelation *owner = relation(index))
            return owner->name;
        return {};
    case TriggerNameRole:
        if (const CatalogTrigger *shown = trigger(index))
            return shown->name;
        return {};
    default:
        return {};
    }
}

} // namespace trigon::ui
