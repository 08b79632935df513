#pragma once

#include "core/pg/testrunner.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QListWidget;

namespace trigon::ui {

class DesignController;
class TestCaseForm;
class TriggerBinding;

// The test cases of the current trigger (DesignController::currentTriggerId()): a list with
// Add (Ins), Duplicate (Ctrl+D) and Delete (Del), the selected case's fields in a TestCaseForm,
// Run, and Record from Run, which makes what the last run of the case did (its query rows,
// notifications and the triggers that fired) the case's expectations. Each of these is one
// undoable edit of the trigger.
class TestCaseEditor : public QWidget
{
    Q_OBJECT
public:
    // The last result of the case `caseName` of the trigger `triggerId`, or nullptr.
    using ResultLookup = std::function<const pg::TestCaseResult *(const QString &triggerId,
                                                                  const QString &caseName)>;

    explicit TestCaseEditor(DesignController *controller, QWidget *parent = nullptr);

    QString triggerId() const;
    // The selected case's index in the trigger's tests, or -1.
    int currentCase() const { return m_caseIndex; }
    // Selects the case at `index` of the shown trigger (clamped; -1 for none).
    void setCurrentCase(int index);
    // Where Record from Run finds results; call resultsChanged() when they change.
    void setResultLookup(ResultLookup lookup);
    void resultsChanged();
    // Whether Run can run now (connected, nothing else running); the host says.
    void setRunnable(bool runnable);
    // Selects the case and the field of a diagnostic's path ("tests[2].action").
    void focusField(const QString &fieldPath);

    QListWidget *caseList() const { return m_list; }
    TestCaseForm *form() const { return m_form; }
    QAction *addCaseAction() const { return m_add; }
    QAction *duplicateCaseAction() const { return m_duplicate; }
    QAction *deleteCaseAction() const { return m_delete; }
    QAction *runCaseAction() const { return m_run; }
    QAction *recordAction() const { return m_record; }

signals:
    void currentCaseChanged(const QString &triggerId, int caseIndex);
    void runRequested(const QString &triggerId, int caseIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setTriggerId(const QString &id);
    void refresh();
    void updateActions();
    const pg::TestCaseResult *currentResult() const;
    void addCase();
    void duplicateCase();
    void deleteCase();
    void recordFromRun();

    DesignController *m_controller;
    TriggerBinding *m_binding;
    ResultLookup m_lookup;
    int m_caseIndex = -1;
    bool m_runnable = true;
    QString m_announced; // "trigger id/case index" of the last currentCaseChanged()

    QLabel *m_title;
    QListWidget *m_list;
    TestCaseForm *m_form;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_run;
    QAction *m_record;
};

} // namespace trigon::ui
