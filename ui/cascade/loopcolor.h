#pragma once

#include <QColor>
#include <QPalette>

namespace trigon::ui {

// The red of loops and of what may stop a row, in the graph, the lists and the timeline: a
// lighter one on dark palettes, where the usual red is hard to read.
inline QColor loopColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(255, 110, 110) : QColor(200, 0, 0);
}

} // namespace trigon::ui
