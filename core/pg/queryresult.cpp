#include "core/pg/queryresult.h"

#include <libpq-fe.h>

#include <QCoreApplication>

namespace trigon::pg {

QueryResult QueryResult::fromError(PgError error)
{
    QueryResult result;
    result.m_error = std::move(error);
    return result;
}

namespace {
QString field(const PGresult *result, int code)
{
    const char *text = PQresultErrorField(result, code);
    return text ? QString::fromUtf8(text) : QString();
}
} // namespace

QueryResult QueryResult::fromPGresult(const PGresult *result, const QString &statement)
{
    QueryResult value;
    if (!result) {
        PgError error;
        error.message = QCoreApplication::translate("trigon::pg::QueryResult",
                                                    "no result from the server (out of memory?)");
        error.statement = statement;
        value.m_error = std::move(error);
        return value;
    }
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_FATAL_ERROR || status == PGRES_BAD_RESPONSE
        || status == PGRES_NONFATAL_ERROR) {
        PgError error;
        error.message = field(result, PG_DIAG_MESSAGE_PRIMARY);
        if (error.message.isEmpty())
            error.message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        error.detail = field(result, PG_DIAG_MESSAGE_DETAIL);
        error.hint = field(result, PG_DIAG_MESSAGE_HINT);
        error.sqlState = field(result, PG_DIAG_SQLSTATE);
        error.position = field(result, PG_DIAG_STATEMENT_POSITION).toInt();
        error.statement = statement;
        value.m_error = std::move(error);
        return value;
    }
    value.m_commandTag = QString::fromUtf8(PQcmdStatus(const_cast<PGresult *>(result)));
    value.m_rowsAffected = QByteArray(PQcmdTuples(const_cast<PGresult *>(result))).toLongLong();
    const int columns = PQnfields(result);
    const int rows = PQntuples(result);
    value.m_columns.reserve(columns);
    for (int c = 0; c < columns; ++c)
        value.m_columns.append(QString::fromUtf8(PQfname(result, c)));
    value.m_rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(result, r, c))
                row.append(QString());
            else if (PQgetlength(result, r, c) == 0)
                row.append(QStringLiteral("")); // '' must stay distinguishable from NULL
            else
                row.append(QString::fromUtf8(PQgetvalue(result, r, c), PQgetlength(result, r, c)));
        }
        value.m_rows.append(std::move(row));
    }
    return value;
}

} // namespace trigon::pg
