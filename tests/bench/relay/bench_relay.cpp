// Benchmark of the outbox and its relay. Two budgets, each measured beside its floor in one run
// (the machine is shared):
//   1. 10,000 events delivered by the relay to a local HTTP server, in events per second, against
//      a bare loop posting the same bodies with the same HTTP stack: at least half its rate.
//   2. The outbox trigger's cost per row (an INSERT with the trigger, less the same INSERT
//      without it) against a plain INSERT of the same event row into trigon.outbox, one
//      statement per row as the trigger runs one, in the server (a DO loop: no round trips to
//      count): within 1.2x. Rounds alternate and the median counts.
// Starts its own throwaway cluster and HTTP server. Exits non-zero when over a budget.
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/throwawaycluster.h"
#include "core/relay/relay.h"
#include "core/sql/scriptrenderer.h"
#include "tests/common/httptestserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace trigon;

namespace {

constexpr int events = 10000;
constexpr int rows = 20000; // per round of the trigger's cost
constexpr int rounds = 9;
constexpr double rateBudget = 0.5;
constexpr double costBudget = 1.2;

DesignDocument design(const QString &url)
{
    const QString json
            = QStringLiteral(
                      "{\"format\": \"trigon\", \"version\": 1, \"triggers\": [{\"name\": "
                      "\"orders_out\", "
                      "\"table\": {\"schema\": \"public\", \"name\": \"orders\"}, \"timing\": "
                      "\"after\", "
                      "\"events\": [\"insert\"], \"actions\": [{\"kind\": \"outbox\", \"target\": "
                      "\"hook\", \"type\": \"order.created\", \"key\": {\"new\": \"customer\"}, "
                      "\"payload\": {\"id\": {\"new\": \"id\"}, \"customer\": {\"new\": "
                      "\"customer\"}, "
                      "\"total\": {\"new\": \"total\"}}}]}], \"targets\": {\"hook\": {\"kind\": "
                      "\"http\", "
                      "\"url\": \"%1\"}}}")
                      .arg(url);
    const DesignReadResult read = parseDesign(json.toUtf8());
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.toString()));
    return *read.document;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void must(const pg::QueryResult &result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().toString()));
}

// Seconds one statement takes, as the client sees it.
double timed(pg::BlockingConnection &connection, const QString &sql)
{
    QElapsedTimer timer;
    timer.start();
    must(connection.exec(sql));
    return double(timer.nsecsElapsed()) / 1e9;
}

// The floor of the relay's rate: the same bodies posted one after the other, keep-alive, each
// awaited, as the relay's HTTP delivery does.
double bareLoopSeconds(const QString &url, const QList<QByteArray> &bodies)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &body : bodies) {
        QNetworkRequest request((QUrl(url)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error() != QNetworkReply::NoError)
            qFatal("bare loop: %s", qPrintable(reply->errorString()));
        reply->deleteLater();
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    pg::ThrowawayCluster cluster;
    if (!cluster.start()) {
        out << "cannot start a throwaway cluster: " << cluster.error() << Qt::endl;
        return 2;
    }
    test::HttpTestServer server;
    pg::BlockingConnection connection(cluster.conninfo());
    const DesignDocument outbox = design(server.url());
    must(connection.execScript(QStringLiteral(
            "CREATE TABLE orders (id integer PRIMARY KEY, customer integer, total numeric);"
            "CREATE TABLE orders_plain (id integer PRIMARY KEY, customer integer, total "
            "numeric);")));
    must(connection.execScript(renderInstallScript(outbox, RenderOptions {})));

    // 1. The relay against the bare loop.
    must(connection.exec(QStringLiteral("INSERT INTO orders SELECT g, g % 500, g * 1.5 FROM "
                                        "generate_series(1, %1) g")
                                 .arg(events)));
    const pg::QueryResult payloads = connection.exec(
            QStringLiteral("SELECT payload::text FROM trigon.outbox ORDER BY seq"));
    must(payloads);
    QList<QByteArray> bodies;
    for (int row = 0; row < payloads.rowCount(); ++row)
        bodies.append(payloads.value(row, 0).toUtf8());
    const double bare = bareLoopSeconds(server.url(), bodies);
    server.reset();
    relay::RelayOptions options;
    options.targets = outbox.targets;
    options.once = true;
    relay::Relay relay(connection, options);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!relay.run(&error))
        qFatal("relay: %s", qPrintable(error));
    const double relayed = double(timer.nsecsElapsed()) / 1e9;
    if (relay.counts().delivered != events || server.requestCount() != events)
        qFatal("delivered %d of %d", relay.counts().delivered, events);
    const double bareRate = events / bare;
    const double relayRate = events / relayed;
    const double share = relayRate / bareRate;
    out << events << " events to a local HTTP server\n"
        << "floor: a bare loop posting the same bodies: " << qRound(bareRate) << " events/s ("
        << bare << " s)\n"
        << "the relay (claim, CloudEvents, mark delivered): " << qRound(relayRate) << " events/s ("
        << relayed << " s), " << share << " of the floor (budget: at least " << rateBudget << ")\n";

    // 2. The trigger's cost per row against a plain INSERT of the same event row.
    std::vector<double> plain;
    std::vector<double> triggered;
    std::vector<double> direct;
    for (int round = 0; round < rounds; ++round) {
        must(connection.execScript(
                QStringLiteral("TRUNCATE orders, orders_plain; TRUNCATE trigon.outbox;")));
        plain.push_back(timed(connection,
                              QStringLiteral("INSERT INTO orders_plain SELECT g, g % "
                                             "500, g * 1.5 FROM generate_series(1, "
                                             "%1) g")
                                      .arg(rows)));
        triggered.push_back(timed(connection,
                                  QStringLiteral("INSERT INTO orders SELECT g, g % "
                                                 "500, g * 1.5 FROM "
                                                 "generate_series(1, %1) g")
                                          .arg(rows)));
        direct.push_back(timed(
                connection,
                QStringLiteral("DO $$ BEGIN FOR g IN 1..%1 LOOP INSERT INTO trigon.outbox "
                               "(target, aggregatetype, aggregateid, type, payload) VALUES "
                               "('hook', 'orders', (g % 500)::text, 'order.created', "
                               "jsonb_build_object('id', g, 'customer', g % 500, 'total', g * "
                               "1.5)); END LOOP; END $$")
                        .arg(rows)));
    }
    const double perRow = 1e6 / rows;
    const double trigger = (median(triggered) - median(plain)) * perRow;
    const double insert = median(direct) * perRow;
    const double ratio = trigger / insert;
    out << rows << " rows per round, median of " << rounds << " rounds\n"
        << "an INSERT without the trigger: " << median(plain) * perRow << " us/row\n"
        << "with the outbox trigger:       " << median(triggered) * perRow << " us/row\n"
        << "the trigger's own cost:        " << trigger << " us/row\n"
        << "floor: a plain INSERT of the same event row: " << insert << " us/row\n"
        << "the trigger's cost / the plain INSERT: " << ratio << " (budget: within " << costBudget
        << ")\n";
    const bool pass = share >= rateBudget && ratio <= costBudget;
    out << (pass ? "PASS" : "FAIL") << Qt::endl;
    return pass ? 0 : 1;
}
