#pragma once

#include "core/model/designdocument.h"
#include "core/model/triggerdesign.h"

#include <QHash>
#include <QList>
#include <QString>

namespace trigon {

// How scripts are rendered. Passed explicitly: there is no global setting.
struct RenderOptions
{
    // The target server as server_version_num (150000 for 15, 110000 for 11). From 11 triggers
    // say EXECUTE FUNCTION (EXECUTE PROCEDURE before); from 14 CREATE OR REPLACE TRIGGER is used
    // (never for constraint triggers), DROP TRIGGER IF EXISTS + CREATE TRIGGER before.
    int serverVersion = 150000;
    // Wrap the install / uninstall script in BEGIN ... COMMIT.
    bool singleTransaction = true;
    // For the test bench only: every generated trigger function first calls
    // firingTraceFunction()(TG_NAME, TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_WHEN, TG_LEVEL, TG_OP),
    // which whoever runs the script must have created. Off for anything that gets deployed.
    bool traceFiring = false;

    // 15 -> 150000, 9.6 style 90600 and 150000 stay as they are.
    static int versionNumber(int majorOrNumber);

    friend bool operator==(const RenderOptions &, const RenderOptions &) = default;
};

// The unqualified name of the trigger function Trigon makes for `trigger`: "<table>__<trigger>",
// deterministic and at most 63 bytes (the excess replaced by a hash of the full name). The
// function lives in the table's schema. A design over several tables shares one function named
// after the trigger alone, in the schema of its first table. A design's existing function is
// that function.
QString triggerFunctionName(const TriggerDesign &trigger);
// That function with its schema.
FunctionRef triggerFunction(const TriggerDesign &trigger);
// `name` cut to `maxBytes` UTF-8 bytes on a character boundary, with "_" and 8 hex digits of a
// hash of the whole name appended, so that two long names sharing a prefix stay apart.
QString truncatedIdentifier(const QString &name, int maxBytes = 63);

// Where the condition goes: the WHEN clause, except on a statement trigger whose condition reads
// rows that its transition tables provide; there the function evaluates it over those rows and
// its actions run only for (or when there are) matching rows.
bool conditionEvaluatedInFunction(const TriggerDesign &trigger);

// CREATE OR REPLACE FUNCTION ... for the trigger's function, without its COMMENT, untraced.
QString renderFunctionDefinition(const TriggerDesign &trigger);
// The qualified name of the function a traced trigger function calls (RenderOptions::traceFiring):
// trigon_test_capture.trigon_fired(name, schema, table, timing, level, event), six text arguments.
QString firingTraceFunction();
// CREATE [OR REPLACE] [CONSTRAINT] TRIGGER ... for `options`, without DROP or COMMENT.
QString renderTriggerDefinition(const TriggerDesign &trigger, const RenderOptions &options);
// The hashes in the COMMENT markers: of the function definition, and of the trigger definition in
// its canonical form (CREATE TRIGGER ... EXECUTE FUNCTION, whatever the target version) with the
// trigger's comment. Between them they cover every property of a design that the install script
// sets except `enabled`, which status compares with pg_trigger.tgenabled instead.
QString functionDefinitionHash(const TriggerDesign &trigger);
QString triggerDefinitionHash(const TriggerDesign &trigger);

// ALTER TABLE ... ENABLE | DISABLE | ENABLE REPLICA | ENABLE ALWAYS TRIGGER ...; for `enabled`.
QString renderEnableTrigger(const TableRef &table, const QString &name, TriggerEnabled enabled);

// The statements that install (or remove) one design, without BEGIN/COMMIT: what the designer's
// live preview shows. A design over several tables gives its shared function once and then its
// trigger on each table; one of the per-table triggers of tableTriggers() gives the function and
// its own trigger.
QString renderTriggerInstall(const TriggerDesign &trigger, const RenderOptions &options);
QString renderTriggerUninstall(const TriggerDesign &trigger, const RenderOptions &options);
// What renderTriggerInstall() gives a per-table trigger besides its function (and audit tables):
// its trigger statements on its table. A deploy uses it for the tables after the first one of a
// shared function.
QString renderTableTriggerInstall(const TriggerDesign &trigger, const RenderOptions &options);

// Whole scripts for many triggers. The install script is idempotent: running it twice leaves the
// same objects. The uninstall script drops the triggers and functions Trigon made (audit tables
// keep their data and stay).
QString renderInstallScript(const QList<TriggerDesign> &triggers, const RenderOptions &options);
// `eventTriggersPart`: what renderEventTriggerUninstall() gives for the event triggers to drop.
QString renderUninstallScript(const QList<TriggerDesign> &triggers, const RenderOptions &options,
                              const QString &eventTriggersPart = {});
// A whole file's scripts: its triggers, then its event triggers (core/sql/eventtriggerscript.h).
QString renderInstallScript(const DesignDocument &design, const RenderOptions &options);
QString renderUninstallScript(const DesignDocument &design, const RenderOptions &options);

// renderInstallScript() for a preview that renders the whole file again after every edit. Each
// trigger's part is kept with the trigger it came from and rendered again only when that trigger
// (or the options) changed: an edit touches one trigger, and rendering the hundreds of others
// again was most of the time a whole-file preview took.
class InstallScriptRenderer
{
public:
    // `eventTriggersPart` goes before COMMIT as it is.
    QString render(const QList<TriggerDesign> &triggers, const RenderOptions &options,
                   const QString &eventTriggersPart = {});
    // A whole file, its event triggers (rendered again every time: there are few) included.
    QString render(const DesignDocument &design, const RenderOptions &options);

private:
    struct Part
    {
        TriggerDesign trigger;
        QString sql;
    };
    QHash<QString, Part> m_parts; // by trigger id
    RenderOptions m_options;
};

} // namespace trigon
