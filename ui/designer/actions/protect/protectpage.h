#pragma once

#include "ui/designer/actions/actionpage.h"

namespace trigon::ui {

class ProtectPage : public KindPage<ProtectAction>
{
    Q_OBJECT
public:
    explicit ProtectPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const ProtectAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const ProtectAction &action, const TriggerDesign &trigger) override;

private:
    QLineEdit *m_message;
    QLineEdit *m_sqlState;
};

} // namespace trigon::ui
