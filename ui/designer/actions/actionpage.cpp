#include "ui/designer/actions/actionpage.h"

#include "ui/designer/actions/actionpages.h"
#include "ui/document/designcontroller.h"
#include "ui/editor/sqleditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace trigon::ui {

namespace {

// An event trigger's action of a kind table triggers also have, as that table-trigger action;
// nullopt for attach, which only event triggers have.
std::optional<Action> asTableAction(const EventAction &action)
{
    return std::visit(
            [](const auto &kind) -> std::optional<Action> {
                if constexpr (std::is_constructible_v<Action, decltype(kind)>)
                    return Action(kind);
                else
                    return std::nullopt;
            },
            action);
}

// Applies `change`, written for table-trigger actions, to an event trigger's action of a shared
// kind.
void changeAsTableAction(EventAction &action, const std::function<void(Action &)> &change)
{
    std::visit(
            [&](auto &kind) {
                using Kind = std::decay_t<decltype(kind)>;
                if constexpr (std::is_constructible_v<Action, Kind>) {
                    Action shared(kind);
                    change(shared);
                    if (const Kind *changed = std::get_if<Kind>(&shared))
                        kind = *changed;
                }
            },
            action);
}

} // namespace

ActionPage::ActionPage(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{ }

void ActionPage::showAction(const QString &triggerId, int index, const TriggerDesign &trigger,
                            bool another)
{
    m_triggerId = triggerId;
    m_index = index;
    asLoading([&] {
        if (another)
            startAnotherAction();
        load(trigger.actions.at(index), trigger);
    });
}

void ActionPage::setHost(Host host)
{
    m_host = host;
    hostChanged();
}

void ActionPage::showEventAction(const QString &eventTriggerId, int index,
                                 const EventTriggerDesign &eventTrigger, bool another)
{
    const std::optional<Action> shared = asTableAction(eventTrigger.actions.at(index));
    if (!shared)
        return;
    m_triggerId = eventTriggerId;
    m_index = index;
    asLoading([&] {
        if (another)
            startAnotherAction();
        load(*shared, TriggerDesign {});
    });
}

void ActionPage::asLoading(const std::function<void()> &fill)
{
    const bool wasLoading = std::exchange(m_loading, true);
    fill();
    m_loading = wasLoading;
}

const TriggerDesign *ActionPage::trigger() const
{
    return m_host == Host::Trigger ? m_controller->trigger(m_triggerId) : nullptr;
}

const Action *ActionPage::action() const
{
    const TriggerDesign *shown = trigger();
    if (!shown || m_index < 0 || m_index >= shown->actions.size())
        return nullptr;
    return &shown->actions.at(m_index);
}

void ActionPage::editAction(const QString &field, const std::function<void(Action &)> &change)
{
    if (m_loading || m_index < 0)
        return;
    const int index = m_index;
    const QString mergeKey = QStringLiteral("actions[%1].%2").arg(index).arg(field);
    if (m_host == Host::EventTrigger) {
        m_controller->editEventTrigger(
                m_triggerId,
                tr("Edit Event Trigger Action (%1)").arg(QString(field).replace(u'_', u' ')),
                mergeKey, [&](EventTriggerDesign &e) {
                    if (index < e.actions.size())
                        changeAsTableAction(e.actions[index], change);
                });
        return;
    }
    // Names the kind and the field, so that Edit ▸ Undo says what it takes back.
    const Action *edited = action();
    const QString text = edited
            ? tr("Edit %1 Action (%2)")
                      .arg(actionKindTitle(actionKind(*edited)), QString(field).replace(u'_', u' '))
            : tr("Edit Action");
    m_controller->editTrigger(m_triggerId, text, mergeKey, [&](TriggerDesign &t) {
        if (index < t.actions.size())
            change(t.actions[index]);
    });
}

bool ActionPage::namesField(const QString &subPath, const char *field)
{
    const QString prefix = u'.' + QLatin1String(field);
    return subPath == prefix || subPath.startsWith(prefix + u'.')
            || subPath.startsWith(prefix + u'[');
}

QFormLayout *ActionPage::formLayout(const QString &description)
{
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(description, this);
    label->setWordWrap(true);
    layout->addRow(label);
    return layout;
}

QLineEdit *ActionPage::lineEdit(const QString &objectName, const QString &field,
                                const std::function<void(Action &, const QString &)> &apply)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textEdited, this, [this, field, apply](const QString &text) {
        editAction(field, [&](Action &action) { apply(action, text); });
    });
    connect(edit, &QLineEdit::editingFinished, m_controller, &DesignController::sealMerging);
    return edit;
}

QComboBox *ActionPage::columnCombo(const QString &objectName, const QString &field,
                                   const std::function<void(Action &, const QString &)> &apply)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    connect(combo, &QComboBox::currentTextChanged, this, [this, field, apply](const QString &text) {
        editAction(field, [&](Action &action) { apply(action, text.trimmed()); });
    });
    return combo;
}

SqlEditor *ActionPage::codeEdit(const QString &objectName, const QString &field,
                                const std::function<void(Action &, const QString &)> &apply)
{
    auto *edit = new SqlEditor(this);
    edit->setObjectName(objectName);
    edit->installEventFilter(this);
    connect(edit, &SqlEditor::textChanged, this, [this, edit, field, apply] {
        const QString text = edit->text();
        editAction(field, [&](Action &action) { apply(action, text); });
    });
    return edit;
}

bool ActionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut
        && (qobject_cast<QPlainTextEdit *>(watched) || qobject_cast<QsciScintilla *>(watched)))
        m_controller->sealMerging();
    return QWidget::eventFilter(watched, event);
}

} // namespace trigon::ui
