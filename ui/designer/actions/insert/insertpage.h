#pragma once

#include "ui/designer/actions/actionpage.h"

namespace trigon::ui {

class PayloadEditor;

class InsertPage : public KindPage<InsertAction>
{
    Q_OBJECT
public:
    explicit InsertPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const InsertAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const InsertAction &action, const TriggerDesign &trigger) override;
    void hostChanged() override;

private:
    QLineEdit *m_schema;
    QLineEdit *m_table;
    PayloadEditor *m_values;
};

} // namespace trigon::ui
