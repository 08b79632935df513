// trigon-testcluster start|stop STATEFILE
//
// The setup and cleanup of ctest's TrigonCluster fixture. `start` starts a throwaway cluster and
// writes where it is to STATEFILE, which the tests read (TRIGON_TEST_CLUSTER); `stop` stops the
// cluster named there and removes its data. A state file left by a run that crashed names a
// cluster that run started: `start` stops it first, so clusters do not pile up.

#include "core/pg/throwawaycluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

using trigon::pg::ThrowawayCluster;

namespace {

int stopFromStateFile(const QString &stateFile)
{
    if (!QFileInfo::exists(stateFile))
        return 0;
    QString error;
    {
        const QSettings state(stateFile, QSettings::IniFormat);
        if (!ThrowawayCluster::stopExisting(state.value(QStringLiteral("dataDir")).toString(),
                                            state.value(QStringLiteral("socketDir")).toString(),
                                            false, &error)) {
            std::fprintf(stderr, "trigon-testcluster: %s\n", qPrintable(error));
            return 1;
        }
    }
    QFile::remove(stateFile);
    std::printf("trigon-testcluster: stopped and removed the test cluster\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3
        || (arguments[1] != QLatin1String("start") && arguments[1] != QLatin1String("stop"))) {
        std::fprintf(stderr, "usage: trigon-testcluster start|stop STATEFILE\n");
        return 2;
    }
    const QString stateFile = QFileInfo(arguments[2]).absoluteFilePath();
    if (arguments[1] == QLatin1String("stop"))
        return stopFromStateFile(stateFile);

    if (stopFromStateFile(stateFile) != 0)
        return 1;
    ThrowawayCluster cluster;
    if (!cluster.start()) {
        std::fprintf(stderr, "trigon-testcluster: %s\n", qPrintable(cluster.error()));
        return 1;
    }
    QDir().mkpath(QFileInfo(stateFile).absolutePath());
    {
        QSettings state(stateFile, QSettings::IniFormat);
        state.setValue(QStringLiteral("dataDir"), cluster.dataDir());
        state.setValue(QStringLiteral("socketDir"), cluster.socketDir());
        state.setValue(QStringLiteral("port"), cluster.port());
        state.setValue(QStringLiteral("user"), cluster.superuser());
        state.setValue(QStringLiteral("conninfo"), cluster.conninfo());
        state.sync();
        if (state.status() != QSettings::NoError) {
            std::fprintf(stderr, "trigon-testcluster: cannot write %s\n", qPrintable(stateFile));
            return 1;
        }
    }
    // The fixture's cleanup stops it; this process must not.
    std::printf("trigon-testcluster: PostgreSQL running, socket %s port %d, data %s\n",
                qPrintable(cluster.socketDir()), cluster.port(), qPrintable(cluster.dataDir()));
    cluster.detach();
    return 0;
}
