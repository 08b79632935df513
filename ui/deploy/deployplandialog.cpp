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
#include <QScreen>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace trigon::ui {

namespace {

// deployActionName() is the CLI's untranslated word, which scripts match; people read these.
QString actionText(DeployAction action)
{
    switch (action) {
    case DeployAction::None:
        return DeployPlanDialog::tr("nothing");
    case DeployAction::Create:
        return DeployPlanDialog::tr("create");
    case DeployAction::Replace:
        return DeployPlanDialog::tr("replace");
    case DeployAction::Rename:
        return DeployPlanDialog::tr("rename");
    case DeployAction::Enable:
        return DeployPlanDialog::tr("enable");
    case DeployAction::Disable:
        return DeployPlanDialog::tr("disable");
    case DeployAction::Drop:
        return DeployPlanDialog::tr("drop");
    }
    return {};
}

// The plan's reason, or, where the status had nothing to say (a trigger not installed yet, one
// installed as designed, one uninstalled on request), what the action itself implies.
QString whyText(const DeployStep &step)
{
    if (!step.reason.isEmpty())
        return step.reason;
    switch (step.sql.isEmpty() ? DeployAction::None : step.action) {
    case DeployAction::None:
        return DeployPlanDialog::tr("installed as designed");
    case DeployAction::Create:
        return DeployPlanDialog::tr("not installed yet");
    case DeployAction::Replace:
        return DeployPlanDialog::tr("installed differently");
    case DeployAction::Rename:
        return DeployPlanDialog::tr("installed under another name");
    case DeployAction::Enable:
        return DeployPlanDialog::tr("installed disabled");
    case DeployAction::Disable:
        return DeployPlanDialog::tr("installed enabled");
    case DeployAction::Drop:
        return DeployPlanDialog::tr("uninstalled on request");
    }
    return {};
}

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
        parts.append(QStringLiteral("%1: %2").arg(actionText(action)).arg(counts[action]));
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
        const QString why = whyText(step);
        auto *item = new QTreeWidgetItem(
                steps,
                {actionText(step.sql.isEmpty() ? DeployAction::None : step.action),
                 step.eventTrigger ? tr("(event trigger)") : step.table.displayName(), step.name,
                 why});
        // A long reason (several differences joined) is cut at the window's edge: whole here.
        item->setToolTip(3, why);
        if (step.destructive) {
            item->setIcon(0, warning);
            item->setToolTip(0, tr("Destructive: needs confirmation"));
        }
    }
    // Action, table and trigger as wide as their contents, Why the rest of the width: the
    // dialog opens wide enough for all of it where the screen allows (preferredWidth()).
    steps->header()->setStretchLastSection(true);
    for (int column = 0; column < steps->columnCount() - 1; ++column)
        steps->resizeColumnToContents(column);
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
    resize(preferredWidth(steps), 560);
    updateApply();
}

int DeployPlanDialog::preferredWidth(const QTreeWidget *steps) const
{
    // QTreeView keeps sizeHintForColumn() protected; QAbstractItemView's is the same, public.
    const QAbstractItemView *view = steps;
    int columns = 2 * steps->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int column = 0; column < steps->columnCount(); ++column)
        columns += std::max(view->sizeHintForColumn(column),
                            steps->header()->sectionSizeHint(column));
    const QMargins margins = layout()->contentsMargins();
    constexpr int minimumWidth = 760;
    const int available = screen()->availableGeometry().width() * 9 / 10;
    return std::clamp(columns + margins.left() + margins.right(), minimumWidth,
                      std::max(minimumWidth, available));
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
