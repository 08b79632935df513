// The validator and PostgreSQL agree: every combination of timing x events x level x UPDATE OF
// columns x transition tables x condition (which rows it reads, and literal types) x constraint
// is validated, rendered and deployed to the throwaway server (then fired, inside a transaction
// that is rolled back). A design the validator passes must deploy and fire without error; a design
// it refuses must be refused by the server. The count of disagreements must be zero.

#include "tests/behaviour/deployhelper.h"

#include "core/analysis/designvalidator.h"
#include "core/sql/scriptrenderer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace trigon;
using namespace trigon::test;

namespace {

struct ConditionCase
{
    const char *label;
    std::optional<Condition> condition;
};

QList<ConditionCase> conditionCases()
{
    QEntry readsNew = *QEntry::fromKey(QStringLiteral("new__a__gt"));
    readsNew.literal = 0;
    QEntry readsOld = *QEntry::fromKey(QStringLiteral("old__a__gte"));
    readsOld.literal = 0;
    QEntry numericText = *QEntry::fromKey(QStringLiteral("new__a"));
    numericText.literal = QStringLiteral("12");
    QEntry numberForText = *QEntry::fromKey(QStringLiteral("new__b__in"));
    numberForText.literal = QJsonArray {QStringLiteral("x"), 5};
    QEntry mixedFields = *QEntry::fromKey(QStringLiteral("new__a__lt"));
    mixedFields.ref = FieldRef {RowVersion::New, QStringLiteral("b")};
    return {{"no condition", std::nullopt},
            {"reads NEW", Condition::q({readsNew})},
            {"reads OLD", Condition::q({readsOld})},
            {"reads both", Condition::change(ConditionKind::AnyChange, {QStringLiteral("a")})},
            {"reads no row",
             Condition::rawSql(QStringLiteral("current_setting('trigon.flag', true) IS NULL"))},
            {"text literal for a number", Condition::q({numericText})},
            {"number for a text column", Condition::q({numberForText})},
            {"number compared with text", Condition::q({mixedFields})},
            // Raw conditions WHEN cannot hold: a subquery (Trigon tests it in the function where
            // it can), and what the server refuses in WHEN whatever the trigger.
            {"subquery", Condition::rawSql(QStringLiteral("EXISTS (SELECT 1 WHERE true)"))},
            {"aggregate", Condition::rawSql(QStringLiteral("count(*) > 0"))},
            {"window function", Condition::rawSql(QStringLiteral("row_number() OVER () > 0"))},
            {"set-returning function",
             Condition::rawSql(QStringLiteral("generate_series(1, 2) > 0"))},
            {"another table's column", Condition::rawSql(QStringLiteral("pg_class.oid > 0"))}};
}

QString describe(const TriggerDesign &t, const char *condition)
{
    QStringList events;
    for (TriggerEvent event : t.events)
        events.append(eventName(event));
    return QStringLiteral("%1 %2 %3 columns=%4 referencing=%5/%6 condition=%7 constraint=%8")
            .arg(timingName(t.timing), events.join(u'+'), levelName(t.level), t.columns.join(u','),
                 t.referencing.oldTable, t.referencing.newTable, QString::fromLatin1(condition))
            .arg(t.constraint ? QStringLiteral("yes") : QStringLiteral("no"));
}

// The statements that make each event of `t` fire.
QStringList firingStatements(const TriggerDesign &t)
{
    const QString relation = t.table.name;
    QStringList statements;
    for (TriggerEvent event : t.events) {
        switch (event) {
        case TriggerEvent::Insert:
            statements.append(
                    QStringLiteral("INSERT INTO %1 (id, a, b) VALUES (100, 5, 'x')").arg(relation));
            break;
        case TriggerEvent::Update:
            statements.append(QStringLiteral("UPDATE %1 SET a = a + 1").arg(relation));
            break;
        case TriggerEvent::Delete:
            statements.append(QStringLiteral("DELETE FROM %1").arg(relation));
            break;
        case TriggerEvent::Truncate:
            statements.append(QStringLiteral("TRUNCATE %1").arg(relation));
            break;
        }
    }
    return statements;
}

} // namespace

class TestValidatorAgreement : public QObject
{
    Q_OBJECT

private slots:
    void agreement()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, a integer, b text);"
                                   "INSERT INTO t VALUES (1, 1, 'one'), (2, 2, 'two');"
                                   "CREATE VIEW v AS SELECT * FROM t;"));
        pg::BlockingConnection &connection = db.connection();

        const QList<TriggerEvent> allEvents = {TriggerEvent::Insert, TriggerEvent::Update,
                                               TriggerEvent::Delete, TriggerEvent::Truncate};
        const QList<ConditionCase> conditions = conditionCases();
        int combinations = 0;
        int accepted = 0;
        int disagreements = 0;
        QStringList examples;
        QElapsedTimer timer;
        timer.start();

        for (TriggerTiming timing :
             {TriggerTiming::Before, TriggerTiming::After, TriggerTiming::InsteadOf}) {
            for (int mask = 1; mask < 16; ++mask) {
                QList<TriggerEvent> events;
                for (int e = 0; e < 4; ++e) {
                    if (mask & (1 << e))
                        events.append(allEvents.at(e));
                }
                for (TriggerLevel level : {TriggerLevel::Row, TriggerLevel::Statement}) {
                    for (bool columns : {false, true}) {
                        for (int referencing = 0; referencing < 4; ++referencing) {
                            for (const ConditionCase &condition : conditions) {
                                for (bool constraint : {false, true}) {
                                    TriggerDesign t;
                                    t.name = QStringLiteral("agree");
                                    // INSTEAD OF triggers belong on views, the others on tables.
                                    t.table = {QStringLiteral("public"),
                                               timing == TriggerTiming::InsteadOf
                                                       ? QStringLiteral("v")
                                                       : QStringLiteral("t")};
                                    t.tableColumns = {{QStringLiteral("id"),
                                                       QStringLiteral("integer"), false, true},
                                                      {QStringLiteral("a"),
                                                       QStringLiteral("integer"), false, false},
                                                      {QStringLiteral("b"), QStringLiteral("text"),
                                                       false, false}};
                                    t.timing = timing;
                                    t.events = events;
                                    t.level = level;
                                    if (columns)
                                        t.columns = {QStringLiteral("a")};
                                    if (referencing & 1)
                                        t.referencing.oldTable = QStringLiteral("old_rows");
                                    if (referencing & 2)
                                        t.referencing.newTable = QStringLiteral("new_rows");
                                    t.condition = condition.condition;
                                    if (constraint)
                                        t.constraint
                                                = ConstraintOptions {true, false, std::nullopt};
                                    t.actions = {SqlAction {QString(), QStringLiteral("NULL;")}};

                                    const bool validatorAccepts = !hasErrors(validateTrigger(t, 0));
                                    RenderOptions options;
                                    options.singleTransaction = false;
                                    const QString script = renderTriggerInstall(t, options);

                                    connection.exec(QStringLiteral("BEGIN"));
                                    pg::QueryResult result = connection.execScript(script);
                                    QString failure
                                            = result.ok() ? QString() : result.error().message;
                                    if (result.ok()) {
                                        // Accepted designs must also work when they fire.
                                        for (const QString &statement : firingStatements(t)) {
                                            connection.exec(QStringLiteral("SAVEPOINT fire"));
                                            result = connection.exec(statement);
                                            if (!result.ok()) {
                                                failure = QStringLiteral("firing (%1): %2")
                                                                  .arg(statement,
                                                                       result.error().message);
                                                break;
                                            }
                                            connection.exec(
                                                    QStringLiteral("ROLLBACK TO SAVEPOINT fire"));
                                        }
                                    }
                                    connection.exec(QStringLiteral("ROLLBACK"));

                                    const bool serverAccepts = failure.isEmpty();
                                    ++combinations;
                                    accepted += serverAccepts ? 1 : 0;
                                    if (serverAccepts != validatorAccepts) {
                                        ++disagreements;
                                        if (examples.size() < 25) {
                                            examples.append(
                                                    QStringLiteral("%1: validator %2, server %3")
                                                            .arg(describe(t, condition.label),
                                                                 validatorAccepts
                                                                         ? QStringLiteral("accepts")
                                                                         : QStringLiteral(
                                                                                 "refuses"),
                                                                 serverAccepts
                                                                         ? QStringLiteral("accepts")
                                                                         : failure));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        qInfo("%d combinations in %lld ms: the server accepted %d and refused %d; disagreements: "
              "%d",
              combinations, static_cast<long long>(timer.elapsed()), accepted,
              combinations - accepted, disagreements);
        QVERIFY2(disagreements == 0, qPrintable(examples.join(u'\n')));
        QVERIFY(accepted > 100);
        QVERIFY(combinations - accepted > 100);
    }
};

QTEST_GUILESS_MAIN(TestValidatorAgreement)
#include "tst_validatoragreement.moc"
