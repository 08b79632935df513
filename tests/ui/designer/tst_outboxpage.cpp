// The outbox action's page in the actions editor: the target picker offers the file's targets
// and says when a name is none of them, each field's edit is one undo step, and the actions list
// sums the action up.
#include "designertestdata.h"
#include "ui/designer/actions/actionpages.h"
#include "ui/designer/actions/actionseditor.h"
#include "ui/designer/actions/payloadeditor.h"
#include "ui/designer/actions/payloadvalueedit.h"
#include "ui/document/designcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace trigon;
using namespace trigon::ui;

class TestOutboxPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void targetPickerOffersTheDocumentsTargets();
    void unknownTargetShowsTheHint();
    void typingTheTypeIsOneUndoStep();
    void keyFromAColumn();
    void payloadRows();
    void summaryInTheActionsList();
    void summaryText_data();
    void summaryText();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_editor->findChild<T *>(name);
    }
    const OutboxAction &action() const
    {
        return std::get<OutboxAction>(m_controller->trigger(m_id)->actions.first());
    }
    int steps() const { return m_controller->undoStack()->count(); }

    DesignController *m_controller = nullptr;
    ActionsEditor *m_editor = nullptr;
    QString m_id;
};

void TestOutboxPage::init()
{
    DesignDocument document;
    HttpTarget webhook;
    webhook.url = QStringLiteral("https://example.com/hooks/orders");
    RedisTarget stream;
    stream.stream = QStringLiteral("orders");
    document.targets
            = {{QStringLiteral("webhook"), webhook, {}}, {QStringLiteral("stream"), stream, {}}};
    document.addTrigger(test::ordersTrigger());
    m_controller = new DesignController;
    m_controller->adoptRecovered(document, QString());
    m_id = m_controller->triggers().first().id;
    m_editor = new ActionsEditor(m_controller);
    m_editor->resize(620, 640);
    m_editor->setTriggerId(m_id);
    m_editor->show();
    auto *add = child<QAction>(QStringLiteral("addAction_outbox"));
    QVERIFY(add);
    add->trigger();
    QCOMPARE(m_controller->trigger(m_id)->actions.size(), 1);
}

void TestOutboxPage::cleanup()
{
    delete m_editor;
    delete m_controller;
}

void TestOutboxPage::targetPickerOffersTheDocumentsTargets()
{
    auto *target = child<QComboBox>(QStringLiteral("outboxTarget"));
    QVERIFY(target);
    QVERIFY(target->isVisibleTo(m_editor));
    QCOMPARE(target->count(), 2);
    QCOMPARE(target->itemText(0), QStringLiteral("webhook"));
    QCOMPARE(target->itemText(1), QStringLiteral("stream"));
    QCOMPARE(target->itemData(1, Qt::ToolTipRole).toString(), QStringLiteral("redis"));
    // A new action has no target, and the box shows none rather than the first item.
    QCOMPARE(target->currentText(), QString());

    const int before = steps();
    target->setCurrentIndex(1);
    QCOMPARE(action().target, QStringLiteral("stream"));
    QCOMPARE(steps(), before + 1);
    QVERIFY(!child<QLabel>(QStringLiteral("outboxTargetHint"))->isVisibleTo(m_editor));
    m_controller->undoStack()->undo();
    QCOMPARE(action().target, QString());
    QCOMPARE(target->currentText(), QString());
    m_controller->undoStack()->redo();
    QCOMPARE(action().target, QStringLiteral("stream"));
    QCOMPARE(target->currentText(), QStringLiteral("stream"));
}

void TestOutboxPage::unknownTargetShowsTheHint()
{
    auto *target = child<QComboBox>(QStringLiteral("outboxTarget"));
    auto *hint = child<QLabel>(QStringLiteral("outboxTargetHint"));
    QVERIFY(!hint->isVisibleTo(m_editor));
    const int before = steps();
    target->lineEdit()->selectAll();
    QTest::keyClicks(target->lineEdit(), QStringLiteral("kafka"));
    QCOMPARE(action().target, QStringLiteral("kafka"));
    QCOMPARE(steps(), before + 1); // typing is one step
    QVERIFY(hint->isVisibleTo(m_editor));
    QVERIFY(hint->text().contains(QStringLiteral("Debezium")));
    m_controller->undoStack()->undo();
    QCOMPARE(action().target, QString());
    QVERIFY(!hint->isVisibleTo(m_editor));
}

void TestOutboxPage::typingTheTypeIsOneUndoStep()
{
    auto *type = child<QLineEdit>(QStringLiteral("outboxType"));
    QVERIFY(type);
    QVERIFY(!type->placeholderText().isEmpty());
    const int before = steps();
    QTest::keyClicks(type, QStringLiteral("order.created"));
    QCOMPARE(action().type, QStringLiteral("order.created"));
    QCOMPARE(steps(), before + 1);
    m_controller->undoStack()->undo();
    QCOMPARE(action().type, QString());
    QCOMPARE(type->text(), QString());
    m_controller->undoStack()->redo();
    QCOMPARE(type->text(), QStringLiteral("order.created"));
}

void TestOutboxPage::keyFromAColumn()
{
    auto *key = child<PayloadValueEdit>(QStringLiteral("outboxKey"));
    QVERIFY(key);
    // A new action has no key: a null literal.
    QCOMPARE(action().key, PayloadValue::json(QJsonValue::Null));
    QCOMPARE(key->kindBox()->currentData().toInt(), int(PayloadValue::Kind::Literal));
    QCOMPARE(key->kindBox()->count(), 4); // NEW, OLD, SQL, literal

    const int before = steps();
    key->kindBox()->setCurrentIndex(key->kindBox()->findData(int(PayloadValue::Kind::NewColumn)));
    QCOMPARE(action().key, PayloadValue::column(RowVersion::New, QStringLiteral("id")));
    key->valueBox()->setCurrentIndex(key->valueBox()->findText(QStringLiteral("customer_id")));
    QCOMPARE(action().key, PayloadValue::column(RowVersion::New, QStringLiteral("customer_id")));
    QCOMPARE(steps(), before + 2); // the kind, then the value

    key->kindBox()->setCurrentIndex(key->kindBox()->findData(int(PayloadValue::Kind::Sql)));
    key->valueBox()->lineEdit()->selectAll();
    QTest::keyClicks(key->valueBox()->lineEdit(), QStringLiteral("NEW.id::text"));
    QCOMPARE(action().key, PayloadValue::sqlExpression(QStringLiteral("NEW.id::text")));
    QCOMPARE(steps(), before + 4);

    m_controller->undoStack()->undo();
    m_controller->undoStack()->undo();
    QCOMPARE(action().key, PayloadValue::column(RowVersion::New, QStringLiteral("customer_id")));
    QCOMPARE(key->kindBox()->currentData().toInt(), int(PayloadValue::Kind::NewColumn));
    QCOMPARE(key->valueBox()->currentText(), QStringLiteral("customer_id"));
}

void TestOutboxPage::payloadRows()
{
    auto *payload = child<PayloadEditor>(QStringLiteral("outboxPayload"));
    QVERIFY(payload);
    auto *addRow = payload->findChild<QPushButton *>(QStringLiteral("addPayloadRow"));
    const int before = steps();
    addRow->click();
    QCOMPARE(action().payload,
             (QList<NamedValue> {{QStringLiteral("id"),
                                  PayloadValue::column(RowVersion::New, QStringLiteral("id"))}}));
    QCOMPARE(steps(), before + 1);
    QCOMPARE(payload->table()->rowCount(), 1);
    m_controller->undoStack()->undo();
    QVERIFY(action().payload.isEmpty());
    QCOMPARE(payload->table()->rowCount(), 0);
    m_controller->undoStack()->redo();
    QCOMPARE(payload->table()->rowCount(), 1);
}

void TestOutboxPage::summaryInTheActionsList()
{
    QTest::keyClicks(child<QComboBox>(QStringLiteral("outboxTarget"))->lineEdit(),
                     QStringLiteral("webhook"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("outboxType")),
                     QStringLiteral("order.created"));
    QVERIFY2(m_editor->actionList()->item(0)->text().contains(
                     QStringLiteral("Outbox → webhook: order.created")),
             qPrintable(m_editor->actionList()->item(0)->text()));
    QCOMPARE(actionKindTitle(ActionKind::Outbox), QStringLiteral("Outbox event"));
    auto *key = child<PayloadValueEdit>(QStringLiteral("outboxKey"));
    key->kindBox()->setCurrentIndex(key->kindBox()->findData(int(PayloadValue::Kind::NewColumn)));
    child<PayloadEditor>(QStringLiteral("outboxPayload"))
            ->findChild<QPushButton *>(QStringLiteral("addPayloadRow"))
            ->click();
    QVERIFY(test::saveScreenshot(m_editor, QStringLiteral("actions-outbox")));
}

void TestOutboxPage::summaryText_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("summary");
    QTest::newRow("typed") << QStringLiteral("webhook") << QStringLiteral("order.created")
                           << QStringLiteral("Outbox → webhook: order.created");
    QTest::newRow("type from the table") << QStringLiteral("stream") << QString()
                                         << QStringLiteral("Outbox → stream: <table>.<operation>");
    QTest::newRow("no target") << QString() << QStringLiteral("order.paid")
                               << QStringLiteral("Outbox → (no target): order.paid");
}

void TestOutboxPage::summaryText()
{
    QFETCH(QString, target);
    QFETCH(QString, type);
    QFETCH(QString, summary);
    OutboxAction outbox;
    outbox.target = target;
    outbox.type = type;
    QCOMPARE(actionSummary(outbox), summary);
}

QTEST_MAIN(TestOutboxPage)
#include "tst_outboxpage.moc"
