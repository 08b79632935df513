#include "core/sql/testcapture.h"

namespace trigon {

QString renderNotifyCapture()
{
    // The search_path is set in a DO block rather than by a SELECT so that the script prints
    // nothing: in a pgTAP script every row printed lands in the TAP stream.
    return QStringLiteral(
            "CREATE SCHEMA trigon_test_capture;\n"
            "CREATE TEMPORARY TABLE trigon_captured (n serial, channel text, payload text);\n"
            "CREATE FUNCTION trigon_test_capture.pg_notify(channel text, payload text) "
            "RETURNS void\n"
            "    LANGUAGE plpgsql AS $capture$\n"
            "BEGIN\n"
            "    INSERT INTO pg_temp.trigon_captured (channel, payload) VALUES (channel, "
            "payload);\n"
            "    PERFORM pg_catalog.pg_notify(channel, payload);\n"
            "END\n"
            "$capture$;\n"
            "DO $path$\n"
            "BEGIN\n"
            "    PERFORM set_config('search_path',\n"
            "                       'trigon_test_capture, pg_catalog, ' || "
            "current_setting('search_path'),\n"
            "                       true);\n"
            "END\n"
            "$path$;\n");
}

} // namespace trigon
