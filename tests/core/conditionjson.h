#pragma once

#include "core/io/designfile.h"

#include <QtGlobal>

#include <optional>

namespace trigon::test {

// Conditions are written as design-file JSON in tests: short, and what users read too. An empty
// text is no condition.
inline std::optional<Condition> conditionFromJson(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const ConditionParseResult result = parseConditionJson(json);
    if (!result.ok())
        qFatal("bad test condition %s: %s", qPrintable(json), qPrintable(result.error.toString()));
    return result.condition;
}

} // namespace trigon::test
