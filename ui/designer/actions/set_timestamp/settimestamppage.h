#pragma once

#include "ui/designer/actions/actionpage.h"

namespace trigon::ui {

class ColumnChecklist;

class SetTimestampPage : public KindPage<SetTimestampAction>
{
    Q_OBJECT
public:
    explicit SetTimestampPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const SetTimestampAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const SetTimestampAction &action, const TriggerDesign &trigger) override;

private:
    ColumnChecklist *m_columns;
};

} // namespace trigon::ui
