#include "ui/designer/actions/protect/protectpage.h"

#include "ui/designer/conditions/widgetsync.h"

#include <QFormLayout>
#include <QLineEdit>

namespace trigon::ui {

ProtectPage::ProtectPage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_message(textField(QStringLiteral("protectMessage"), QStringLiteral("message"),
                          [](ProtectAction &a, const QString &text) { a.message = text; }))
    , m_sqlState(
              textField(QStringLiteral("protectSqlState"), QStringLiteral("sqlstate"),
                        [](ProtectAction &a, const QString &text) { a.sqlState = text.trimmed(); }))
{
    m_message->setPlaceholderText(tr("<operation> on <table> is not allowed"));
    m_sqlState->setMaxLength(5);
    m_sqlState->setPlaceholderText(QStringLiteral("P0001"));
    QFormLayout *layout = formLayout(tr("Raise an error: the statement and its transaction fail."));
    layout->addRow(tr("Message:"), m_message);
    layout->addRow(tr("SQLSTATE:"), m_sqlState);
}

QString ProtectPage::title()
{
    return tr("Protect (raise an error)");
}

QString ProtectPage::summary(const ProtectAction &action)
{
    return action.message.isEmpty() ? tr("Protect: refuse the change")
                                    : tr("Protect: \"%1\"").arg(action.message);
}

void ProtectPage::load(const ProtectAction &action, const TriggerDesign &)
{
    syncText(m_message, action.message);
    syncText(m_sqlState, action.sqlState);
}

void ProtectPage::focusField(const QString &subPath)
{
    (namesField(subPath, "sqlstate") ? m_sqlState : m_message)->setFocus();
}

} // namespace trigon::ui
