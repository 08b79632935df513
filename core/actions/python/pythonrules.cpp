#include "core/actions/python/pythonaction.h"

#include "core/analysis/triggerchecks.h"
#include "core/model/triggerdesign.h"
#include "core/sql/scriptrenderer.h"

namespace trigon {

void checkAction(const PythonAction &action, TriggerChecks &checks, const QString &path)
{
    const TriggerDesign &trigger = checks.trigger();
    if (trigger.actions.size() > 1) {
        checks.error(path,
                     TriggerChecks::tr("a python action is the whole function, written in "
                                       "PL/Python; it cannot be combined with other actions, "
                                       "which are PL/pgSQL: give them a trigger of their own"));
    }
    if (conditionEvaluatedInFunction(trigger)) {
        checks.error(QStringLiteral("condition"),
                     TriggerChecks::tr("this statement-level condition reads rows and would be "
                                       "evaluated in generated PL/pgSQL; in a PL/Python function "
                                       "test it in the body instead"));
    }
    if (action.body.trimmed().isEmpty())
        checks.warning(path + QStringLiteral(".body"),
                       TriggerChecks::tr("the Python body is empty"));
}

} // namespace trigon
