#pragma once

#include <QString>

#include <array>
#include <optional>

namespace trigon {

// The design-file names of an enum whose values are 0..N-1, listed in value order.
template<typename Enum, size_t N>
QString enumName(const std::array<const char *, N> &names, Enum value)
{
    const auto index = static_cast<size_t>(value);
    return index < N ? QString::fromLatin1(names[index]) : QString();
}

template<typename Enum, size_t N>
std::optional<Enum> enumFromName(const std::array<const char *, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace trigon
