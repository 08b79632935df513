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

} // namespace trigon::pg
