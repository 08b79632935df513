#include "ui/designer/actions/actionpages.h"

#include <array>
#include <utility>

namespace trigon::ui {

namespace {

template<size_t I>
using PageAt = std::tuple_element_t<I, ActionPages>;

// The position of `Kind` among the alternatives of Action.
template<typename Kind, size_t I = 0>
constexpr size_t kindIndex()
{
    if constexpr (std::is_same_v<std::variant_alternative_t<I, Action>, Kind>)
        return I;
    else
        return kindIndex<Kind, I + 1>();
}

template<size_t... I>
constexpr bool pagesMatchKinds(std::index_sequence<I...>)
{
    return std::tuple_size_v<ActionPages> == sizeof...(I)
            && (std::is_same_v<typename PageAt<I>::ActionKindType,
                               std::variant_alternative_t<I, Action>> && ...);
}
static_assert(pagesMatchKinds(std::make_index_sequence<actionKindCount>()),
              "ActionPages has one page per action kind, in ActionKind order");

template<size_t... I>
QList<ActionPage *> createPages(DesignController *controller, QWidget *parent,
                                std::index_sequence<I...>)
{
    return {new PageAt<I>(controller, parent)...};
}

template<size_t... I>
QString title(size_t index, std::index_sequence<I...>)
{
    const std::array<QString (*)(), sizeof...(I)> titles = {&PageAt<I>::title...};
    return index < titles.size() ? titles[index]() : QString();
}

} // namespace

QList<ActionPage *> createActionPages(DesignController *controller, QWidget *parent)
{
    return createPages(controller, parent, std::make_index_sequence<actionKindCount>());
}

QString actionKindTitle(ActionKind kind)
{
    return title(size_t(kind), std::make_index_sequence<actionKindCount>());
}

QString actionSummary(const Action &action)
{
    return std::visit(
            [](const auto &kind) {
                return PageAt<kindIndex<std::decay_t<decltype(kind)>>()>::summary(kind);
            },
            action);
}

} // namespace trigon::ui
