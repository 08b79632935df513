#include "ui/designer/actions/outbox/outboxpage.h"

#include "ui/designer/actions/payloadeditor.h"
#include "ui/designer/actions/payloadvalueedit.h"
#include "ui/designer/conditions/widgetsync.h"
#include "ui/document/designcontroller.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace trigon::ui {

OutboxPage::OutboxPage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_target(new QComboBox(this))
    , m_targetHint(new QLabel(this))
    , m_type(textField(QStringLiteral("outboxType"), QStringLiteral("type"),
                       [](OutboxAction &a, const QString &text) { a.type = text.trimmed(); }))
    , m_key(new PayloadValueEdit(this))
    , m_payload(new PayloadEditor(this))
{
    m_target->setObjectName(QStringLiteral("outboxTarget"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    connect(m_target, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        edit(QStringLiteral("target"), [&](OutboxAction &a) { a.target = text.trimmed(); });
    });
    connect(m_target->lineEdit(), &QLineEdit::editingFinished, controller,
            &DesignController::sealMerging);
    m_targetHint->setObjectName(QStringLiteral("outboxTargetHint"));
    m_targetHint->setWordWrap(true);
    m_targetHint->setText(tr("No target of this file has this name: only Debezium or another "
                             "reader of trigon.outbox will deliver these events."));
    m_targetHint->hide();
    auto *target = new QVBoxLayout;
    target->setContentsMargins(0, 0, 0, 0);
    target->addWidget(m_target);
    target->addWidget(m_targetHint);

    m_type->setPlaceholderText(tr("<table>.<insert|update|delete>"));
    m_type->setToolTip(tr("Empty: the table's name and the operation, as in \"orders.update\""));

    // A key is one value of the row; a literal null is no key (no order kept).
    using Kind = PayloadValue::Kind;
    m_key->setObjectName(QStringLiteral("outboxKey"));
    m_key->setKinds({Kind::NewColumn, Kind::OldColumn, Kind::Sql, Kind::Literal});
    m_key->setToolTip(tr("The events of one key are delivered in the order they were written"));
    connect(m_key, &PayloadValueEdit::valueEdited, this,
            [this](const PayloadValue &value, const QString &field) {
                edit(QStringLiteral("key.") + field, [&](OutboxAction &a) { a.key = value; });
            });

    m_payload->setObjectName(QStringLiteral("outboxPayload"));
    connect(m_payload, &PayloadEditor::valuesEdited, this,
            [this](const QList<NamedValue> &values, const QString &field) {
                edit(field.isEmpty() ? QString() : QStringLiteral("payload.") + field,
                     [&](OutboxAction &a) { a.payload = values; });
            });

    QFormLayout *layout = formLayout(
            tr("Writes an event into trigon.outbox in the same transaction; trigon-cli relay "
               "delivers it once the transaction has committed."));
    layout->addRow(tr("Target:"), target);
    layout->addRow(tr("Event type:"), m_type);
    layout->addRow(tr("Key:"), m_key);
    layout->addRow(tr("Payload:"), m_payload);
}

QString OutboxPage::title()
{
    return tr("Outbox event");
}

QString OutboxPage::summary(const OutboxAction &action)
{
    const QString target = action.target.isEmpty() ? tr("(no target)") : action.target;
    if (action.type.isEmpty())
        return tr("Outbox → %1: <table>.<operation>").arg(target);
    return tr("Outbox → %1: %2").arg(target, action.type);
}

void OutboxPage::load(const OutboxAction &action, const TriggerDesign &trigger)
{
    showTargets(action.target);
    syncText(m_type, action.type);
    m_key->setValue(action.key, trigger.columnNames());
    m_payload->setValues(action.payload, trigger.columnNames());
}

void OutboxPage::showTargets(const QString &target)
{
    QStringList names;
    for (const OutboxTarget &known : controller()->document().targets)
        names.append(known.name);
    syncComboItems(m_target, names, target);
    // A name that is no item has no current item; otherwise the combo box shows the first item
    // again while the action has another name.
    if (!names.contains(target) && m_target->currentIndex() >= 0) {
        m_target->setCurrentIndex(-1);
        m_target->setEditText(target);
    }
    // Only a changed tooltip is set: setting item data resets the inline completion of what is
    // being typed.
    for (int i = 0; i < m_target->count(); ++i) {
        const OutboxTarget *known = controller()->document().targetNamed(m_target->itemText(i));
        const QString kind = known ? targetKindName(known->kind()) : QString();
        if (m_target->itemData(i, Qt::ToolTipRole).toString() != kind)
            m_target->setItemData(i, kind, Qt::ToolTipRole);
    }
    m_targetHint->setVisible(!target.isEmpty() && !names.contains(target));
}

void OutboxPage::focusField(const QString &subPath)
{
    if (namesField(subPath, "payload")) {
        if (!m_payload->focusName(subPath.mid(QStringLiteral(".payload.").size())))
            m_payload->setFocus();
    } else if (namesField(subPath, "key")) {
        m_key->valueBox()->setFocus();
    } else if (namesField(subPath, "type")) {
        m_type->setFocus();
    } else {
        m_target->setFocus();
    }
}

} // namespace trigon::ui
