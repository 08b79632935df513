#include "core/io/designfile.h"

#include "core/io/jsontree.h"

#include <QFile>
#include <QSaveFile>

#include <functional>

namespace trigon {

namespace {

// ---- writing ----

JsonNode str(const QString &text)
{
    return JsonNode::fromString(text);
}

JsonNode stringArray(const QStringList &list)
{
    JsonNode node = JsonNode::array();
    for (const QString &text : list)
        node.items.append(str(text));
    return node;
}

JsonNode tableNode(const TableRef &table)
{
    return JsonNode::object({{QStringLiteral("schema"), str(table.schema)},
                             {QStringLiteral("name"), str(table.name)}});
}

JsonNode fieldRefText(const FieldRef &field)
{
    return str((field.row == RowVersion::Old ? QStringLiteral("old__") : QStringLiteral("new__"))
               + field.column);
}

JsonNode conditionNode(const Condition &condition)
{
    JsonNode value;
    switch (condition.kind) {
    case ConditionKind::AnyChange:
    case ConditionKind::AnyDontChange:
    case ConditionKind::AllChange:
    case ConditionKind::AllDontChange:
        value = JsonNode::object(
                {{QStringLiteral("fields"), stringArray(condition.fields)},
                 {QStringLiteral("exclude"), stringArray(condition.exclude)},
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
            value.items.append(conditionNode(operand));
        break;
    case ConditionKind::Not:
        value = condition.operands.isEmpty() ? JsonNode::null()
                                             : conditionNode(condition.operands.first());
        break;
    case ConditionKind::Sql:
        value = str(condition.sql);
        break;
    }
    return JsonNode::object({{conditionKindName(condition.kind), value}});
}

JsonNode payloadValueNode(const PayloadValue &value)
{
    const auto single = [](const char *key, JsonNode node) {
        return JsonNode::object({{QString::fromLatin1(key), std::move(node)}});
    };
    switch (value.kind) {
    case PayloadValue::Kind::NewColumn:
        return single("new", str(value.text));
    case PayloadValue::Kind::OldColumn:
        return single("old", str(value.text));
    case PayloadValue::Kind::Row:
        return single("row", str(value.text));
    case PayloadValue::Kind::TgVariable:
        return single("tg", str(value.text));
    case PayloadValue::Kind::Now:
        return single("now", JsonNode::fromBool(true));
    case PayloadValue::Kind::Setting:
        return single("setting", str(value.text));
    case PayloadValue::Kind::Sql:
        return single("sql", str(value.text));
    case PayloadValue::Kind::Literal:
        return JsonNode::fromJsonValue(value.literal);
    }
    return JsonNode::null();
}

JsonNode namedValuesNode(const QList<NamedValue> &values)
{
    JsonNode node = JsonNode::object();
    for (const NamedValue &value : values)
        node.append(value.name, payloadValueNode(value.value));
    return node;
}

QString auditModeName(AuditAction::Mode mode)
{
    return mode == AuditAction::Mode::FullRows ? QStringLiteral("full_rows")
                                               : QStringLiteral("changed_fields");
}

QString overflowName(NotifyAction::Overflow overflow)
{
    switch (overflow) {
    case NotifyAction::Overflow::Truncate:
        return QStringLiteral("truncate");
    case NotifyAction::Overflow::Skip:
        return QStringLiteral("skip");
    case NotifyAction::Overflow::Error:
        return QStringLiteral("error");
    }
    return {};
}

struct ActionWriter
{
    JsonNode &node;

    void operator()(const ProtectAction &a)
    {
        node.append(QStringLiteral("message"), str(a.message));
        node.append(QStringLiteral("sqlstate"), str(a.sqlState));
    }
    void operator()(const SoftDeleteAction &a)
    {
        node.append(QStringLiteral("column"), str(a.column));
        node.append(QStringLiteral("value"), JsonNode::fromJsonValue(a.value));
        node.append(QStringLiteral("key"), stringArray(a.key));
    }
    void operator()(const FsmAction &a)
    {
        node.append(QStringLiteral("column"), str(a.column));
        JsonNode transitions = JsonNode::array();
        for (const FsmTransition &t : a.transitions) {
            transitions.items.append(JsonNode::object(
                    {{QStringLiteral("from"), str(t.from)}, {QStringLiteral("to"), str(t.to)}}));
        }
        node.append(QStringLiteral("transitions"), transitions);
        node.append(QStringLiteral("message"), str(a.message));
    }
    void operator()(const AuditAction &a)
    {
        node.append(QStringLiteral("table"), tableNode(a.table));
        node.append(QStringLiteral("mode"), str(auditModeName(a.mode)));
        node.append(QStringLiteral("user_setting"), str(a.userSetting));
        node.append(QStringLiteral("create_table"), JsonNode::fromBool(a.createTable));
    }
    void operator()(const NotifyAction &a)
    {
        node.append(QStringLiteral("channel"), str(a.channel));
        node.append(QStringLiteral("payload"), namedValuesNode(a.payload));
        node.append(QStringLiteral("on_overflow"), str(overflowName(a.onOverflow)));
    }
    void operator()(const ValidateAction &a)
    {
        node.append(QStringLiteral("check"), conditionNode(a.check));
        node.append(QStringLiteral("message"), str(a.message));
        node.append(QStringLiteral("sqlstate"), str(a.sqlState));
    }
    void operator()(const SetTimestampAction &a)
    {
        node.append(QStringLiteral("columns"), stringArray(a.columns));
    }
    void operator()(const InsertAction &a)
    {
        node.append(QStringLiteral("table"), tableNode(a.table));
        node.append(QStringLiteral("values"), namedValuesNode(a.values));
    }
    void operator()(const SqlAction &a)
    {
        node.append(QStringLiteral("declarations"), str(a.declarations));
        node.append(QStringLiteral("body"), str(a.body));
    }
};

JsonNode actionNode(const Action &action)
{
    JsonNode node
            = JsonNode::object({{QStringLiteral("kind"), str(actionKindName(actionKind(action)))}});
    std::visit(ActionWriter {node}, action);
    return node;
}

JsonNode testCaseNode(const TriggerTestCase &test)
{
    JsonNode node = JsonNode::object();
    node.append(QStringLiteral("name"), str(test.name));
    if (!test.setup.isEmpty())
        node.append(QStringLiteral("setup"), str(test.setup));
    node.append(QStringLiteral("action"), str(test.action));
    JsonNode expect = JsonNode::object();
    if (test.raises) {
        expect.append(QStringLiteral("raises"),
                      JsonNode::object({{QStringLiteral("message"), str(test.raises->message)},
                                        {QStringLiteral("sqlstate"), str(test.raises->sqlState)}}));
    }
    if (!test.queries.isEmpty()) {
        JsonNode queries = JsonNode::array();
        for (const QueryExpectation &query : test.queries) {
            JsonNode rows = JsonNode::array();
            for (const QStringList &row : query.rows)
                rows.items.append(stringArray(row));
            queries.items.append(JsonNode::object(
                    {{QStringLiteral("sql"), str(query.sql)}, {QStringLiteral("rows"), rows}}));
        }
        expect.append(QStringLiteral("query"), queries);
    }
    if (!test.rowCounts.isEmpty()) {
        JsonNode counts = JsonNode::array();
        for (const RowCountExpectation &count : test.rowCounts) {
            counts.items.append(
                    JsonNode::object({{QStringLiteral("table"), tableNode(count.table)},
                                      {QStringLiteral("change"),
                                       JsonNode::fromNumber(static_cast<double>(count.change))}}));
        }
        expect.append(QStringLiteral("row_count"), counts);
    }
    if (!test.notifications.isEmpty()) {
        JsonNode notifications = JsonNode::array();
        for (const NotificationExpectation &notification : test.notifications) {
            notifications.items.append(JsonNode::object(
                    {{QStringLiteral("channel"), str(notification.channel)},
                     {QStringLiteral("payload"), JsonNode::fromJsonValue(notification.fields)}}));
        }
        expect.append(QStringLiteral("notify"), notifications);
    }
    if (!test.notices.isEmpty())
        expect.append(QStringLiteral("notice"), stringArray(test.notices));
    if (test.firedOrder)
        expect.append(QStringLiteral("fired"), stringArray(*test.firedOrder));
    node.append(QStringLiteral("expect"), expect);
    return node;
}

JsonNode triggerNode(const TriggerDesign &trigger)
{
    JsonNode node = JsonNode::object();
    node.append(QStringLiteral("id"), str(trigger.id));
    node.append(QStringLiteral("name"), str(trigger.name));
    node.append(QStringLiteral("table"), tableNode(trigger.table));
    JsonNode columns = JsonNode::array();
    for (const TableColumn &column : trigger.tableColumns) {
        JsonNode c = JsonNode::object({{QStringLiteral("name"), str(column.name)},
                                       {QStringLiteral("type"), str(column.type)}});
        if (column.autoMaintained)
            c.append(QStringLiteral("auto"), JsonNode::fromBool(true));
        if (column.key)
            c.append(QStringLiteral("key"), JsonNode::fromBool(true));
        columns.items.append(c);
    }
    node.append(QStringLiteral("table_columns"), columns);
    node.append(QStringLiteral("timing"), str(timingName(trigger.timing)));
    JsonNode events = JsonNode::array();
    for (TriggerEvent event : trigger.events)
        events.items.append(str(eventName(event)));
    node.append(QStringLiteral("events"), events);
    node.append(QStringLiteral("columns"), stringArray(trigger.columns));
    node.append(QStringLiteral("level"), str(levelName(trigger.level)));
    const auto nameOrNull = [](const QString &name) {
        return name.isEmpty() ? JsonNode::null() : str(name);
    };
    node.append(
            QStringLiteral("referencing"),
            JsonNode::object({{QStringLiteral("old"), nameOrNull(trigger.referencing.oldTable)},
                              {QStringLiteral("new"), nameOrNull(trigger.referencing.newTable)}}));
    if (trigger.constraint) {
        const ConstraintOptions &c = *trigger.constraint;
        node.append(
                QStringLiteral("constraint"),
                JsonNode::object({{QStringLiteral("deferrable"), JsonNode::fromBool(c.deferrable)},
                                  {QStringLiteral("initially"),
                                   str(c.initiallyDeferred ? QStringLiteral("deferred")
                                                           : QStringLiteral("immediate"))},
                                  {QStringLiteral("from"),
                                   c.from ? tableNode(*c.from) : JsonNode::null()}}));
    } else {
        node.append(QStringLiteral("constraint"), JsonNode::null());
    }
    node.append(QStringLiteral("arguments"), stringArray(trigger.arguments));
    node.append(QStringLiteral("enabled"), str(enabledName(trigger.enabled)));
    node.append(QStringLiteral("comment"), str(trigger.comment));
    node.append(QStringLiteral("condition"),
                trigger.condition ? conditionNode(*trigger.condition) : JsonNode::null());
    JsonNode actions = JsonNode::array();
    for (const Action &action : trigger.actions)
        actions.items.append(actionNode(action));
    node.append(QStringLiteral("actions"), actions);
    // Written only when there are any, so files without tests stay as they were.
    if (!trigger.tests.isEmpty()) {
        JsonNode tests = JsonNode::array();
        for (const TriggerTestCase &test : trigger.tests)
            tests.items.append(testCaseNode(test));
        node.append(QStringLiteral("tests"), tests);
    }
    return node;
}

// ---- reading ----

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u'"' + name + u'"');
    return quoted.join(QLatin1String(", "));
}

class Reader
{
public:
    explicit Reader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    DesignFileError error() const { return m_error; }

    bool fail(const JsonNode &node, const QString &path, const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = {m_fileName, node.line, node.column, path, message};
        }
        return false;
    }

    bool expectType(const JsonNode &node, const QString &path, JsonNode::Type type,
                    const QString &what)
    {
        if (node.type == type)
            return true;
        return fail(node, path, QStringLiteral("expected %1, found %2").arg(what, node.typeName()));
    }

    // An object whose members are all among `allowed`.
    bool expectObject(const JsonNode &node, const QString &path, const QStringList &allowed)
    {
        if (!expectType(node, path, JsonNode::Type::Object, QStringLiteral("an object")))
            return false;
        for (const JsonMember &member : node.members) {
            if (!allowed.contains(member.key)) {
                return fail(member.value, join(path, member.key),
                            QStringLiteral("unknown key \"%1\" (expected one of %2)")
                                    .arg(member.key, quotedList(allowed)));
            }
        }
        return true;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString index(const QString &path, qsizetype i)
    {
        return path + QStringLiteral("[%1]").arg(i);
    }

    bool readString(const JsonNode &node, const QString &path, QString &out)
    {
        if (!expectType(node, path, JsonNode::Type::String, QStringLiteral("a string")))
            return false;
        out = node.string;
        return true;
    }

    bool readBool(const JsonNode &node, const QString &path, bool &out)
    {
        if (!expectType(node, path, JsonNode::Type::Bool, QStringLiteral("true or false")))
            return false;
        out = node.boolean;
        return true;
    }

    bool readStringList(const JsonNode &node, const QString &path, QStringList &out)
    {
        if (!expectType(node, path, JsonNode::Type::Array, QStringLiteral("an array of strings")))
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

    // A member that may be absent (keeping `out`'s default); `read` checks its type.
    template<typename T, typename Read>
    bool optionalMember(const JsonNode &object, const QString &path, const QString &key, T &out,
                        Read read)
    {
        const JsonNode *value = object.member(key);
        if (!value)
            return true;
        return (this->*read)(*value, join(path, key), out);
    }

    const JsonNode *requiredMember(const JsonNode &object, const QString &path, const QString &key)
    {
        const JsonNode *value = object.member(key);
        if (!value)
            fail(object, path, QStringLiteral("missing key \"%1\"").arg(key));
        return value;
    }

    template<typename Enum>
    bool readEnum(const JsonNode &node, const QString &path, Enum &out,
                  std::optional<Enum> (*fromName)(const QString &), const QStringList &names)
    {
        QString text;
        if (!readString(node, path, text))
            return false;
        const std::optional<Enum> value = fromName(text);
        if (!value) {
            return fail(node, path,
                        QStringLiteral("unknown value \"%1\" (expected one of %2)")
                                .arg(text, quotedList(names)));
        }
        out = *value;
        return true;
    }

    bool readTable(const JsonNode &node, const QString &path, TableRef &out)
    {
        if (!expectObject(node, path, {QStringLiteral("schema"), QStringLiteral("name")}))
            return false;
        out = TableRef {};
        if (!optionalMember(node, path, QStringLiteral("schema"), out.schema, &Reader::readString))
            return false;
        const JsonNode *name = requiredMember(node, path, QStringLiteral("name"));
        return name && readString(*name, join(path, QStringLiteral("name")), out.name);
    }

    bool readFieldRef(const JsonNode &node, const QString &path, FieldRef &out)
    {
        QString text;
        if (!readString(node, path, text))
            return false;
        const std::optional<QEntry> entry = QEntry::fromKey(text);
        if (!entry || entry->lookup != Lookup::Exact) {
            return fail(node, path,
                        QStringLiteral("\"%1\" is no field: write old__<column> or new__<column>")
                                .arg(text));
        }
        out = entry->field;
        return true;
    }

    bool readCondition(const JsonNode &node, const QString &path, Condition &out)
    {
        if (!expectType(node, path, JsonNode::Type::Object, QStringLiteral("a condition object")))
            return false;
        if (node.members.size() != 1) {
            return fail(node, path,
                        QStringLiteral("a condition has exactly one key, its kind (one of %1)")
                                .arg(quotedList(conditionKindNames())));
        }
        const JsonMember &member = node.members.first();
        const std::optional<ConditionKind> kind = conditionKindFromName(member.key);
        const QString inner = join(path, member.key);
        if (!kind) {
            return fail(node, inner,
                        QStringLiteral("unknown condition kind \"%1\" (expected one of %2)")
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
                                      &Reader::readStringList)
                    && optionalMember(value, inner, QStringLiteral("exclude"), out.exclude,
                                      &Reader::readStringList)
                    && optionalMember(value, inner, QStringLiteral("exclude_auto"), out.excludeAuto,
                                      &Reader::readBool);
        case ConditionKind::Q:
            if (!expectType(value, inner, JsonNode::Type::Object, QStringLiteral("an object")))
                return false;
            for (const JsonMember &entryMember : value.members) {
                const QString entryPath = join(inner, entryMember.key);
                std::optional<QEntry> entry = QEntry::fromKey(entryMember.key);
                if (!entry) {
                    return fail(
                            entryMember.value, entryPath,
                            QStringLiteral("\"%1\" is no q key: write old__<column>[__<lookup>] "
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
            if (!expectType(value, inner, JsonNode::Type::Array,
                            QStringLiteral("an array of conditions")))
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
        }
        return false;
    }

    static QStringList conditionKindNames()
    {
        QStringList names;
        for (ConditionKind kind :
             {ConditionKind::AnyChange, ConditionKind::AnyDontChange, ConditionKind::AllChange,
              ConditionKind::AllDontChange, ConditionKind::Q, ConditionKind::And, ConditionKind::Or,
              ConditionKind::Not, ConditionKind::Sql})
            names.append(conditionKindName(kind));
        return names;
    }

    bool readPayloadValue(const JsonNode &node, const QString &path, PayloadValue &out)
    {
        static const QStringList specialKeys
                = {QStringLiteral("new"), QStringLiteral("old"), QStringLiteral("row"),
                   QStringLiteral("tg"),  QStringLiteral("now"), QStringLiteral("setting"),
                   QStringLiteral("sql")};
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
                return fail(value, inner, QStringLiteral("write {\"now\": true}"));
            out = PayloadValue::now();
            return true;
        }
        QString text;
        if (!readString(value, inner, text))
            return false;
        if (key == QLatin1String("new") || key == QLatin1String("old")) {
            out = PayloadValue::column(
                    key == QLatin1String("old") ? RowVersion::Old : RowVersion::New, text);
        } else if (key == QLatin1String("row")) {
            if (text != QLatin1String("new") && text != QLatin1String("old"))
                return fail(value, inner, QStringLiteral("expected \"new\" or \"old\""));
            out = PayloadValue::wholeRow(text == QLatin1String("old") ? RowVersion::Old
                                                                      : RowVersion::New);
        } else if (key == QLatin1String("tg")) {
            if (!tgVariableNames().contains(text)) {
                return fail(value, inner,
                            QStringLiteral("unknown trigger variable \"%1\" (expected one of %2)")
                                    .arg(text, quotedList(tgVariableNames())));
            }
            out = PayloadValue::tg(text);
        } else if (key == QLatin1String("setting")) {
            out = PayloadValue::setting(text);
        } else {
            out = PayloadValue::sqlExpression(text);
        }
        return true;
    }

    bool readNamedValues(const JsonNode &node, const QString &path, QList<NamedValue> &out)
    {
        if (!expectType(node, path, JsonNode::Type::Object, QStringLiteral("an object")))
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

    bool readAction(const JsonNode &node, const QString &path, Action &out)
    {
        if (!expectType(node, path, JsonNode::Type::Object, QStringLiteral("an action object")))
            return false;
        const JsonNode *kindNode = requiredMember(node, path, QStringLiteral("kind"));
        QString kindText;
        if (!kindNode || !readString(*kindNode, join(path, QStringLiteral("kind")), kindText))
            return false;
        const std::optional<ActionKind> kind = actionKindFromName(kindText);
        if (!kind) {
            QStringList names;
            for (size_t i = 0; i < std::variant_size_v<Action>; ++i)
                names.append(actionKindName(static_cast<ActionKind>(i)));
            return fail(*kindNode, join(path, QStringLiteral("kind")),
                        QStringLiteral("unknown action kind \"%1\" (expected one of %2)")
                                .arg(kindText, quotedList(names)));
        }
        out = makeAction(*kind);
        const auto keys = [](std::initializer_list<const char *> names) {
            QStringList list = {QStringLiteral("kind")};
            for (const char *name : names)
                list.append(QString::fromLatin1(name));
            return list;
        };
        const auto str = [&](const char *key, QString &field) {
            return optionalMember(node, path, QString::fromLatin1(key), field, &Reader::readString);
        };
        const auto list = [&](const char *key, QStringList &field) {
            return optionalMember(node, path, QString::fromLatin1(key), field,
                                  &Reader::readStringList);
        };
        switch (*kind) {
        case ActionKind::Protect: {
            auto &a = std::get<ProtectAction>(out);
            return expectObject(node, path, keys({"message", "sqlstate"}))
                    && str("message", a.message) && str("sqlstate", a.sqlState);
        }
        case ActionKind::SoftDelete: {
            auto &a = std::get<SoftDeleteAction>(out);
            if (!expectObject(node, path, keys({"column", "value", "key"}))
                || !str("column", a.column) || !list("key", a.key))
                return false;
            if (const JsonNode *value = node.member(QStringLiteral("value")))
                a.value = value->toJsonValue();
            return true;
        }
        case ActionKind::Fsm: {
            auto &a = std::get<FsmAction>(out);
            if (!expectObject(node, path, keys({"column", "transitions", "message"}))
                || !str("column", a.column) || !str("message", a.message))
                return false;
            const JsonNode *transitions = node.member(QStringLiteral("transitions"));
            if (!transitions)
                return true;
            const QString tPath = join(path, QStringLiteral("transitions"));
            if (!expectType(*transitions, tPath, JsonNode::Type::Array, QStringLiteral("an array")))
                return false;
            for (qsizetype i = 0; i < transitions->items.size(); ++i) {
                const JsonNode &t = transitions->items.at(i);
                const QString itemPath = index(tPath, i);
                FsmTransition transition;
                const JsonNode *from = nullptr;
                const JsonNode *to = nullptr;
                if (!expectObject(t, itemPath, {QStringLiteral("from"), QStringLiteral("to")})
                    || !(from = requiredMember(t, itemPath, QStringLiteral("from")))
                    || !(to = requiredMember(t, itemPath, QStringLiteral("to")))
                    || !readString(*from, join(itemPath, QStringLiteral("from")), transition.from)
                    || !readString(*to, join(itemPath, QStringLiteral("to")), transition.to))
                    return false;
                a.transitions.append(transition);
            }
            return true;
        }
        case ActionKind::Audit: {
            auto &a = std::get<AuditAction>(out);
            if (!expectObject(node, path, keys({"table", "mode", "user_setting", "create_table"}))
                || !optionalMember(node, path, QStringLiteral("table"), a.table, &Reader::readTable)
                || !str("user_setting", a.userSetting)
                || !optionalMember(node, path, QStringLiteral("create_table"), a.createTable,
                                   &Reader::readBool))
                return false;
            if (const JsonNode *mode = node.member(QStringLiteral("mode"))) {
                return readEnum<AuditAction::Mode>(
                        *mode, join(path, QStringLiteral("mode")), a.mode,
                        [](const QString &name) -> std::optional<AuditAction::Mode> {
                            if (name == QLatin1String("full_rows"))
                                return AuditAction::Mode::FullRows;
                            if (name == QLatin1String("changed_fields"))
                                return AuditAction::Mode::ChangedFields;
                            return std::nullopt;
                        },
                        {QStringLiteral("full_rows"), QStringLiteral("changed_fields")});
            }
            return true;
        }
        case ActionKind::Notify: {
            auto &a = std::get<NotifyAction>(out);
            if (!expectObject(node, path, keys({"channel", "payload", "on_overflow"}))
                || !str("channel", a.channel)
                || !optionalMember(node, path, QStringLiteral("payload"), a.payload,
                                   &Reader::readNamedValues))
                return false;
            if (const JsonNode *overflow = node.member(QStringLiteral("on_overflow"))) {
                return readEnum<NotifyAction::Overflow>(
                        *overflow, join(path, QStringLiteral("on_overflow")), a.onOverflow,
                        [](const QString &name) -> std::optional<NotifyAction::Overflow> {
                            for (auto value :
                                 {NotifyAction::Overflow::Truncate, NotifyAction::Overflow::Skip,
                                  NotifyAction::Overflow::Error}) {
                                if (overflowName(value) == name)
                                    return value;
                            }
                            return std::nullopt;
                        },
                        {QStringLiteral("truncate"), QStringLiteral("skip"),
                         QStringLiteral("error")});
            }
            return true;
        }
        case ActionKind::Validate: {
            auto &a = std::get<ValidateAction>(out);
            if (!expectObject(node, path, keys({"check", "message", "sqlstate"}))
                || !str("message", a.message) || !str("sqlstate", a.sqlState))
                return false;
            const JsonNode *check = requiredMember(node, path, QStringLiteral("check"));
            return check && readCondition(*check, join(path, QStringLiteral("check")), a.check);
        }
        case ActionKind::SetTimestamp: {
            auto &a = std::get<SetTimestampAction>(out);
            return expectObject(node, path, keys({"columns"})) && list("columns", a.columns);
        }
        case ActionKind::Insert: {
            auto &a = std::get<InsertAction>(out);
            const JsonNode *table = nullptr;
            return expectObject(node, path, keys({"table", "values"}))
                    && (table = requiredMember(node, path, QStringLiteral("table")))
                    && readTable(*table, join(path, QStringLiteral("table")), a.table)
                    && optionalMember(node, path, QStringLiteral("values"), a.values,
                                      &Reader::readNamedValues);
        }
        case ActionKind::Sql: {
            auto &a = std::get<SqlAction>(out);
            return expectObject(node, path, keys({"declarations", "body"}))
                    && str("declarations", a.declarations) && str("body", a.body);
        }
        }
        return false;
    }

    bool readTestCase(const JsonNode &node, const QString &path, TriggerTestCase &out)
    {
        const JsonNode *name = nullptr;
        const JsonNode *action = nullptr;
        if (!expectObject(node, path,
                          {QStringLiteral("name"), QStringLiteral("setup"),
                           QStringLiteral("action"), QStringLiteral("expect")})
            || !(name = requiredMember(node, path, QStringLiteral("name")))
            || !(action = requiredMember(node, path, QStringLiteral("action")))
            || !readString(*name, join(path, QStringLiteral("name")), out.name)
            || !readString(*action, join(path, QStringLiteral("action")), out.action)
            || !optionalMember(node, path, QStringLiteral("setup"), out.setup, &Reader::readString))
            return false;
        const JsonNode *expect = node.member(QStringLiteral("expect"));
        if (!expect)
            return true;
        const QString ePath = join(path, QStringLiteral("expect"));
        if (!expectObject(*expect, ePath,
                          {QStringLiteral("raises"), QStringLiteral("query"),
                           QStringLiteral("row_count"), QStringLiteral("notify"),
                           QStringLiteral("notice"), QStringLiteral("fired")})
            || !optionalMember(*expect, ePath, QStringLiteral("notice"), out.notices,
                               &Reader::readStringList))
            return false;
        if (const JsonNode *fired = expect->member(QStringLiteral("fired"))) {
            // Kept apart from "not given": an empty list expects that no trigger fires.
            QStringList names;
            if (!readStringList(*fired, join(ePath, QStringLiteral("fired")), names))
                return false;
            out.firedOrder = names;
        }
        if (const JsonNode *raises = expect->member(QStringLiteral("raises"))) {
            const QString rPath = join(ePath, QStringLiteral("raises"));
            RaisesExpectation value;
            if (!expectObject(*raises, rPath,
                              {QStringLiteral("message"), QStringLiteral("sqlstate")})
                || !optionalMember(*raises, rPath, QStringLiteral("message"), value.message,
                                   &Reader::readString)
                || !optionalMember(*raises, rPath, QStringLiteral("sqlstate"), value.sqlState,
                                   &Reader::readString))
                return false;
            out.raises = value;
        }
        const auto eachItem = [&](const QString &key, auto read) {
            const JsonNode *list = expect->member(key);
            if (!list)
                return true;
            const QString lPath = join(ePath, key);
            if (!expectType(*list, lPath, JsonNode::Type::Array, QStringLiteral("an array")))
                return false;
            for (qsizetype i = 0; i < list->items.size(); ++i) {
                const JsonNode &item = list->items.at(i);
                if (!expectType(item, index(lPath, i), JsonNode::Type::Object,
                                QStringLiteral("an object"))
                    || !read(item, index(lPath, i)))
                    return false;
            }
            return true;
        };
        return eachItem(QStringLiteral("query"),
                        [&](const JsonNode &item, const QString &itemPath) {
                            QueryExpectation query;
                            const JsonNode *sql = nullptr;
                            if (!expectObject(item, itemPath,
                                              {QStringLiteral("sql"), QStringLiteral("rows")})
                                || !(sql = requiredMember(item, itemPath, QStringLiteral("sql")))
                                || !readString(*sql, join(itemPath, QStringLiteral("sql")),
                                               query.sql))
                                return false;
                            if (const JsonNode *rows = item.member(QStringLiteral("rows"))) {
                                const QString rowsPath = join(itemPath, QStringLiteral("rows"));
                                if (!expectType(*rows, rowsPath, JsonNode::Type::Array,
                                                QStringLiteral("an array of arrays")))
                                    return false;
                                for (qsizetype r = 0; r < rows->items.size(); ++r) {
                                    QStringList row;
                                    if (!readStringList(rows->items.at(r), index(rowsPath, r), row))
                                        return false;
                                    query.rows.append(row);
                                }
                            }
                            out.queries.append(query);
                            return true;
                        })
                && eachItem(
                        QStringLiteral("row_count"),
                        [&](const JsonNode &item, const QString &itemPath) {
                            RowCountExpectation count;
                            const JsonNode *table = nullptr;
                            const JsonNode *change = nullptr;
                            if (!expectObject(item, itemPath,
                                              {QStringLiteral("table"), QStringLiteral("change")})
                                || !(table
                                     = requiredMember(item, itemPath, QStringLiteral("table")))
                                || !(change
                                     = requiredMember(item, itemPath, QStringLiteral("change")))
                                || !readTable(*table, join(itemPath, QStringLiteral("table")),
                                              count.table)
                                || !expectType(*change, join(itemPath, QStringLiteral("change")),
                                               JsonNode::Type::Number,
                                               QStringLiteral("a whole number")))
                                return false;
                            count.change = static_cast<qint64>(change->number);
                            out.rowCounts.append(count);
                            return true;
                        })
                && eachItem(
                        QStringLiteral("notify"),
                        [&](const JsonNode &item, const QString &itemPath) {
                            NotificationExpectation notification;
                            const JsonNode *channel = nullptr;
                            if (!expectObject(
                                        item, itemPath,
                                        {QStringLiteral("channel"), QStringLiteral("payload")})
                                || !(channel
                                     = requiredMember(item, itemPath, QStringLiteral("channel")))
                                || !readString(*channel, join(itemPath, QStringLiteral("channel")),
                                               notification.channel))
                                return false;
                            if (const JsonNode *payload = item.member(QStringLiteral("payload"))) {
                                if (!expectType(*payload, join(itemPath, QStringLiteral("payload")),
                                                JsonNode::Type::Object,
                                                QStringLiteral("an object")))
                                    return false;
                                notification.fields = payload->toJsonValue().toObject();
                            }
                            out.notifications.append(notification);
                            return true;
                        });
    }

    bool readTrigger(const JsonNode &node, const QString &path, TriggerDesign &out)
    {
        static const QStringList allowed
                = {QStringLiteral("id"),          QStringLiteral("name"),
                   QStringLiteral("table"),       QStringLiteral("table_columns"),
                   QStringLiteral("timing"),      QStringLiteral("events"),
                   QStringLiteral("columns"),     QStringLiteral("level"),
                   QStringLiteral("referencing"), QStringLiteral("constraint"),
                   QStringLiteral("arguments"),   QStringLiteral("enabled"),
                   QStringLiteral("comment"),     QStringLiteral("condition"),
                   QStringLiteral("actions"),     QStringLiteral("tests")};
        if (!expectObject(node, path, allowed))
            return false;
        out = TriggerDesign {};
        const JsonNode *name = requiredMember(node, path, QStringLiteral("name"));
        const JsonNode *table
                = name ? requiredMember(node, path, QStringLiteral("table")) : nullptr;
        const JsonNode *timing
                = table ? requiredMember(node, path, QStringLiteral("timing")) : nullptr;
        const JsonNode *events
                = timing ? requiredMember(node, path, QStringLiteral("events")) : nullptr;
        if (!events)
            return false;
        if (!optionalMember(node, path, QStringLiteral("id"), out.id, &Reader::readString)
            || !readString(*name, join(path, QStringLiteral("name")), out.name)
            || !readTable(*table, join(path, QStringLiteral("table")), out.table)
            || !readEnum<TriggerTiming>(*timing, join(path, QStringLiteral("timing")), out.timing,
                                        &timingFromName,
                                        {QStringLiteral("before"), QStringLiteral("after"),
                                         QStringLiteral("instead_of")}))
            return false;

        const QString eventsPath = join(path, QStringLiteral("events"));
        if (!expectType(*events, eventsPath, JsonNode::Type::Array, QStringLiteral("an array")))
            return false;
        for (qsizetype i = 0; i < events->items.size(); ++i) {
            TriggerEvent event {};
            if (!readEnum<TriggerEvent>(events->items.at(i), index(eventsPath, i), event,
                                        &eventFromName,
                                        {QStringLiteral("insert"), QStringLiteral("update"),
                                         QStringLiteral("delete"), QStringLiteral("truncate")}))
                return false;
            out.events.append(event);
        }

        if (const JsonNode *columns = node.member(QStringLiteral("table_columns"))) {
            const QString columnsPath = join(path, QStringLiteral("table_columns"));
            if (!expectType(*columns, columnsPath, JsonNode::Type::Array,
                            QStringLiteral("an array")))
                return false;
            for (qsizetype i = 0; i < columns->items.size(); ++i) {
                const JsonNode &c = columns->items.at(i);
                const QString cPath = index(columnsPath, i);
                TableColumn column;
                const JsonNode *columnName = nullptr;
                if (!expectObject(c, cPath,
                                  {QStringLiteral("name"), QStringLiteral("type"),
                                   QStringLiteral("auto"), QStringLiteral("key")})
                    || !(columnName = requiredMember(c, cPath, QStringLiteral("name")))
                    || !readString(*columnName, join(cPath, QStringLiteral("name")), column.name)
                    || !optionalMember(c, cPath, QStringLiteral("type"), column.type,
                                       &Reader::readString)
                    || !optionalMember(c, cPath, QStringLiteral("auto"), column.autoMaintained,
                                       &Reader::readBool)
                    || !optionalMember(c, cPath, QStringLiteral("key"), column.key,
                                       &Reader::readBool))
                    return false;
                out.tableColumns.append(column);
            }
        }
        if (!optionalMember(node, path, QStringLiteral("columns"), out.columns,
                            &Reader::readStringList)
            || !optionalMember(node, path, QStringLiteral("arguments"), out.arguments,
                               &Reader::readStringList)
            || !optionalMember(node, path, QStringLiteral("comment"), out.comment,
                               &Reader::readString))
            return false;
        if (const JsonNode *level = node.member(QStringLiteral("level"))) {
            if (!readEnum<TriggerLevel>(*level, join(path, QStringLiteral("level")), out.level,
                                        &levelFromName,
                                        {QStringLiteral("row"), QStringLiteral("statement")}))
                return false;
        }
        if (const JsonNode *enabled = node.member(QStringLiteral("enabled"))) {
            if (!readEnum<TriggerEnabled>(*enabled, join(path, QStringLiteral("enabled")),
                                          out.enabled, &enabledFromName,
                                          {QStringLiteral("origin"), QStringLiteral("disabled"),
                                           QStringLiteral("replica"), QStringLiteral("always")}))
                return false;
        }
        if (const JsonNode *referencing = node.member(QStringLiteral("referencing"))) {
            const QString rPath = join(path, QStringLiteral("referencing"));
            if (!expectObject(*referencing, rPath, {QStringLiteral("old"), QStringLiteral("new")}))
                return false;
            for (const auto &[key, target] :
                 {std::pair {QStringLiteral("old"), &out.referencing.oldTable},
                  std::pair {QStringLiteral("new"), &out.referencing.newTable}}) {
                const JsonNode *value = referencing->member(key);
                if (value && !value->isNull() && !readString(*value, join(rPath, key), *target))
                    return false;
            }
        }
        if (const JsonNode *constraint = node.member(QStringLiteral("constraint"));
            constraint && !constraint->isNull()) {
            const QString cPath = join(path, QStringLiteral("constraint"));
            ConstraintOptions options;
            if (!expectObject(*constraint, cPath,
                              {QStringLiteral("deferrable"), QStringLiteral("initially"),
                               QStringLiteral("from")})
                || !optionalMember(*constraint, cPath, QStringLiteral("deferrable"),
                                   options.deferrable, &Reader::readBool))
                return false;
            if (const JsonNode *initially = constraint->member(QStringLiteral("initially"))) {
                QString text;
                const QString iPath = join(cPath, QStringLiteral("initially"));
                if (!readString(*initially, iPath, text))
                    return false;
                if (text != QLatin1String("immediate") && text != QLatin1String("deferred")) {
                    return fail(
                            *initially, iPath,
                            QStringLiteral("unknown value \"%1\" (expected one of \"immediate\", "
                                           "\"deferred\")")
                                    .arg(text));
                }
                options.initiallyDeferred = text == QLatin1String("deferred");
            }
            if (const JsonNode *from = constraint->member(QStringLiteral("from"));
                from && !from->isNull()) {
                TableRef table;
                if (!readTable(*from, join(cPath, QStringLiteral("from")), table))
                    return false;
                options.from = table;
            }
            out.constraint = options;
        }
        if (const JsonNode *condition = node.member(QStringLiteral("condition"));
            condition && !condition->isNull()) {
            Condition value;
            if (!readCondition(*condition, join(path, QStringLiteral("condition")), value))
                return false;
            out.condition = value;
        }
        if (const JsonNode *actions = node.member(QStringLiteral("actions"))) {
            const QString aPath = join(path, QStringLiteral("actions"));
            if (!expectType(*actions, aPath, JsonNode::Type::Array, QStringLiteral("an array")))
                return false;
            for (qsizetype i = 0; i < actions->items.size(); ++i) {
                Action action;
                if (!readAction(actions->items.at(i), index(aPath, i), action))
                    return false;
                out.actions.append(action);
            }
        }
        if (const JsonNode *tests = node.member(QStringLiteral("tests"))) {
            const QString tPath = join(path, QStringLiteral("tests"));
            if (!expectType(*tests, tPath, JsonNode::Type::Array, QStringLiteral("an array")))
                return false;
            for (qsizetype i = 0; i < tests->items.size(); ++i) {
                TriggerTestCase test;
                if (!readTestCase(tests->items.at(i), index(tPath, i), test))
                    return false;
                out.tests.append(test);
            }
        }
        return true;
    }

    bool readDocument(const JsonNode &root, DesignDocument &out)
    {
        if (!expectObject(root, QString(),
                          {QStringLiteral("format"), QStringLiteral("version"),
                           QStringLiteral("triggers")}))
            return false;
        const JsonNode *format = requiredMember(root, QString(), QStringLiteral("format"));
        if (!format)
            return false;
        if (!(format->isString() && format->string == QLatin1String("trigon")))
            return fail(
                    *format, QStringLiteral("format"),
                    QStringLiteral("not a Trigon design file (expected \"format\": \"trigon\")"));
        const JsonNode *version = requiredMember(root, QString(), QStringLiteral("version"));
        if (!version)
            return false;
        if (version->type != JsonNode::Type::Number
            || version->number != DesignDocument::currentVersion) {
            return fail(*version, QStringLiteral("version"),
                        QStringLiteral("unsupported format version (this Trigon reads version %1)")
                                .arg(DesignDocument::currentVersion));
        }
        out = DesignDocument {};
        const JsonNode *triggers = requiredMember(root, QString(), QStringLiteral("triggers"));
        if (!triggers
            || !expectType(*triggers, QStringLiteral("triggers"), JsonNode::Type::Array,
                           QStringLiteral("an array")))
            return false;
        for (qsizetype i = 0; i < triggers->items.size(); ++i) {
            TriggerDesign trigger;
            if (!readTrigger(triggers->items.at(i), index(QStringLiteral("triggers"), i), trigger))
                return false;
            if (!trigger.id.isEmpty() && out.indexOfId(trigger.id) >= 0) {
                return fail(*triggers->items.at(i).member(QStringLiteral("id")),
                            index(QStringLiteral("triggers"), i) + QStringLiteral(".id"),
                            QStringLiteral("duplicate trigger id \"%1\"").arg(trigger.id));
            }
            out.triggers.append(trigger);
        }
        // Ids are given after all were read, so a missing one never takes a later trigger's id.
        for (TriggerDesign &trigger : out.triggers) {
            if (trigger.id.isEmpty())
                trigger.id = out.unusedId();
        }
        return true;
    }

private:
    QString m_fileName;
    DesignFileError m_error;
    bool m_failed = false;
};

DesignFileError syntaxError(const QString &fileName, const JsonSyntaxError &error)
{
    return {fileName, error.line, error.column, QString(), error.message};
}

} // namespace

QString DesignFileError::toString() const
{
    QString text = fileName.isEmpty() ? QStringLiteral("<input>") : fileName;
    if (line > 0)
        text += QStringLiteral(":%1:%2").arg(line).arg(column);
    text += QStringLiteral(": ");
    if (!path.isEmpty())
        text += path + QStringLiteral(": ");
    return text + message;
}

DesignReadResult readDesignFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        DesignReadResult result;
        result.error = {fileName, 0, 0, QString(), file.errorString()};
        return result;
    }
    return parseDesign(file.readAll(), fileName);
}

DesignReadResult parseDesign(const QByteArray &data, const QString &fileName)
{
    DesignReadResult result;
    JsonSyntaxError syntax;
    const std::optional<JsonNode> root = parseJson(QString::fromUtf8(data), &syntax);
    if (!root) {
        result.error = syntaxError(fileName, syntax);
        return result;
    }
    Reader reader(fileName);
    DesignDocument document;
    if (!reader.readDocument(*root, document)) {
        result.error = reader.error();
        return result;
    }
    result.document = document;
    return result;
}

QByteArray serializeDesign(const DesignDocument &design)
{
    JsonNode root = JsonNode::object();
    root.append(QStringLiteral("format"), str(QStringLiteral("trigon")));
    root.append(QStringLiteral("version"), JsonNode::fromNumber(design.version));
    JsonNode triggers = JsonNode::array();
    for (const TriggerDesign &trigger : design.triggers)
        triggers.items.append(triggerNode(trigger));
    root.append(QStringLiteral("triggers"), triggers);
    return writeJson(root);
}

bool writeDesignFile(const QString &fileName, const DesignDocument &design, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(serializeDesign(design)) < 0
        || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

QString conditionToJson(const Condition &condition)
{
    return QString::fromUtf8(writeJson(conditionNode(condition))).trimmed();
}

ConditionParseResult parseConditionJson(const QString &text)
{
    ConditionParseResult result;
    JsonSyntaxError syntax;
    const std::optional<JsonNode> root = parseJson(text, &syntax);
    if (!root) {
        result.error = syntaxError(QString(), syntax);
        return result;
    }
    Reader reader {QString()};
    Condition condition;
    if (!reader.readCondition(*root, QString(), condition)) {
        result.error = reader.error();
        return result;
    }
    result.condition = condition;
    return result;
}

} // namespace trigon
