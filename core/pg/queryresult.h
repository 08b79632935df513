#pragma once

#include "core/pg/pgerror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

typedef struct pg_result PGresult;

namespace trigon::pg {

// The outcome of one statement as a plain value: the rows as text (PostgreSQL's text format), or
// the error. Copying it is cheap enough for catalogs; libpq's PGresult is released as soon as the
// value is built.
class QueryResult
{
public:
    QueryResult() = default;
    static QueryResult fromError(PgError error);
    // Takes the values out of a PGresult; a failed status becomes an error carrying `statement`.
    static QueryResult fromPGresult(const PGresult *result, const QString &statement);

    bool ok() const { return !m_error.has_value(); }
    // An empty PgError on success: message texts are often built before ok() is checked
    // (QVERIFY2 evaluates its message eagerly), which must not read an empty optional.
    const PgError &error() const
    {
        static const PgError none;
        return m_error ? *m_error : none;
    }

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    const QStringList &columnNames() const { return m_columns; }
    int columnIndex(const QString &name) const { return static_cast<int>(m_columns.indexOf(name)); }

    // A NULL reads as a null QString; isNull() tells it apart from ''.
    QString value(int row, int column) const { return m_rows[row][column]; }
    QString value(int row, const QString &column) const { return m_rows[row][columnIndex(column)]; }
    bool isNull(int row, int column) const { return m_rows[row][column].isNull(); }
    const QList<QStringList> &rows() const { return m_rows; }

    QString commandTag() const { return m_commandTag; } // "INSERT 0 1", "CREATE TRIGGER", ...
    qint64 rowsAffected() const { return m_rowsAffected; }

private:
    std::optional<PgError> m_error;
    QStringList m_columns;
    QList<QStringList> m_rows;
    QString m_commandTag;
    qint64 m_rowsAffected = 0;
};

} // namespace trigon::pg
