#include "core/model/payloadvalue.h"

#include <utility>

namespace trigon {

PayloadValue PayloadValue::column(RowVersion row, QString name)
{
    return {row == RowVersion::Old ? Kind::OldColumn : Kind::NewColumn, std::move(name), {}};
}

PayloadValue PayloadValue::wholeRow(RowVersion row)
{
    return {Kind::Row, row == RowVersion::Old ? QStringLiteral("old") : QStringLiteral("new"), {}};
}

PayloadValue PayloadValue::tg(QString variable)
{
    return {Kind::TgVariable, std::move(variable), {}};
}

PayloadValue PayloadValue::now()
{
    return {Kind::Now, {}, {}};
}

PayloadValue PayloadValue::setting(QString name)
{
    return {Kind::Setting, std::move(name), {}};
}

PayloadValue PayloadValue::sqlExpression(QString sql)
{
    return {Kind::Sql, std::move(sql), {}};
}

PayloadValue PayloadValue::json(QJsonValue value)
{
    return {Kind::Literal, {}, std::move(value)};
}

PayloadValue PayloadValue::ddl(QString field)
{
    return {Kind::Ddl, std::move(field), {}};
}

bool PayloadValue::readsRow(RowVersion row) const
{
    switch (kind) {
    case Kind::NewColumn:
        return row == RowVersion::New;
    case Kind::OldColumn:
        return row == RowVersion::Old;
    case Kind::Row:
        return text == (row == RowVersion::Old ? QLatin1String("old") : QLatin1String("new"));
    case Kind::Sql:
        return sqlReferencesRow(text, row);
    case Kind::TgVariable:
    case Kind::Now:
    case Kind::Setting:
    case Kind::Literal:
    case Kind::Ddl:
        return false;
    }
    return false;
}

QStringList tgVariableNames()
{
    return {QStringLiteral("op"),   QStringLiteral("table_name"), QStringLiteral("table_schema"),
            QStringLiteral("when"), QStringLiteral("level"),      QStringLiteral("name")};
}

QStringList ddlFieldNames()
{
    return {QStringLiteral("event"),           QStringLiteral("command_tag"),
            QStringLiteral("object_type"),     QStringLiteral("schema_name"),
            QStringLiteral("object_identity"), QStringLiteral("in_extension")};
}

} // namespace trigon
