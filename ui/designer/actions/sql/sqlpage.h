#pragma once

#include "ui/designer/actions/actionpage.h"

namespace trigon::ui {

class SqlPage : public KindPage<SqlAction>
{
    Q_OBJECT
public:
    explicit SqlPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const SqlAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const SqlAction &action, const TriggerDesign &trigger) override;

private:
    SqlEditor *m_declarations;
    SqlEditor *m_body;
};

} // namespace trigon::ui
