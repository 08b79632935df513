#include "core/pg/pgerror.h"

namespace trigon::pg {

QString PgError::toString() const
{
    QString text = message;
    if (!detail.isEmpty())
        text += QStringLiteral("\nDetail: ") + detail;
    if (!hint.isEmpty())
        text += QStringLiteral("\nHint: ") + hint;
    return text;
}

PgError libpqFailure(const QString &text, const QString &statement, QList<Notice> *notices)
{
    static constexpr QLatin1String fatalPrefix("FATAL:  ");
    PgError error;
    error.message = text.trimmed();
    error.statement = statement;
    if (error.message.startsWith(fatalPrefix)) {
        const qsizetype end = error.message.indexOf(u'\n');
        error.detail = end < 0 ? QString() : error.message.mid(end + 1).trimmed();
        error.message
                = error.message.mid(fatalPrefix.size(), end < 0 ? -1 : end - fatalPrefix.size());
        return error;
    }
    for (qsizetype i = notices ? notices->size() - 1 : -1; i >= 0; --i) {
        const Notice &notice = notices->at(i);
        if (notice.endsSession()) {
            error.detail = error.message;
            error.message = notice.message;
            error.sqlState = notice.sqlState;
            notices->removeAt(i);
            break;
        }
    }
    return error;
}

} // namespace trigon::pg
