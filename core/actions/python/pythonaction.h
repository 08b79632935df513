#pragma once

#include "core/actions/actionkind.h"

namespace trigon {

// The trigger function written in PL/Python (plpython3u) instead of generated PL/pgSQL: `body` is
// the whole function, with TD and plpy as PL/Python gives them, returning "MODIFY", "SKIP" or
// None. It is a trigger's only action: the other kinds render PL/pgSQL.
struct PythonAction
{
    static constexpr const char *kindName = "python";
    // Custom code may do anything (return "SKIP", modify TD["new"]).
    static constexpr bool changesOutcome = true;

    QString body;

    friend bool operator==(const PythonAction &, const PythonAction &) = default;
};

// The language a trigger's function is written in: "plpython3u" when it has a python action,
// "plpgsql" otherwise.
QString functionLanguage(const TriggerDesign &trigger);

void writeActionFields(const PythonAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, PythonAction &action);
void checkAction(const PythonAction &action, TriggerChecks &checks, const QString &path);
// PL/Python is no part of a PL/pgSQL body (the validator refuses the mix): a mixed design gets a
// comment in its place.
QString renderAction(const PythonAction &action, const FunctionBody &body);
// The tables it writes cannot be read from Python code: nullopt.
std::optional<QList<TableWrite>> tableWrites(const PythonAction &action,
                                             const TriggerDesign &trigger);
bool mayStopRow(const PythonAction &action);
// The whole PL/Python function body of `trigger`, whose actions are one python action; with
// `traceFiring`, it first reports the firing as RenderOptions::traceFiring describes.
QString renderPythonFunctionBody(const TriggerDesign &trigger, bool traceFiring);

} // namespace trigon
