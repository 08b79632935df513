#pragma once

#include "ui/designer/actions/actionpage.h"

class QLabel;

namespace trigon::ui {

class PayloadEditor;
class PayloadValueEdit;

// An outbox action: the target its events go to (one of the file's "targets", which the relay
// delivers; any other name is left to Debezium or another reader of trigon.outbox), the event's
// type, the key whose events keep their order, and the JSON payload.
class OutboxPage : public KindPage<OutboxAction>
{
    Q_OBJECT
public:
    explicit OutboxPage(DesignController *controller, QWidget *parent = nullptr);

    static QString title();
    static QString summary(const OutboxAction &action);

    void focusField(const QString &subPath) override;

protected:
    void load(const OutboxAction &action, const TriggerDesign &trigger) override;

private:
    // Offers the document's targets and says when `target` is none of them.
    void showTargets(const QString &target);

    QComboBox *m_target;
    QLabel *m_targetHint;
    QLineEdit *m_type;
    PayloadValueEdit *m_key;
    PayloadEditor *m_payload;
};

} // namespace trigon::ui
