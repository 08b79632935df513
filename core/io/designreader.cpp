#include "core/io/designreader.h"

#include <cmath>

namespace trigon {

namespace {

QStringList conditionKindNames()
{
    QStringList names;
    for (ConditionKind kind :
         {ConditionKind::AnyChange, ConditionKind::AnyDontChange, ConditionKind::AllChange,
          ConditionKind::AllDontChange, ConditionKind::Q, ConditionKind::And, ConditionKind::Or,
          ConditionKind::Not, ConditionKind::Sql, ConditionKind::Exists})
        names.append(conditionKindName(kind));
    return names;
}

} // namespace

DesignReader::DesignReader(QString fileName)
    : m_fileName(std::move(fileName))
{ }

bool DesignReader::fail(const JsonNode &node, const QString &path, const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_error = {m_fileName, node.line, node.column, path, message};
    }
    return false;
}

bool DesignReader::expectType(const JsonNode &node, const QString &path, JsonNode::Type type,
                              const QString &what)
{
    if (node.type == type)
        return true;
    return fail(node, path, tr("expected %1, found %2").arg(what, node.typeName()));
}

// An object whose members are all among `allowed`.
bool DesignReader::expectObject(const JsonNode &node, const QString &path,
                                const QStringList &allowed)
{
    if (!expectType(node, path, JsonNode::Type::Object, tr("an object")))
        return false;
    for (const JsonMember &member : node.members) {
        if (!allowed.contains(member.key)) {
            return fail(member.value, join(path, member.key),
                        tr("unknown key \"%1\" (expected one of %2)")
                                .arg(member.key, quotedList(allowed)));
        }
    }
    return true;
}

QString DesignReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}
QString DesignReader::index(const QString &path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

bool DesignReader::readString(const JsonNode &node, const QString &path, QString &out)
{
    if (!expectType(node, path, JsonNode::Type::String, tr("a string")))
        return false;
    out = node.string;
    return true;
}

bool DesignReader::readBool(const JsonNode &node, const QString &path, bool &out)
{
    if (!expectType(node, path, JsonNode::Type::Bool, tr("true or false")))
        return false;
    out = node.boolean;
    return true;
}

bool DesignReader::readStringList(const JsonNode &node, const QString &path, QStringList &out)
{
    if (!expectType(node, path, JsonNode::Type::Array, tr("an array of strings")))
        return false;
    out.clear();
    for (qsizetype i = 0; i < node.items.size(); ++i) {
        QString text;
        if (!readString(node.items.at(i), index(path, i), text))
            return false;
        out.append(text);
    }
    return true;
}

bool DesignReader::readTable(const JsonNode &node, const QString &path, TableRef &out)
{
    if (!expectObject(node, path, {QStringLiteral("schema"), QStringLiteral("name")}))
        return false;
    out = TableRef {};
    if (!optionalMember(node, path, QStringLiteral("schema"), out.schema,
                        &DesignReader::readString))
        return false;
    const JsonNode *name = requiredMember(node, path, QStringLiteral("name"));
    return name && readString(*name, join(path, QStringLiteral("name")), out.name);
}

bool DesignReader::readTableColumns(const JsonNode &columns, const QString &columnsPath,
                                    QList<TableColumn> &out)
{
    if (!expectType(columns, columnsPath, JsonNode::Type::Array, tr("an array")))
        return false;
    for (qsizetype i = 0; i < columns.items.size(); ++i) {
        const JsonNode &c = columns.items.at(i);
        const QString cPath = index(columnsPath, i);
        TableColumn column;
        const JsonNode *columnName = nullptr;
        if (!expectObject(c, cPath,
                          {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("auto"),
                           QStringLiteral("key")})
            || !(columnName = requiredMember(c, cPath, QStringLiteral("name")))
            || !readString(*columnName, join(cPath, QStringLiteral("name")), column.name)
            || !optionalMember(c, cPath, QStringLiteral("type"), column.type,
                               &DesignReader::readString)
            || !optionalMember(c, cPath, QStringLiteral("auto"), column.autoMaintained,
                               &DesignReader::readBool)
            || !optionalMember(c, cPath, QStringLiteral("key"), column.key,
                               &DesignReader::readBool))
            return false;
        out.append(column);
    }
    return true;
}

bool DesignReader::readDesignTables(const JsonNode &tables, const QString &tablesPath,
                                    QList<DesignTable> &out)
{
    if (!expectType(tables, tablesPath, JsonNode::Type::Array, tr("an array")))
        return false;
    if (tables.items.isEmpty())
        return fail(tables, tablesPath, tr("the list is empty: a design needs at least one table"));
    for (qsizetype i = 0; i < tables.items.size(); ++i) {
        const JsonNode &t = tables.items.at(i);
        const QString tPath = index(tablesPath, i);
        DesignTable table;
        const JsonNode *name = nullptr;
        if (!expectObject(
                    t, tPath,
                    {QStringLiteral("schema"), QStringLiteral("name"), QStringLiteral("columns")})
            || !optionalMember(t, tPath, QStringLiteral("schema"), table.table.schema,
                               &DesignReader::readString)
            || !(name = requiredMember(t, tPath, QStringLiteral("name")))
            || !readString(*name, join(tPath, QStringLiteral("name")), table.table.name))
            return false;
        if (const JsonNode *columns = t.member(QStringLiteral("columns"))) {
            if (!readTableColumns(*columns, join(tPath, QStringLiteral("columns")), table.columns))
                return false;
        }
        out.append(table);
    }
    return true;
}

bool DesignReader::readTableSelector(const JsonNode &node, const QString &path, TableSelector &out)
{
    out = TableSelector {};
    return expectObject(node, path,
                        {QStringLiteral("schema"), QStringLiteral("pattern"),
                         QStringLiteral("exclude"), QStringLiteral("has_column")})
            && optionalMember(node, path, QStringLiteral("schema"), out.schema,
                              &DesignReader::readString)
            && optionalMember(node, path, QStringLiteral("pattern"), out.pattern,
                              &DesignReader::readString)
            && optionalMember(node, path, QStringLiteral("exclude"), out.exclude,
                              &DesignReader::readStringList)
            && optionalMember(node, path, QStringLiteral("has_column"), out.hasColumn,
                              &DesignReader::readString);
}

bool DesignReader::readFieldRef(const JsonNode &node, const QString &path, FieldRef &out)
{
    QString text;
    if (!readString(node, path, text))
        return false;
    const std::optional<QEntry> entry = QEntry::fromKey(text);
    if (!entry || entry->lookup != Lookup::Exact) {
        return fail(node, path,
                    tr("\"%1\" is no field: write old__<column> or new__<column>").arg(text));
    }
    out = entry->field;
    return true;
}

bool DesignReader::readCondition(const JsonNode &node, const QString &path, Condition &out)
{
    if (!expectType(node, path, JsonNode::Type::Object, tr("a condition object")))
        return false;
    if (node.members.size() != 1) {
        return fail(node, path,
                    tr("a condition has exactly one key, its kind (one of %1)")
                            .arg(quotedList(conditionKindNames())));
    }
    const JsonMember &member = node.members.first();
    const std::optional<ConditionKind> kind = conditionKindFromName(member.key);
    const QString inner = join(path, member.key);
    if (!kind) {
        return fail(node, inner,
                    tr("unknown condition kind \"%1\" (expected one of %2)")
                            .arg(member.key, quotedList(conditionKindNames())));
    }
    out = Condition {};
    out.kind = *kind;
    const JsonNode &value = member.value;
    switch (*kind) {
    case ConditionKind::AnyChange:
    case ConditionKind::AnyDontChange:
    case ConditionKind::AllChange:
    case ConditionKind::AllDontChange:
        return expectObject(value, inner,
                            {QStringLiteral("fields"), QStringLiteral("exclude"),
                             QStringLiteral("exclude_auto")})
                && optionalMember(value, inner, QStringLiteral("fields"), out.fields,
                                  &DesignReader::readStringList)
                && optionalMember(value, inner, QStringLiteral("exclude"), out.exclude,
                                  &DesignReader::readStringList)
                && optionalMember(value, inner, QStringLiteral("exclude_auto"), out.excludeAuto,
                                  &DesignReader::readBool);
    case ConditionKind::Q:
        if (!expectType(value, inner, JsonNode::Type::Object, tr("an object")))
            return false;
        for (const JsonMember &entryMember : value.members) {
            const QString entryPath = join(inner, entryMember.key);
            std::optional<QEntry> entry = QEntry::fromKey(entryMember.key);
            if (!entry) {
                return fail(entryMember.value, entryPath,
                            tr("\"%1\" is no q key: write old__<column>[__<lookup>] "
                               "or new__<column>[__<lookup>]")
                                    .arg(entryMember.key));
            }
            const JsonNode &v = entryMember.value;
            if (v.isObject() && v.members.size() == 1
                && v.members.first().key == QLatin1String("f")) {
                FieldRef ref;
                if (!readFieldRef(v.members.first().value, join(entryPath, QStringLiteral("f")),
                                  ref))
                    return false;
                entry->ref = ref;
            } else {
                entry->literal = v.toJsonValue();
            }
            out.entries.append(*entry);
        }
        return true;
    case ConditionKind::And:
    case ConditionKind::Or:
        if (!expectType(value, inner, JsonNode::Type::Array, tr("an array of conditions")))
            return false;
        for (qsizetype i = 0; i < value.items.size(); ++i) {
            Condition operand;
            if (!readCondition(value.items.at(i), index(inner, i), operand))
                return false;
            out.operands.append(operand);
        }
        return true;
    case ConditionKind::Not: {
        Condition operand;
        if (!readCondition(value, inner, operand))
            return false;
        out.operands = {operand};
        return true;
    }
    case ConditionKind::Sql:
        return readString(value, inner, out.sql);
    case ConditionKind::Exists: {
        // {"table": {...}, "match": {"other_column": "new__column", ...}, "where": "..."}
        const JsonNode *table = nullptr;
        const JsonNode *match = nullptr;
        if (!expectObject(
                    value, inner,
                    {QStringLiteral("table"), QStringLiteral("match"), QStringLiteral("where")})
            || !(table = requiredMember(value, inner, QStringLiteral("table")))
            || !readTable(*table, join(inner, QStringLiteral("table")), out.table)
            || !(match = requiredMember(value, inner, QStringLiteral("match")))
            || !expectType(*match, join(inner, QStringLiteral("match")), JsonNode::Type::Object,
                           tr("an object")))
            return false;
        for (const JsonMember &pair : match->members) {
            ColumnMatch columnMatch {pair.key, {}};
            if (!readFieldRef(pair.value, join(join(inner, QStringLiteral("match")), pair.key),
                              columnMatch.field))
                return false;
            out.matches.append(columnMatch);
        }
        return optionalMember(value, inner, QStringLiteral("where"), out.sql,
                              &DesignReader::readString);
    }
    }
    return false;
}

bool DesignReader::readPayloadValue(const JsonNode &node, const QString &path, PayloadValue &out)
{
    static const QStringList specialKeys
            = {QStringLiteral("new"), QStringLiteral("old"), QStringLiteral("row"),
               QStringLiteral("tg"),  QStringLiteral("now"), QStringLiteral("setting"),
               QStringLiteral("sql"), QStringLiteral("ddl")};
    if (!node.isObject() || node.members.size() != 1
        || !specialKeys.contains(node.members.first().key)) {
        out = PayloadValue::json(node.toJsonValue());
        return true;
    }
    const QString key = node.members.first().key;
    const JsonNode &value = node.members.first().value;
    const QString inner = join(path, key);
    if (key == QLatin1String("now")) {
        if (!(value.type == JsonNode::Type::Bool && value.boolean))
            return fail(value, inner, tr("write {\"now\": true}"));
        out = PayloadValue::now();
        return true;
    }
    QString text;
    if (!readString(value, inner, text))
        return false;
    if (key == QLatin1String("new") || key == QLatin1String("old")) {
        out = PayloadValue::column(key == QLatin1String("old") ? RowVersion::Old : RowVersion::New,
                                   text);
    } else if (key == QLatin1String("row")) {
        if (text != QLatin1String("new") && text != QLatin1String("old"))
            return fail(value, inner, tr("expected \"new\" or \"old\""));
        out = PayloadValue::wholeRow(text == QLatin1String("old") ? RowVersion::Old
                                                                  : RowVersion::New);
    } else if (key == QLatin1String("tg")) {
        if (!tgVariableNames().contains(text)) {
            return fail(value, inner,
                        tr("unknown trigger variable \"%1\" (expected one of %2)")
                                .arg(text, quotedList(tgVariableNames())));
        }
        out = PayloadValue::tg(text);
    } else if (key == QLatin1String("setting")) {
        out = PayloadValue::setting(text);
    } else if (key == QLatin1String("ddl")) {
        if (!ddlFieldNames().contains(text)) {
            return fail(value, inner,
                        tr("unknown DDL field \"%1\" (expected one of %2)")
                                .arg(text, quotedList(ddlFieldNames())));
        }
        out = PayloadValue::ddl(text);
    } else {
        out = PayloadValue::sqlExpression(text);
    }
    return true;
}

bool DesignReader::readNamedValues(const JsonNode &node, const QString &path,
                                   QList<NamedValue> &out)
{
    if (!expectType(node, path, JsonNode::Type::Object, tr("an object")))
        return false;
    out.clear();
    for (const JsonMember &member : node.members) {
        NamedValue value {member.key, {}};
        if (!readPayloadValue(member.value, join(path, member.key), value.value))
            return false;
        out.append(value);
    }
    return true;
}

const JsonNode *DesignReader::requiredMember(const JsonNode &object, const QString &path,
                                             const QString &key)
{
    const JsonNode *value = object.member(key);
    if (!value)
        fail(object, path, tr("missing key \"%1\"").arg(key));
    return value;
}

bool DesignReader::failUnknownValue(const JsonNode &node, const QString &path, const QString &text,
                                    const QStringList &names)
{
    return fail(node, path,
                tr("unknown value \"%1\" (expected one of %2)").arg(text, quotedList(names)));
}

QString DesignReader::quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u'"' + name + u'"');
    return quoted.join(QLatin1String(", "));
}

ActionFieldsReader::ActionFieldsReader(DesignReader &reader, const JsonNode &node, QString path)
    : m_reader(reader)
    , m_node(node)
    , m_path(std::move(path))
{ }

const JsonNode *ActionFieldsReader::member(const char *key) const
{
    return m_node.member(QString::fromLatin1(key));
}

QString ActionFieldsReader::path(const char *key) const
{
    return DesignReader::join(m_path, QString::fromLatin1(key));
}

bool ActionFieldsReader::allowOnly(std::initializer_list<const char *> keys)
{
    QStringList allowed = {QStringLiteral("kind")};
    for (const char *key : keys)
        allowed.append(QString::fromLatin1(key));
    return m_reader.expectObject(m_node, m_path, allowed);
}

bool ActionFieldsReader::optionalString(const char *key, QString &out)
{
    return m_reader.optionalMember(m_node, m_path, QString::fromLatin1(key), out,
                                   &DesignReader::readString);
}

bool ActionFieldsReader::optionalStringList(const char *key, QStringList &out)
{
    return m_reader.optionalMember(m_node, m_path, QString::fromLatin1(key), out,
                                   &DesignReader::readStringList);
}

bool ActionFieldsReader::optionalBool(const char *key, bool &out)
{
    return m_reader.optionalMember(m_node, m_path, QString::fromLatin1(key), out,
                                   &DesignReader::readBool);
}

bool ActionFieldsReader::optionalTable(const char *key, TableRef &out)
{
    return m_reader.optionalMember(m_node, m_path, QString::fromLatin1(key), out,
                                   &DesignReader::readTable);
}

bool ActionFieldsReader::optionalNamedValues(const char *key, QList<NamedValue> &out)
{
    return m_reader.optionalMember(m_node, m_path, QString::fromLatin1(key), out,
                                   &DesignReader::readNamedValues);
}

bool ActionFieldsReader::optionalValue(const char *key, PayloadValue &out)
{
    return m_reader.optionalMember(m_node, m_path, QString::fromLatin1(key), out,
                                   &DesignReader::readPayloadValue);
}

bool ActionFieldsReader::optionalInt(const char *key, int &out, int minimum, int maximum)
{
    const JsonNode *value = member(key);
    if (!value)
        return true;
    if (!m_reader.expectType(*value, path(key), JsonNode::Type::Number,
                             DesignReader::tr("a whole number")))
        return false;
    if (value->number != std::floor(value->number) || value->number < minimum
        || value->number > maximum)
        return m_reader.fail(*value, path(key),
                             DesignReader::tr("expected a whole number from %1 to %2")
                                     .arg(minimum)
                                     .arg(maximum));
    out = static_cast<int>(value->number);
    return true;
}

bool ActionFieldsReader::requiredTable(const char *key, TableRef &out)
{
    const JsonNode *value = m_reader.requiredMember(m_node, m_path, QString::fromLatin1(key));
    return value && m_reader.readTable(*value, path(key), out);
}

bool ActionFieldsReader::requiredCondition(const char *key, Condition &out)
{
    const JsonNode *value = m_reader.requiredMember(m_node, m_path, QString::fromLatin1(key));
    return value && m_reader.readCondition(*value, path(key), out);
}

bool ActionFieldsReader::forEachItem(
        const char *key, const std::function<bool(const JsonNode &, const QString &)> &read)
{
    const JsonNode *list = member(key);
    if (!list)
        return true;
    const QString listPath = path(key);
    if (!m_reader.expectType(*list, listPath, JsonNode::Type::Array, DesignReader::tr("an array")))
        return false;
    for (qsizetype i = 0; i < list->items.size(); ++i) {
        if (!read(list->items.at(i), DesignReader::index(listPath, i)))
            return false;
    }
    return true;
}

} // namespace trigon
