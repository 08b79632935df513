#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trigon"));
    QApplication::setOrganizationName(QStringLiteral("Trigon"));
    QApplication::setApplicationVersion(trigon::applicationVersion());
    QApplication::setApplicationDisplayName(QStringLiteral("Trigon"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Design, preview, deploy and test PostgreSQL triggers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
            QStringLiteral("sandbox"),
            QApplication::translate("main", "Open the sandbox database at start-up."));
    parser.addOption(sandbox);
    parser.process(app);

    trigon::ui::MainWindow window;
    window.show();
    if (parser.isSet(sandbox))
        window.openSandbox();
    return QApplication::exec();
}
