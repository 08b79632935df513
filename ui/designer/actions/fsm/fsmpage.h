#pragma once

#include "ui/designer/actions/actionpage.h"

class QTableWidget;

namespace trigon::ui {

class FsmPage : public KindPage<FsmAction>
{
    Q_OBJECT
public:
    explicit FsmPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const FsmAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const FsmAction &action, const TriggerDesign &trigger) override;

private:
    void loadTransitions(const QList<FsmTransition> &transitions);
    void editTransitions(const QString &field);

    QComboBox *m_column;
    QTableWidget *m_transitions;
    QLineEdit *m_message;
};

} // namespace trigon::ui
