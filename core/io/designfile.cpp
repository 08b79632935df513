#include "core/io/designfile.h"

#include "core/io/designreader.h"
#include "core/io/jsontree.h"
#include "core/io/utf8check.h"

#include <QFile>
#include <QSet>

#include <functional>
#include <optional>
#include <type_traits>

namespace trigon {

namespace {

// The document, its triggers and their test cases; the values they share come from
// DesignReader, each action's fields from its kind.
class DocumentReader : public DesignReader
{
public:
    using DesignReader::DesignReader;

    // An object of several kinds, {"kind": ...} and the members its kind reads: an action of a
    // trigger (Action) or of an event trigger (EventAction), or a relay target. The kinds are
    // the alternatives of `Variant`; the caller's `readFields` reads one kind's members.
    template<typename Variant, typename Kind, typename ReadFields>
    bool readKinded(const JsonNode &node, const QString &path, Variant &out,
                    std::optional<Kind> (*fromName)(const QString &), Variant (*make)(Kind),
                    const QStringList &names, ReadFields readFields)
    {
        constexpr bool target = std::is_same_v<Variant, TargetDelivery>;
        if (!expectType(node, path, JsonNode::Type::Object,
                        target ? tr("a target object") : tr("an action object")))
            return false;
        const JsonNode *kindNode = requiredMember(node, path, QStringLiteral("kind"));
        QString kindText;
        if (!kindNode || !readString(*kindNode, join(path, QStringLiteral("kind")), kindText))
            return false;
        const std::optional<Kind> kind = fromName(kindText);
        if (!kind) {
            return fail(*kindNode, join(path, QStringLiteral("kind")),
                        (target ? tr("unknown target kind \"%1\" (expected one of %2)")
                                : tr("unknown action kind \"%1\" (expected one of %2)"))
                                .arg(kindText, quotedList(names)));
        }
        out = make(*kind);
        ActionFieldsReader fields(*this, node, path);
        return std::visit([&](auto &value) { return readFields(fields, value); }, out);
    }

    template<typename Variant, typename Kind>
    bool readKindedAction(const JsonNode &node, const QString &path, Variant &out,
                          std::optional<Kind> (*fromName)(const QString &), Variant (*make)(Kind),
                          const QStringList &names)
    {
        return readKinded(node, path, out, fromName, make, names,
                          [](ActionFieldsReader &fields, auto &action) {
                              return readActionFields(fields, action);
                          });
    }

    bool readAction(const JsonNode &node, const QString &path, Action &out)
    {
        QStringList names;
        for (int i = 0; i < actionKindCount; ++i)
            names.append(actionKindName(ActionKind(i)));
        return readKindedAction(node, path, out, &actionKindFromName, &makeAction, names);
    }

    bool readEventAction(const JsonNode &node, const QString &path, EventAction &out)
    {
        return readKindedAction(node, path, out, &eventActionKindFromName, &makeEventAction,
                                eventActionKindNames());
    }

    // An array member, each item read by `read`; absent is an empty list.
    template<typename T>
    bool readArray(const JsonNode &object, const QString &path, const QString &key, QList<T> &out,
                   bool (DocumentReader::*read)(const JsonNode &, const QString &, T &))
    {
        const JsonNode *array = object.member(key);
        if (!array)
            return true;
        const QString arrayPath = join(path, key);
        if (!expectType(*array, arrayPath, JsonNode::Type::Array, tr("an array")))
            return false;
        for (qsizetype i = 0; i < array->items.size(); ++i) {
            T item;
            if (!(this->*read)(array->items.at(i), index(arrayPath, i), item))
                return false;
            out.append(item);
        }
        return true;
    }

    // "enabled", when given: "origin", "disabled", "replica" or "always".
    bool readEnabled(const JsonNode &object, const QString &path, TriggerEnabled &out)
    {
        const JsonNode *enabled = object.member(QStringLiteral("enabled"));
        return !enabled
                || readEnum<TriggerEnabled>(*enabled, join(path, QStringLiteral("enabled")), out,
                                            &enabledFromName,
                                            {QStringLiteral("origin"), QStringLiteral("disabled"),
                                             QStringLiteral("replica"), QStringLiteral("always")});
    }

    // "targets": {NAME: {"kind": ..., the kind's members, "retry": {...}}, ...}
    bool readTargets(const JsonNode &root, QList<OutboxTarget> &out)
    {
        const JsonNode *targets = root.member(QStringLiteral("targets"));
        if (!targets)
            return true;
        const QString path = QStringLiteral("targets");
        if (!expectType(*targets, path, JsonNode::Type::Object, tr("an object")))
            return false;
        for (const JsonMember &member : targets->members) {
            const QString targetPath = join(path, member.key);
            OutboxTarget target;
            target.name = member.key;
            if (!readKinded(member.value, targetPath, target.delivery, &targetKindFromName,
                            &makeTargetDelivery, targetKindNames(),
                            [](ActionFieldsReader &fields, auto &delivery) {
                                return readTargetFields(fields, delivery);
                            })
                || !readRetry(member.value, targetPath, target.retry))
                return false;
            out.append(target);
        }
        return true;
    }

    bool readRetry(const JsonNode &target, const QString &path, RetryPolicy &out)
    {
        const JsonNode *retry = target.member(QStringLiteral("retry"));
        if (!retry)
            return true;
        const QString retryPath = join(path, QStringLiteral("retry"));
        if (!expectObject(*retry, retryPath,
                          {QStringLiteral("max"), QStringLiteral("backoff_ms"),
                           QStringLiteral("max_backoff_ms")}))
            return false;
        // ActionFieldsReader reads any object's members; "kind" is not among these.
        ActionFieldsReader fields(*this, *retry, retryPath);
        return fields.optionalInt("max", out.max, 1, 1000)
                && fields.optionalInt("backoff_ms", out.backoffMs, 0, 86400000)
                && fields.optionalInt("max_backoff_ms", out.maxBackoffMs, 0, 86400000);
    }

    bool readEventTrigger(const JsonNode &node, const QString &path, EventTriggerDesign &out)
    {
        if (!expectObject(node, path,
                          {QStringLiteral("name"), QStringLiteral("event"), QStringLiteral("tags"),
                           QStringLiteral("enabled"), QStringLiteral("comment"),
                           QStringLiteral("actions"), QStringLiteral("tests")}))
            return false;
        out = EventTriggerDesign {};
        const JsonNode *name = requiredMember(node, path, QStringLiteral("name"));
        const JsonNode *event
                = name ? requiredMember(node, path, QStringLiteral("event")) : nullptr;
        return event && readString(*name, join(path, QStringLiteral("name")), out.name)
                && readEnum(*event, join(path, QStringLiteral("event")), out.event,
                            &ddlEventFromName, ddlEventNames())
                && optionalMember(node, path, QStringLiteral("tags"), out.tags,
                                  &DesignReader::readStringList)
                && readEnabled(node, path, out.enabled)
                && optionalMember(node, path, QStringLiteral("comment"), out.comment,
                                  &DesignReader::readString)
                && readArray(node, path, QStringLiteral("actions"), out.actions,
                             &DocumentReader::readEventAction)
                && readArray(node, path, QStringLiteral("tests"), out.tests,
                             &DocumentReader::readTestCase);
    }

    bool readTestCase(const JsonNode &node, const QString &path, TriggerTestCase &out)
    {
        const JsonNode *name = nullptr;
        const JsonNode *action = nullptr;
        if (!expectObject(node, path,
                          {QStringLiteral("name"), QStringLiteral("setup"),
                           QStringLiteral("bypass"), QStringLiteral("action"),
                           QStringLiteral("expect")})
            || !(name = requiredMember(node, path, QStringLiteral("name")))
            || !(action = requiredMember(node, path, QStringLiteral("action")))
            || !readString(*name, join(path, QStringLiteral("name")), out.name)
            || !readString(*action, join(path, QStringLiteral("action")), out.action)
            || !optionalMember(node, path, QStringLiteral("setup"), out.setup,
                               &DesignReader::readString)
            || !optionalMember(node, path, QStringLiteral("bypass"), out.bypass,
                               &DesignReader::readStringList))
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
                               &DesignReader::readStringList))
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
                                   &DesignReader::readString)
                || !optionalMember(*raises, rPath, QStringLiteral("sqlstate"), value.sqlState,
                                   &DesignReader::readString))
                return false;
            out.raises = value;
        }
        const auto eachItem = [&](const QString &key, auto read) {
            const JsonNode *list = expect->member(key);
            if (!list)
                return true;
            const QString lPath = join(ePath, key);
            if (!expectType(*list, lPath, JsonNode::Type::Array, tr("an array")))
                return false;
            for (qsizetype i = 0; i < list->items.size(); ++i) {
                const JsonNode &item = list->items.at(i);
                if (!expectType(item, index(lPath, i), JsonNode::Type::Object, tr("an object"))
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
                                                tr("an array of arrays")))
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
                                               JsonNode::Type::Number, tr("a whole number")))
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
                                                JsonNode::Type::Object, tr("an object")))
                                    return false;
                                notification.fields = payload->toJsonValue().toObject();
                            }
                            out.notifications.append(notification);
                            return true;
                        });
    }

    // true (skips logged to trigon.bypass_log), "notice" (reported as a NOTICE) or false.
    bool readBypass(const JsonNode &node, const QString &path, BypassMode &out)
    {
        if (node.type == JsonNode::Type::Bool) {
            out = node.boolean ? BypassMode::AuditTable : BypassMode::Off;
            return true;
        }
        if (node.isString() && node.string == QLatin1String("notice")) {
            out = BypassMode::Notice;
            return true;
        }
        if (node.isString())
            return fail(node, path,
                        tr("unknown value \"%1\" (expected true, false or \"notice\")")
                                .arg(node.string));
        return expectType(node, path, JsonNode::Type::Bool, tr("true, false or \"notice\""));
    }

    bool readTrigger(const JsonNode &node, const QString &path, TriggerDesign &out)
    {
        static const QStringList allowed
                = {QStringLiteral("id"),          QStringLiteral("name"),
                   QStringLiteral("table"),       QStringLiteral("table_columns"),
                   QStringLiteral("tables"),      QStringLiteral("function"),
                   QStringLiteral("selector"),    QStringLiteral("bypass"),
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
        if (!name)
            return false;
        // A trigger is on one "table" or on several "tables", never both.
        const JsonNode *tables = node.member(QStringLiteral("tables"));
        const JsonNode *table = node.member(QStringLiteral("table"));
        if (tables) {
            for (const QString &key : {QStringLiteral("table"), QStringLiteral("table_columns")}) {
                if (const JsonNode *single = node.member(key))
                    return fail(*single, join(path, key),
                                tr("\"%1\" cannot be given beside \"tables\": a trigger is on "
                                   "one \"table\" or on several \"tables\"")
                                        .arg(key));
            }
        } else if (!(table = requiredMember(node, path, QStringLiteral("table")))) {
            return false;
        }
        const JsonNode *timing = requiredMember(node, path, QStringLiteral("timing"));
        const JsonNode *events
                = timing ? requiredMember(node, path, QStringLiteral("events")) : nullptr;
        if (!events)
            return false;
        if (!optionalMember(node, path, QStringLiteral("id"), out.id, &DesignReader::readString)
            || !readString(*name, join(path, QStringLiteral("name")), out.name)
            || (table && !readTable(*table, join(path, QStringLiteral("table")), out.table))
            || !readEnum<TriggerTiming>(*timing, join(path, QStringLiteral("timing")), out.timing,
                                        &timingFromName,
                                        {QStringLiteral("before"), QStringLiteral("after"),
                                         QStringLiteral("instead_of")}))
            return false;

        const QString eventsPath = join(path, QStringLiteral("events"));
        if (!expectType(*events, eventsPath, JsonNode::Type::Array, tr("an array")))
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

        if (!optionalMember(node, path, QStringLiteral("table_columns"), out.tableColumns,
                            &DesignReader::readTableColumns)
            || !optionalMember(node, path, QStringLiteral("tables"), out.tables,
                               &DesignReader::readDesignTables))
            return false;
        if (const JsonNode *selector = node.member(QStringLiteral("selector"))) {
            TableSelector rule;
            if (!readTableSelector(*selector, join(path, QStringLiteral("selector")), rule))
                return false;
            out.selector = rule;
        }
        if (const JsonNode *function = node.member(QStringLiteral("function"))) {
            // Written like a table: {"schema": ..., "name": ...}, the schema "public" by default.
            TableRef named;
            if (!readTable(*function, join(path, QStringLiteral("function")), named))
                return false;
            out.existingFunction = FunctionRef {named.schema, named.name};
        }
        if (!optionalMember(node, path, QStringLiteral("columns"), out.columns,
                            &DesignReader::readStringList)
            || !optionalMember(node, path, QStringLiteral("arguments"), out.arguments,
                               &DesignReader::readStringList)
            || !optionalMember(node, path, QStringLiteral("comment"), out.comment,
                               &DesignReader::readString))
            return false;
        if (const JsonNode *bypass = node.member(QStringLiteral("bypass"));
            bypass && !readBypass(*bypass, join(path, QStringLiteral("bypass")), out.bypass))
            return false;
        if (const JsonNode *level = node.member(QStringLiteral("level"))) {
            if (!readEnum<TriggerLevel>(*level, join(path, QStringLiteral("level")), out.level,
                                        &levelFromName,
                                        {QStringLiteral("row"), QStringLiteral("statement")}))
                return false;
        }
        if (!readEnabled(node, path, out.enabled))
            return false;
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
                                   options.deferrable, &DesignReader::readBool))
                return false;
            if (const JsonNode *initially = constraint->member(QStringLiteral("initially"))) {
                QString text;
                const QString iPath = join(cPath, QStringLiteral("initially"));
                if (!readString(*initially, iPath, text))
                    return false;
                if (text != QLatin1String("immediate") && text != QLatin1String("deferred")) {
                    return fail(*initially, iPath,
                                tr("unknown value \"%1\" (expected one of \"immediate\", "
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
            if (!expectType(*actions, aPath, JsonNode::Type::Array, tr("an array")))
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
            if (!expectType(*tests, tPath, JsonNode::Type::Array, tr("an array")))
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
                           QStringLiteral("table_reading_functions"), QStringLiteral("triggers"),
                           QStringLiteral("event_triggers"), QStringLiteral("targets")}))
            return false;
        const JsonNode *format = requiredMember(root, QString(), QStringLiteral("format"));
        if (!format)
            return false;
        if (!(format->isString() && format->string == QLatin1String("trigon")))
            return fail(*format, QStringLiteral("format"),
                        tr("not a Trigon design file (expected \"format\": \"trigon\")"));
        const JsonNode *version = requiredMember(root, QString(), QStringLiteral("version"));
        if (!version)
            return false;
        if (version->type != JsonNode::Type::Number
            || version->number != DesignDocument::currentVersion) {
            return fail(*version, QStringLiteral("version"),
                        tr("unsupported format version (this Trigon reads version %1)")
                                .arg(DesignDocument::currentVersion));
        }
        out = DesignDocument {};
        const JsonNode *triggers = requiredMember(root, QString(), QStringLiteral("triggers"));
        if (!triggers
            || !expectType(*triggers, QStringLiteral("triggers"), JsonNode::Type::Array,
                           tr("an array")))
            return false;
        QSet<QString> ids;
        for (qsizetype i = 0; i < triggers->items.size(); ++i) {
            TriggerDesign trigger;
            if (!readTrigger(triggers->items.at(i), index(QStringLiteral("triggers"), i), trigger))
                return false;
            if (!trigger.id.isEmpty() && ids.contains(trigger.id)) {
                return fail(*triggers->items.at(i).member(QStringLiteral("id")),
                            index(QStringLiteral("triggers"), i) + QStringLiteral(".id"),
                            tr("duplicate trigger id \"%1\"").arg(trigger.id));
            }
            if (!trigger.id.isEmpty())
                ids.insert(trigger.id);
            out.triggers.append(trigger);
        }
        if (!readArray(root, QString(), QStringLiteral("event_triggers"), out.eventTriggers,
                       &DocumentReader::readEventTrigger)
            || !readTargets(root, out.targets))
            return false;
        // Ids are given after all were read, so a missing one never takes a later trigger's id.
        out.giveMissingIds();
        QStringList tableReading;
        if (!optionalMember(root, QString(), QStringLiteral("table_reading_functions"),
                            tableReading, &DesignReader::readStringList))
            return false;
        out.setTableReadingFunctions(tableReading);
        return true;
    }
};

DesignFileError syntaxError(const QString &fileName, const JsonSyntaxError &error)
{
    return {fileName, error.line, error.column, error.path, error.message};
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
    DesignReadResult result;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = {fileName, 0, 0, QString(), file.errorString()};
        return result;
    }
    // Read one byte past the limit, never the whole of it: a device such as /dev/zero or a
    // growing log has no end, and reading it all would exhaust the memory.
    const QByteArray data = file.read(maxDesignFileBytes + 1);
    if (data.size() > maxDesignFileBytes) {
        result.error = {fileName, 0, 0, QString(),
                        DesignReader::tr("the file is larger than %1 MiB, the most a design file "
                                         "may be")
                                .arg(maxDesignFileBytes / (1024 * 1024))};
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        result.error = {fileName, 0, 0, QString(), file.errorString()};
        return result;
    }
    return parseDesign(data, fileName);
}

DesignReadResult parseDesign(const QByteArray &data, const QString &fileName)
{
    DesignReadResult result;
    if (std::optional<DesignFileError> error = invalidUtf8(data, fileName)) {
        result.error = *error;
        return result;
    }
    JsonSyntaxError syntax;
    const std::optional<JsonNode> root
            = parseJson(QString::fromUtf8(data), &syntax, JsonStrings::RefuseNul);
    if (!root) {
        result.error = syntaxError(fileName, syntax);
        return result;
    }
    DocumentReader reader(fileName);
    DesignDocument document;
    if (!reader.readDocument(*root, document)) {
        result.error = reader.error();
        return result;
    }
    result.document = document;
    return result;
}

ConditionParseResult parseConditionJson(const QString &text)
{
    ConditionParseResult result;
    JsonSyntaxError syntax;
    const std::optional<JsonNode> root = parseJson(text, &syntax, JsonStrings::RefuseNul);
    if (!root) {
        result.error = syntaxError(QString(), syntax);
        return result;
    }
    DesignReader reader {QString()};
    Condition condition;
    if (!reader.readCondition(*root, QString(), condition)) {
        result.error = reader.error();
        return result;
    }
    result.condition = condition;
    return result;
}

} // namespace trigon
