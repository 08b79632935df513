#pragma once

#include "core/model/triggerdesign.h"

#include <QPainter>
#include <QPixmap>
#include <QString>
#include <QTest>
#include <QWidget>

namespace trigon::test {

// The demo shop's orders table as a design knows it: what both designer tests build on.
inline TriggerDesign ordersTrigger()
{
    TriggerDesign trigger;
    trigger.name = QStringLiteral("orders_status_changed");
    trigger.table = {QStringLiteral("public"), QStringLiteral("orders")};
    trigger.tableColumns = {
            {QStringLiteral("id"), QStringLiteral("integer"), false, true},
            {QStringLiteral("customer_id"), QStringLiteral("integer"), false, false},
            {QStringLiteral("status"), QStringLiteral("text"), false, false},
            {QStringLiteral("total"), QStringLiteral("numeric"), false, false},
            {QStringLiteral("updated_at"), QStringLiteral("timestamptz"), true, false},
    };
    trigger.timing = TriggerTiming::After;
    trigger.events = {TriggerEvent::Update};
    return trigger;
}

// TRIGON_SCREENSHOT_DIR set: leaves a PNG of `widget` there, for docs/screenshots, with the
// `popups` (windows of their own, such as a completion list) drawn where they show over it.
inline bool saveScreenshot(QWidget *widget, const QString &name,
                           const QList<QWidget *> &popups = {})
{
    const QString directory = qEnvironmentVariable("TRIGON_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return true;
    QTest::qWait(100); // let pending layout requests settle, as they would on screen
    QPixmap picture = widget->grab();
    QPainter painter(&picture);
    for (QWidget *popup : popups)
        painter.drawPixmap(widget->mapFromGlobal(popup->mapToGlobal(QPoint())), popup->grab());
    painter.end();
    return picture.save(directory + u'/' + name + QStringLiteral(".png"));
}

} // namespace trigon::test
