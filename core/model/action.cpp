#include "core/model/action.h"

#include <array>
#include <utility>

namespace trigon {

namespace {

template<size_t... I>
constexpr std::array<const char *, sizeof...(I)> kindNames(std::index_sequence<I...>)
{
    return {std::variant_alternative_t<I, Action>::kindName...};
}
constexpr auto names = kindNames(std::make_index_sequence<actionKindCount>());

template<size_t... I>
Action defaultAction(size_t index, std::index_sequence<I...>)
{
    Action action;
    ((index == I ? void(action = std::variant_alternative_t<I, Action> {}) : void()), ...);
    return action;
}

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
    return defaultAction(size_t(kind), std::make_index_sequence<actionKindCount>());
}

bool actionChangesOutcome(const Action &action)
{
    return std::visit([](const auto &a) { return std::decay_t<decltype(a)>::changesOutcome; },
                      action);
}

} // namespace trigon
