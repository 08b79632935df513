#pragma once

#include "core/io/designfile.h"
#include "core/io/jsontree.h"
#include "core/model/condition.h"
#include "core/model/enumnames.h"
#include "core/model/payloadvalue.h"
#include "core/model/tableref.h"
#include "core/model/tableselector.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <initializer_list>

namespace trigon {

// Reads the values that triggers and action kinds share out of a parsed design file. Every read
// checks the value's type and shape; the first failure is kept as the error, with the JSON path
// and the line and column of the value, and every later read then fails too.
class DesignReader
{
    Q_DECLARE_TR_FUNCTIONS(DesignReader)

public:
    explicit DesignReader(QString fileName);

    DesignFileError error() const { return m_error; }

    // Records the error (the first one only) and returns false.
    bool fail(const JsonNode &node, const QString &path, const QString &message);
    // fail() for text that is none of the values `names`.
    bool failUnknownValue(const JsonNode &node, const QString &path, const QString &text,
                          const QStringList &names);
    bool expectType(const JsonNode &node, const QString &path, JsonNode::Type type,
                    const QString &what);
    // An object whose members are all among `allowed`.
    bool expectObject(const JsonNode &node, const QString &path, const QStringList &allowed);
    const JsonNode *requiredMember(const JsonNode &object, const QString &path, const QString &key);

    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);
    // "\"a\", \"b\"" for messages that list what was expected.
    static QString quotedList(const QStringList &names);

    bool readString(const JsonNode &node, const QString &path, QString &out);
    bool readBool(const JsonNode &node, const QString &path, bool &out);
    bool readStringList(const JsonNode &node, const QString &path, QStringList &out);
    bool readTable(const JsonNode &node, const QString &path, TableRef &out);
    // A table's columns as "table_columns" and "columns" of "tables" hold them.
    bool readTableColumns(const JsonNode &node, const QString &path, QList<TableColumn> &out);
    // "tables": [{"schema", "name", "columns"}, ...], at least one.
    bool readDesignTables(const JsonNode &node, const QString &path, QList<DesignTable> &out);
    // "selector": {"schema", "pattern", "exclude", "has_column"}, each optional.
    bool readTableSelector(const JsonNode &node, const QString &path, TableSelector &out);
    bool readCondition(const JsonNode &node, const QString &path, Condition &out);
    bool readNamedValues(const JsonNode &node, const QString &path, QList<NamedValue> &out);
    bool readPayloadValue(const JsonNode &node, const QString &path, PayloadValue &out);

    // A member that may be absent (keeping `out`'s default); `read` checks its type.
    template<typename T>
    bool optionalMember(const JsonNode &object, const QString &path, const QString &key, T &out,
                        bool (DesignReader::*read)(const JsonNode &, const QString &, T &))
    {
        const JsonNode *value = object.member(key);
        return !value || (this->*read)(*value, join(path, key), out);
    }

    template<typename Enum>
    bool readEnum(const JsonNode &node, const QString &path, Enum &out,
                  std::optional<Enum> (*fromName)(const QString &), const QStringList &names)
    {
        QString text;
        if (!readString(node, path, text))
            return false;
        const std::optional<Enum> value = fromName(text);
        if (!value)
            return failUnknownValue(node, path, text, names);
        out = *value;
        return true;
    }

private:
    bool readFieldRef(const JsonNode &node, const QString &path, FieldRef &out);

    QString m_fileName;
    DesignFileError m_error;
    bool m_failed = false;
};

// The members of one action object, {"kind": ..., ...}, for its kind's readActionFields(). Keys
// are the design file's; an absent optional member keeps the action's default.
class ActionFieldsReader
{
public:
    ActionFieldsReader(DesignReader &reader, const JsonNode &node, QString path);

    DesignReader &reader() { return m_reader; }
    const JsonNode *member(const char *key) const;
    QString path(const char *key) const;

    // The keys this kind knows besides "kind"; any other member is an error.
    bool allowOnly(std::initializer_list<const char *> keys);
    bool optionalString(const char *key, QString &out);
    bool optionalStringList(const char *key, QStringList &out);
    bool optionalBool(const char *key, bool &out);
    bool optionalTable(const char *key, TableRef &out);
    bool optionalNamedValues(const char *key, QList<NamedValue> &out);
    bool optionalValue(const char *key, PayloadValue &out); // a value as in named values
    // A whole number from `minimum` to `maximum`.
    bool optionalInt(const char *key, int &out, int minimum, int maximum);
    bool requiredTable(const char *key, TableRef &out);
    bool requiredCondition(const char *key, Condition &out);
    // An array member, each item read by `read` with its own path; absent is an empty array.
    bool forEachItem(const char *key,
                     const std::function<bool(const JsonNode &item, const QString &path)> &read);

    // A member whose text is one of `names`, listed in the enum's value order.
    template<typename Enum, size_t N>
    bool optionalEnum(const char *key, Enum &out, const std::array<const char *, N> &names)
    {
        const JsonNode *value = member(key);
        QString text;
        if (!value)
            return true;
        if (!m_reader.readString(*value, path(key), text))
            return false;
        const std::optional<Enum> known = enumFromName<Enum>(names, text);
        if (!known) {
            QStringList expected;
            for (const char *name : names)
                expected.append(QString::fromLatin1(name));
            return m_reader.failUnknownValue(*value, path(key), text, expected);
        }
        out = *known;
        return true;
    }

private:
    DesignReader &m_reader;
    const JsonNode &m_node;
    QString m_path;
};

} // namespace trigon
