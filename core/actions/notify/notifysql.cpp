#include "core/actions/notify/notifyaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/functionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

namespace {
constexpr int payloadLimit = 8000; // PostgreSQL refuses payloads of this many bytes or more
} // namespace

QString renderNotifyBlock(const NotifyAction &action, const QString &truncatedFields)
{
    QStringList pairs;
    for (const NamedValue &entry : action.payload)
        pairs.append(QStringLiteral("%1, %2").arg(quoteLiteral(entry.name),
                                                  renderPayloadValue(entry.value)));
    const QString payload = pairs.isEmpty()
            ? QStringLiteral("'{}'")
            : QStringLiteral("json_build_object(\n%1\n%2)::text")
                      .arg(indented(pairs.join(QLatin1String(",\n")), 2), indentUnit());
    const QString tooLong = QStringLiteral("octet_length(trigon_payload) >= %1").arg(payloadLimit);
    const QString notify = QStringLiteral("PERFORM pg_notify(%1, trigon_payload);")
                                   .arg(quoteLiteral(action.channel));
    QString send;
    switch (action.onOverflow) {
    case NotifyAction::Overflow::Truncate:
        send = ifBlock(tooLong,
                       QStringLiteral("trigon_payload := json_build_object(\n%1'truncated', "
                                      "true,\n%1'bytes', octet_length(trigon_payload),\n%1%2)"
                                      "::text;")
                               .arg(indentUnit(), truncatedFields))
                + u'\n' + notify;
        break;
    case NotifyAction::Overflow::Skip:
        send = QStringLiteral("IF %1 THEN\n%2RAISE WARNING 'notification on % skipped: its "
                              "payload of % bytes is over the limit', %3, "
                              "octet_length(trigon_payload);\nELSE\n%2%4\nEND IF;")
                       .arg(tooLong, indentUnit(), quoteLiteral(action.channel), notify);
        break;
    case NotifyAction::Overflow::Error:
        send = ifBlock(tooLong,
                       QStringLiteral(
                               "RAISE EXCEPTION 'notification on % refused: its payload of % "
                               "bytes is over the limit', %1, "
                               "octet_length(trigon_payload)\n%2USING ERRCODE = '22023';")
                               .arg(quoteLiteral(action.channel), indentUnit()))
                + u'\n' + notify;
        break;
    }
    return QStringLiteral("DECLARE\n%1trigon_payload text := %2;\nBEGIN\n%3\nEND;")
            .arg(indentUnit(), payload, indented(send, 1));
}

QString renderAction(const NotifyAction &action, const FunctionBody &body)
{
    return body.guarded(renderNotifyBlock(
            action, QStringLiteral("'op', TG_OP,\n%1'table', TG_TABLE_NAME").arg(indentUnit())));
}

std::optional<QList<TableWrite>> tableWrites(const NotifyAction &, const TriggerDesign &)
{
    return QList<TableWrite>();
}

bool mayStopRow(const NotifyAction &)
{
    return false;
}

} // namespace trigon
