#pragma once

#include "core/model/designdocument.h"
#include "core/pg/testrunner.h"
#include "ui/deploy/deployjobs.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace trigon::ui {

// The test bench's cases and results: a tree of triggers and their cases with pass or fail, and
// for the current case what was expected against what happened (a line diff per expectation),
// which triggers fired in what order, the notifications and notices. Results stay with their
// case (trigger id and case name) while the document is edited.
class TestBenchView : public QWidget
{
    Q_OBJECT
public:
    explicit TestBenchView(QWidget *parent = nullptr);

    void setDocument(const DesignDocument &document);
    // Every case of the document; the selected cases (a selected trigger: all of its cases).
    QList<CaseRef> allCases() const;
    QList<CaseRef> selectedCases() const;

    void clearResults(const QList<CaseRef> &cases); // before those run again
    // The result of the case named result.testCase of the trigger `triggerId`: by id, because the
    // document may have changed while the case ran.
    void addResult(const QString &triggerId, const pg::TestCaseResult &result);
    const pg::TestCaseResult *result(const CaseRef &ref) const;
    // The last result of the case `caseName` of the trigger `triggerId`, or nullptr.
    const pg::TestCaseResult *resultOf(const QString &triggerId, const QString &caseName) const;
    // Makes the case at `caseIndex` of the trigger `triggerId` the current item, when the tree
    // shows it; emits no caseChosen().
    void selectCase(const QString &triggerId, int caseIndex);

    QTreeWidget *tree() const { return m_tree; }
    QTextBrowser *details() const { return m_details; }

signals:
    // A case or a trigger was activated (double-click, Return): run it.
    void runRequested(const QList<CaseRef> &cases);
    // The person made a case the current item (not the tree's own refills).
    void caseChosen(const QString &triggerId, int caseIndex);

private:
    static QString keyOf(const QString &triggerId, const QString &caseName);
    QString keyOf(const CaseRef &ref) const;
    QTreeWidgetItem *itemOf(const CaseRef &ref) const;
    void showResult(QTreeWidgetItem *item, const pg::TestCaseResult *result) const;
    void updateTriggerItem(QTreeWidgetItem *triggerItem) const;
    void showDetails();

    DesignDocument m_document;
    QHash<QString, pg::TestCaseResult> m_results; // by keyOf()
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    bool m_choosing = false; // the tree's current item is being set by the view itself
};

} // namespace trigon::ui
