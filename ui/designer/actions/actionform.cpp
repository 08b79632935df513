#include "ui/designer/actions/actionform.h"

#include "core/io/designfile.h"
#include "core/sql/conditionrenderer.h"
#include "ui/designer/actions/payloadeditor.h"
#include "ui/designer/conditions/columnchecklist.h"
#include "ui/designer/conditions/jsonliteraltext.h"
#include "ui/designer/conditions/widgetsync.h"
#include "ui/document/designcontroller.h"
#include "ui/editor/sqleditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

QStringList columnNames(const TriggerDesign &trigger)
{
    QStringList names;
    for (const TableColumn &column : trigger.tableColumns)
        names.append(column.name);
    return names;
}

QFormLayout *formLayout(QWidget *page)
{
    auto *layout = new QFormLayout(page);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return layout;
}

} // namespace

ActionForm::ActionForm(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_pages(new QStackedWidget(this))
    , m_emptyPage(new QLabel(tr("Add an action, or pick a preset."), this))
{
    // Pages in ActionKind order, so the page index is the kind.
    m_pages->addWidget(createProtectPage());
    m_pages->addWidget(createSoftDeletePage());
    m_pages->addWidget(createFsmPage());
    m_pages->addWidget(createAuditPage());
    m_pages->addWidget(createNotifyPage());
    m_pages->addWidget(createValidatePage());
    m_pages->addWidget(createSetTimestampPage());
    m_pages->addWidget(createInsertPage());
    m_pages->addWidget(createSqlPage());
    m_pages->addWidget(m_emptyPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->setCurrentWidget(m_emptyPage);
}

void ActionForm::editAction(const QString &field, const ActionChange &change)
{
    if (m_updating || m_index < 0)
        return;
    const int index = m_index;
    m_controller->editTrigger(m_triggerId, tr("Edit Action"),
                              QStringLiteral("actions[%1].%2").arg(index).arg(field),
                              [&](TriggerDesign &t) {
                                  if (index < t.actions.size())
                                      change(t.actions[index]);
                              });
}

template<typename T, typename Change>
void ActionForm::editAs(const QString &field, Change change)
{
    editAction(field, [&](Action &action) {
        if (T *typed = std::get_if<T>(&action))
            change(*typed);
    });
}

QLineEdit *ActionForm::lineEdit(const QString &objectName, const QString &field,
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

QComboBox *ActionForm::columnCombo(const QString &objectName, const QString &field,
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

SqlEditor *ActionForm::codeEdit(const QString &objectName, const QString &field,
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

bool ActionForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut
        && (qobject_cast<QPlainTextEdit *>(watched) || qobject_cast<SqlEditor *>(watched)))
        m_controller->sealMerging();
    return QWidget::eventFilter(watched, event);
}

QWidget *ActionForm::createProtectPage()
{
    auto *page = new QWidget(this);
    auto *layout = formLayout(page);
    m_protectMessage = lineEdit(QStringLiteral("protectMessage"), QStringLiteral("message"),
                                [](Action &a, const QString &text) {
                                    if (auto *p = std::get_if<ProtectAction>(&a))
                                        p->message = text;
                                });
    m_protectMessage->setPlaceholderText(tr("<operation> on <table> is not allowed"));
    m_protectState = lineEdit(QStringLiteral("protectSqlState"), QStringLiteral("sqlstate"),
                              [](Action &a, const QString &text) {
                                  if (auto *p = std::get_if<ProtectAction>(&a))
                                      p->sqlState = text.trimmed();
                              });
    m_protectState->setMaxLength(5);
    m_protectState->setPlaceholderText(QStringLiteral("P0001"));
    layout->addRow(new QLabel(tr("Raise an error: the statement and its transaction fail."), page));
    layout->addRow(tr("Message:"), m_protectMessage);
    layout->addRow(tr("SQLSTATE:"), m_protectState);
    return page;
}

QWidget *ActionForm::createSoftDeletePage()
{
    auto *page = new QWidget(this);
    auto *layout = formLayout(page);
    m_softColumn = columnCombo(QStringLiteral("softDeleteColumn"), QStringLiteral("column"),
                               [](Action &a, const QString &text) {
                                   if (auto *p = std::get_if<SoftDeleteAction>(&a))
                                       p->column = text;
                               });
    m_softValue = lineEdit(QStringLiteral("softDeleteValue"), QStringLiteral("value"),
                           [](Action &a, const QString &text) {
                               if (auto *p = std::get_if<SoftDeleteAction>(&a))
                                   p->value = literalFromTypedText(text);
                           });
    m_softValue->setToolTip(tr("A JSON value (true, 1, \"deleted\") or plain text"));
    m_softKey = new ColumnChecklist(page);
    m_softKey->setObjectName(QStringLiteral("softDeleteKey"));
    connect(m_softKey, &ColumnChecklist::checkedColumnsChanged, this,
            [this](const QStringList &checked) {
                editAs<SoftDeleteAction>(QStringLiteral("key"),
                                         [&](SoftDeleteAction &a) { a.key = checked; });
            });
    layout->addRow(new QLabel(tr("Turn a DELETE into an UPDATE that marks the row."), page));
    layout->addRow(tr("Flag column:"), m_softColumn);
    layout->addRow(tr("Set to:"), m_softValue);
    layout->addRow(tr("Key columns:"), m_softKey);
    return page;
}

QWidget *ActionForm::createFsmPage()
{
    auto *page = new QWidget(this);
    auto *layout = formLayout(page);
    m_fsmColumn = columnCombo(QStringLiteral("fsmColumn"), QStringLiteral("column"),
                              [](Action &a, const QString &text) {
                                  if (auto *p = std::get_if<FsmAction>(&a))
                                      p->column = text;
                              });
    m_fsmTable = new QTableWidget(0, 2, page);
    m_fsmTable->setObjectName(QStringLiteral("fsmTransitions"));
    m_fsmTable->setHorizontalHeaderLabels({tr("From"), tr("To")});
    m_fsmTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fsmTable->verticalHeader()->hide();
    connect(m_fsmTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_updating)
            editFsmTransitions(
                    QStringLiteral("transitions.%1.%2").arg(item->row()).arg(item->column()));
    });
    auto *add = new QPushButton(tr("Add Transition"), page);
    add->setObjectName(QStringLiteral("addTransition"));
    connect(add, &QPushButton::clicked, this, [this] {
        editAs<FsmAction>(QString(), [](FsmAction &a) { a.transitions.append(FsmTransition {}); });
        const int row = m_fsmTable->rowCount() - 1;
        if (row >= 0)
            m_fsmTable->editItem(m_fsmTable->item(row, 0));
    });
    auto *remove = new QPushButton(tr("Remove Transition"), page);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_fsmTable->currentRow();
        if (row >= 0) {
            editAs<FsmAction>(QString(), [row](FsmAction &a) {
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
    transitions->addWidget(m_fsmTable);
    transitions->addLayout(buttons);
    m_fsmMessage = lineEdit(QStringLiteral("fsmMessage"), QStringLiteral("message"),
                            [](Action &a, const QString &text) {
                                if (auto *p = std::get_if<FsmAction>(&a))
                                    p->message = text;
                            });
    m_fsmMessage->setPlaceholderText(tr("a message naming the column and both states"));
    layout->addRow(
            new QLabel(tr("An UPDATE that changes the column must follow a transition."), page));
    layout->addRow(tr("State column:"), m_fsmColumn);
    layout->addRow(tr("Transitions:"), transitions);
    layout->addRow(tr("Message:"), m_fsmMessage);
    return page;
}

void ActionForm::loadFsmTransitions(const QList<FsmTransition> &transitions)
{
    if (m_fsmTable->rowCount() != transitions.size())
        m_fsmTable->setRowCount(int(transitions.size()));
    for (int row = 0; row < transitions.size(); ++row) {
        const QStringList texts = {transitions.at(row).from, transitions.at(row).to};
        for (int column = 0; column < 2; ++column) {
            QTableWidgetItem *item = m_fsmTable->item(row, column);
            if (!item)
                m_fsmTable->setItem(row, column, new QTableWidgetItem(texts.at(column)));
            else if (item->text() != texts.at(column))
                item->setText(texts.at(column));
        }
    }
}

void ActionForm::editFsmTransitions(const QString &field)
{
    QList<FsmTransition> transitions;
    for (int row = 0; row < m_fsmTable->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_fsmTable->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        transitions.append({text(0), text(1)});
    }
    editAs<FsmAction>(field, [&](FsmAction &a) { a.transitions = transitions; });
}

QWidget *ActionForm::createAuditPage()
{
    auto *page = new QWidget(this);
    auto *layout = formLayout(page);
    m_auditSchema = lineEdit(QStringLiteral("auditSchema"), QStringLiteral("table.schema"),
                             [](Action &a, const QString &text) {
                                 if (auto *p = std::get_if<AuditAction>(&a))
                                     p->table.schema = text.trimmed();
                             });
    m_auditTable = lineEdit(QStringLiteral("auditTable"), QStringLiteral("table.name"),
                            [](Action &a, const QString &text) {
                                if (auto *p = std::get_if<AuditAction>(&a))
                                    p->table.name = text.trimmed();
                            });
    auto *table = new QHBoxLayout;
    table->addWidget(m_auditSchema, 1);
    table->addWidget(new QLabel(QStringLiteral("."), page));
    table->addWidget(m_auditTable, 2);
    m_auditMode = new QComboBox(page);
    m_auditMode->setObjectName(QStringLiteral("auditMode"));
    m_auditMode->addItem(tr("Whole old and new rows"), int(AuditAction::Mode::FullRows));
    m_auditMode->addItem(tr("Only the changed fields"), int(AuditAction::Mode::ChangedFields));
    connect(m_auditMode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = AuditAction::Mode(m_auditMode->currentData().toInt());
        editAs<AuditAction>(QStringLiteral("mode"), [&](AuditAction &a) { a.mode = mode; });
    });
    m_auditUser = lineEdit(QStringLiteral("auditUserSetting"), QStringLiteral("user_setting"),
                           [](Action &a, const QString &text) {
                               if (auto *p = std::get_if<AuditAction>(&a))
                                   p->userSetting = text.trimmed();
                           });
    m_auditUser->setPlaceholderText(tr("none: app_user is NULL"));
    m_auditCreate = new QCheckBox(tr("Create the audit table if it is missing"), page);
    m_auditCreate->setObjectName(QStringLiteral("auditCreateTable"));
    connect(m_auditCreate, &QCheckBox::toggled, this, [this](bool checked) {
        editAs<AuditAction>(QStringLiteral("create_table"),
                            [&](AuditAction &a) { a.createTable = checked; });
    });
    layout->addRow(new QLabel(tr("Write who changed what, and when, into an audit table."), page));
    layout->addRow(tr("Audit table:"), table);
    layout->addRow(tr("Record:"), m_auditMode);
    layout->addRow(tr("User setting:"), m_auditUser);
    layout->addRow(m_auditCreate);
    return page;
}

QWidget *ActionForm::createNotifyPage()
{
    auto *page = new QWidget(this);
    auto *layout = formLayout(page);
    m_notifyChannel = lineEdit(QStringLiteral("notifyChannel"), QStringLiteral("channel"),
                               [](Action &a, const QString &text) {
                                   if (auto *p = std::get_if<NotifyAction>(&a))
                                       p->channel = text.trimmed();
                               });
    m_notifyPayload = new PayloadEditor(page);
    m_notifyPayload->setObjectName(QStringLiteral("notifyPayload"));
    connect(m_notifyPayload, &PayloadEditor::valuesEdited, this,
            [this](const QList<NamedValue> &values, const QString &field) {
                editAs<NotifyAction>(field.isEmpty() ? QString()
                                                     : QStringLiteral("payload.") + field,
                                     [&](NotifyAction &a) { a.payload = values; });
            });
    m_notifyOverflow = new QComboBox(page);
    m_notifyOverflow->setObjectName(QStringLiteral("notifyOverflow"));
    m_notifyOverflow->addItem(tr("Send a short notice instead (truncated)"),
                              int(NotifyAction::Overflow::Truncate));
    m_notifyOverflow->addItem(tr("Skip the notification, with a warning"),
                              int(NotifyAction::Overflow::Skip));
    m_notifyOverflow->addItem(tr("Fail the statement"), int(NotifyAction::Overflow::Error));
    connect(m_notifyOverflow, &QComboBox::currentIndexChanged, this, [this] {
        const auto overflow = NotifyAction::Overflow(m_notifyOverflow->currentData().toInt());
        editAs<NotifyAction>(QStringLiteral("on_overflow"),
                             [&](NotifyAction &a) { a.onOverflow = overflow; });
    });
    layout->addRow(new QLabel(tr("pg_notify() with a JSON payload, sent when the transaction "
                                 "commits."),
                              page));
    layout->addRow(tr("Channel:"), m_notifyChannel);
    layout->addRow(tr("Payload:"), m_notifyPayload);
    layout->addRow(tr("Over 8000 bytes:"), m_notifyOverflow);
    return page;
}

QWidget *ActionForm::createValidatePage()
{
    auto *page = new QWidget(this);
    auto *layout = formLayout(page);
    m_checkMode = new QComboBox(page);
    m_checkMode->setObjectName(QStringLiteral("checkMode"));
    m_checkMode->addItem(tr("SQL expression"), false);
    m_checkMode->addItem(tr("Condition (design-file JSON)"), true);
    connect(m_checkMode, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setCheckJsonMode(m_checkMode->currentData().toBool());
    });
    m_checkText = new QPlainTextEdit(page);
    m_checkText->setObjectName(QStringLiteral("checkText"));
    m_checkText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_checkText->setMaximumHeight(120);
    m_checkText->installEventFilter(this);
    connect(m_checkText, &QPlainTextEdit::textChanged, this, &ActionForm::editCheck);
    m_checkError = new QLabel(page);
    m_checkError->setObjectName(QStringLiteral("checkError"));
    m_checkError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_checkError->setWordWrap(true);
    m_checkError->hide();
    m_validateMessage = lineEdit(QStringLiteral("validateMessage"), QStringLiteral("message"),
                                 [](Action &a, const QString &text) {
                                     if (auto *p = std::get_if<ValidateAction>(&a))
                                         p->message = text;
                                 });
    m_validateState = lineEdit(QStringLiteral("validateSqlState"), QStringLiteral("sqlstate"),
                               [](Action &a, const QString &text) {
                                   if (auto *p = std::get_if<ValidateAction>(&a))
                                       p->sqlState = text.trimmed();
                               });
    m_validateState->setMaxLength(5);
    m_validateState->setPlaceholderText(QStringLiteral("23514"));
    auto *check = new QVBoxLayout;
    check->addWidget(m_checkMode);
    check->addWidget(m_checkText);
    check->addWidget(m_checkError);
    layout->addRow(new QLabel(tr("The statement fails with the message when the check is false "
                                 "(NULL passes)."),
                              page));
    layout->addRow(tr("Check:"), check);
    layout->addRow(tr("Message:"), m_validateMessage);
    layout->addRow(tr("SQLSTATE:"), m_validateState);
    return page;
}

void ActionForm::loadCheck(const Condition &check)
{
    if (check.kind != ConditionKind::Sql)
        m_checkJsonMode = true;
    syncComboData(m_checkMode, m_checkJsonMode);
    if (!m_checkJsonMode) {
        syncPlainText(m_checkText, check.sql);
    } else {
        // What the user typed stays while it means this check.
        const ConditionParseResult typed = parseConditionJson(m_checkText->toPlainText());
        if (!typed.ok() || typed.condition != check)
            m_checkText->setPlainText(conditionToJson(check));
    }
    m_checkError->hide();
}

void ActionForm::setCheckJsonMode(bool json)
{
    const TriggerDesign *trigger = m_controller->trigger(m_triggerId);
    if (!trigger || m_index < 0 || m_index >= trigger->actions.size())
        return;
    const auto *validate = std::get_if<ValidateAction>(&trigger->actions.at(m_index));
    if (!validate)
        return;
    // Copies: the edit below replaces the trigger the pointers point into.
    const Condition check = validate->check;
    const ConditionContext context = ConditionContext::forTrigger(*trigger);
    m_checkJsonMode = json;
    if (!json && check.kind != ConditionKind::Sql) {
        // Back to SQL: the renderer's text of the condition, which means the same.
        const QString sql = renderCondition(check, context);
        editAs<ValidateAction>(QStringLiteral("check"),
                               [&](ValidateAction &a) { a.check = Condition::rawSql(sql); });
        return;
    }
    const bool wasUpdating = std::exchange(m_updating, true);
    loadCheck(check);
    m_updating = wasUpdating;
}

void ActionForm::editCheck()
{
    if (m_updating)
        return;
    const QString text = m_checkText->toPlainText();
    if (!m_checkJsonMode) {
        editAs<ValidateAction>(QStringLiteral("check"),
                               [&](ValidateAction &a) { a.check = Condition::rawSql(text); });
        return;
    }
    const ConditionParseResult parsed = parseConditionJson(text);
    if (!parsed.ok()) {
        m_checkError->setText(tr("Line %1, column %2: %3")
                                      .arg(parsed.error.line)
                                      .arg(parsed.error.column)
                                      .arg(parsed.error.message));
        m_checkError->show();
        return;
    }
    m_checkError->hide();
    editAs<ValidateAction>(QStringLiteral("check"),
                           [&](ValidateAction &a) { a.check = *parsed.condition; });
}

QWidget *ActionForm::createSetTimestampPage()
{
    auto *page = new QWidget(this);
    auto *layout = formLayout(page);
    m_timestampColumns = new ColumnChecklist(page);
    m_timestampColumns->setObjectName(QStringLiteral("timestampColumns"));
    connect(m_timestampColumns, &ColumnChecklist::checkedColumnsChanged, this,
            [this](const QStringList &checked) {
                editAs<SetTimestampAction>(QStringLiteral("columns"),
                                           [&](SetTimestampAction &a) { a.columns = checked; });
            });
    layout->addRow(new QLabel(tr("NEW.column := now() for each checked column."), page));
    layout->addRow(tr("Columns:"), m_timestampColumns);
    return page;
}

QWidget *ActionForm::createInsertPage()
{
    auto *page = new QWidget(this);
    auto *layout = formLayout(page);
    m_insertSchema = lineEdit(QStringLiteral("insertSchema"), QStringLiteral("table.schema"),
                              [](Action &a, const QString &text) {
                                  if (auto *p = std::get_if<InsertAction>(&a))
                                      p->table.schema = text.trimmed();
                              });
    m_insertTable = lineEdit(QStringLiteral("insertTable"), QStringLiteral("table.name"),
                             [](Action &a, const QString &text) {
                                 if (auto *p = std::get_if<InsertAction>(&a))
                                     p->table.name = text.trimmed();
                             });
    auto *table = new QHBoxLayout;
    table->addWidget(m_insertSchema, 1);
    table->addWidget(new QLabel(QStringLiteral("."), page));
    table->addWidget(m_insertTable, 2);
    m_insertValues = new PayloadEditor(page);
    m_insertValues->setObjectName(QStringLiteral("insertValues"));
    m_insertValues->setNameHeader(tr("Column"));
    connect(m_insertValues, &PayloadEditor::valuesEdited, this,
            [this](const QList<NamedValue> &values, const QString &field) {
                editAs<InsertAction>(field.isEmpty() ? QString()
                                                     : QStringLiteral("values.") + field,
                                     [&](InsertAction &a) { a.values = values; });
            });
    layout->addRow(new QLabel(tr("Insert one row into another table each time."), page));
    layout->addRow(tr("Into table:"), table);
    layout->addRow(tr("Values:"), m_insertValues);
    return page;
}

QWidget *ActionForm::createSqlPage()
{
    auto *page = new QWidget(this);
    auto *layout = formLayout(page);
    m_sqlDeclarations = codeEdit(QStringLiteral("sqlDeclarations"), QStringLiteral("declarations"),
                                 [](Action &a, const QString &text) {
                                     if (auto *p = std::get_if<SqlAction>(&a))
                                         p->declarations = text;
                                 });
    m_sqlDeclarations->setMaximumHeight(80);
    m_sqlBody = codeEdit(QStringLiteral("sqlBody"), QStringLiteral("body"),
                         [](Action &a, const QString &text) {
                             if (auto *p = std::get_if<SqlAction>(&a))
                                 p->body = text;
                         });
    layout->addRow(new QLabel(tr("Custom PL/pgSQL, run as its own block."), page));
    layout->addRow(tr("DECLARE:"), m_sqlDeclarations);
    layout->addRow(tr("BEGIN … END:"), m_sqlBody);
    return page;
}

void ActionForm::setAction(const QString &triggerId, int index)
{
    if (triggerId != m_triggerId || index != m_index) {
        m_checkJsonMode = false;
        m_controller->sealMerging();
    }
    m_triggerId = triggerId;
    m_index = index;
    reload();
}

void ActionForm::reload()
{
    const TriggerDesign *trigger = m_controller->trigger(m_triggerId);
    if (!trigger || m_index < 0 || m_index >= trigger->actions.size()) {
        m_pages->setCurrentWidget(m_emptyPage);
        return;
    }
    const bool wasUpdating = std::exchange(m_updating, true);
    const QStringList columns = columnNames(*trigger);
    const Action &action = trigger->actions.at(m_index);
    if (const auto *a = std::get_if<ProtectAction>(&action)) {
        syncText(m_protectMessage, a->message);
        syncText(m_protectState, a->sqlState);
    } else if (const auto *a = std::get_if<SoftDeleteAction>(&action)) {
        syncComboItems(m_softColumn, columns, a->column);
        if (literalFromTypedText(m_softValue->text()) != a->value)
            m_softValue->setText(typedTextOfLiteral(a->value));
        m_softKey->setColumns(columns, a->key);
    } else if (const auto *a = std::get_if<FsmAction>(&action)) {
        syncComboItems(m_fsmColumn, columns, a->column);
        loadFsmTransitions(a->transitions);
        syncText(m_fsmMessage, a->message);
    } else if (const auto *a = std::get_if<AuditAction>(&action)) {
        syncText(m_auditSchema, a->table.schema);
        syncText(m_auditTable, a->table.name);
        syncComboData(m_auditMode, int(a->mode));
        syncText(m_auditUser, a->userSetting);
        syncChecked(m_auditCreate, a->createTable);
    } else if (const auto *a = std::get_if<NotifyAction>(&action)) {
        syncText(m_notifyChannel, a->channel);
        m_notifyPayload->setValues(a->payload, columns);
        syncComboData(m_notifyOverflow, int(a->onOverflow));
    } else if (const auto *a = std::get_if<ValidateAction>(&action)) {
        loadCheck(a->check);
        syncText(m_validateMessage, a->message);
        syncText(m_validateState, a->sqlState);
    } else if (const auto *a = std::get_if<SetTimestampAction>(&action)) {
        m_timestampColumns->setColumns(columns, a->columns);
    } else if (const auto *a = std::get_if<InsertAction>(&action)) {
        syncText(m_insertSchema, a->table.schema);
        syncText(m_insertTable, a->table.name);
        m_insertValues->setValues(a->values, columns);
    } else if (const auto *a = std::get_if<SqlAction>(&action)) {
        for (auto [editor, text] :
             {std::pair {m_sqlDeclarations, a->declarations}, std::pair {m_sqlBody, a->body}}) {
            if (editor->triggerTable() != trigger->table.name
                || editor->triggerSchema() != trigger->table.schema)
                editor->setTriggerTable(trigger->table.schema, trigger->table.name);
            if (editor->text() != text)
                editor->setText(text);
        }
    }
    m_pages->setCurrentIndex(int(action.index()));
    m_updating = wasUpdating;
}

bool ActionForm::focusField(const QString &subPath)
{
    const TriggerDesign *trigger = m_controller->trigger(m_triggerId);
    if (!trigger || m_index < 0 || m_index >= trigger->actions.size())
        return false;
    const auto field = [&](const char *name) {
        const QString prefix = u'.' + QLatin1String(name);
        return subPath == prefix || subPath.startsWith(prefix + u'.')
                || subPath.startsWith(prefix + u'[');
    };
    QWidget *target = nullptr;
    switch (actionKind(trigger->actions.at(m_index))) {
    case ActionKind::Protect:
        target = field("sqlstate") ? m_protectState : m_protectMessage;
        break;
    case ActionKind::SoftDelete:
        target = field("key")    ? static_cast<QWidget *>(m_softKey)
                : field("value") ? static_cast<QWidget *>(m_softValue)
                                 : m_softColumn;
        break;
    case ActionKind::Fsm:
        target = field("transitions") ? static_cast<QWidget *>(m_fsmTable)
                : field("message")    ? static_cast<QWidget *>(m_fsmMessage)
                                      : m_fsmColumn;
        break;
    case ActionKind::Audit:
        target = field("mode")          ? static_cast<QWidget *>(m_auditMode)
                : field("table.schema") ? static_cast<QWidget *>(m_auditSchema)
                                        : m_auditTable;
        break;
    case ActionKind::Notify:
        if (field("payload")) {
            const QString name = subPath.mid(QStringLiteral(".payload.").size());
            if (m_notifyPayload->focusName(name))
                return true;
            target = m_notifyPayload;
        } else {
            target = m_notifyChannel;
        }
        break;
    case ActionKind::Validate:
        target = field("message")   ? static_cast<QWidget *>(m_validateMessage)
                : field("sqlstate") ? static_cast<QWidget *>(m_validateState)
                                    : m_checkText;
        break;
    case ActionKind::SetTimestamp:
        target = m_timestampColumns;
        break;
    case ActionKind::Insert:
        if (field("values")) {
            const QString name = subPath.mid(QStringLiteral(".values.").size());
            if (m_insertValues->focusName(name))
                return true;
            target = m_insertValues;
        } else {
            target = field("table.schema") ? m_insertSchema : m_insertTable;
        }
        break;
    case ActionKind::Sql:
        target = field("declarations") ? m_sqlDeclarations : m_sqlBody;
        break;
    }
    target->setFocus();
    return true;
}

} // namespace trigon::ui
