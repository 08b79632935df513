#pragma once

#include "ui/designer/actions/actionpage.h"

namespace trigon::ui {

class PayloadEditor;

class NotifyPage : public KindPage<NotifyAction>
{
    Q_OBJECT
public:
    explicit NotifyPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const NotifyAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const NotifyAction &action, const TriggerDesign &trigger) override;
    void hostChanged() override;

private:
    QLineEdit *m_channel;
    PayloadEditor *m_payload;
    QComboBox *m_overflow;
};

} // namespace trigon::ui
