#pragma once

#include <QColor>

namespace trigon::ui {

// `a` moved towards `b` by `amountOfB` (0: a, 1: b): the editors' faint colours (margins, the
// caret line, guides) are the palette's base and text mixed, so they follow light and dark.
inline QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

} // namespace trigon::ui
