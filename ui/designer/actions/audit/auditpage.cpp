#include "ui/designer/actions/audit/auditpage.h"

#include "ui/designer/conditions/widgetsync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace trigon::ui {

AuditPage::AuditPage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_schema(textField(
              QStringLiteral("auditSchema"), QStringLiteral("table.schema"),
              [](AuditAction &a, const QString &text) { a.table.schema = text.trimmed(); }))
    , m_table(textField(QStringLiteral("auditTable"), QStringLiteral("table.name"),
                        [](AuditAction &a, const QString &text) { a.table.name = text.trimmed(); }))
    , m_mode(new QComboBox(this))
    , m_userSetting(textField(
              QStringLiteral("auditUserSetting"), QStringLiteral("user_setting"),
              [](AuditAction &a, const QString &text) { a.userSetting = text.trimmed(); }))
    , m_createTable(new QCheckBox(tr("Create the audit table if it is missing"), this))
{
    auto *table = new QHBoxLayout;
    table->addWidget(m_schema, 1);
    table->addWidget(new QLabel(QStringLiteral("."), this));
    table->addWidget(m_table, 2);
    m_mode->setObjectName(QStringLiteral("auditMode"));
    m_mode->addItem(tr("Whole old and new rows"), int(AuditAction::Mode::FullRows));
    m_mode->addItem(tr("Only the changed fields"), int(AuditAction::Mode::ChangedFields));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = AuditAction::Mode(m_mode->currentData().toInt());
        edit(QStringLiteral("mode"), [&](AuditAction &a) { a.mode = mode; });
    });
    m_userSetting->setPlaceholderText(tr("none: app_user is NULL"));
    m_createTable->setObjectName(QStringLiteral("auditCreateTable"));
    connect(m_createTable, &QCheckBox::toggled, this, [this](bool checked) {
        edit(QStringLiteral("create_table"), [&](AuditAction &a) { a.createTable = checked; });
    });
    QFormLayout *layout = formLayout(tr("Write who changed what, and when, into an audit table."));
    layout->addRow(tr("Audit table:"), table);
    layout->addRow(tr("Record:"), m_mode);
    layout->addRow(tr("User setting:"), m_userSetting);
    layout->addRow(m_createTable);
}

QString AuditPage::title()
{
    return tr("Audit");
}

QString AuditPage::summary(const AuditAction &action)
{
    return tr("Audit into %1 (%2)")
            .arg(action.table.displayName(),
                 action.mode == AuditAction::Mode::FullRows ? tr("whole rows")
                                                            : tr("changed fields"));
}

void AuditPage::load(const AuditAction &action, const TriggerDesign &)
{
    syncText(m_schema, action.table.schema);
    syncText(m_table, action.table.name);
    syncComboData(m_mode, int(action.mode));
    syncText(m_userSetting, action.userSetting);
    syncChecked(m_createTable, action.createTable);
}

void AuditPage::focusField(const QString &subPath)
{
    QWidget *target = namesField(subPath, "mode") ? static_cast<QWidget *>(m_mode)
            : namesField(subPath, "table.schema") ? static_cast<QWidget *>(m_schema)
            : namesField(subPath, "user_setting") ? static_cast<QWidget *>(m_userSetting)
            : namesField(subPath, "create_table") ? static_cast<QWidget *>(m_createTable)
                                                  : m_table;
    target->setFocus();
}

} // namespace trigon::ui
