#pragma once

#include "ui/designer/actions/actionpage.h"

namespace trigon::ui {

class PythonEditor;

class PythonPage : public KindPage<PythonAction>
{
    Q_OBJECT
public:
    explicit PythonPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const PythonAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const PythonAction &action, const TriggerDesign &trigger) override;

private:
    PythonEditor *m_body;
};

} // namespace trigon::ui
