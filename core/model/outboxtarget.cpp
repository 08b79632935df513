#include "core/model/outboxtarget.h"

#include "core/model/enumnames.h"
#include "core/model/variantkinds.h"

#include <QStringList>

namespace trigon {

namespace {

constexpr auto names = variantKindNames<TargetDelivery>();

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
    return defaultAlternative<TargetDelivery>(size_t(kind));
}

} // namespace trigon
