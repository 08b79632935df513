#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trigon"));
    QApplication::setOrganizationName(QStringLiteral("Trigon"));
    QApplication::setApplicationVersion(trigon::applicationVersion());
    trigon::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
