#include "core/sql/bypass.h"

#include "core/sql/quoting.h"

#include <QCryptographicHash>

#include <algorithm>

namespace trigon {

QString bypassSettingName(const QString &triggerName)
{
    return QStringLiteral("trigon.bypass_")
            + QString::fromLatin1(
                    QCryptographicHash::hash(triggerName.toUtf8(), QCryptographicHash::Md5)
                            .toHex());
}

QString bypassWhenTest(const QString &triggerName)
{
    return QStringLiteral("current_setting(%1, true) IS DISTINCT FROM 'on'")
            .arg(quoteLiteral(bypassSettingName(triggerName)));
}

QString renderBypassSupport()
{
    return QStringLiteral(
            "CREATE SCHEMA IF NOT EXISTS trigon;\n"
            "CREATE TABLE IF NOT EXISTS trigon.bypass_log (\n"
            "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
            "    trigger_name text NOT NULL,\n"
            "    reason text,\n"
            "    db_user text NOT NULL DEFAULT current_user,\n"
            "    application_name text DEFAULT current_setting('application_name', true),\n"
            "    requested_at timestamptz NOT NULL DEFAULT now(),\n"
            "    transaction_id bigint NOT NULL DEFAULT txid_current()\n"
            ");\n"
            "CREATE OR REPLACE FUNCTION trigon.bypass(trigger_name text, reason text DEFAULT "
            "NULL)\n"
            "    RETURNS void\n"
            "    LANGUAGE plpgsql\n"
            "AS $bypass$\n"
            "BEGIN\n"
            "    IF coalesce(trigger_name, '') = '' THEN\n"
            "        RAISE EXCEPTION 'trigon.bypass() needs the name of the trigger to skip';\n"
            "    END IF;\n"
            "    -- Local to the transaction: it ends with it, whatever happens.\n"
            "    PERFORM set_config('trigon.bypass_' || md5(trigger_name), 'on', true);\n"
            "    INSERT INTO trigon.bypass_log (trigger_name, reason) VALUES (trigger_name, "
            "reason);\n"
            "END;\n"
            "$bypass$;\n"
            "COMMENT ON FUNCTION trigon.bypass(text, text) IS 'Skips the triggers of this name "
            "that have Trigon''s bypass option, until the end of the current transaction, and "
            "logs the request in trigon.bypass_log.';\n");
}

bool anyBypass(const QList<TriggerDesign> &triggers)
{
    return std::any_of(triggers.cbegin(), triggers.cend(),
                       [](const TriggerDesign &trigger) { return trigger.bypass; });
}

} // namespace trigon
