#include "core/model/outboxtarget.h"

#include "core/model/enumnames.h"

#include <QStringList>

#include <array>
#include <utility>

namespace trigon {

namespace {

template<size_t... I>
constexpr std::array<const char *, sizeof...(I)> kindNames(std::index_sequence<I...>)
{
    return {std::variant_alternative_t<I, TargetDelivery>::kindName...};
}
constexpr auto names = kindNames(std::make_index_sequence<std::variant_size_v<TargetDelivery>>());

template<size_t... I>
TargetDelivery defaultDelivery(size_t index, std::index_sequence<I...>)
{
    TargetDelivery delivery;
    ((index == I ? void(delivery = std::variant_alternative_t<I, TargetDelivery> {}) : void()),
     ...);
    return delivery;
}

} // namespace

QString targetKindName(TargetKind kind)
{
    return enumName(names, kind);
}

std::optional<TargetKind> targetKindFromName(const QString &name)
{
    return enumFromName<TargetKind>(names, name);
}

QStringList targetKindNames()
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

TargetDelivery makeTargetDelivery(TargetKind kind)
{
    return defaultDelivery(size_t(kind),
                           std::make_index_sequence<std::variant_size_v<TargetDelivery>>());
}

} // namespace trigon
