#include "core/analysis/triggerstatus.h"

#include "core/catalog/tableselection.h"
#include "core/sql/definitionmarker.h"
#include "core/sql/eventtriggerscript.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace trigon {

namespace {

const CatalogTrigger *findTrigger(const CatalogSnapshot &catalog, const TableRef &table,
                                  const QString &name)
{
    const CatalogRelation *relation = catalog.relation(table.schema, table.name);
    if (!relation)
        return nullptr;
    for (const CatalogTrigger *trigger : catalog.triggersOn(relation->oid)) {
        if (trigger->name == name)
            return trigger;
    }
    return nullptr;
}

std::optional<QString> markerOf(const QHash<quint32, QString> &hashes, quint32 oid)
{
    const auto found = hashes.constFind(oid);
    return found == hashes.cend() ? std::nullopt : std::optional<QString>(*found);
}

} // namespace

// Not translated: the first column of `trigon-cli status`, which scripts and CI match, and the
// words the man page lists. The reasons beside them are translated.
QString triggerStateName(TriggerState state)
{
    switch (state) {
    case TriggerState::Missing:
        return QStringLiteral("missing");
    case TriggerState::Installed:
        return QStringLiteral("installed");
    case TriggerState::Outdated:
        return QStringLiteral("outdated");
    case TriggerState::Drifted:
        return QStringLiteral("drifted");
    case TriggerState::Orphaned:
        return QStringLiteral("orphaned");
    case TriggerState::Unattached:
        return QStringLiteral("unattached");
    }
    return {};
}

QString installedFunctionHash(const CatalogFunction &function)
{
    // renderFunctionDefinition() writes "AS <tag>\n<body><tag>;", so prosrc is "\n" + body and
    // the tag is the first $function[n]$ the body does not contain.
    const QString body
            = function.source.startsWith(u'\n') ? function.source.mid(1) : function.source;
    const QString tag = dollarQuoteTag(body);
    const QString definition
            = QStringLiteral("CREATE OR REPLACE FUNCTION %1()\n    RETURNS %5\n    LANGUAGE "
                             "%4\nAS %2\n%3%2;")
                      .arg(quoteQualifiedName(function.schema, function.name), tag, body,
                           function.language,
                           function.forEventTrigger ? QStringLiteral("event_trigger")
                                                    : QStringLiteral("trigger"));
    return definitionHash(definition);
}

QString triggerKey(const QString &schema, const QString &table, const QString &name)
{
    return schema + QChar(0) + table + QChar(0) + name;
}

QList<TriggerStatus> classifyTriggers(const QList<TriggerDesign> &designs,
                                      const CatalogSnapshot &catalog,
                                      const InstalledMarkers &markers,
                                      const QHash<QString, QString> &canonicalDefinitions)
{
    QList<TriggerStatus> statuses;
    QSet<quint32> designed;
    for (const TriggerDesign &design : tableTriggers(designs)) {
        TriggerStatus status;
        status.designId = design.id;
        status.table = design.table;
        status.name = design.name;
        status.designEnabled = design.enabled;
        const CatalogTrigger *installed = findTrigger(catalog, design.table, design.name);
        if (!installed) {
            // Deploying cannot help a trigger whose table is not there: say which it is.
            if (!catalog.relation(design.table.schema, design.table.name))
                status.reasons.append(QCoreApplication::translate("trigon::TriggerStatus",
                                                                  "the table %1 does not exist")
                                              .arg(design.table.displayName()));
            if (design.existingFunction
                && !catalog.function(design.existingFunction->schema,
                                     design.existingFunction->name))
                status.reasons.append(
                        QCoreApplication::translate("trigon::TriggerStatus",
                                                    "the function %1() does not exist")
                                .arg(design.existingFunction->displayName()));
            // The function Trigon would create may be someone's already (a shared function is
            // named after its trigger): creating it replaces theirs.
            const FunctionRef made = triggerFunction(design);
            const CatalogFunction *taken = catalog.function(made.schema, made.name);
            if (!design.existingFunction && taken && !taken->madeByTrigon) {
                status.replacesForeignFunction = true;
                status.reasons.append(
                        QCoreApplication::translate(
                                "trigon::TriggerStatus",
                                "deploying replaces the function %1(), which Trigon did "
                                "not make")
                                .arg(made.displayName()));
            }
            statuses.append(status);
            continue;
        }
        designed.insert(installed->oid);
        status.installedEnabled = installed->enabled;
        status.triggerMadeByTrigon = installed->madeByTrigon;
        const CatalogFunction *function = catalog.function(installed->function);
        if (function) {
            status.installedFunctionSchema = function->schema;
            status.installedFunctionName = function->name;
            status.functionMadeByTrigon = function->madeByTrigon;
        }

        const std::optional<QString> triggerMarker = markerOf(markers.triggers, installed->oid);
        const std::optional<QString> functionMarker
                = function ? markerOf(markers.functions, function->oid) : std::nullopt;
        const FunctionRef designFunction = triggerFunction(design);
        const QString expectedFunction
                = quoteQualifiedName(designFunction.schema, designFunction.name);
        // An existing function is not Trigon's: it has no marker, and what is in it is its own.
        const bool existing = design.existingFunction.has_value();
        const bool functionUntouched = existing
                || (function && functionMarker
                    && installedFunctionHash(*function) == *functionMarker
                    && function->language == functionLanguage(design)
                    && !function->securityDefiner);
        const bool functionOutdated
                = functionMarker && !existing && *functionMarker != functionDefinitionHash(design);

        if (!triggerMarker && functionUntouched && !existing && function
            && quoteQualifiedName(function->schema, function->name) == expectedFunction
            && isAttachedTriggerComment(installed->comment)) {
            status.state = TriggerState::Outdated;
            // Trigon's event trigger made it: uninstalling the design drops it too.
            status.triggerMadeByTrigon = true;
            status.reasons.append(QCoreApplication::translate(
                    "trigon::TriggerStatus",
                    "attached by an event trigger; a deploy gives it Trigon's marker"));
        } else if (!triggerMarker || (!existing && !functionMarker)) {
            status.state = TriggerState::Drifted;
            status.reasons.append(QCoreApplication::translate(
                    "trigon::TriggerStatus", "not made by Trigon (no marker in its comment)"));
        } else if (!functionUntouched) {
            status.state = TriggerState::Drifted;
            status.reasons.append(QCoreApplication::translate("trigon::TriggerStatus",
                                                              "its function was changed by hand"));
        } else if (!function
                   || quoteQualifiedName(function->schema, function->name) != expectedFunction
                   || *triggerMarker != triggerDefinitionHash(design) || functionOutdated) {
            status.state = TriggerState::Outdated;
            if (*triggerMarker != triggerDefinitionHash(design)) {
                // The marker hashes the definition with the comment: the installed comment tells
                // which of the two changed.
                TriggerDesign installedComment = design;
                installedComment.comment = installed->comment;
                if (*triggerMarker != triggerDefinitionHash(installedComment))
                    status.reasons.append(QCoreApplication::translate(
                            "trigon::TriggerStatus", "trigger definition changed in the design"));
                if (installed->comment != design.comment)
                    status.reasons.append(QCoreApplication::translate(
                            "trigon::TriggerStatus", "comment changed in the design"));
            }
            if (functionOutdated)
                status.reasons.append(QCoreApplication::translate(
                        "trigon::TriggerStatus", "function changed in the design"));
        } else {
            const QString key = triggerKey(design.table.schema, design.table.name, design.name);
            const auto canonical = canonicalDefinitions.constFind(key);
            if (canonical != canonicalDefinitions.cend() && *canonical != installed->definition) {
                status.state = TriggerState::Drifted;
                status.reasons.append(QCoreApplication::translate("trigon::TriggerStatus",
                                                                  "trigger changed by hand: %1")
                                              .arg(installed->definition));
            } else if (installed->enabled != design.enabled) {
                status.state = TriggerState::Drifted;
                status.onlyEnabledDiffers = true;
                status.reasons.append(
                        QCoreApplication::translate("trigon::TriggerStatus",
                                                    "enabled state is %1, the design says %2")
                                .arg(enabledName(installed->enabled), enabledName(design.enabled)));
            } else {
                status.state = TriggerState::Installed;
            }
        }
        statuses.append(status);
    }

    for (const CatalogTrigger &trigger : catalog.triggers) {
        if (!trigger.madeByTrigon || trigger.isClone || designed.contains(trigger.oid))
            continue;
        TriggerStatus status;
        status.state = TriggerState::Orphaned;
        status.table = {trigger.schema, trigger.table};
        status.name = trigger.name;
        status.installedEnabled = trigger.enabled;
        status.triggerMadeByTrigon = true;
        status.installedTriggerHash = markers.triggers.value(trigger.oid);
        if (const CatalogFunction *function = catalog.function(trigger.function)) {
            status.installedFunctionSchema = function->schema;
            status.installedFunctionName = function->name;
            status.functionMadeByTrigon = function->madeByTrigon;
            status.installedFunctionHash = markers.functions.value(function->oid);
        }
        status.reasons.append(QCoreApplication::translate("trigon::TriggerStatus",
                                                          "made by Trigon, in no given design"));
        statuses.append(status);
    }

    // A table created after the design was attached would otherwise be left out in silence.
    for (const TriggerDesign &design : designs) {
        if (!design.selector)
            continue;
        QSet<TableRef> listed;
        for (const TriggerDesign &trigger : tableTriggers(design))
            listed.insert(trigger.table);
        for (const DesignTable &table : selectTables(*design.selector, catalog)) {
            if (listed.contains(table.table))
                continue;
            TriggerStatus status;
            status.state = TriggerState::Unattached;
            status.designId = design.id;
            status.table = table.table;
            status.name = design.name;
            status.designEnabled = design.enabled;
            if (const CatalogTrigger *installed = findTrigger(catalog, table.table, design.name))
                status.installedEnabled = installed->enabled;
            status.reasons.append(
                    QCoreApplication::translate("trigon::TriggerStatus",
                                                "the design's selector picks this table, which "
                                                "the design does not list: attach it "
                                                "(trigon-cli attach)"));
            statuses.append(status);
        }
    }
    return statuses;
}

bool allInstalled(const QList<TriggerStatus> &statuses)
{
    return std::all_of(statuses.cbegin(), statuses.cend(), [](const TriggerStatus &status) {
        return status.state == TriggerState::Installed;
    });
}

} // namespace trigon
