#include "ui/designer/actions/notify/notifypage.h"

#include "ui/designer/actions/payloadeditor.h"
#include "ui/designer/conditions/widgetsync.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace trigon::ui {

NotifyPage::NotifyPage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_channel(textField(QStringLiteral("notifyChannel"), QStringLiteral("channel"),
                          [](NotifyAction &a, const QString &text) { a.channel = text.trimmed(); }))
    , m_payload(new PayloadEditor(this))
    , m_overflow(new QComboBox(this))
{
    m_payload->setObjectName(QStringLiteral("notifyPayload"));
    connect(m_payload, &PayloadEditor::valuesEdited, this,
            [this](const QList<NamedValue> &values, const QString &field) {
                edit(field.isEmpty() ? QString() : QStringLiteral("payload.") + field,
                     [&](NotifyAction &a) { a.payload = values; });
            });
    m_overflow->setObjectName(QStringLiteral("notifyOverflow"));
    m_overflow->addItem(tr("Send a short notice instead (truncated)"),
                        int(NotifyAction::Overflow::Truncate));
    m_overflow->addItem(tr("Skip the notification, with a warning"),
                        int(NotifyAction::Overflow::Skip));
    m_overflow->addItem(tr("Fail the statement"), int(NotifyAction::Overflow::Error));
    connect(m_overflow, &QComboBox::currentIndexChanged, this, [this] {
        const auto overflow = NotifyAction::Overflow(m_overflow->currentData().toInt());
        edit(QStringLiteral("on_overflow"), [&](NotifyAction &a) { a.onOverflow = overflow; });
    });
    QFormLayout *layout
            = formLayout(tr("pg_notify() with a JSON payload, sent when the transaction commits."));
    layout->addRow(tr("Channel:"), m_channel);
    layout->addRow(tr("Payload:"), m_payload);
    layout->addRow(tr("Over 8000 bytes:"), m_overflow);
}

QString NotifyPage::title()
{
    return tr("Notify");
}

QString NotifyPage::summary(const NotifyAction &action)
{
    return tr("Notify on \"%1\" (%n key(s))", nullptr, int(action.payload.size()))
            .arg(action.channel);
}

void NotifyPage::load(const NotifyAction &action, const TriggerDesign &trigger)
{
    syncText(m_channel, action.channel);
    m_payload->setValues(action.payload, trigger.columnNames());
    syncComboData(m_overflow, int(action.onOverflow));
}

void NotifyPage::hostChanged()
{
    // An event trigger's values come from the DDL command, not from rows.
    m_payload->setEventTriggerMode(host() == Host::EventTrigger);
}

void NotifyPage::focusField(const QString &subPath)
{
    if (!namesField(subPath, "payload")) {
        QWidget *target = namesField(subPath, "on_overflow") ? static_cast<QWidget *>(m_overflow)
                                                             : m_channel;
        target->setFocus();
        return;
    }
    if (!m_payload->focusName(subPath.mid(QStringLiteral(".payload.").size())))
        m_payload->setFocus();
}

} // namespace trigon::ui
