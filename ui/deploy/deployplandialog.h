#pragma once

#include "core/analysis/deployplan.h"
#include "core/analysis/diagnostic.h"

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace trigon::ui {

// Shows a plan before it runs: what happens to each trigger, plpgsql_check's findings and the
// exact script. Apply stays disabled until the plan may run: never while plpgsql_check reports
// an error; with destructive steps only once they are confirmed, and on a protected connection
// only once the database's name is typed.
class DeployPlanDialog : public QDialog
{
    Q_OBJECT
public:
    // `protectedDatabase` is the database's name when the connection is marked protected.
    DeployPlanDialog(const QString &title, const DeployPlan &plan,
                     const QList<Diagnostic> &findings, const QString &protectedDatabase,
                     QWidget *parent = nullptr);

    const DeployPlan &plan() const { return m_plan; }
    bool canApply() const;

    QPushButton *applyButton() const { return m_apply; }
    QCheckBox *confirmation() const { return m_confirmation; }     // null without destructive steps
    QLineEdit *databaseNameEdit() const { return m_databaseName; } // null unless protected

private:
    void updateApply();
    // Room for every column's text, within the screen.
    int preferredWidth(const QTreeWidget *steps) const;

    DeployPlan m_plan;
    QString m_protectedDatabase;
    bool m_blockedByFindings = false;
    QCheckBox *m_confirmation = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace trigon::ui
