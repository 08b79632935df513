#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace trigon::test {

// With TRIGON_SCREENSHOT_DIR set, saves a PNG of `widget` there as `name`.png, after letting
// pending layout requests settle as they would on screen. False only when saving failed.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("TRIGON_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return true;
    QTest::qWait(100);
    return widget->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace trigon::test
