#include "core/sql/bypass.h"

#include "core/sql/quoting.h"

#include <QCryptographicHash>

#include <algorithm>

namespace trigon {

namespace {

// md5() of the name as PostgreSQL computes it: hex digits, safe in a setting name and inside any
// quote.
QString nameDigest(const QString &triggerName)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(triggerName.toUtf8(), QCryptographicHash::Md5).toHex());
}

} // namespace

QString bypassSettingName(const QString &triggerName)
{
    return QStringLiteral("trigon.bypass_") + nameDigest(triggerName);
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
            "CREATE TABLE IF NOT EXISTS trigon.bypass_options (\n"
            "    trigger_name text PRIMARY KEY,\n"
            "    audit text NOT NULL CHECK (audit IN ('table', 'notice'))\n"
            ");\n"
            "COMMENT ON TABLE trigon.bypass_options IS 'How trigon.bypass() reports a skip of "
            "each bypass-enabled trigger, written by the install scripts of their designs: a "
            "row in trigon.bypass_log (table, also for a trigger not listed) or a NOTICE.';\n"
            "CREATE OR REPLACE FUNCTION trigon.bypass(trigger_name text, reason text DEFAULT "
            "NULL)\n"
            "    RETURNS void\n"
            "    LANGUAGE plpgsql\n"
            // A session that set client_min_messages above notice would lose a notice-mode
            // report; the clause holds for this call only (and not for the bypass setting).
            "    SET client_min_messages = notice\n"
            "AS $bypass$\n"
            "DECLARE\n"
            "    audit_to text;\n"
            "BEGIN\n"
            "    IF coalesce(trigger_name, '') = '' THEN\n"
            "        RAISE EXCEPTION 'trigon.bypass() needs the name of the trigger to skip';\n"
            "    END IF;\n"
            "    -- Local to the transaction: it ends with it, whatever happens.\n"
            "    PERFORM set_config('trigon.bypass_' || md5(trigger_name), 'on', true);\n"
            "    SELECT o.audit INTO audit_to FROM trigon.bypass_options AS o\n"
            "        WHERE o.trigger_name = bypass.trigger_name;\n"
            "    IF audit_to = 'notice' THEN\n"
            "        RAISE NOTICE 'trigon.bypass: trigger % skipped until the end of transaction "
            "% by % (application %) at %, reason: %',\n"
            "            trigger_name, txid_current(), current_user,\n"
            "            coalesce(current_setting('application_name', true), ''), now(),\n"
            "            coalesce(reason, '(none given)');\n"
            "    ELSE\n"
            "        INSERT INTO trigon.bypass_log (trigger_name, reason) VALUES (trigger_name, "
            "reason);\n"
            "    END IF;\n"
            "END;\n"
            "$bypass$;\n"
            "COMMENT ON FUNCTION trigon.bypass(text, text) IS 'Skips the triggers of this name "
            "that have Trigon''s bypass option, until the end of the current transaction, and "
            "logs the request in trigon.bypass_log, or raises it as a NOTICE where the design "
            "says so (trigon.bypass_options).';\n");
}

QString bypassAuditName(BypassMode mode)
{
    switch (mode) {
    case BypassMode::Off:
        return {};
    case BypassMode::AuditTable:
        return QStringLiteral("table");
    case BypassMode::Notice:
        return QStringLiteral("notice");
    }
    return {};
}

QString renderBypassOption(const TriggerDesign &trigger)
{
    if (trigger.bypass == BypassMode::Off)
        return {};
    return QStringLiteral(
                   "INSERT INTO trigon.bypass_options (trigger_name, audit) VALUES (%1, %2)\n"
                   "    ON CONFLICT (trigger_name) DO UPDATE SET audit = EXCLUDED.audit;\n")
            .arg(quoteLiteral(trigger.name), quoteLiteral(bypassAuditName(trigger.bypass)));
}

QString renderBypassOptionRemoval(const TriggerDesign &trigger)
{
    if (trigger.bypass == BypassMode::Off)
        return {};
    // An uninstall runs where the install may never have (every statement of it tolerates a
    // missing object), so the table may be missing. The name goes in as its MD5, as the setting
    // does: hex digits cannot end the dollar quote.
    return QStringLiteral("DO $forget$\n"
                          "BEGIN\n"
                          "    IF to_regclass('trigon.bypass_options') IS NOT NULL THEN\n"
                          "        DELETE FROM trigon.bypass_options WHERE md5(trigger_name) = "
                          "'%1';\n"
                          "    END IF;\n"
                          "END\n"
                          "$forget$;\n")
            .arg(nameDigest(trigger.name));
}

bool anyBypass(const QList<TriggerDesign> &triggers)
{
    return std::any_of(triggers.cbegin(), triggers.cend(), [](const TriggerDesign &trigger) {
        return trigger.bypass != BypassMode::Off;
    });
}

} // namespace trigon
