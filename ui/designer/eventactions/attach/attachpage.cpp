#include "ui/designer/eventactions/attach/attachpage.h"

#include "ui/designer/conditions/widgetsync.h"
#include "ui/document/designcontroller.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace trigon::ui {

AttachPage::AttachPage(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_design(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    m_design->setObjectName(QStringLiteral("attachDesign"));
    m_design->setEditable(true);
    m_design->setInsertPolicy(QComboBox::NoInsert);
    connect(m_design, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_loading || m_index < 0)
            return;
        const int index = m_index;
        m_controller->editEventTrigger(
                m_eventTriggerId, tr("Change Attached Design"),
                QStringLiteral("actions[%1].trigger").arg(index), [&](EventTriggerDesign &e) {
                    if (index < e.actions.size()) {
                        if (auto *attach = std::get_if<AttachAction>(&e.actions[index]))
                            attach->trigger = text.trimmed();
                    }
                });
    });
    // Leaving the field ends its run of merged edits, as in the other pages.
    connect(m_design->lineEdit(), &QLineEdit::editingFinished, m_controller,
            &DesignController::sealMerging);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *description = new QLabel(
            tr("When a CREATE TABLE (or CREATE TABLE AS, SELECT INTO) makes a table that the "
               "design's selector picks, give it the design's trigger, on the function the "
               "design shares."),
            this);
    description->setWordWrap(true);
    layout->addRow(description);
    layout->addRow(tr("Design:"), m_design);
    layout->addRow(m_hint);
}

QString AttachPage::title()
{
    return tr("Attach a design to new tables");
}

QString AttachPage::summary(const AttachAction &action)
{
    return action.trigger.isEmpty() ? tr("Attach: no design chosen")
                                    : tr("Attach \"%1\" to new tables").arg(action.trigger);
}

QStringList AttachPage::attachableDesigns(const QList<TriggerDesign> &designs)
{
    QStringList names;
    for (const TriggerDesign &design : designs) {
        if (design.isOverSeveralTables() && design.selector && !names.contains(design.name))
            names.append(design.name);
    }
    return names;
}

void AttachPage::showAction(const QString &eventTriggerId, int index, const AttachAction &action)
{
    m_eventTriggerId = eventTriggerId;
    m_index = index;
    const QStringList names = attachableDesigns(m_controller->triggers());
    m_loading = true;
    syncComboItems(m_design, names, action.trigger);
    m_loading = false;
    m_hint->setText(names.isEmpty() ? tr("No design of this file is over several tables with a "
                                         "selector: make one with Tables… in a trigger's form.")
                                    : QString());
    m_hint->setVisible(names.isEmpty());
}

void AttachPage::focusField(const QString &)
{
    m_design->setFocus(Qt::OtherFocusReason);
}

} // namespace trigon::ui
