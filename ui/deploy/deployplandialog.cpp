#include "ui/deploy/deployplandialog.h"

#include "ui/editor/sqleditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

// "create: 2, drop: 1. Destructive steps: 1.": the counts of each action, in plan order.
QString summaryOf(const DeployPlan &plan)
{
    QList<DeployAction> order;
    QMap<DeployAction, int> counts;
    int destructive = 0;
    for (const DeployStep &step : plan.steps) {
        if (step.sql.isEmpty())
            continue;
        if (!counts.contains(step.action))
            order.append(step.action);
        ++counts[step.action];
        destructive += step.destructive ? 1 : 0;
    }
    QStringList parts;
    for (const DeployAction action : order)
        parts.append(QStringLiteral("%1: %2").arg(deployActionName(action)).arg(counts[action]));
    QString summary
            = DeployPlanDialog::tr("In one transaction: %1.").arg(parts.join(QStringLiteral(", ")));
    if (destructive > 0)
        summary += u' ' + DeployPlanDialog::tr("%n step(s) are destructive.", nullptr, destructive);
    return summary;
}

} // namespace

DeployPlanDialog::DeployPlanDialog(const QString &title, const DeployPlan &plan,
                                   const QList<Diagnostic> &findings,
                                   const QString &protectedDatabase, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_protectedDatabase(protectedDatabase)
    , m_blockedByFindings(hasErrors(findings))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(summaryOf(plan), this);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *steps = new QTreeWidget(this);
    steps->setObjectName(QStringLiteral("planSteps"));
    steps->setRootIsDecorated(false);
    steps->setHeaderLabels({tr("Action"), tr("Table"), tr("Trigger"), tr("Why")});
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const DeployStep &step : plan.steps) {
        auto *item = new QTreeWidgetItem(
                steps,
                {step.sql.isEmpty() ? tr("nothing") : deployActionName(step.action),
                 step.table.displayName(), step.name, step.reason});
        if (step.destructive) {
            item->setIcon(0, warning);
            item->setToolTip(0, tr("Destructive: needs confirmation"));
        }
    }
    steps->header()->setStretchLastSection(true);
    steps->resizeColumnToContents(0);
    layout->addWidget(steps, 1);

    if (!findings.isEmpty()) {
        auto *label
                = new QLabel(m_blockedByFindings ? tr("plpgsql_check found errors; fix them first:")
                                                 : tr("plpgsql_check's findings:"),
                             this);
        layout->addWidget(label);
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("planFindings"));
        for (const Diagnostic &finding : findings)
            list->addItem(new QListWidgetItem(
                    style()->standardIcon(finding.isError() ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning),
                    finding.toString()));
        layout->addWidget(list);
    }

    auto *script = new SqlEditor(this);
    script->setObjectName(QStringLiteral("planScript"));
    script->setText(plan.script());
    script->setReadOnly(true);
    layout->addWidget(new QLabel(tr("The script, between BEGIN and COMMIT:"), this));
    layout->addWidget(script, 2);

    if (plan.hasDestructiveSteps()) {
        if (protectedDatabase.isEmpty()) {
            m_confirmation = new QCheckBox(
                    tr("Apply the destructive steps (a dropped trigger, or a change made by hand, "
                       "is lost)"),
                    this);
            connect(m_confirmation, &QCheckBox::toggled, this, &DeployPlanDialog::updateApply);
            layout->addWidget(m_confirmation);
        } else {
            auto *label = new QLabel(
                    tr("This connection is protected. Type the database name, <b>%1</b>, to "
                       "apply the destructive steps:")
                            .arg(protectedDatabase.toHtmlEscaped()),
                    this);
            label->setWordWrap(true);
            layout->addWidget(label);
            m_databaseName = new QLineEdit(this);
            m_databaseName->setPlaceholderText(protectedDatabase);
            connect(m_databaseName, &QLineEdit::textChanged, this, &DeployPlanDialog::updateApply);
            layout->addWidget(m_databaseName);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    QPushButton *copy = buttons->addButton(tr("&Copy Script"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_plan.script()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Cancel is the default: Return must not apply a plan by accident.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    resize(760, 560);
    updateApply();
}

bool DeployPlanDialog::canApply() const
{
    if (m_blockedByFindings || m_plan.isEmpty())
        return false;
    if (m_confirmation)
        return m_confirmation->isChecked();
    if (m_databaseName)
        return m_databaseName->text() == m_protectedDatabase;
    return true;
}

void DeployPlanDialog::updateApply()
{
    m_apply->setEnabled(canApply());
}

} // namespace trigon::ui
