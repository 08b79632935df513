#include "ui/designer/triggerform.h"

#include "core/analysis/designvalidator.h"
#include "core/catalog/tableselection.h"
#include "ui/designer/functionpicker.h"
#include "ui/designer/tablesdialog.h"
#include "ui/document/designcontroller.h"
#include "ui/document/triggerbinding.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace trigon::ui {

namespace {

constexpr std::array AllTimings {TriggerTiming::Before, TriggerTiming::After,
                                 TriggerTiming::InsteadOf};
constexpr std::array AllEvents {TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete,
                                TriggerEvent::Truncate};
constexpr std::array AllLevels {TriggerLevel::Row, TriggerLevel::Statement};
constexpr std::array AllEnabled {TriggerEnabled::Origin, TriggerEnabled::Disabled,
                                 TriggerEnabled::Replica, TriggerEnabled::Always};
constexpr std::array AllBypassModes {BypassMode::Off, BypassMode::AuditTable, BypassMode::Notice};

enum TableColumnsColumn { NameColumn, TypeColumn, AutoColumn, KeyColumn };

// The errors of a trigger, as comparable strings.
QStringList errorsOf(const TriggerDesign &trigger)
{
    QStringList errors;
    for (const Diagnostic &diagnostic : validateTrigger(trigger, 0)) {
        if (diagnostic.isError())
            errors.append(diagnostic.field + QLatin1Char('\n') + diagnostic.message);
    }
    return errors;
}

// Why `candidate` (the trigger with one option changed) would be refused: its first error that
// the current trigger does not have already. Empty when PostgreSQL would accept the option.
QString refusal(const TriggerDesign &candidate, const QStringList &currentErrors)
{
    for (const QString &error : errorsOf(candidate)) {
        if (!currentErrors.contains(error))
            return error.section(QLatin1Char('\n'), 1);
    }
    return {};
}

void setAvailable(QWidget *widget, bool chosen, const QString &reason, const QString &help = {})
{
    widget->setEnabled(chosen || reason.isEmpty());
    widget->setToolTip(reason.isEmpty() || chosen ? help : reason);
}

// `afresh` replaces the text even when equal, which also clears the field's undo history.
void fillText(QLineEdit *edit, const QString &text, bool afresh)
{
    // Replacing equal text would move the cursor of someone typing.
    if (afresh || edit->text() != text)
        edit->setText(text);
}

TableRef parseTableRef(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return TableRef {QStringLiteral("public"), QString()};
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return TableRef {QStringLiteral("public"), trimmed};
    return TableRef {trimmed.left(dot), trimmed.mid(dot + 1)};
}

} // namespace

TriggerForm::TriggerForm(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_binding(new TriggerBinding(controller, this))
{
    buildForm();
    connect(m_controller, &DesignController::aboutToResetDocument, this,
            [this] { m_documentReplaced = true; });
    connect(m_binding, &TriggerBinding::refreshNeeded, this, &TriggerForm::refresh);
    connect(m_binding, &TriggerBinding::triggerRemoved, this, [this] { setTriggerId(QString()); });
    refresh();
}

void TriggerForm::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("orders_protect_paid"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Rename Trigger"), QStringLiteral("name"),
             [&](TriggerDesign &t) { t.name = text; });
    });

    m_schema = new QComboBox(this);
    m_schema->setEditable(true);
    m_table = new QComboBox(this);
    m_table->setEditable(true);
    m_table->setMinimumContentsLength(18);
    connect(m_schema, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        edit(tr("Change Table"), QStringLiteral("table.schema"),
             [&](TriggerDesign &t) { t.table.schema = text.trimmed(); });
    });
    connect(m_table, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        edit(tr("Change Table"), QStringLiteral("table.name"), [&](TriggerDesign &t) {
            t.table.name = text.trimmed();
            // A table the catalog knows brings its columns, which conditions and pickers need.
            if (const CatalogRelation *relation = catalogRelation(t);
                relation && t.tableColumns.isEmpty())
                t.tableColumns = designTable(*relation).columns;
        });
    });
    m_tablesSummary = new QLabel(this);
    m_tablesSummary->setObjectName(QStringLiteral("tablesSummary"));
    m_tablesSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *tablesButton = new QPushButton(tr("&Tables…"), this);
    tablesButton->setObjectName(QStringLiteral("chooseTables"));
    tablesButton->setToolTip(tr("Put this trigger on several tables, sharing one function, or "
                                "pick its tables by a rule."));
    connect(tablesButton, &QPushButton::clicked, this, &TriggerForm::chooseTables);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_schema, 1);
    m_tableDot = new QLabel(QStringLiteral("."), this);
    tableRow->addWidget(m_tableDot);
    tableRow->addWidget(m_table, 2);
    tableRow->addWidget(m_tablesSummary, 3);
    tableRow->addWidget(tablesButton);

    m_timing = new QButtonGroup(this);
    auto *timingRow = new QHBoxLayout;
    const QStringList timingLabels {tr("&Before"), tr("&After"), tr("&Instead of")};
    for (int i = 0; i < static_cast<int>(AllTimings.size()); ++i) {
        auto *button = new QRadioButton(timingLabels[i], this);
        m_timing->addButton(button, i);
        m_timingButtons.append(button);
        timingRow->addWidget(button);
    }
    timingRow->addStretch();
    connect(m_timing, &QButtonGroup::idClicked, this, [this](int id) {
        edit(tr("Change Timing"), QString(), [&](TriggerDesign &t) { t.timing = AllTimings[id]; });
    });

    auto *eventsRow = new QHBoxLayout;
    const QStringList eventLabels {tr("I&NSERT"), tr("&UPDATE"), tr("&DELETE"), tr("&TRUNCATE")};
    for (int i = 0; i < static_cast<int>(AllEvents.size()); ++i) {
        auto *box = new QCheckBox(eventLabels[i], this);
        m_eventBoxes.append(box);
        eventsRow->addWidget(box);
        connect(box, &QCheckBox::clicked, this, [this, i](bool checked) {
            edit(checked ? tr("Add Event") : tr("Remove Event"), QString(), [&](TriggerDesign &t) {
                QList<TriggerEvent> events;
                for (TriggerEvent event : AllEvents) {
                    const bool keep = event == AllEvents[i] ? checked : t.hasEvent(event);
                    if (keep)
                        events.append(event);
                }
                t.events = events;
            });
        });
    }
    eventsRow->addStretch();

    m_updateColumns = new QListWidget(this);
    m_updateColumns->setMaximumHeight(90);
    m_updateColumns->setFlow(QListView::LeftToRight);
    m_updateColumns->setWrapping(true);
    connect(m_updateColumns, &QListWidget::itemChanged, this, [this] {
        if (m_binding->isUpdating())
            return;
        QStringList columns;
        for (int i = 0; i < m_updateColumns->count(); ++i) {
            if (m_updateColumns->item(i)->checkState() == Qt::Checked)
                columns.append(m_updateColumns->item(i)->text());
        }
        edit(tr("Change UPDATE OF Columns"), QString(),
             [&](TriggerDesign &t) { t.columns = columns; });
    });

    m_level = new QButtonGroup(this);
    auto *levelRow = new QHBoxLayout;
    const QStringList levelLabels {tr("For each &row"), tr("For each &statement")};
    for (int i = 0; i < static_cast<int>(AllLevels.size()); ++i) {
        auto *button = new QRadioButton(levelLabels[i], this);
        m_level->addButton(button, i);
        m_levelButtons.append(button);
        levelRow->addWidget(button);
    }
    levelRow->addStretch();
    connect(m_level, &QButtonGroup::idClicked, this, [this](int id) {
        edit(tr("Change Level"), QString(), [&](TriggerDesign &t) { t.level = AllLevels[id]; });
    });

    m_oldTable = new QLineEdit(this);
    m_oldTable->setPlaceholderText(tr("not referenced"));
    m_newTable = new QLineEdit(this);
    m_newTable->setPlaceholderText(tr("not referenced"));
    connect(m_oldTable, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Change OLD TABLE"), QStringLiteral("referencing.old"),
             [&](TriggerDesign &t) { t.referencing.oldTable = text.trimmed(); });
    });
    connect(m_newTable, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Change NEW TABLE"), QStringLiteral("referencing.new"),
             [&](TriggerDesign &t) { t.referencing.newTable = text.trimmed(); });
    });
    auto *referencingRow = new QHBoxLayout;
    referencingRow->addWidget(new QLabel(tr("OLD TABLE AS"), this));
    referencingRow->addWidget(m_oldTable);
    referencingRow->addWidget(new QLabel(tr("NEW TABLE AS"), this));
    referencingRow->addWidget(m_newTable);

    m_constraint = new QGroupBox(tr("C&onstraint trigger"), this);
    m_constraint->setCheckable(true);
    m_deferrable = new QCheckBox(tr("Deferrable"), m_constraint);
    m_initiallyDeferred = new QCheckBox(tr("Initially deferred"), m_constraint);
    m_constraintFrom = new QLineEdit(m_constraint);
    m_constraintFrom->setPlaceholderText(tr("schema.referenced_table (optional)"));
    auto *constraintLayout = new QHBoxLayout(m_constraint);
    constraintLayout->addWidget(m_deferrable);
    constraintLayout->addWidget(m_initiallyDeferred);
    constraintLayout->addWidget(new QLabel(tr("FROM"), m_constraint));
    constraintLayout->addWidget(m_constraintFrom, 1);
    connect(m_constraint, &QGroupBox::clicked, this, [this](bool checked) {
        edit(checked ? tr("Make Constraint Trigger") : tr("Make Plain Trigger"), QString(),
             [&](TriggerDesign &t) {
                 t.constraint = checked ? std::optional(ConstraintOptions {}) : std::nullopt;
             });
    });
    connect(m_deferrable, &QCheckBox::clicked, this, [this](bool checked) {
        edit(tr("Change Deferrable"), QString(), [&](TriggerDesign &t) {
            if (t.constraint)
                t.constraint->deferrable = checked;
        });
    });
    connect(m_initiallyDeferred, &QCheckBox::clicked, this, [this](bool checked) {
        edit(tr("Change Initially Deferred"), QString(), [&](TriggerDesign &t) {
            if (t.constraint)
                t.constraint->initiallyDeferred = checked;
        });
    });
    connect(m_constraintFrom, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Change Referenced Table"), QStringLiteral("constraint.from"),
             [&](TriggerDesign &t) {
                 if (!t.constraint)
                     return;
                 const TableRef from = parseTableRef(text);
                 t.constraint->from = from.isEmpty() ? std::nullopt : std::optional(from);
             });
    });

    m_enabled = new QComboBox(this);
    m_enabled->addItems({tr("Enabled (origin)"), tr("Disabled"), tr("Replica only"),
                         tr("Always (also on replicas)")});
    connect(m_enabled, &QComboBox::activated, this, [this](int index) {
        edit(tr("Change Enabled State"), QString(),
             [&](TriggerDesign &t) { t.enabled = AllEnabled[index]; });
    });

    m_bypass = new QComboBox(this);
    m_bypass->setObjectName(QStringLiteral("bypass"));
    m_bypass->addItems({tr("Off"), tr("Allowed, logged to trigon.bypass_log"),
                        tr("Allowed, reported as a NOTICE")});
    connect(m_bypass, &QComboBox::activated, this, [this](int index) {
        edit(tr("Change Bypass"), QString(),
             [&](TriggerDesign &t) { t.bypass = AllBypassModes[index]; });
    });

    m_function = new FunctionPicker(this);
    connect(m_function, &FunctionPicker::functionChosen, this,
            [this](const std::optional<FunctionRef> &function) {
                edit(tr("Change Function"), QString(),
                     [&](TriggerDesign &t) { t.existingFunction = function; });
            });

    m_comment = new QLineEdit(this);
    connect(m_comment, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Change Comment"), QStringLiteral("comment"),
             [&](TriggerDesign &t) { t.comment = text; });
    });

    m_arguments = new QPlainTextEdit(this);
    m_arguments->setPlaceholderText(tr("One argument per line (TG_ARGV)"));
    m_arguments->setMaximumHeight(60);
    // Tab moves on, as in every other field: a typed tab became an argument of tabs, and a
    // keyboard user could not leave the field.
    m_arguments->setTabChangesFocus(true);
    connect(m_arguments, &QPlainTextEdit::textChanged, this, [this] {
        if (m_binding->isUpdating())
            return;
        QStringList arguments = m_arguments->toPlainText().split(QLatin1Char('\n'));
        while (!arguments.isEmpty() && arguments.last().isEmpty())
            arguments.removeLast();
        edit(tr("Change Arguments"), QStringLiteral("arguments"),
             [&](TriggerDesign &t) { t.arguments = arguments; });
    });

    m_tableColumns = new QTableWidget(0, 4, this);
    m_tableColumns->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Auto"), tr("Key")});
    m_tableColumns->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tableColumns->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    m_tableColumns->verticalHeader()->hide();
    m_tableColumns->setMinimumHeight(120);
    m_tableColumns->setToolTip(
            tr("The table's columns as the design knows them. Auto columns are maintained by the "
               "database (exclude_auto leaves them out of change conditions); key columns pair "
               "OLD and NEW rows of statement-level triggers."));
    connect(m_tableColumns, &QTableWidget::cellChanged, this, &TriggerForm::editTableColumn);
    auto *addColumn = new QPushButton(tr("Add"), this);
    auto *removeColumn = new QPushButton(tr("Remove"), this);
    auto *fromCatalog = new QPushButton(tr("From Catalog"), this);
    fromCatalog->setObjectName(QStringLiteral("columnsFromCatalog"));
    connect(addColumn, &QPushButton::clicked, this, [this] {
        edit(tr("Add Column"), QString(), [](TriggerDesign &t) {
            t.tableColumns.append(
                    TableColumn {QStringLiteral("column%1").arg(t.tableColumns.size() + 1),
                                 QStringLiteral("text"), false, false});
        });
    });
    connect(removeColumn, &QPushButton::clicked, this, [this] {
        const int row = m_tableColumns->currentRow();
        edit(tr("Remove Column"), QString(), [row](TriggerDesign &t) {
            if (row >= 0 && row < t.tableColumns.size())
                t.tableColumns.removeAt(row);
        });
    });
    connect(fromCatalog, &QPushButton::clicked, this, &TriggerForm::fillTableColumnsFromCatalog);
    m_columnButtons = new QWidget(this);
    auto *columnButtons = new QHBoxLayout(m_columnButtons);
    columnButtons->setContentsMargins(0, 0, 0, 0);
    columnButtons->addWidget(addColumn);
    columnButtons->addWidget(removeColumn);
    columnButtons->addStretch();
    columnButtons->addWidget(fromCatalog);
    auto *columnsBox = new QVBoxLayout;
    columnsBox->addWidget(m_tableColumns);
    columnsBox->addWidget(m_columnButtons);

    // Leaving a text field ends its run of merged edits: the next change is its own undo step.
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_name, m_oldTable, m_newTable, m_constraintFrom,
                                           m_comment, m_arguments, m_schema, m_table})
        field->installEventFilter(this);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Table:"), tableRow);
    form->addRow(tr("Timing:"), timingRow);
    form->addRow(tr("Events:"), eventsRow);
    form->addRow(tr("UPDATE &OF:"), m_updateColumns);
    form->addRow(tr("Level:"), levelRow);
    form->addRow(tr("Referencing:"), referencingRow);
    form->addRow(m_constraint);
    form->addRow(tr("&Enabled:"), m_enabled);
    form->addRow(tr("B&ypass:"), m_bypass);
    form->addRow(tr("E&xecutes:"), m_function);
    form->addRow(tr("Co&mment:"), m_comment);
    form->addRow(tr("Ar&guments:"), m_arguments);
    form->addRow(tr("Table columns:"), columnsBox);
}

bool TriggerForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_controller->sealMerging();
    return QWidget::eventFilter(watched, event);
}

void TriggerForm::setTriggerId(const QString &id)
{
    if (id == m_binding->triggerId())
        return;
    m_controller->sealMerging();
    m_binding->setTriggerId(id);
    refresh();
}

QString TriggerForm::triggerId() const
{
    return m_binding->triggerId();
}

void TriggerForm::setCatalog(std::shared_ptr<const CatalogSnapshot> catalog)
{
    m_catalog = std::move(catalog);
    m_function->setCatalog(m_catalog);
    refresh();
}

const CatalogRelation *TriggerForm::catalogRelation(const TriggerDesign &trigger) const
{
    return m_catalog ? m_catalog->relation(trigger.table.schema, trigger.table.name) : nullptr;
}

void TriggerForm::edit(const QString &description, const QString &mergeKey,
                       const std::function<void(TriggerDesign &)> &change)
{
    if (m_binding->isUpdating() || m_binding->triggerId().isEmpty())
        return;
    m_controller->editTrigger(m_binding->triggerId(), description, mergeKey, change);
}

void TriggerForm::chooseTables()
{
    const TriggerDesign *trigger = m_binding->trigger();
    if (!trigger)
        return;
    TablesDialog dialog(*trigger, m_catalog, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<DesignTable> tables = dialog.tables();
    const std::optional<TableSelector> selector = dialog.selector();
    edit(tr("Change Tables"), QString(),
         [&](TriggerDesign &t) { TablesDialog::applyTo(t, tables, selector); });
}

void TriggerForm::fillTableColumnsFromCatalog()
{
    edit(tr("Columns from Catalog"), QString(), [this](TriggerDesign &t) {
        const CatalogRelation *relation = catalogRelation(t);
        if (!relation)
            return;
        t.tableColumns = designTable(*relation).columns;
    });
}

void TriggerForm::editTableColumn(int row, int column)
{
    if (m_binding->isUpdating())
        return;
    QTableWidgetItem *item = m_tableColumns->item(row, column);
    if (!item)
        return;
    edit(tr("Change Column"), QStringLiteral("table_columns[%1]").arg(row), [&](TriggerDesign &t) {
        if (row >= t.tableColumns.size())
            return;
        TableColumn &target = t.tableColumns[row];
        switch (column) {
        case NameColumn:
            target.name = item->text().trimmed();
            break;
        case TypeColumn:
            target.type = item->text().trimmed();
            break;
        case AutoColumn:
            target.autoMaintained = item->checkState() == Qt::Checked;
            break;
        case KeyColumn:
            target.key = item->checkState() == Qt::Checked;
            break;
        }
    });
}

void TriggerForm::refresh()
{
    const TriggerDesign *found = m_binding->trigger();
    setEnabled(found != nullptr);
    const TriggerDesign trigger = found ? *found : TriggerDesign {};
    const auto updating = m_binding->updating();
    const bool afresh = m_documentReplaced || m_textsOf != m_binding->triggerId();
    m_documentReplaced = false;
    m_textsOf = m_binding->triggerId();

    fillText(m_name, trigger.name, afresh);

    // A design over several tables names them in one line instead of the two boxes.
    const bool severalTables = trigger.isOverSeveralTables();
    for (QWidget *single : std::initializer_list<QWidget *> {m_schema, m_tableDot, m_table})
        single->setVisible(!severalTables);
    m_tablesSummary->setVisible(severalTables);
    if (severalTables) {
        QStringList names;
        for (const DesignTable &table : trigger.tables)
            names.append(table.table.displayName());
        constexpr qsizetype shown = 4;
        QString text = tr("%n table(s): ", nullptr, int(names.size()))
                + names.first(std::min(shown, names.size())).join(QStringLiteral(", "));
        if (names.size() > shown)
            text += tr(" and %n more", nullptr, int(names.size() - shown));
        if (trigger.selector)
            text += tr(" (by rule)");
        m_tablesSummary->setText(text);
        m_tablesSummary->setToolTip(names.join(u'\n'));
    }

    const QStringList schemas = [this] {
        QStringList names;
        if (m_catalog) {
            for (const CatalogSchema &schema : m_catalog->schemas)
                names.append(schema.name);
        }
        return names;
    }();
    if (m_schema->count() != schemas.size()) {
        m_schema->clear();
        m_schema->addItems(schemas);
    }
    if (m_schema->currentText() != trigger.table.schema)
        m_schema->setCurrentText(trigger.table.schema);
    QStringList tables;
    if (m_catalog) {
        for (const CatalogRelation &relation : m_catalog->relations) {
            if (relation.schema == trigger.table.schema)
                tables.append(relation.name);
        }
    }
    const QStringList shownTables = [this] {
        QStringList names;
        for (int i = 0; i < m_table->count(); ++i)
            names.append(m_table->itemText(i));
        return names;
    }();
    if (shownTables != tables) {
        m_table->clear();
        m_table->addItems(tables);
    }
    if (m_table->currentText() != trigger.table.name)
        m_table->setCurrentText(trigger.table.name);

    m_timingButtons[static_cast<int>(trigger.timing)]->setChecked(true);
    for (int i = 0; i < m_eventBoxes.size(); ++i)
        m_eventBoxes[i]->setChecked(trigger.hasEvent(AllEvents[i]));
    m_levelButtons[static_cast<int>(trigger.level)]->setChecked(true);

    // A design over several tables shows its first table's columns (the others' are in the
    // design file and the Tables dialog takes them from the catalog).
    const QList<TableColumn> columns = tableTriggers(trigger).constFirst().tableColumns;
    m_updateColumns->clear();
    for (const TableColumn &column : columns) {
        auto *item = new QListWidgetItem(column.name, m_updateColumns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(trigger.columns.contains(column.name) ? Qt::Checked : Qt::Unchecked);
    }
    // Columns named in UPDATE OF that the design does not list still show, so they can be undone.
    for (const QString &name : trigger.columns) {
        if (m_updateColumns->findItems(name, Qt::MatchExactly).isEmpty()) {
            auto *item = new QListWidgetItem(name, m_updateColumns);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }

    fillText(m_oldTable, trigger.referencing.oldTable, afresh);
    fillText(m_newTable, trigger.referencing.newTable, afresh);
    m_constraint->setChecked(trigger.constraint.has_value());
    m_deferrable->setChecked(trigger.constraint && trigger.constraint->deferrable);
    m_initiallyDeferred->setChecked(trigger.constraint && trigger.constraint->initiallyDeferred);
    if (!m_constraintFrom->hasFocus())
        fillText(m_constraintFrom,
                 trigger.constraint && trigger.constraint->from
                         ? trigger.constraint->from->displayName()
                         : QString(),
                 afresh);
    m_enabled->setCurrentIndex(static_cast<int>(trigger.enabled));
    m_bypass->setCurrentIndex(static_cast<int>(trigger.bypass));
    m_function->setFunction(trigger.existingFunction);
    fillText(m_comment, trigger.comment, afresh);
    const QString arguments = trigger.arguments.join(QLatin1Char('\n'));
    if (afresh || m_arguments->toPlainText() != arguments)
        m_arguments->setPlainText(arguments);

    m_tableColumns->setRowCount(static_cast<int>(columns.size()));
    m_tableColumns->setEnabled(!severalTables);
    m_columnButtons->setEnabled(!severalTables);
    for (int row = 0; row < columns.size(); ++row) {
        const TableColumn &column = columns[row];
        m_tableColumns->setItem(row, NameColumn, new QTableWidgetItem(column.name));
        m_tableColumns->setItem(row, TypeColumn, new QTableWidgetItem(column.type));
        for (const auto &[cell, on] :
             {std::pair {AutoColumn, column.autoMaintained}, std::pair {KeyColumn, column.key}}) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            m_tableColumns->setItem(row, cell, item);
        }
    }

    if (found)
        updateAvailability(trigger);
}

void TriggerForm::updateAvailability(const TriggerDesign &design)
{
    // The options are the same for every table of a design over several tables: judging them
    // on its first table's trigger keeps a design over a thousand tables as quick to edit as one.
    const TriggerDesign trigger = tableTriggers(design).constFirst();
    const QStringList current = errorsOf(trigger);
    const auto tryOption = [&](const std::function<void(TriggerDesign &)> &change) {
        TriggerDesign candidate = trigger;
        change(candidate);
        return refusal(candidate, current);
    };

    // What the validator cannot know without the catalog: whether the table is a view.
    const CatalogRelation *relation = catalogRelation(trigger);
    const bool isView = relation && relation->kind == RelationKind::View;
    const bool isTable = relation && relation->isTable();

    for (int i = 0; i < m_timingButtons.size(); ++i) {
        const TriggerTiming timing = AllTimings[i];
        QString reason = tryOption([&](TriggerDesign &t) { t.timing = timing; });
        if (reason.isEmpty() && timing == TriggerTiming::InsteadOf && isTable)
            reason = tr("INSTEAD OF triggers are only for views; %1 is a table.")
                             .arg(trigger.table.displayName());
        if (reason.isEmpty() && timing != TriggerTiming::InsteadOf && isView
            && trigger.level == TriggerLevel::Row)
            reason = tr("On a view, BEFORE and AFTER triggers must be FOR EACH STATEMENT.");
        setAvailable(m_timingButtons[i], trigger.timing == timing, reason);
    }
    for (int i = 0; i < m_eventBoxes.size(); ++i) {
        const TriggerEvent event = AllEvents[i];
        const bool chosen = trigger.hasEvent(event);
        const QString reason
                = chosen ? QString() : tryOption([&](TriggerDesign &t) { t.events.append(event); });
        setAvailable(m_eventBoxes[i], chosen, reason);
    }
    for (int i = 0; i < m_levelButtons.size(); ++i) {
        const TriggerLevel level = AllLevels[i];
        setAvailable(m_levelButtons[i], trigger.level == level,
                     tryOption([&](TriggerDesign &t) { t.level = level; }));
    }

    const QString columnsReason = trigger.columns.isEmpty() ? tryOption([&](TriggerDesign &t) {
        t.columns = {trigger.tableColumns.isEmpty() ? QStringLiteral("id")
                                                    : trigger.tableColumns[0].name};
    })
                                                            : QString();
    setAvailable(m_updateColumns, !trigger.columns.isEmpty(), columnsReason,
                 tr("Fire only when an UPDATE names one of these columns in its SET list."));

    const QString oldReason = trigger.referencing.oldTable.isEmpty()
            ? tryOption(
                    [](TriggerDesign &t) { t.referencing.oldTable = QStringLiteral("old_rows"); })
            : QString();
    setAvailable(m_oldTable, !trigger.referencing.oldTable.isEmpty(), oldReason,
                 tr("A name for the rows before the statement (a transition table)."));
    const QString newReason = trigger.referencing.newTable.isEmpty()
            ? tryOption(
                    [](TriggerDesign &t) { t.referencing.newTable = QStringLiteral("new_rows"); })
            : QString();
    setAvailable(m_newTable, !trigger.referencing.newTable.isEmpty(), newReason,
                 tr("A name for the rows after the statement (a transition table)."));

    const QString constraintReason = trigger.constraint
            ? QString()
            : tryOption([](TriggerDesign &t) { t.constraint = ConstraintOptions {}; });
    setAvailable(m_constraint, trigger.constraint.has_value(), constraintReason,
                 tr("AFTER ... FOR EACH ROW triggers that can be deferred to the end of the "
                    "transaction."));

    const QString bypassReason = trigger.bypass == BypassMode::Off
            ? tryOption([](TriggerDesign &t) { t.bypass = BypassMode::AuditTable; })
            : QString();
    setAvailable(m_bypass, trigger.bypass != BypassMode::Off, bypassReason,
                 tr("Whether a transaction may skip this trigger on purpose with SELECT "
                    "trigon.bypass('name', 'reason'), until it ends; and whether each such skip "
                    "is logged to the table trigon.bypass_log or reported to the client as a "
                    "NOTICE."));
}

void TriggerForm::focusField(const QString &fieldPath)
{
    const QString field = fieldPath.section(QLatin1Char('.'), 0, 0);
    QWidget *target = nullptr;
    if (field == QLatin1String("name"))
        target = m_name;
    else if (field == QLatin1String("table"))
        target = fieldPath.startsWith(QLatin1String("table.schema"))
                ? static_cast<QWidget *>(m_schema)
                : m_table;
    else if (field == QLatin1String("timing"))
        target = m_timing->checkedButton();
    else if (field == QLatin1String("events"))
        target = m_eventBoxes.first();
    else if (field == QLatin1String("columns"))
        target = m_updateColumns;
    else if (field == QLatin1String("level"))
        target = m_level->checkedButton();
    else if (field == QLatin1String("referencing"))
        target = fieldPath.endsWith(QLatin1String(".new")) ? m_newTable : m_oldTable;
    else if (field == QLatin1String("constraint"))
        target = fieldPath.startsWith(QLatin1String("constraint.from"))
                ? static_cast<QWidget *>(m_constraintFrom)
                : m_deferrable;
    else if (field == QLatin1String("enabled"))
        target = m_enabled;
    else if (field == QLatin1String("bypass"))
        target = m_bypass;
    else if (field == QLatin1String("comment"))
        target = m_comment;
    else if (field == QLatin1String("arguments"))
        target = m_arguments;
    else if (field.startsWith(QLatin1String("table_columns")))
        target = m_tableColumns;
    if (target) {
        target->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(target))
            line->selectAll();
    }
}

} // namespace trigon::ui
