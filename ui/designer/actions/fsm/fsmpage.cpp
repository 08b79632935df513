#include "ui/designer/actions/fsm/fsmpage.h"

#include "ui/designer/conditions/widgetsync.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace trigon::ui {

FsmPage::FsmPage(DesignController *controller, QWidget *parent)
    : KindPage(controller, parent)
    , m_column(columnField(QStringLiteral("fsmColumn"), QStringLiteral("column"),
                           [](FsmAction &a, const QString &text) { a.column = text; }))
    , m_transitions(new QTableWidget(0, 2, this))
    , m_message(textField(QStringLiteral("fsmMessage"), QStringLiteral("message"),
                          [](FsmAction &a, const QString &text) { a.message = text; }))
{
    m_transitions->setObjectName(QStringLiteral("fsmTransitions"));
    m_transitions->setHorizontalHeaderLabels({tr("From"), tr("To")});
    m_transitions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_transitions->verticalHeader()->hide();
    connect(m_transitions, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!isLoading())
            editTransitions(
                    QStringLiteral("transitions.%1.%2").arg(item->row()).arg(item->column()));
    });
    auto *add = new QPushButton(tr("Add Transition"), this);
    add->setObjectName(QStringLiteral("addTransition"));
    connect(add, &QPushButton::clicked, this, [this] {
        edit(QString(), [](FsmAction &a) { a.transitions.append(FsmTransition {}); });
        const int row = m_transitions->rowCount() - 1;
        if (row >= 0)
            m_transitions->editItem(m_transitions->item(row, 0));
    });
    auto *remove = new QPushButton(tr("Remove Transition"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_transitions->currentRow();
        if (row >= 0) {
            edit(QString(), [row](FsmAction &a) {
                if (row < a.transitions.size())
                    a.transitions.removeAt(row);
            });
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *transitions = new QVBoxLayout;
    transitions->addWidget(m_transitions);
    transitions->addLayout(buttons);
    m_message->setPlaceholderText(tr("a message naming the column and both states"));
    QFormLayout *layout
            = formLayout(tr("An UPDATE that changes the column must follow a transition."));
    layout->addRow(tr("State column:"), m_column);
    layout->addRow(tr("Transitions:"), transitions);
    layout->addRow(tr("Message:"), m_message);
}

QString FsmPage::title()
{
    return tr("State machine");
}

QString FsmPage::summary(const FsmAction &action)
{
    return tr("State machine on %1 (%n transition(s))", nullptr, int(action.transitions.size()))
            .arg(action.column);
}

void FsmPage::load(const FsmAction &action, const TriggerDesign &trigger)
{
    syncComboItems(m_column, trigger.columnNames(), action.column);
    loadTransitions(action.transitions);
    syncText(m_message, action.message);
}

void FsmPage::loadTransitions(const QList<FsmTransition> &transitions)
{
    if (m_transitions->rowCount() != transitions.size())
        m_transitions->setRowCount(int(transitions.size()));
    for (int row = 0; row < transitions.size(); ++row) {
        const QStringList texts = {transitions.at(row).from, transitions.at(row).to};
        for (int column = 0; column < 2; ++column) {
            QTableWidgetItem *item = m_transitions->item(row, column);
            if (!item)
                m_transitions->setItem(row, column, new QTableWidgetItem(texts.at(column)));
            else if (item->text() != texts.at(column))
                item->setText(texts.at(column));
        }
    }
}

void FsmPage::editTransitions(const QString &field)
{
    QList<FsmTransition> transitions;
    for (int row = 0; row < m_transitions->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_transitions->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        transitions.append({text(0), text(1)});
    }
    edit(field, [&](FsmAction &a) { a.transitions = transitions; });
}

void FsmPage::focusField(const QString &subPath)
{
    QWidget *target = namesField(subPath, "transitions") ? static_cast<QWidget *>(m_transitions)
            : namesField(subPath, "message")             ? static_cast<QWidget *>(m_message)
                                                         : m_column;
    target->setFocus();
}

} // namespace trigon::ui
