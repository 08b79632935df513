// The outbox in design files and in the validator: the outbox action, "targets" with their
// kinds, secrets from the environment, and the install script's outbox table.
#include "core/analysis/designvalidator.h"
#include "core/io/designfile.h"
#include "core/sql/scriptrenderer.h"

#include <QTest>

using namespace trigon;
using namespace Qt::StringLiterals;

namespace {

// An orders trigger with one outbox action, and the targets given (JSON members).
QByteArray documentWith(const QString &targets, const QString &action = {})
{
    const QString outbox = action.isEmpty()
            ? u"{\"kind\": \"outbox\", \"target\": \"webhook\", \"type\": \"order.created\", "
              "\"key\": {\"new\": \"id\"}, \"payload\": {\"id\": {\"new\": \"id\"}}}"_s
            : action;
    return (u"{\"format\": \"trigon\", \"version\": 1, \"triggers\": [{\"name\": \"orders_out\", "
            "\"table\": {\"schema\": \"public\", \"name\": \"orders\"}, \"table_columns\": "
            "[{\"name\": \"id\", \"type\": \"integer\", \"key\": true}], \"timing\": \"after\", "
            "\"events\": [\"insert\"], \"actions\": ["_s
            + outbox + u"]}], \"targets\": {"_s + targets + u"}}"_s)
            .toUtf8();
}

const QString webhook
        = u"\"webhook\": {\"kind\": \"http\", \"url\": \"http://127.0.0.1:8080/hook\", "
          "\"headers\": {\"Authorization\": {\"env\": \"HOOK_TOKEN\"}, "
          "\"X-Team\": \"orders\"}, \"timeout_ms\": 2000, \"retry\": {\"max\": 3, "
          "\"backoff_ms\": 100, \"max_backoff_ms\": 1000}}"_s;

DesignDocument parsed(const QByteArray &json)
{
    const DesignReadResult read = parseDesign(json);
    if (!read.ok())
        qFatal("bad test design: %s", qPrintable(read.error.toString()));
    return *read.document;
}

} // namespace

class TestOutboxDesign : public QObject
{
    Q_OBJECT

private slots:
    void writingAndReadingKeepsEverything();
    void readingRefusesWithThePath_data();
    void readingRefusesWithThePath();
    void validatorRules_data();
    void validatorRules();
    void theInstallScriptCreatesTheOutboxAndUninstallKeepsIt();
};

void TestOutboxDesign::writingAndReadingKeepsEverything()
{
    const DesignDocument document = parsed(documentWith(
            webhook
            + u", \"events\": {\"kind\": \"redis\", \"url\": \"unix:///run/redis.sock\", "
              "\"stream\": \"events\"}"_s));
    QCOMPARE(document.targets.size(), 2);
    const OutboxTarget &http = document.targets.at(0);
    QCOMPARE(http.name, u"webhook"_s);
    QCOMPARE(http.kind(), TargetKind::Http);
    QCOMPARE(http.retry.max, 3);
    const auto &delivery = std::get<HttpTarget>(http.delivery);
    QCOMPARE(delivery.timeoutMs, 2000);
    QCOMPARE(delivery.headers.at(0).second.env, u"HOOK_TOKEN"_s);
    QCOMPARE(delivery.headers.at(1).second.text, u"orders"_s);
    QCOMPARE(std::get<RedisTarget>(document.targets.at(1).delivery).stream, u"events"_s);
    const auto &outbox = std::get<OutboxAction>(document.triggers.first().actions.first());
    QCOMPARE(outbox.key, PayloadValue::column(RowVersion::New, u"id"_s));
    const QByteArray written = serializeDesign(document);
    QCOMPARE(parsed(written), document);
    QCOMPARE(serializeDesign(parsed(written)), written);
    QVERIFY(validateDesign(document).isEmpty());
}

void TestOutboxDesign::readingRefusesWithThePath_data()
{
    QTest::addColumn<QString>("targets");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << u"\"k\": {\"kind\": \"kafka\"}"_s
                                  << u"targets.k.kind: unknown target kind \"kafka\""_s;
    QTest::newRow("unknown member")
            << u"\"k\": {\"kind\": \"redis\", \"topic\": \"x\"}"_s << u"unknown key \"topic\""_s;
    QTest::newRow("bad timeout")
            << u"\"k\": {\"kind\": \"http\", \"url\": \"http://h/\", \"timeout_ms\": 0}"_s
            << u"targets.k.timeout_ms: expected a whole number from 1"_s;
    QTest::newRow("bad retry") << u"\"k\": {\"kind\": \"http\", \"retry\": {\"max\": 1.5}}"_s
                               << u"targets.k.retry.max"_s;
    QTest::newRow("header env without name")
            << u"\"k\": {\"kind\": \"http\", \"headers\": {\"A\": {\"value\": \"x\"}}}"_s
            << u"targets.k.headers.A.value: unknown key \"value\""_s;
}

void TestOutboxDesign::readingRefusesWithThePath()
{
    QFETCH(QString, targets);
    QFETCH(QString, message);
    const DesignReadResult read = parseDesign(documentWith(targets));
    QVERIFY(!read.ok());
    QVERIFY2(read.error.toString().contains(message), qPrintable(read.error.toString()));
}

void TestOutboxDesign::validatorRules_data()
{
    QTest::addColumn<QString>("targets");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("error");
    QTest::addColumn<QString>("message");
    QTest::newRow("secret in the file")
            << u"\"webhook\": {\"kind\": \"http\", \"url\": \"https://h/x\", \"headers\": "
               "{\"Authorization\": \"Bearer abc\"}}"_s
            << QString() << u"targets.webhook.headers.Authorization"_s << true
            << u"{\"env\": \"NAME\"}"_s;
    QTest::newRow("password in the URL")
            << u"\"webhook\": {\"kind\": \"http\", \"url\": \"https://u:p@h/x\"}"_s << QString()
            << u"targets.webhook.url"_s << true << u"user or password"_s;
    QTest::newRow("not http") << u"\"webhook\": {\"kind\": \"http\", \"url\": \"ftp://h/x\"}"_s
                              << QString() << u"targets.webhook.url"_s << true
                              << u"not an http://"_s;
    QTest::newRow("GET") << u"\"webhook\": {\"kind\": \"http\", \"url\": \"http://h/\", "
                            "\"method\": \"GET\"}"_s
                         << QString() << u"targets.webhook.method"_s << true << u"POST"_s;
    QTest::newRow("ce header") << u"\"webhook\": {\"kind\": \"http\", \"url\": \"http://h/\", "
                                  "\"headers\": {\"ce-id\": \"1\"}}"_s
                               << QString() << u"targets.webhook.headers.ce-id"_s << true
                               << u"CloudEvents"_s;
    QTest::newRow("redis both") << u"\"webhook\": {\"kind\": \"redis\", \"url\": "
                                   "\"redis://localhost:6379/0\", \"channel\": \"a\", \"stream\": "
                                   "\"b\"}"_s
                                << QString() << u"targets.webhook"_s << true << u"either"_s;
    QTest::newRow("redis url") << u"\"webhook\": {\"kind\": \"redis\", \"url\": \"localhost\", "
                                  "\"channel\": \"a\"}"_s
                               << QString() << u"targets.webhook.url"_s << true
                               << u"redis://host:port/db"_s;
    QTest::newRow("backoff") << u"\"webhook\": {\"kind\": \"http\", \"url\": \"http://h/\", "
                                "\"retry\": {\"backoff_ms\": 500, \"max_backoff_ms\": 100}}"_s
                             << QString() << u"targets.webhook.retry.max_backoff_ms"_s << true
                             << u"shorter"_s;
    QTest::newRow("Debezium only")
            << webhook
            << u"{\"kind\": \"outbox\", \"target\": \"kafka\", \"key\": {\"new\": \"id\"}}"_s
            << u"actions[0].target"_s << false << u"Debezium"_s;
    QTest::newRow("no key") << webhook << u"{\"kind\": \"outbox\", \"target\": \"webhook\"}"_s
                            << u"actions[0].key"_s << false << u"no particular order"_s;
    QTest::newRow("no target") << webhook << u"{\"kind\": \"outbox\", \"key\": 1}"_s
                               << u"actions[0].target"_s << true << u"name the target"_s;
}

void TestOutboxDesign::validatorRules()
{
    QFETCH(QString, targets);
    QFETCH(QString, action);
    QFETCH(QString, field);
    QFETCH(bool, error);
    QFETCH(QString, message);
    const QList<Diagnostic> diagnostics = validateDesign(parsed(documentWith(targets, action)));
    const auto found = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                    [&](const Diagnostic &d) { return d.field == field; });
    QVERIFY2(found != diagnostics.cend(),
             qPrintable(diagnostics.isEmpty() ? u"none"_s : diagnostics.first().toString()));
    QCOMPARE(found->isError(), error);
    QVERIFY2(found->message.contains(message), qPrintable(found->message));
}

void TestOutboxDesign::theInstallScriptCreatesTheOutboxAndUninstallKeepsIt()
{
    const DesignDocument document = parsed(documentWith(webhook));
    const QString install = renderInstallScript(document, RenderOptions {});
    QVERIFY(install.contains(u"CREATE TABLE IF NOT EXISTS trigon.outbox"_s));
    QVERIFY(install.contains(u"INSERT INTO trigon.outbox (target, aggregatetype, aggregateid, "
                             "type, payload)"_s));
    QVERIFY(install.contains(u"PERFORM pg_notify('trigon_outbox', 'webhook');"_s));
    const QString uninstall = renderUninstallScript(document, RenderOptions {});
    QVERIFY(!uninstall.contains(u"DROP TABLE"_s));
    QVERIFY(uninstall.contains(u"trigon.outbox is kept"_s));
}

QTEST_GUILESS_MAIN(TestOutboxDesign)

#include "tst_outboxdesign.moc"
