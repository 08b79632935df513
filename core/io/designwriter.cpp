#include "core/io/designwriter.h"

namespace trigon {

namespace {

JsonNode fieldRefText(const FieldRef &field)
{
    return jsonText(
            (field.row == RowVersion::Old ? QStringLiteral("old__") : QStringLiteral("new__"))
            + field.column);
}

JsonNode payloadValueNode(const PayloadValue &value)
{
    const auto single = [](const char *key, JsonNode node) {
        return JsonNode::object({{QString::fromLatin1(key), std::move(node)}});
    };
    switch (value.kind) {
    case PayloadValue::Kind::NewColumn:
        return single("new", jsonText(value.text));
    case PayloadValue::Kind::OldColumn:
        return single("old", jsonText(value.text));
    case PayloadValue::Kind::Row:
        return single("row", jsonText(value.text));
    case PayloadValue::Kind::TgVariable:
        return single("tg", jsonText(value.text));
    case PayloadValue::Kind::Now:
        return single("now", JsonNode::fromBool(true));
    case PayloadValue::Kind::Setting:
        return single("setting", jsonText(value.text));
    case PayloadValue::Kind::Sql:
        return single("sql", jsonText(value.text));
    case PayloadValue::Kind::Literal:
        return JsonNode::fromJsonValue(value.literal);
    case PayloadValue::Kind::Ddl:
        return single("ddl", jsonText(value.text));
    }
    return JsonNode::null();
}

} // namespace

JsonNode jsonPayloadValue(const PayloadValue &value)
{
    return payloadValueNode(value);
}

JsonNode jsonText(const QString &text)
{
    return JsonNode::fromString(text);
}

JsonNode jsonTextArray(const QStringList &list)
{
    JsonNode node = JsonNode::array();
    for (const QString &text : list)
        node.items.append(jsonText(text));
    return node;
}

JsonNode jsonTable(const TableRef &table)
{
    return JsonNode::object({{QStringLiteral("schema"), jsonText(table.schema)},
                             {QStringLiteral("name"), jsonText(table.name)}});
}

JsonNode jsonCondition(const Condition &condition)
{
    JsonNode value;
    switch (condition.kind) {
    case ConditionKind::AnyChange:
    case ConditionKind::AnyDontChange:
    case ConditionKind::AllChange:
    case ConditionKind::AllDontChange:
        value = JsonNode::object(
                {{QStringLiteral("fields"), jsonTextArray(condition.fields)},
                 {QStringLiteral("exclude"), jsonTextArray(condition.exclude)},
                 {QStringLiteral("exclude_auto"), JsonNode::fromBool(condition.excludeAuto)}});
        break;
    case ConditionKind::Q:
        value = JsonNode::object();
        for (const QEntry &entry : condition.entries) {
            value.append(
                    entry.key(),
                    entry.ref ? JsonNode::object({{QStringLiteral("f"), fieldRefText(*entry.ref)}})
                              : JsonNode::fromJsonValue(entry.literal));
        }
        break;
    case ConditionKind::And:
    case ConditionKind::Or:
        value = JsonNode::array();
        for (const Condition &operand : condition.operands)
            value.items.append(jsonCondition(operand));
        break;
    case ConditionKind::Not:
        value = condition.operands.isEmpty() ? JsonNode::null()
                                             : jsonCondition(condition.operands.first());
        break;
    case ConditionKind::Sql:
        value = jsonText(condition.sql);
        break;
    case ConditionKind::Exists: {
        JsonNode match = JsonNode::object();
        for (const ColumnMatch &columnMatch : condition.matches)
            match.append(columnMatch.column, fieldRefText(columnMatch.field));
        value = JsonNode::object({{QStringLiteral("table"), jsonTable(condition.table)},
                                  {QStringLiteral("match"), match},
                                  {QStringLiteral("where"), jsonText(condition.sql)}});
        break;
    }
    }
    return JsonNode::object({{conditionKindName(condition.kind), value}});
}

JsonNode jsonNamedValues(const QList<NamedValue> &values)
{
    JsonNode node = JsonNode::object();
    for (const NamedValue &value : values)
        node.append(value.name, payloadValueNode(value.value));
    return node;
}

} // namespace trigon
