#include "ui/testcases/testcaseform.h"

#include "core/model/triggerdesign.h"
#include "ui/document/designcontroller.h"
#include "ui/document/triggerbinding.h"
#include "ui/editor/sqleditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

enum RowCountColumn { CountTableColumn, CountChangeColumn };
enum NotificationColumn { ChannelColumn, FieldsColumn };

// `afresh` replaces the text even when equal, which also clears the field's undo history.
void fillLine(QLineEdit *edit, const QString &text, bool afresh)
{
    // Replacing equal text would move the cursor of someone typing.
    if (afresh || edit->text() != text)
        edit->setText(text);
}

void fillCode(SqlEditor *edit, const QString &text, bool afresh)
{
    if (afresh || edit->text() != text)
        edit->setText(text);
    if (afresh)
        edit->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
}

// One item per non-empty line: lists typed as lines (notices, fired triggers).
QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

// Refills only when the widget says something else than `items`, so a line being typed (or an
// empty line just started) survives the refresh its own edit causes.
void fillLines(QPlainTextEdit *edit, const QStringList &items, bool afresh)
{
    if (afresh || linesOf(edit->toPlainText()) != items)
        edit->setPlainText(items.join(u'\n'));
}

// Names separated by commas or spaces (the bypass list).
QStringList namesOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

TableRef tableRefOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype dot = trimmed.indexOf(u'.');
    if (dot < 0)
        return TableRef {QStringLiteral("public"), trimmed};
    return TableRef {trimmed.left(dot), trimmed.mid(dot + 1)};
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

QList<QStringList> cellsOf(const QTableWidget *table)
{
    QList<QStringList> rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(cellText(table, row, column));
        rows.append(cells);
    }
    return rows;
}

// As high as its rows (one empty row at least, five before it scrolls): the form stays short
// for the usual one or two expected rows.
void fitHeight(QTableWidget *table)
{
    constexpr int MaxVisibleRows = 5;
    const int rows = std::clamp(table->rowCount(), 1, MaxVisibleRows);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
                          + rows * table->verticalHeader()->defaultSectionSize()
                          + 2 * table->frameWidth() + 2);
}

// Puts `rows` into `table` unless it shows them already (keeps the cell being edited).
void fillCells(QTableWidget *table, const QList<QStringList> &rows, int columns)
{
    QList<QStringList> padded = rows;
    for (QStringList &row : padded) {
        while (row.size() < columns)
            row.append(QString());
    }
    if (table->columnCount() == columns && cellsOf(table) == padded)
        return;
    table->setColumnCount(columns);
    table->setRowCount(static_cast<int>(padded.size()));
    for (int row = 0; row < padded.size(); ++row) {
        for (int column = 0; column < columns; ++column)
            table->setItem(row, column, new QTableWidgetItem(padded.at(row).at(column)));
    }
    fitHeight(table);
}

QTableWidget *smallTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    if (!headers.isEmpty())
        table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    fitHeight(table);
    return table;
}

int currentRowOr(const QTableWidget *table, int fallback)
{
    return table->currentRow() >= 0 ? table->currentRow() : fallback;
}

} // namespace

TestCaseForm::TestCaseForm(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_binding(new TriggerBinding(controller, this))
{
    buildForm();
    connect(m_controller, &DesignController::aboutToResetDocument, this,
            [this] { m_documentReplaced = true; });
    connect(m_binding, &TriggerBinding::refreshNeeded, this, &TestCaseForm::refresh);
    connect(m_binding, &TriggerBinding::triggerRemoved, this, [this] { showCase(QString(), -1); });
    refresh();
}

QToolButton *TestCaseForm::button(const QString &text, const QString &toolTip,
                                  const std::function<void()> &clicked)
{
    auto *tool = new QToolButton(this);
    tool->setText(text);
    tool->setToolTip(toolTip);
    connect(tool, &QToolButton::clicked, this, clicked);
    return tool;
}

void TestCaseForm::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("caseName"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCase(QStringLiteral("name"), tr("name"), [&](TriggerTestCase &c) { c.name = text; });
    });

    const auto codeEdit = [this](const QString &objectName, const QString &field,
                                 const QString &what, QString TriggerTestCase::*member) {
        auto *edit = new SqlEditor(this);
        edit->setObjectName(objectName);
        edit->installEventFilter(this);
        connect(edit, &SqlEditor::textChanged, this, [this, edit, field, what, member] {
            const QString text = edit->text();
            editCase(field, what, [&](TriggerTestCase &c) { c.*member = text; });
        });
        return edit;
    };
    m_setup = codeEdit(QStringLiteral("caseSetup"), QStringLiteral("setup"), tr("setup"),
                       &TriggerTestCase::setup);
    m_setup->setToolTip(tr("SQL run before the action, such as the rows it works on; row counts "
                           "are taken after it"));
    m_setup->setMinimumHeight(50);
    m_setup->setMaximumHeight(90);
    m_action = codeEdit(QStringLiteral("caseAction"), QStringLiteral("action"), tr("action"),
                        &TriggerTestCase::action);
    m_action->setToolTip(tr("The SQL whose effects are checked: the triggers fire during it"));
    m_action->setMinimumHeight(50);
    m_action->setMaximumHeight(110);

    m_bypass = new QLineEdit(this);
    m_bypass->setObjectName(QStringLiteral("caseBypass"));
    m_bypass->setPlaceholderText(tr("none; trigger names, separated by commas"));
    m_bypass->setToolTip(tr("Triggers the case skips through trigon.bypass() after the setup "
                            "(their designs need Bypass switched on)"));
    connect(m_bypass, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCase(QStringLiteral("bypass"), tr("bypass"),
                 [&](TriggerTestCase &c) { c.bypass = namesOf(text); });
    });

    m_notices = new QPlainTextEdit(this);
    m_notices->setObjectName(QStringLiteral("caseNotices"));
    m_notices->setPlaceholderText(tr("One text per line, found in some notice the action raises"));
    m_notices->setMaximumHeight(70);
    m_notices->installEventFilter(this);
    connect(m_notices, &QPlainTextEdit::textChanged, this, [this] {
        const QStringList notices = linesOf(m_notices->toPlainText());
        editCase(QStringLiteral("expect.notice"), tr("notices"),
                 [&](TriggerTestCase &c) { c.notices = notices; });
    });

    m_checkFired = new QCheckBox(tr("Check which design triggers fire, in this order:"), this);
    m_checkFired->setObjectName(QStringLiteral("caseCheckFired"));
    m_fired = new QPlainTextEdit(this);
    m_fired->setObjectName(QStringLiteral("caseFired"));
    m_fired->setPlaceholderText(
            tr("One trigger name per line, once per firing; empty: none fires"));
    m_fired->setMaximumHeight(80);
    m_fired->installEventFilter(this);
    connect(m_checkFired, &QCheckBox::toggled, this, [this](bool checked) {
        const QStringList names = linesOf(m_fired->toPlainText());
        editCaseOnce(QStringLiteral("expect.fired"), tr("triggers fired"), [&](TriggerTestCase &c) {
            c.firedOrder = checked ? std::optional<QStringList>(names) : std::nullopt;
        });
    });
    connect(m_fired, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_checkFired->isChecked())
            return;
        const QStringList names = linesOf(m_fired->toPlainText());
        editCase(QStringLiteral("expect.fired"), tr("triggers fired"),
                 [&](TriggerTestCase &c) { c.firedOrder = names; });
    });
    auto *firedBox = new QWidget(this);
    auto *firedLayout = new QVBoxLayout(firedBox);
    firedLayout->setContentsMargins(0, 0, 0, 0);
    firedLayout->addWidget(m_checkFired);
    firedLayout->addWidget(m_fired);

    for (QLineEdit *edit : {m_name, m_bypass})
        connect(edit, &QLineEdit::editingFinished, m_controller, &DesignController::sealMerging);

    auto *expectations = new QLabel(tr("<b>Expectations</b>"), this);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Setup:"), m_setup);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Bypass:"), m_bypass);
    form->addRow(expectations);
    form->addRow(tr("Outcome:"), buildOutcome());
    form->addRow(tr("Query rows:"), buildQueries());
    form->addRow(tr("Row counts:"), buildRowCounts());
    form->addRow(tr("Notifications:"), buildNotifications());
    form->addRow(tr("No&tices:"), m_notices);
    form->addRow(tr("Fired:"), firedBox);
}

QWidget *TestCaseForm::buildOutcome()
{
    auto *box = new QWidget(this);
    m_mustSucceed = new QRadioButton(tr("Must succeed"), box);
    m_mustSucceed->setObjectName(QStringLiteral("caseMustSucceed"));
    m_mustFail = new QRadioButton(tr("Must fail"), box);
    m_mustFail->setObjectName(QStringLiteral("caseMustFail"));
    m_raisesMessage = new QLineEdit(box);
    m_raisesMessage->setObjectName(QStringLiteral("caseRaisesMessage"));
    m_raisesMessage->setPlaceholderText(tr("with a message containing (any)"));
    m_raisesSqlState = new QLineEdit(box);
    m_raisesSqlState->setObjectName(QStringLiteral("caseRaisesSqlState"));
    m_raisesSqlState->setPlaceholderText(tr("SQLSTATE (any)"));
    m_raisesSqlState->setMaxLength(5);
    m_raisesSqlState->setMaximumWidth(
            m_raisesSqlState->fontMetrics().horizontalAdvance(QStringLiteral("SQLSTATE (any)"))
            + 16);
    connect(m_mustFail, &QRadioButton::toggled, this, [this](bool fail) {
        m_raisesMessage->setEnabled(fail);
        m_raisesSqlState->setEnabled(fail);
        const RaisesExpectation raises {m_raisesMessage->text(), m_raisesSqlState->text()};
        editCaseOnce(QStringLiteral("expect.raises"), tr("outcome"), [&](TriggerTestCase &c) {
            c.raises = fail ? std::optional<RaisesExpectation>(raises) : std::nullopt;
        });
    });
    connect(m_raisesMessage, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCase(QStringLiteral("expect.raises.message"), tr("error message"),
                 [&](TriggerTestCase &c) {
                     if (c.raises)
                         c.raises->message = text;
                 });
    });
    connect(m_raisesSqlState, &QLineEdit::textEdited, this, [this](const QString &text) {
        editCase(QStringLiteral("expect.raises.sqlstate"), tr("SQLSTATE"), [&](TriggerTestCase &c) {
            if (c.raises)
                c.raises->sqlState = text.trimmed().toUpper();
        });
    });
    for (QLineEdit *edit : {m_raisesMessage, m_raisesSqlState})
        connect(edit, &QLineEdit::editingFinished, m_controller, &DesignController::sealMerging);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mustSucceed);
    layout->addWidget(m_mustFail);
    layout->addWidget(m_raisesMessage, 1);
    layout->addWidget(m_raisesSqlState);
    return box;
}

QWidget *TestCaseForm::buildQueries()
{
    auto *box = new QWidget(this);
    m_querySelector = new QComboBox(box);
    m_querySelector->setObjectName(QStringLiteral("caseQuerySelector"));
    m_querySelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_querySelector->setMinimumContentsLength(20);
    connect(m_querySelector, &QComboBox::activated, this, [this](int index) {
        m_query = index;
        refresh();
    });
    QToolButton *addQuery = button(
            tr("Add Query"),
            tr("Check the rows a query returns after the "
               "action"),
            [this] {
                const TriggerTestCase *shown = shownCase();
                if (!shown)
                    return;
                const int added = static_cast<int>(shown->queries.size());
                editCaseOnce(QStringLiteral("expect.query"), tr("queries"),
                             [](TriggerTestCase &c) { c.queries.append(QueryExpectation {}); });
                m_query = added;
                refresh();
                m_querySql->setFocus();
            });
    addQuery->setObjectName(QStringLiteral("caseAddQuery"));
    m_removeQuery = button(tr("Remove Query"), tr("Stop checking this query"), [this] {
        const int query = m_query;
        editCaseOnce(QStringLiteral("expect.query"), tr("queries"), [&](TriggerTestCase &c) {
            if (query < c.queries.size())
                c.queries.removeAt(query);
        });
    });
    auto *selectorRow = new QHBoxLayout;
    selectorRow->addWidget(m_querySelector, 1);
    selectorRow->addWidget(addQuery);
    selectorRow->addWidget(m_removeQuery);

    m_queryDetails = new QWidget(box);
    m_querySql = new QLineEdit(m_queryDetails);
    m_querySql->setObjectName(QStringLiteral("caseQuerySql"));
    m_querySql->setPlaceholderText(tr("SELECT id, status FROM orders ORDER BY id"));
    connect(m_querySql, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int query = m_query;
        editCase(QStringLiteral("expect.query[%1].sql").arg(query), tr("query"),
                 [&](TriggerTestCase &c) {
                     if (query < c.queries.size())
                         c.queries[query].sql = text;
                 });
    });
    connect(m_querySql, &QLineEdit::editingFinished, m_controller, &DesignController::sealMerging);
    m_queryRows = smallTable(m_queryDetails, QStringLiteral("caseQueryRows"), {});
    m_queryRows->setToolTip(tr("The rows the query returns, in order, as PostgreSQL writes them "
                               "(t and f for booleans)"));
    connect(m_queryRows, &QTableWidget::itemChanged, this, [this] {
        if (m_binding->isUpdating())
            return;
        const QList<QStringList> cells = cellsOf(m_queryRows);
        editQueryRows([&](QList<QStringList> &rows) { rows = cells; });
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(button(tr("Add Row"), tr("Expect one more row"), [this] {
        const int width = std::max(1, m_queryRows->columnCount());
        editQueryRows(
                [&](QList<QStringList> &rows) { rows.append(QStringList(width, QString())); });
    }));
    rowButtons->addWidget(button(tr("Remove Row"), tr("Remove the selected row"), [this] {
        const int row = currentRowOr(m_queryRows, m_queryRows->rowCount() - 1);
        editQueryRows([&](QList<QStringList> &rows) {
            if (row >= 0 && row < rows.size())
                rows.removeAt(row);
        });
    }));
    rowButtons->addWidget(button(tr("Add Column"), tr("Expect one more column"), [this] {
        const int width = std::max(1, m_queryRows->columnCount()) + 1;
        editQueryRows([&](QList<QStringList> &rows) {
            if (rows.isEmpty())
                rows.append(QStringList());
            for (QStringList &row : rows) {
                while (row.size() < width)
                    row.append(QString());
            }
        });
    }));
    rowButtons->addWidget(button(tr("Remove Column"), tr("Remove the selected column"), [this] {
        const int column = m_queryRows->currentColumn() >= 0 ? m_queryRows->currentColumn()
                                                             : m_queryRows->columnCount() - 1;
        editQueryRows([&](QList<QStringList> &rows) {
            for (QStringList &row : rows) {
                if (column >= 0 && column < row.size())
                    row.removeAt(column);
            }
        });
    }));
    rowButtons->addStretch(1);
    auto *detailsLayout = new QVBoxLayout(m_queryDetails);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_querySql);
    detailsLayout->addWidget(m_queryRows);
    detailsLayout->addLayout(rowButtons);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(selectorRow);
    layout->addWidget(m_queryDetails);
    return box;
}

QWidget *TestCaseForm::buildRowCounts()
{
    auto *box = new QWidget(this);
    m_rowCounts = smallTable(box, QStringLiteral("caseRowCounts"), {tr("Table"), tr("Change")});
    m_rowCounts->setToolTip(tr("How the number of rows of a table changes: +1, 0, -2"));
    m_rowCounts->horizontalHeader()->setSectionResizeMode(CountTableColumn, QHeaderView::Stretch);
    m_rowCounts->horizontalHeader()->setStretchLastSection(false);
    connect(m_rowCounts, &QTableWidget::itemChanged, this, &TestCaseForm::readRowCounts);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Add"), tr("Check how a table's row count changes"), [this] {
        const TriggerDesign *trigger = m_binding->trigger();
        const TableRef table = trigger ? trigger->table : TableRef {};
        editCaseOnce(QStringLiteral("expect.row_count"), tr("row counts"), [&](TriggerTestCase &c) {
            c.rowCounts.append({table, 1});
        });
    }));
    buttons->addWidget(button(tr("Remove"), tr("Remove the selected row count"), [this] {
        const int row = currentRowOr(m_rowCounts, m_rowCounts->rowCount() - 1);
        editCaseOnce(QStringLiteral("expect.row_count"), tr("row counts"), [&](TriggerTestCase &c) {
            if (row >= 0 && row < c.rowCounts.size())
                c.rowCounts.removeAt(row);
        });
    }));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rowCounts);
    layout->addLayout(buttons);
    return box;
}

QWidget *TestCaseForm::buildNotifications()
{
    auto *box = new QWidget(this);
    m_notifications = smallTable(box, QStringLiteral("caseNotifications"),
                                 {tr("Channel"), tr("Payload fields (JSON)")});
    m_notifications->setToolTip(tr("A notification on the channel whose JSON payload holds these "
                                   "fields with these values; other fields may be there too"));
    m_notifications->horizontalHeader()->resizeSection(ChannelColumn, 140);
    m_notificationError = new QLabel(box);
    m_notificationError->setWordWrap(true);
    m_notificationError->setForegroundRole(QPalette::PlaceholderText);
    m_notificationError->hide();
    connect(m_notifications, &QTableWidget::itemChanged, this, &TestCaseForm::readNotifications);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Add"), tr("Expect a notification"), [this] {
        editCaseOnce(QStringLiteral("expect.notify"), tr("notifications"), [](TriggerTestCase &c) {
            c.notifications.append(NotificationExpectation {});
        });
    }));
    buttons->addWidget(button(tr("Remove"), tr("Remove the selected notification"), [this] {
        const int row = currentRowOr(m_notifications, m_notifications->rowCount() - 1);
        editCaseOnce(QStringLiteral("expect.notify"), tr("notifications"), [&](TriggerTestCase &c) {
            if (row >= 0 && row < c.notifications.size())
                c.notifications.removeAt(row);
        });
    }));
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notifications);
    layout->addWidget(m_notificationError);
    layout->addLayout(buttons);
    return box;
}

void TestCaseForm::readRowCounts()
{
    if (m_binding->isUpdating())
        return;
    QList<RowCountExpectation> counts;
    for (int row = 0; row < m_rowCounts->rowCount(); ++row) {
        bool ok = false;
        const qint64 change
                = cellText(m_rowCounts, row, CountChangeColumn).trimmed().toLongLong(&ok);
        if (!ok) {
            refresh(); // not a number: the cell shows the design's value again
            return;
        }
        counts.append({tableRefOf(cellText(m_rowCounts, row, CountTableColumn)), change});
    }
    editCaseOnce(QStringLiteral("expect.row_count"), tr("row counts"),
                 [&](TriggerTestCase &c) { c.rowCounts = counts; });
}

void TestCaseForm::readNotifications()
{
    if (m_binding->isUpdating())
        return;
    QList<NotificationExpectation> notifications;
    for (int row = 0; row < m_notifications->rowCount(); ++row) {
        const QString fields = cellText(m_notifications, row, FieldsColumn).trimmed();
        QJsonParseError error;
        const QJsonDocument json = fields.isEmpty()
                ? QJsonDocument(QJsonObject())
                : QJsonDocument::fromJson(fields.toUtf8(), &error);
        if (!json.isObject()) {
            m_notificationError->setText(
                    tr("The payload fields must be a JSON object, such as {\"op\": \"INSERT\"}; "
                       "\"%1\" was not kept.")
                            .arg(fields));
            m_notificationError->show();
            refresh();
            return;
        }
        notifications.append(
                {cellText(m_notifications, row, ChannelColumn).trimmed(), json.object()});
    }
    m_notificationError->hide();
    editCaseOnce(QStringLiteral("expect.notify"), tr("notifications"),
                 [&](TriggerTestCase &c) { c.notifications = notifications; });
}

bool TestCaseForm::eventFilter(QObject *watched, QEvent *event)
{
    // Typing in a multi-line field is one undo step until it loses the focus.
    if (event->type() == QEvent::FocusOut)
        m_controller->sealMerging();
    return QWidget::eventFilter(watched, event);
}

void TestCaseForm::showCase(const QString &triggerId, int index)
{
    if (triggerId == m_binding->triggerId() && index == m_caseIndex)
        return;
    m_controller->sealMerging();
    m_binding->setTriggerId(triggerId);
    m_caseIndex = triggerId.isEmpty() ? -1 : index;
    m_query = 0;
    m_notificationError->hide();
    refresh();
}

QString TestCaseForm::triggerId() const
{
    return m_binding->triggerId();
}

const TriggerTestCase *TestCaseForm::shownCase() const
{
    const TriggerDesign *trigger = m_binding->trigger();
    if (!trigger || m_caseIndex < 0 || m_caseIndex >= trigger->tests.size())
        return nullptr;
    return &trigger->tests.at(m_caseIndex);
}

void TestCaseForm::editCase(const QString &field, const QString &what, const CaseChange &change)
{
    const TriggerTestCase *shown = shownCase();
    if (m_binding->isUpdating() || !shown)
        return;
    const int index = m_caseIndex;
    m_controller->editTrigger(
            m_binding->triggerId(), tr("Edit Test Case %1 (%2)").arg(shown->name, what),
            QStringLiteral("tests[%1].%2").arg(index).arg(field), [&](TriggerDesign &t) {
                if (index < t.tests.size())
                    change(t.tests[index]);
            });
}

void TestCaseForm::editCaseOnce(const QString &field, const QString &what, const CaseChange &change)
{
    if (m_binding->isUpdating())
        return;
    m_controller->sealMerging();
    editCase(field, what, change);
    m_controller->sealMerging();
}

void TestCaseForm::editQueryRows(const std::function<void(QList<QStringList> &)> &change)
{
    const int query = m_query;
    editCaseOnce(QStringLiteral("expect.query[%1].rows").arg(query), tr("query rows"),
                 [&](TriggerTestCase &c) {
                     if (query < c.queries.size())
                         change(c.queries[query].rows);
                 });
}

void TestCaseForm::refresh()
{
    const TriggerTestCase *found = shownCase();
    setEnabled(found != nullptr);
    const TriggerTestCase test = found ? *found : TriggerTestCase {};
    const auto updating = m_binding->updating();
    const QString textsOf = QStringLiteral("%1/%2").arg(m_binding->triggerId()).arg(m_caseIndex);
    const bool afresh = m_documentReplaced || m_textsOf != textsOf;
    m_documentReplaced = false;
    m_textsOf = textsOf;

    if (const TriggerDesign *trigger = m_binding->trigger()) {
        for (SqlEditor *editor : {m_setup, m_action}) {
            if (editor->triggerSchema() != trigger->table.schema
                || editor->triggerTable() != trigger->table.name)
                editor->setTriggerTable(trigger->table.schema, trigger->table.name);
        }
    }
    fillLine(m_name, test.name, afresh);
    fillCode(m_setup, test.setup, afresh);
    fillCode(m_action, test.action, afresh);
    if (afresh || namesOf(m_bypass->text()) != test.bypass)
        m_bypass->setText(test.bypass.join(QStringLiteral(", ")));

    (test.raises ? m_mustFail : m_mustSucceed)->setChecked(true);
    m_raisesMessage->setEnabled(test.raises.has_value());
    m_raisesSqlState->setEnabled(test.raises.has_value());
    fillLine(m_raisesMessage, test.raises ? test.raises->message : QString(), afresh);
    fillLine(m_raisesSqlState, test.raises ? test.raises->sqlState : QString(), afresh);

    fillQuery(test, afresh);

    QList<QStringList> counts;
    for (const RowCountExpectation &count : test.rowCounts)
        counts.append({count.table.displayName(),
                       count.change > 0 ? u'+' + QString::number(count.change)
                                        : QString::number(count.change)});
    // "+1" and "1" are the same change: only refill when the numbers differ.
    bool countsShown = m_rowCounts->rowCount() == counts.size();
    for (int row = 0; countsShown && row < counts.size(); ++row) {
        countsShown = cellText(m_rowCounts, row, CountTableColumn) == counts.at(row).at(0)
                && cellText(m_rowCounts, row, CountChangeColumn).trimmed().toLongLong()
                        == test.rowCounts.at(row).change;
    }
    if (!countsShown)
        fillCells(m_rowCounts, counts, 2);

    QList<QStringList> notifications;
    for (const NotificationExpectation &notification : test.notifications)
        notifications.append(
                {notification.channel,
                 notification.fields.isEmpty()
                         ? QString()
                         : QString::fromUtf8(QJsonDocument(notification.fields)
                                                     .toJson(QJsonDocument::Compact))});
    fillCells(m_notifications, notifications, 2);

    fillLines(m_notices, test.notices, afresh);
    m_checkFired->setChecked(test.firedOrder.has_value());
    m_fired->setEnabled(test.firedOrder.has_value());
    fillLines(m_fired, test.firedOrder.value_or(QStringList()), afresh);
}

void TestCaseForm::fillQuery(const TriggerTestCase &test, bool afresh)
{
    const int count = static_cast<int>(test.queries.size());
    m_query = std::clamp(m_query, 0, std::max(0, count - 1));
    m_querySelector->clear();
    for (int index = 0; index < count; ++index) {
        const QString sql = test.queries.at(index).sql.simplified();
        m_querySelector->addItem(sql.isEmpty() ? tr("Query %1 (no SQL yet)").arg(index + 1)
                                               : tr("Query %1: %2").arg(index + 1).arg(sql));
    }
    if (count == 0)
        m_querySelector->addItem(tr("No query is checked"));
    m_querySelector->setCurrentIndex(m_query);
    m_querySelector->setEnabled(count > 0);
    m_removeQuery->setEnabled(count > 0);
    m_queryDetails->setVisible(count > 0);
    if (count == 0)
        return;
    const QueryExpectation &query = test.queries.at(m_query);
    // Another query's text is replaced afresh, as another case's is.
    fillLine(m_querySql, query.sql, afresh || m_querySqlOf != m_query);
    m_querySqlOf = m_query;
    int columns = 1;
    for (const QStringList &row : query.rows)
        columns = std::max(columns, static_cast<int>(row.size()));
    fillCells(m_queryRows, query.rows, columns);
}

void TestCaseForm::focusField(const QString &subPath)
{
    static const QRegularExpression queryIndex(QStringLiteral("^\\.expect\\.query\\[(\\d+)\\]"));
    if (const QRegularExpressionMatch match = queryIndex.match(subPath); match.hasMatch()) {
        m_query = match.captured(1).toInt();
        refresh();
        (subPath.contains(QLatin1String(".rows")) ? static_cast<QWidget *>(m_queryRows)
                                                  : m_querySql)
                ->setFocus();
        return;
    }
    const std::pair<const char *, QWidget *> fields[] = {
            {".name", m_name},
            {".setup", m_setup},
            {".bypass", m_bypass},
            {".expect.raises",
             m_raisesMessage->isEnabled() ? static_cast<QWidget *>(m_raisesMessage) : m_mustFail},
            {".expect.query", m_querySelector},
            {".expect.row_count", m_rowCounts},
            {".expect.notify", m_notifications},
            {".expect.notice", m_notices},
            {".expect.fired", m_checkFired},
    };
    for (const auto &[prefix, widget] : fields) {
        if (subPath.startsWith(QLatin1String(prefix))) {
            widget->setFocus();
            return;
        }
    }
    m_action->setFocus();
}

} // namespace trigon::ui
