#pragma once

#include "core/model/action.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace trigon::ui {

class ColumnChecklist;
class DesignController;
class PayloadEditor;
class SqlEditor;

// The form of one action of a trigger, with a page per action kind. Every change is one
// controller edit whose merge key names the field ("actions[2].message"), so typing in a field
// is one undo step; the form re-reads the action whenever the controller reports a change.
class ActionForm : public QWidget
{
    Q_OBJECT
public:
    explicit ActionForm(DesignController *controller, QWidget *parent = nullptr);

    // The action at `index` of the trigger `triggerId`; -1 shows nothing.
    void setAction(const QString &triggerId, int index);
    int actionIndex() const { return m_index; }
    // Re-reads the action from the controller.
    void reload();
    // Focuses the field a diagnostic names after "actions[i]" (".channel", ".payload.op");
    // false when the form has no such field.
    bool focusField(const QString &subPath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using ActionChange = std::function<void(Action &)>;

    void editAction(const QString &field, const ActionChange &change);
    template<typename T, typename Change>
    void editAs(const QString &field, Change change);
    QLineEdit *lineEdit(const QString &objectName, const QString &field,
                        const std::function<void(Action &, const QString &)> &apply);
    QComboBox *columnCombo(const QString &objectName, const QString &field,
                           const std::function<void(Action &, const QString &)> &apply);
    SqlEditor *codeEdit(const QString &objectName, const QString &field,
                        const std::function<void(Action &, const QString &)> &apply);

    QWidget *createProtectPage();
    QWidget *createSoftDeletePage();
    QWidget *createFsmPage();
    QWidget *createAuditPage();
    QWidget *createNotifyPage();
    QWidget *createValidatePage();
    QWidget *createSetTimestampPage();
    QWidget *createInsertPage();
    QWidget *createSqlPage();

    void loadFsmTransitions(const QList<FsmTransition> &transitions);
    void editFsmTransitions(const QString &field);
    void loadCheck(const Condition &check);
    void editCheck();
    void setCheckJsonMode(bool json);

    DesignController *m_controller;
    QString m_triggerId;
    int m_index = -1;
    bool m_updating = false;
    bool m_checkJsonMode = false;

    QStackedWidget *m_pages;
    QWidget *m_emptyPage;

    QLineEdit *m_protectMessage = nullptr;
    QLineEdit *m_protectState = nullptr;
    QComboBox *m_softColumn = nullptr;
    QLineEdit *m_softValue = nullptr;
    ColumnChecklist *m_softKey = nullptr;
    QComboBox *m_fsmColumn = nullptr;
    QTableWidget *m_fsmTable = nullptr;
    QLineEdit *m_fsmMessage = nullptr;
    QLineEdit *m_auditSchema = nullptr;
    QLineEdit *m_auditTable = nullptr;
    QComboBox *m_auditMode = nullptr;
    QLineEdit *m_auditUser = nullptr;
    QCheckBox *m_auditCreate = nullptr;
    QLineEdit *m_notifyChannel = nullptr;
    PayloadEditor *m_notifyPayload = nullptr;
    QComboBox *m_notifyOverflow = nullptr;
    QComboBox *m_checkMode = nullptr;
    QPlainTextEdit *m_checkText = nullptr;
    QLabel *m_checkError = nullptr;
    QLineEdit *m_validateMessage = nullptr;
    QLineEdit *m_validateState = nullptr;
    ColumnChecklist *m_timestampColumns = nullptr;
    QLineEdit *m_insertSchema = nullptr;
    QLineEdit *m_insertTable = nullptr;
    PayloadEditor *m_insertValues = nullptr;
    SqlEditor *m_sqlDeclarations = nullptr;
    SqlEditor *m_sqlBody = nullptr;
};

} // namespace trigon::ui
