#include "ui/monitor/jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trigon::ui {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

bool JsonTreeModel::setJson(const QString &text)
{
    beginResetModel();
    m_items.clear();
    JsonSyntaxError error;
    m_root = parseJson(text, &error);
    if (!m_root) {
        // parseJson refuses duplicate keys, which the json type keeps: Qt's parser still reads
        // such a payload (the last value wins, and key order is lost).
        QJsonParseError qtError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &qtError);
        if (qtError.error == QJsonParseError::NoError)
            m_root = JsonNode::fromJsonValue(document.isArray() ? QJsonValue(document.array())
                                                                : QJsonValue(document.object()));
    }
    const bool tree = m_root && (m_root->isObject() || m_root->isArray());
    if (tree) {
        m_items.push_back(Item {QString(), &*m_root, 0, 0, {}});
        addChildren(0);
    } else {
        m_root.reset();
    }
    endResetModel();
    return tree;
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_root.reset();
    endResetModel();
}

void JsonTreeModel::addChildren(size_t item)
{
    const JsonNode *node = m_items[item].node;
    const auto add = [this, item](const QString &key, const JsonNode *child) {
        const size_t id = m_items.size();
        m_items.push_back(
                Item {key, child, item, static_cast<int>(m_items[item].children.size()), {}});
        m_items[item].children.push_back(id);
        addChildren(id);
    };
    for (qsizetype i = 0; i < node->items.size(); ++i)
        add(QStringLiteral("[%1]").arg(i), &node->items.at(i));
    for (const JsonMember &member : node->members)
        add(member.key, &member.value);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent) || m_items.empty())
        return {};
    return createIndex(row, column, m_items[itemId(parent)].children[static_cast<size_t>(row)]);
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const size_t parentId = m_items[child.internalId()].parent;
    if (parentId == 0)
        return {};
    return createIndex(m_items[parentId].row, 0, parentId);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_items.empty() || parent.column() > 0)
        return 0;
    return static_cast<int>(m_items[itemId(parent)].children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Item &item = m_items[index.internalId()];
    const JsonNode &node = *item.node;
    if (index.column() == KeyColumn)
        return item.key;
    if (index.column() == TypeColumn) {
        switch (node.type) {
        case JsonNode::Type::Null:
            return tr("null", "JSON type");
        case JsonNode::Type::Bool:
            return tr("boolean", "JSON type");
        case JsonNode::Type::Number:
            return tr("number", "JSON type");
        case JsonNode::Type::String:
            return tr("string", "JSON type");
        case JsonNode::Type::Array:
            return tr("array", "JSON type");
        case JsonNode::Type::Object:
            return tr("object", "JSON type");
        }
        return {};
    }
    switch (node.type) {
    case JsonNode::Type::Null:
        return QStringLiteral("null");
    case JsonNode::Type::Bool:
        return node.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case JsonNode::Type::Number:
        return jsonNumberText(node.number);
    case JsonNode::Type::String:
        return node.string;
    case JsonNode::Type::Array:
        return QStringLiteral("[%1]").arg(node.items.size());
    case JsonNode::Type::Object:
        return QStringLiteral("{%1}").arg(node.members.size());
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace trigon::ui
