#pragma once

#include "core/model/triggertestcase.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;
class QToolButton;

namespace trigon::ui {

class DesignController;
class SqlEditor;
class TriggerBinding;

// The fields of one test case of a trigger: name, setup and action (SQL editors), the bypass
// list, and the expectations as forms: the outcome (must succeed, or must fail with a message
// and SQLSTATE), query rows, row count changes, notifications, notices and the triggers fired.
//
// Every change is one DesignController edit of the trigger whose merge key is the field's path
// in the design file ("tests[2].action", "tests[2].expect.query[0].rows"), so typing in a field
// is one undo step, and Diagnostics can name the field. The widgets follow undo, redo and a
// replaced document; a field's texts are replaced when another case or document is shown, so a
// text field's own undo history never brings back text of another case or document.
class TestCaseForm : public QWidget
{
    Q_OBJECT
public:
    explicit TestCaseForm(DesignController *controller, QWidget *parent = nullptr);

    // Shows case `index` of the trigger `triggerId`; -1 (or no trigger) shows none.
    void showCase(const QString &triggerId, int index);
    QString triggerId() const;
    int caseIndex() const { return m_caseIndex; }
    // Focuses the widget of a field path after "tests[i]" (".action", ".expect.query[1].rows").
    void focusField(const QString &subPath);

    QLineEdit *nameEdit() const { return m_name; }
    SqlEditor *setupEdit() const { return m_setup; }
    SqlEditor *actionEdit() const { return m_action; }
    QLineEdit *bypassEdit() const { return m_bypass; }
    QRadioButton *mustSucceedButton() const { return m_mustSucceed; }
    QRadioButton *mustFailButton() const { return m_mustFail; }
    QLineEdit *raisesMessageEdit() const { return m_raisesMessage; }
    QLineEdit *raisesSqlStateEdit() const { return m_raisesSqlState; }
    QComboBox *querySelector() const { return m_querySelector; }
    QLineEdit *querySqlEdit() const { return m_querySql; }
    QTableWidget *queryRowsTable() const { return m_queryRows; }
    QTableWidget *rowCountsTable() const { return m_rowCounts; }
    QTableWidget *notificationsTable() const { return m_notifications; }
    QPlainTextEdit *noticesEdit() const { return m_notices; }
    QCheckBox *checkFiredBox() const { return m_checkFired; }
    QPlainTextEdit *firedEdit() const { return m_fired; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using CaseChange = std::function<void(TriggerTestCase &)>;

    void buildForm();
    QWidget *buildOutcome();
    QWidget *buildQueries();
    QWidget *buildRowCounts();
    QWidget *buildNotifications();
    void refresh();
    void fillQuery(const TriggerTestCase &test, bool afresh);
    const TriggerTestCase *shownCase() const;
    // One edit of the shown case under the merge key "tests[i].<field>"; `what` names the field
    // for Edit ▸ Undo.
    void editCase(const QString &field, const QString &what, const CaseChange &change);
    // An edit made at once (a button, a table cell): never merged with the next one.
    void editCaseOnce(const QString &field, const QString &what, const CaseChange &change);
    void editQueryRows(const std::function<void(QList<QStringList> &)> &change);
    void readRowCounts();
    void readNotifications();
    QToolButton *button(const QString &text, const QString &toolTip,
                        const std::function<void()> &clicked);

    DesignController *m_controller;
    TriggerBinding *m_binding;
    int m_caseIndex = -1;
    int m_query = 0;       // the query shown, of the case's queries
    int m_querySqlOf = -1; // the query whose SQL m_querySql holds
    // The case whose texts the fields hold ("trigger id/index"), and whether the document was
    // replaced since: then the fields are filled afresh, which also drops their undo history.
    QString m_textsOf;
    bool m_documentReplaced = false;

    QLineEdit *m_name = nullptr;
    SqlEditor *m_setup = nullptr;
    SqlEditor *m_action = nullptr;
    QLineEdit *m_bypass = nullptr;
    QRadioButton *m_mustSucceed = nullptr;
    QRadioButton *m_mustFail = nullptr;
    QLineEdit *m_raisesMessage = nullptr;
    QLineEdit *m_raisesSqlState = nullptr;
    QComboBox *m_querySelector = nullptr;
    QToolButton *m_removeQuery = nullptr;
    QWidget *m_queryDetails = nullptr;
    QLineEdit *m_querySql = nullptr;
    QTableWidget *m_queryRows = nullptr;
    QTableWidget *m_rowCounts = nullptr;
    QTableWidget *m_notifications = nullptr;
    QLabel *m_notificationError = nullptr;
    QPlainTextEdit *m_notices = nullptr;
    QCheckBox *m_checkFired = nullptr;
    QPlainTextEdit *m_fired = nullptr;
};

} // namespace trigon::ui
