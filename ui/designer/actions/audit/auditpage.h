#pragma once

#include "ui/designer/actions/actionpage.h"

class QCheckBox;

namespace trigon::ui {

class AuditPage : public KindPage<AuditAction>
{
    Q_OBJECT
public:
    explicit AuditPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const AuditAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const AuditAction &action, const TriggerDesign &trigger) override;

private:
    QLineEdit *m_schema;
    QLineEdit *m_table;
    QComboBox *m_mode;
    QLineEdit *m_userSetting;
    QCheckBox *m_createTable;
};

} // namespace trigon::ui
