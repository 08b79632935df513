#include "ui/triggericons.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace trigon::ui {

namespace {

constexpr int IconSize = 32; // drawn large, scaled down by the views

QColor enabledColour(TriggerEnabled enabled)
{
    switch (enabled) {
    case TriggerEnabled::Origin:
        return QColor(0x2e, 0x8b, 0x57);
    case TriggerEnabled::Disabled:
        return QColor(0x9e, 0x9e, 0x9e);
    case TriggerEnabled::Replica:
        return QColor(0x1e, 0x6f, 0xc8);
    case TriggerEnabled::Always:
        return QColor(0x8e, 0x44, 0xad);
    }
    return Qt::black;
}

QPixmap badge(const QColor &colour, bool filled, const QString &letter)
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(2, 2, IconSize - 4, IconSize - 4);
    painter.setPen(QPen(colour, 3));
    painter.setBrush(filled ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(box, 7, 7);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(IconSize * 6 / 10);
    painter.setFont(font);
    painter.setPen(filled ? Qt::white : colour);
    painter.drawText(box, Qt::AlignCenter, letter);
    return pixmap;
}

} // namespace

QIcon triggerIcon(TriggerTiming timing, TriggerLevel level, TriggerEnabled enabled)
{
    const QString letter = timing == TriggerTiming::Before
            ? QStringLiteral("B")
            : (timing == TriggerTiming::After ? QStringLiteral("A") : QStringLiteral("I"));
    return QIcon(badge(enabledColour(enabled), level == TriggerLevel::Row, letter));
}

QString enabledStateLabel(TriggerEnabled enabled)
{
    switch (enabled) {
    case TriggerEnabled::Origin:
        return QCoreApplication::translate("trigon::ui::TriggerState", "enabled");
    case TriggerEnabled::Disabled:
        return QCoreApplication::translate("trigon::ui::TriggerState", "disabled");
    case TriggerEnabled::Replica:
        return QCoreApplication::translate("trigon::ui::TriggerState", "replica only");
    case TriggerEnabled::Always:
        return QCoreApplication::translate("trigon::ui::TriggerState", "always");
    }
    return {};
}

QIcon schemaIcon()
{
    return QIcon(badge(QColor(0x79, 0x55, 0x48), false, QStringLiteral("S")));
}

QIcon relationIcon(bool isView)
{
    return QIcon(badge(QColor(0x45, 0x5a, 0x64), !isView,
                       isView ? QStringLiteral("V") : QStringLiteral("T")));
}

QIcon columnIcon(bool primaryKey)
{
    return QIcon(badge(primaryKey ? QColor(0xc6, 0x8a, 0x00) : QColor(0x90, 0xa4, 0xae), false,
                       primaryKey ? QStringLiteral("K") : QStringLiteral("c")));
}

} // namespace trigon::ui
