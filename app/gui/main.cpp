#include "core/i18n/translations.h"
#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// SIGTERM (logout, `kill`) and SIGINT (Ctrl+C in a terminal) quit like the Quit menu, so the
// sandbox server is stopped and the window's layout saved. A signal handler may only write to
// a pipe; the event loop reads the other end.
int signalPipe[2] = {-1, -1};

void onQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(QApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trigon"));
    QApplication::setOrganizationName(QStringLiteral("Trigon"));
    QApplication::setApplicationVersion(trigon::applicationVersion());
    QApplication::setApplicationDisplayName(QStringLiteral("Trigon"));
    // Ties the windows to trigon.desktop (its icon and name) on Wayland and in task switchers.
    QApplication::setDesktopFileName(QStringLiteral("trigon"));
    quitOnSignals(app);
    // Before any widget exists: strings are translated when they are made.
    trigon::installTranslations(
            app,
            trigon::chooseLanguage(QSettings().value(trigon::languageSettingsKey()).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Design, preview, deploy and test PostgreSQL triggers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
            QStringLiteral("sandbox"),
            QApplication::translate("main", "Open the sandbox database at start-up."));
    parser.addOption(sandbox);
    parser.addPositionalArgument(QStringLiteral("design"),
                                 QApplication::translate("main", "A design file to open."),
                                 QStringLiteral("[design]"));
    parser.process(app);

    trigon::ui::MainWindow window;
    window.show();
    // Work a crash interrupted comes first; otherwise what the command line names.
    if (!window.offerRecovery() && !parser.positionalArguments().isEmpty())
        window.openDesign(parser.positionalArguments().constFirst());
    if (parser.isSet(sandbox))
        window.openSandbox();
    return QApplication::exec();
}
