#pragma once

#include <array>
#include <cstddef>
#include <utility>
#include <variant>

namespace trigon {

// For a variant whose alternatives each name their kind (a static kindName, as action kinds,
// event-trigger action kinds and relay target kinds do): the names in alternative order, and a
// default value of the alternative at an index. The enum that lists the kinds uses the same
// order (a static_assert beside each variant checks the count).

template<typename Variant>
constexpr auto variantKindNames()
{
    return []<std::size_t... I>(std::index_sequence<I...>)
    {
        return std::array<const char *, sizeof...(I)> {
                std::variant_alternative_t<I, Variant>::kindName...};
    }
    (std::make_index_sequence<std::variant_size_v<Variant>>());
}

template<typename Variant>
Variant defaultAlternative(std::size_t index)
{
    Variant value;
    [&]<std::size_t... I>(std::index_sequence<I...>)
    {
        ((index == I ? void(value = std::variant_alternative_t<I, Variant> {}) : void()), ...);
    }
    (std::make_index_sequence<std::variant_size_v<Variant>>());
    return value;
}

} // namespace trigon
