#include "core/actions/fsm/fsmaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/functionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

QString renderAction(const FsmAction &action, const FunctionBody &body)
{
    if (!body.isRow())
        return QStringLiteral("-- fsm needs a row-level trigger");
    const QString column = quoteIdentifier(action.column);
    QStringList pairs;
    for (const FsmTransition &transition : action.transitions) {
        pairs.append(QStringLiteral("(%1, %2)")
                             .arg(quoteLiteral(transition.from), quoteLiteral(transition.to)));
    }
    const QString message = action.message.isEmpty()
            ? QStringLiteral("format('%1 cannot change from %s to %s', OLD.%2, NEW.%2)")
                      .arg(QString(action.column)
                                   .replace(u'\'', QLatin1String("''"))
                                   .replace(u'%', QLatin1String("%%")),
                           column)
            : quoteLiteral(action.message);
    const QString test
            = QStringLiteral("OLD.%1 IS DISTINCT FROM NEW.%1\n%2AND ((OLD.%1::text, "
                             "NEW.%1::text) IN (%3)) IS NOT TRUE")
                      .arg(column, indentUnit().repeated(2), pairs.join(QLatin1String(", ")));
    return body.onlyFor(TriggerEvent::Update,
                        ifBlock(test, raiseException(message, QStringLiteral("P0001"))));
}

std::optional<QList<TableWrite>> tableWrites(const FsmAction &, const TriggerDesign &)
{
    return QList<TableWrite>();
}

bool mayStopRow(const FsmAction &)
{
    return false;
}

} // namespace trigon
