#include "core/model/action.h"

#include "core/model/variantkinds.h"

namespace trigon {

namespace {

constexpr auto names = variantKindNames<Action>();

} // namespace

QString actionKindName(ActionKind kind)
{
    const auto index = size_t(kind);
    return index < names.size() ? QString::fromLatin1(names[index]) : QString();
}

std::optional<ActionKind> actionKindFromName(const QString &name)
{
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return ActionKind(i);
    }
    return std::nullopt;
}

Action makeAction(ActionKind kind)
{
    return defaultAlternative<Action>(size_t(kind));
}

bool actionChangesOutcome(const Action &action)
{
    return std::visit([](const auto &a) { return std::decay_t<decltype(a)>::changesOutcome; },
                      action);
}

} // namespace trigon
