#pragma once

#include "ui/designer/actions/actionpage.h"

class QLabel;
class QPlainTextEdit;

namespace trigon::ui {

// The check is edited as SQL or as a condition in the design file's JSON; JSON that does not
// parse yet stays in the editor with the error below it, and the action keeps its last check.
class ValidatePage : public KindPage<ValidateAction>
{
    Q_OBJECT
public:
    explicit ValidatePage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const ValidateAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const ValidateAction &action, const TriggerDesign &trigger) override;
    void startAnotherAction() override { m_jsonMode = false; }

private:
    void loadCheck(const Condition &check);
    void editCheck();
    void setJsonMode(bool json);

    bool m_jsonMode = false;
    QComboBox *m_mode;
    QPlainTextEdit *m_check;
    QLabel *m_checkError;
    QLineEdit *m_message;
    QLineEdit *m_sqlState;
};

} // namespace trigon::ui
