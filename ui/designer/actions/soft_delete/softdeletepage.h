#pragma once

#include "ui/designer/actions/actionpage.h"

namespace trigon::ui {

class ColumnChecklist;

class SoftDeletePage : public KindPage<SoftDeleteAction>
{
    Q_OBJECT
public:
    explicit SoftDeletePage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const SoftDeleteAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const SoftDeleteAction &action, const TriggerDesign &trigger) override;

private:
    QComboBox *m_column;
    QLineEdit *m_value;
    ColumnChecklist *m_key;
};

} // namespace trigon::ui
