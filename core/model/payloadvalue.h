#pragma once

#include "core/model/condition.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace trigon {

// A value computed when the trigger fires: an element of a notify payload or of an insert.
struct PayloadValue
{
    enum class Kind {
        NewColumn,  // {"new": "col"}: NEW.col
        OldColumn,  // {"old": "col"}: OLD.col
        Row,        // {"row": "new"|"old"}: the whole row as JSON
        TgVariable, // {"tg": "op"}: TG_OP, TG_TABLE_NAME, ...
        Now,        // {"now": true}: now()
        Setting,    // {"setting": "app.current_user_id"}: current_setting(name, true)
        Sql,        // {"sql": "expr"}: a raw SQL expression
        Literal,    // any other JSON value
        // {"ddl": "command_tag"}: in an event trigger, a field of the command or of the object it
        // created, changed or dropped (ddlFieldNames()); table triggers have none.
        Ddl,
    };

    Kind kind = Kind::Literal;
    QString text;       // column, "new"/"old", tg variable, setting name or SQL, by kind
    QJsonValue literal; // for Literal

    static PayloadValue column(RowVersion row, QString name);
    static PayloadValue wholeRow(RowVersion row);
    static PayloadValue tg(QString variable);
    static PayloadValue now();
    static PayloadValue setting(QString name);
    static PayloadValue sqlExpression(QString sql);
    static PayloadValue json(QJsonValue value);
    static PayloadValue ddl(QString field);

    // Whether the value reads a row (OLD or NEW).
    bool readsRow(RowVersion row) const;

    friend bool operator==(const PayloadValue &, const PayloadValue &) = default;
};

// The names {"tg": ...} accepts, in the order the UI offers them.
QStringList tgVariableNames();
// The names {"ddl": ...} accepts: "event", "command_tag", "object_type", "schema_name",
// "object_identity", "in_extension".
QStringList ddlFieldNames();

// A key of a notify payload, or a column of an insert, with its value. Order is kept as written.
struct NamedValue
{
    QString name;
    PayloadValue value;

    friend bool operator==(const NamedValue &, const NamedValue &) = default;
};

} // namespace trigon
