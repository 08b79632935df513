#include "ui/designer/eventtriggers/eventtriggerform.h"

#include "ui/designer/conditions/widgetsync.h"
#include "ui/designer/eventtriggers/commandtagpicker.h"
#include "ui/designer/eventtriggers/eventactionseditor.h"
#include "ui/document/designcontroller.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <array>

namespace trigon::ui {

namespace {

constexpr std::array AllEnabled {TriggerEnabled::Origin, TriggerEnabled::Disabled,
                                 TriggerEnabled::Replica, TriggerEnabled::Always};

} // namespace

EventTriggerForm::EventTriggerForm(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_name(new QLineEdit(this))
    , m_event(new QComboBox(this))
    , m_tags(new CommandTagPicker(this))
    , m_enabled(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_actions(new EventActionsEditor(controller, this))
{
    m_name->setObjectName(QStringLiteral("eventTriggerName"));
    m_name->setPlaceholderText(tr("forbid_drop_schema"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Rename Event Trigger"), QStringLiteral("name"),
             [&](EventTriggerDesign &e) { e.name = text; });
    });

    m_event->setObjectName(QStringLiteral("eventTriggerEvent"));
    for (const QString &name : ddlEventNames())
        m_event->addItem(name, name);
    connect(m_event, &QComboBox::activated, this, [this] {
        const std::optional<DdlEvent> event = ddlEventFromName(m_event->currentData().toString());
        if (!event)
            return;
        // Tags the new event never fires for would only be refused: they go in the same step.
        const QStringList firing = commandTagsFiringFor(*event);
        edit(tr("Change Event"), QString(), [&](EventTriggerDesign &e) {
            e.event = *event;
            e.tags.removeIf([&](const QString &tag) { return !firing.contains(tag); });
        });
    });

    m_tags->setObjectName(QStringLiteral("eventTriggerTags"));
    connect(m_tags, &CommandTagPicker::tagsEdited, this, [this](const QStringList &tags) {
        edit(tr("Change Tags"), QString(), [&](EventTriggerDesign &e) { e.tags = tags; });
    });

    m_enabled->setObjectName(QStringLiteral("eventTriggerEnabled"));
    // The labels of the trigger form: ALTER EVENT TRIGGER has the same four states.
    m_enabled->addItems({tr("Enabled (origin)"), tr("Disabled"), tr("Replica only"),
                         tr("Always (also on replicas)")});
    connect(m_enabled, &QComboBox::activated, this, [this](int index) {
        edit(tr("Change Enabled State"), QString(),
             [&](EventTriggerDesign &e) { e.enabled = AllEnabled[index]; });
    });

    m_comment->setObjectName(QStringLiteral("eventTriggerComment"));
    connect(m_comment, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Change Comment"), QStringLiteral("comment"),
             [&](EventTriggerDesign &e) { e.comment = text; });
    });
    // Leaving a text field ends its run of merged edits: the next change is its own undo step.
    for (QWidget *field : std::initializer_list<QWidget *> {m_name, m_comment})
        field->installEventFilter(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("E&vent:"), m_event);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Enabled:"), m_enabled);
    form->addRow(tr("Co&mment:"), m_comment);
    auto *actionsBox = new QGroupBox(tr("Actions"), this);
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->addWidget(m_actions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(actionsBox, 1);

    connect(m_controller, &DesignController::eventTriggerChanged, this, [this](qsizetype index) {
        if (!m_id.isEmpty() && m_controller->indexOfEventTrigger(m_id) == index)
            refresh();
    });
    connect(m_controller, &DesignController::documentReset, this, &EventTriggerForm::refresh);
    connect(m_controller, &DesignController::eventTriggerRemoved, this, [this] {
        if (!m_id.isEmpty() && !m_controller->eventTrigger(m_id))
            setEventTriggerId(QString());
    });
    refresh();
}

void EventTriggerForm::setEventTriggerId(const QString &id)
{
    if (id == m_id)
        return;
    m_controller->sealMerging();
    m_id = id;
    m_actions->setEventTriggerId(id);
    refresh();
}

bool EventTriggerForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_controller->sealMerging();
    return QWidget::eventFilter(watched, event);
}

void EventTriggerForm::edit(const QString &description, const QString &mergeKey,
                            const std::function<void(EventTriggerDesign &)> &change)
{
    if (m_filling || m_id.isEmpty())
        return;
    m_controller->editEventTrigger(m_id, description, mergeKey, change);
}

void EventTriggerForm::refresh()
{
    const EventTriggerDesign *found = m_controller->eventTrigger(m_id);
    setEnabled(found != nullptr);
    const EventTriggerDesign design = found ? *found : EventTriggerDesign {};
    const QScopedValueRollback filling(m_filling, true);
    syncText(m_name, design.name);
    syncComboData(m_event, ddlEventName(design.event));
    m_tags->setTags(commandTagsFiringFor(design.event), design.tags);
    m_tags->setEnabled(!commandTagsFiringFor(design.event).isEmpty() || !design.tags.isEmpty());
    m_enabled->setCurrentIndex(int(design.enabled));
    syncText(m_comment, design.comment);
}

void EventTriggerForm::focusField(const QString &fieldPath)
{
    static const QRegularExpression prefix(QStringLiteral("^event_triggers\\[\\d+\\]\\.?"));
    const QString path = QString(fieldPath).remove(prefix);
    const QString field = path.section(QLatin1Char('.'), 0, 0);
    static const QRegularExpression tagIndex(QStringLiteral("^tags\\[(\\d+)\\]"));
    if (m_actions->selectPath(path))
        return;
    if (const QRegularExpressionMatch match = tagIndex.match(field); match.hasMatch()) {
        const EventTriggerDesign *design = m_controller->eventTrigger(m_id);
        const int index = match.captured(1).toInt();
        m_tags->focusTag(design && index < design->tags.size() ? design->tags.at(index)
                                                               : QString());
        return;
    }
    QWidget *target = nullptr;
    if (field == QLatin1String("name"))
        target = m_name;
    else if (field == QLatin1String("event"))
        target = m_event;
    else if (field == QLatin1String("tags"))
        target = m_tags->list();
    else if (field == QLatin1String("enabled"))
        target = m_enabled;
    else if (field == QLatin1String("comment"))
        target = m_comment;
    else if (field.startsWith(QLatin1String("actions")))
        target = m_actions->actionList();
    if (target) {
        target->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(target))
            line->selectAll();
    }
}

} // namespace trigon::ui
