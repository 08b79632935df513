#include "ui/designer/conditions/conditionbuilder.h"

#include "core/model/jsonliteraltext.h"
#include "core/sql/conditionrenderer.h"
#include "core/sql/scriptrenderer.h"
#include "core/sql/whenexpression.h"
#include "ui/designer/conditions/columnchecklist.h"
#include "ui/designer/conditions/conditiontreemodel.h"
#include "ui/designer/conditions/existseditor.h"
#include "ui/designer/conditions/widgetsync.h"
#include "ui/document/designcontroller.h"
#include "ui/document/triggerbinding.h"
#include "ui/editor/sqleditor.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

// How the value of a comparison is given; the index in the value-kind combo box.
enum class ValueKind { Text, Number, Boolean, Null, Json, Field };

constexpr int errorIndicator = 8; // the first indicator number free for containers
constexpr int errorMarker = 1;

ValueKind valueKindOf(const QEntry &entry)
{
    if (entry.ref)
        return ValueKind::Field;
    switch (entry.literal.type()) {
    case QJsonValue::String:
        return ValueKind::Text;
    case QJsonValue::Double:
        return ValueKind::Number;
    case QJsonValue::Bool:
        return ValueKind::Boolean;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return ValueKind::Json;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return ValueKind::Null;
}

QString numberText(const QJsonValue &value)
{
    return QString::number(value.toDouble(), 'g', 17);
}

QString nodePathKey(const NodePath &path)
{
    QStringList parts;
    for (const int row : path)
        parts.append(QString::number(row));
    return QStringLiteral("condition/") + parts.join(u'/');
}

void fillRowCombo(QComboBox *combo)
{
    combo->addItem(QStringLiteral("OLD"), int(RowVersion::Old));
    combo->addItem(QStringLiteral("NEW"), int(RowVersion::New));
}

} // namespace

ConditionBuilder::ConditionBuilder(DesignController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_binding(new TriggerBinding(controller, this))
    , m_model(new ConditionTreeModel(this))
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createTreePane());
    // The editor of the selected node scrolls: its tallest page would otherwise set the pane's
    // minimum height, and the pane shares the room under the form.
    auto *editorScroll = new QScrollArea;
    editorScroll->setWidget(createEditorPane());
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(editorScroll);
    splitter->addWidget(createTextPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(300); // a typing pause, short enough to feel live
    connect(&m_parseTimer, &QTimer::timeout, this, &ConditionBuilder::applyText);

    connect(m_binding, &TriggerBinding::refreshNeeded, this, &ConditionBuilder::refresh);
    connect(m_binding, &TriggerBinding::triggerRemoved, this, [this] { setTriggerId(QString()); });
    setTriggerId(QString());
}

QWidget *ConditionBuilder::createTreePane()
{
    auto *pane = new QWidget(this);
    auto *toolBar = new QToolBar(pane);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setIconSize(QSize(16, 16));

    m_addMenu = new QMenu(tr("&Add"), pane);
    m_addMenu->setObjectName(QStringLiteral("conditionAddMenu"));
    const QList<std::pair<ConditionKind, QString>> kinds = {
            {ConditionKind::Q, tr("Comparison (old/new field)")},
            {ConditionKind::AnyChange, ConditionTreeModel::kindText(ConditionKind::AnyChange)},
            {ConditionKind::AnyDontChange,
             ConditionTreeModel::kindText(ConditionKind::AnyDontChange)},
            {ConditionKind::AllChange, ConditionTreeModel::kindText(ConditionKind::AllChange)},
            {ConditionKind::AllDontChange,
             ConditionTreeModel::kindText(ConditionKind::AllDontChange)},
            {ConditionKind::And, ConditionTreeModel::kindText(ConditionKind::And)},
            {ConditionKind::Or, ConditionTreeModel::kindText(ConditionKind::Or)},
            {ConditionKind::Not, ConditionTreeModel::kindText(ConditionKind::Not)},
            {ConditionKind::Sql, ConditionTreeModel::kindText(ConditionKind::Sql)},
            {ConditionKind::Exists, ConditionTreeModel::kindText(ConditionKind::Exists)},
    };
    for (const auto &[kind, text] : kinds) {
        QAction *action = m_addMenu->addAction(text);
        action->setObjectName(QStringLiteral("add_") + conditionKindName(kind));
        connect(action, &QAction::triggered, this, [this, kind = kind] { addNode(kind); });
        if (kind == ConditionKind::Q)
            m_addEntry = action;
    }
    auto *addButton = new QToolButton(toolBar);
    addButton->setText(tr("Add"));
    addButton->setMenu(m_addMenu);
    addButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(addButton);

    auto *wrapMenu = new QMenu(tr("&Wrap In"), pane);
    for (const ConditionKind kind : {ConditionKind::And, ConditionKind::Or, ConditionKind::Not}) {
        QAction *action = wrapMenu->addAction(ConditionTreeModel::kindText(kind));
        action->setObjectName(QStringLiteral("wrap_") + conditionKindName(kind));
        connect(action, &QAction::triggered, this, [this, kind] { wrapSelected(kind); });
        m_wrapActions.append(action);
    }
    auto *wrapButton = new QToolButton(toolBar);
    wrapButton->setText(tr("Wrap In"));
    wrapButton->setMenu(wrapMenu);
    wrapButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(wrapButton);

    m_delete = toolBar->addAction(tr("Delete"), this, &ConditionBuilder::removeSelected);
    m_delete->setObjectName(QStringLiteral("deleteNode"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_moveUp = toolBar->addAction(tr("Up"), this, [this] { moveSelected(-1); });
    m_moveUp->setObjectName(QStringLiteral("moveNodeUp"));
    m_moveUp->setToolTip(tr("Move the node up among its siblings"));
    m_moveDown = toolBar->addAction(tr("Down"), this, [this] { moveSelected(1); });
    m_moveDown->setObjectName(QStringLiteral("moveNodeDown"));
    m_moveDown->setToolTip(tr("Move the node down among its siblings"));

    m_emptyLabel = new QLabel(tr("No condition: the trigger fires for every row and statement. "
                                 "Add one with Add, or type it as text below."),
                              pane);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setObjectName(QStringLiteral("noConditionLabel"));

    m_tree = new QTreeView(pane);
    m_tree->setObjectName(QStringLiteral("conditionTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(ConditionTreeModel::DescriptionColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(m_addMenu->menuAction());
    m_tree->addAction(wrapMenu->menuAction());
    m_tree->addAction(m_delete);
    m_tree->addAction(m_moveUp);
    m_tree->addAction(m_moveDown);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_binding->isUpdating())
            return;
        m_controller->sealMerging();
        updateEditor();
        updateActions();
        emit currentPathChanged(currentPath());
    });

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_tree);
    return pane;
}

QWidget *ConditionBuilder::createEditorPane()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("nodeEditor"));

    m_emptyPage = new QLabel(tr("Select a node to edit it."), m_pages);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(createChangePage());

    m_qPage = new QWidget(m_pages);
    {
        auto *layout = new QVBoxLayout(m_qPage);
        auto *label
                = new QLabel(tr("Every comparison below must hold (they are and-ed)."), m_qPage);
        label->setWordWrap(true);
        auto *add = new QPushButton(tr("Add Comparison"), m_qPage);
        add->setObjectName(QStringLiteral("addComparison"));
        connect(add, &QPushButton::clicked, this, [this] { addNode(ConditionKind::Q); });
        layout->addWidget(label);
        layout->addWidget(add, 0, Qt::AlignLeft);
        layout->addStretch();
    }
    m_pages->addWidget(m_qPage);
    m_pages->addWidget(createEntryPage());

    m_groupPage = new QWidget(m_pages);
    {
        auto *layout = new QFormLayout(m_groupPage);
        m_groupKind = new QComboBox(m_groupPage);
        m_groupKind->setObjectName(QStringLiteral("groupKind"));
        m_groupKind->addItem(tr("All of them hold (AND)"), int(ConditionKind::And));
        m_groupKind->addItem(tr("At least one holds (OR)"), int(ConditionKind::Or));
        connect(m_groupKind, &QComboBox::currentIndexChanged, this, [this] {
            const auto kind = ConditionKind(m_groupKind->currentData().toInt());
            editNode(QStringLiteral("kind"), [kind](Condition &c) { c.kind = kind; });
        });
        layout->addRow(tr("Operands:"), m_groupKind);
    }
    m_pages->addWidget(m_groupPage);

    m_notPage = new QLabel(tr("Holds when its operand does not."), m_pages);
    m_pages->addWidget(m_notPage);
    m_pages->addWidget(createSqlPage());
    m_existsPage = new ExistsEditor(m_pages);
    connect(m_existsPage, &ExistsEditor::edited, this,
            [this](const QString &field, const std::function<void(Condition &)> &change) {
                editNode(field, change);
            });
    m_pages->addWidget(m_existsPage);
    return m_pages;
}

QWidget *ConditionBuilder::createChangePage()
{
    m_changePage = new QWidget(m_pages);
    auto *layout = new QFormLayout(m_changePage);
    m_changeKind = new QComboBox(m_changePage);
    m_changeKind->setObjectName(QStringLiteral("changeKind"));
    for (const ConditionKind kind : {ConditionKind::AnyChange, ConditionKind::AnyDontChange,
                                     ConditionKind::AllChange, ConditionKind::AllDontChange})
        m_changeKind->addItem(ConditionTreeModel::kindText(kind), int(kind));
    connect(m_changeKind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = ConditionKind(m_changeKind->currentData().toInt());
        editNode(QStringLiteral("kind"), [kind](Condition &c) { c.kind = kind; });
    });
    m_fields = new ColumnChecklist(m_changePage);
    m_fields->setObjectName(QStringLiteral("changeFields"));
    m_fields->setToolTip(tr("The fields compared; none checked means every column"));
    connect(m_fields, &ColumnChecklist::checkedColumnsChanged, this,
            [this](const QStringList &checked) {
                editNode(QStringLiteral("fields"), [&](Condition &c) { c.fields = checked; });
            });
    m_exclude = new ColumnChecklist(m_changePage);
    m_exclude->setObjectName(QStringLiteral("changeExclude"));
    connect(m_exclude, &ColumnChecklist::checkedColumnsChanged, this,
            [this](const QStringList &checked) {
                editNode(QStringLiteral("exclude"), [&](Condition &c) { c.exclude = checked; });
            });
    m_excludeAuto = new QCheckBox(tr("Leave out automatic columns (timestamps set by the "
                                     "database)"),
                                  m_changePage);
    m_excludeAuto->setObjectName(QStringLiteral("excludeAuto"));
    connect(m_excludeAuto, &QCheckBox::toggled, this, [this](bool checked) {
        editNode(QStringLiteral("exclude_auto"), [&](Condition &c) { c.excludeAuto = checked; });
    });
    auto *columns = new QHBoxLayout;
    auto *fieldsBox = new QVBoxLayout;
    fieldsBox->addWidget(new QLabel(tr("Fields (none: all):"), m_changePage));
    fieldsBox->addWidget(m_fields);
    auto *excludeBox = new QVBoxLayout;
    excludeBox->addWidget(new QLabel(tr("Except:"), m_changePage));
    excludeBox->addWidget(m_exclude);
    columns->addLayout(fieldsBox);
    columns->addLayout(excludeBox);
    layout->addRow(tr("Holds when:"), m_changeKind);
    layout->addRow(columns);
    layout->addRow(m_excludeAuto);
    m_pages->addWidget(m_changePage);
    return m_changePage;
}

QWidget *ConditionBuilder::createEntryPage()
{
    m_entryPage = new QWidget(m_pages);
    auto *layout = new QFormLayout(m_entryPage);

    m_entryRow = new QComboBox(m_entryPage);
    m_entryRow->setObjectName(QStringLiteral("entryRow"));
    fillRowCombo(m_entryRow);
    m_entryField = new QComboBox(m_entryPage);
    m_entryField->setObjectName(QStringLiteral("entryField"));
    m_entryField->setEditable(true);
    m_entryField->setInsertPolicy(QComboBox::NoInsert);
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_entryRow);
    fieldRow->addWidget(m_entryField, 1);
    layout->addRow(tr("Field:"), fieldRow);

    m_lookup = new QComboBox(m_entryPage);
    m_lookup->setObjectName(QStringLiteral("lookup"));
    for (int i = int(Lookup::Exact); i <= int(Lookup::Regex); ++i) {
        const auto lookup = Lookup(i);
        m_lookup->addItem(QStringLiteral("%1 (%2)").arg(ConditionTreeModel::lookupText(lookup),
                                                        lookupName(lookup)),
                          i);
    }
    layout->addRow(tr("Comparison:"), m_lookup);

    m_valueKind = new QComboBox(m_entryPage);
    m_valueKind->setObjectName(QStringLiteral("valueKind"));
    m_valueKind->addItem(tr("Text"), int(ValueKind::Text));
    m_valueKind->addItem(tr("Number"), int(ValueKind::Number));
    m_valueKind->addItem(tr("True/false"), int(ValueKind::Boolean));
    m_valueKind->addItem(tr("Null"), int(ValueKind::Null));
    m_valueKind->addItem(tr("List / JSON"), int(ValueKind::Json));
    m_valueKind->addItem(tr("Another field (F)"), int(ValueKind::Field));

    m_valueStack = new QStackedWidget(m_entryPage);
    m_valueText = new QLineEdit(m_valueStack);
    m_valueText->setObjectName(QStringLiteral("valueText"));
    m_valueBool = new QComboBox(m_valueStack);
    m_valueBool->setObjectName(QStringLiteral("valueBool"));
    m_valueBool->addItem(QStringLiteral("true"), true);
    m_valueBool->addItem(QStringLiteral("false"), false);
    m_valueNull = new QLabel(QStringLiteral("null"), m_valueStack);
    m_valueRef = new QWidget(m_valueStack);
    m_refRow = new QComboBox(m_valueRef);
    m_refRow->setObjectName(QStringLiteral("refRow"));
    fillRowCombo(m_refRow);
    m_refField = new QComboBox(m_valueRef);
    m_refField->setObjectName(QStringLiteral("refField"));
    m_refField->setEditable(true);
    m_refField->setInsertPolicy(QComboBox::NoInsert);
    auto *refLayout = new QHBoxLayout(m_valueRef);
    refLayout->setContentsMargins(0, 0, 0, 0);
    refLayout->addWidget(m_refRow);
    refLayout->addWidget(m_refField, 1);
    for (QWidget *page : {static_cast<QWidget *>(m_valueText), static_cast<QWidget *>(m_valueBool),
                          m_valueNull, m_valueRef})
        m_valueStack->addWidget(page);
    // The value row keeps its height; the editor's spare room goes below the form.
    m_valueStack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueKind);
    valueRow->addWidget(m_valueStack, 1);
    layout->addRow(tr("Value:"), valueRow);

    const auto edited = [this](const char *field) {
        return [this, field] {
            editEntryFromForm(QString::fromLatin1(field));
        };
    };
    connect(m_entryRow, &QComboBox::currentIndexChanged, this, edited("row"));
    connect(m_entryField, &QComboBox::currentTextChanged, this, edited("field"));
    connect(m_lookup, &QComboBox::currentIndexChanged, this, edited("lookup"));
    connect(m_valueKind, &QComboBox::currentIndexChanged, this, edited("kind"));
    connect(m_valueText, &QLineEdit::textEdited, this, edited("value"));
    connect(m_valueBool, &QComboBox::currentIndexChanged, this, edited("bool"));
    connect(m_refRow, &QComboBox::currentIndexChanged, this, edited("refRow"));
    connect(m_refField, &QComboBox::currentTextChanged, this, edited("refField"));
    connect(m_valueText, &QLineEdit::editingFinished, m_controller, &DesignController::sealMerging);
    m_pages->addWidget(m_entryPage);
    return m_entryPage;
}

QWidget *ConditionBuilder::createSqlPage()
{
    m_sqlPage = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(m_sqlPage);
    layout->addWidget(new QLabel(tr("A boolean SQL expression over OLD and NEW:"), m_sqlPage));
    m_sqlEdit = new SqlEditor(m_sqlPage);
    m_sqlEdit->setObjectName(QStringLiteral("conditionSql"));
    m_sqlEdit->installEventFilter(this);
    connect(m_sqlEdit, &SqlEditor::textChanged, this, [this] {
        const QString sql = m_sqlEdit->text();
        editNode(QStringLiteral("sql"), [&](Condition &c) { c.sql = sql; });
    });
    layout->addWidget(m_sqlEdit);
    m_pages->addWidget(m_sqlPage);
    return m_sqlPage;
}

QWidget *ConditionBuilder::createTextPane()
{
    auto *pane = new QWidget(this);
    m_text = new QsciScintilla(pane);
    m_text->setObjectName(QStringLiteral("conditionText"));
    auto *lexer = new QsciLexerJSON(m_text);
    lexer->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLexer(lexer);
    m_text->setUtf8(true);
    m_text->setMarginType(0, QsciScintilla::NumberMargin);
    m_text->setMarginWidth(0, QStringLiteral("000"));
    m_text->setMarginType(1, QsciScintilla::SymbolMargin);
    m_text->setMarginWidth(1, 12);
    m_text->setMarginMarkerMask(1, 1 << errorMarker);
    m_text->markerDefine(QsciScintilla::RightTriangle, errorMarker);
    m_text->setMarkerBackgroundColor(QColor(0xd0, 0x30, 0x30), errorMarker);
    m_text->indicatorDefine(QsciScintilla::SquiggleIndicator, errorIndicator);
    m_text->setIndicatorForegroundColor(QColor(0xd0, 0x30, 0x30), errorIndicator);
    m_text->setIndentationWidth(2);
    m_text->setTabWidth(2);
    m_text->setIndentationsUseTabs(false);
    m_text->installEventFilter(this);
    connect(m_text, &QsciScintilla::textChanged, this, [this] {
        if (m_binding->isUpdating())
            return;
        m_textDirty = true;
        m_parseTimer.start();
    });

    m_textErrorLabel = new QLabel(pane);
    m_textErrorLabel->setObjectName(QStringLiteral("conditionTextError"));
    m_textErrorLabel->setWordWrap(true);
    m_textErrorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_textErrorLabel->hide();

    m_whenSql = new QLabel(pane);
    m_whenSql->setObjectName(QStringLiteral("whenSql"));
    m_whenSql->setWordWrap(true);
    m_whenSql->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whenSql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new QLabel(tr("As text (design file JSON):"), pane));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_textErrorLabel);
    layout->addWidget(m_whenSql);
    return pane;
}

bool ConditionBuilder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_text) {
            m_parseTimer.stop();
            applyText();
        }
        if (watched == m_text || watched == m_sqlEdit)
            m_controller->sealMerging();
    }
    return QWidget::eventFilter(watched, event);
}

QString ConditionBuilder::triggerId() const
{
    return m_binding->triggerId();
}

void ConditionBuilder::setTriggerId(const QString &id)
{
    if (m_textDirty && id != m_binding->triggerId()) {
        m_parseTimer.stop();
        applyText();
    }
    m_binding->setTriggerId(id);
    m_textDirty = false;
    refresh();
}

std::optional<Condition> ConditionBuilder::currentCondition() const
{
    const TriggerDesign *trigger = m_binding->trigger();
    return trigger ? trigger->condition : std::nullopt;
}

QStringList ConditionBuilder::columnNames() const
{
    const TriggerDesign *trigger = m_binding->trigger();
    return trigger ? trigger->columnNames() : QStringList();
}

NodePath ConditionBuilder::currentNodePath() const
{
    return m_model->nodePath(m_tree->currentIndex());
}

QString ConditionBuilder::currentPath() const
{
    return m_model->fieldPath(m_tree->currentIndex());
}

bool ConditionBuilder::selectPath(const QString &fieldPath)
{
    const QModelIndex index = m_model->indexForFieldPath(fieldPath);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ConditionBuilder::refresh()
{
    const TriggerDesign *trigger = m_binding->trigger();
    const NodePath previous = currentNodePath();
    const bool hadSelection = m_tree->currentIndex().isValid();
    m_binding->setUpdating(true);
    setEnabled(trigger != nullptr);
    if (trigger)
        m_model->setCondition(trigger->condition, ConditionContext::forTrigger(*trigger));
    else
        m_model->setCondition(std::nullopt);
    m_tree->expandAll();
    QModelIndex select;
    if (m_pendingSelection)
        select = m_model->indexForNodePath(*m_pendingSelection);
    else if (hadSelection)
        select = m_model->indexForNodePath(previous);
    if (!select.isValid() && m_model->condition())
        select = m_model->index(0, 0);
    if (select != m_tree->currentIndex())
        m_tree->setCurrentIndex(select);
    m_emptyLabel->setVisible(trigger && !trigger->condition);

    // Where the condition goes: WHEN, the function's first test (a part that reads other
    // tables), or, for a statement trigger's rows, a filter of the transition tables.
    QStringList places;
    if (trigger && trigger->condition) {
        const ConditionContext context = ConditionContext::forTrigger(*trigger);
        if (conditionEvaluatedInFunction(*trigger)) {
            places.append(tr("Rows of the transition tables where: %1")
                                  .arg(renderCondition(*trigger->condition, context)));
        } else {
            const ConditionSplit split = triggerConditionSplit(*trigger);
            if (split.inWhen)
                places.append(
                        QStringLiteral("WHEN (%1)").arg(renderCondition(*split.inWhen, context)));
            if (split.inFunction)
                places.append(tr("Tested first in the function: %1")
                                      .arg(renderCondition(*split.inFunction, context)));
        }
    }
    m_whenSql->setText(places.join(u'\n'));
    m_whenSql->setVisible(!places.isEmpty());
    updateEditor();
    updateTextView();
    updateActions();
    m_binding->setUpdating(false);
}

void ConditionBuilder::updateEditor()
{
    const auto updating = m_binding->updating();
    const std::optional<Condition> condition = m_model->condition();
    const QModelIndex current = m_tree->currentIndex();
    const ConstNodeRef ref = condition && current.isValid()
            ? findNode(*condition, m_model->nodePath(current))
            : ConstNodeRef {};
    const QStringList columns = columnNames();
    if (const TriggerDesign *trigger = m_binding->trigger(); trigger
        && (m_sqlEdit->triggerTable() != trigger->table.name
            || m_sqlEdit->triggerSchema() != trigger->table.schema))
        m_sqlEdit->setTriggerTable(trigger->table.schema, trigger->table.name);
    if (!ref.isValid()) {
        m_pages->setCurrentWidget(m_emptyPage);
    } else if (ref.entry) {
        const QEntry &entry = *ref.entry;
        syncComboData(m_entryRow, int(entry.field.row));
        syncComboItems(m_entryField, columns, entry.field.column);
        syncComboData(m_lookup, int(entry.lookup));
        const ValueKind kind = valueKindOf(entry);
        syncComboData(m_valueKind, int(kind));
        switch (kind) {
        case ValueKind::Text:
            syncText(m_valueText, entry.literal.toString());
            m_valueStack->setCurrentWidget(m_valueText);
            break;
        case ValueKind::Number:
            // Keep "1.50" while the user types it: only a different number replaces the text.
            if (m_valueText->text().toDouble() != entry.literal.toDouble()
                || m_valueText->text().isEmpty())
                m_valueText->setText(numberText(entry.literal));
            m_valueStack->setCurrentWidget(m_valueText);
            break;
        case ValueKind::Json:
            if (parseJsonLiteral(m_valueText->text()) != entry.literal)
                m_valueText->setText(jsonLiteralText(entry.literal));
            m_valueStack->setCurrentWidget(m_valueText);
            break;
        case ValueKind::Boolean:
            syncComboData(m_valueBool, entry.literal.toBool());
            m_valueStack->setCurrentWidget(m_valueBool);
            break;
        case ValueKind::Null:
            m_valueStack->setCurrentWidget(m_valueNull);
            break;
        case ValueKind::Field:
            syncComboData(m_refRow, int(entry.ref->row));
            syncComboItems(m_refField, columns, entry.ref->column);
            m_valueStack->setCurrentWidget(m_valueRef);
            break;
        }
        m_valueText->setStyleSheet(QString());
        m_pages->setCurrentWidget(m_entryPage);
    } else {
        const Condition &node = *ref.condition;
        switch (node.kind) {
        case ConditionKind::AnyChange:
        case ConditionKind::AnyDontChange:
        case ConditionKind::AllChange:
        case ConditionKind::AllDontChange:
            syncComboData(m_changeKind, int(node.kind));
            m_fields->setColumns(columns, node.fields);
            m_exclude->setColumns(columns, node.exclude);
            syncChecked(m_excludeAuto, node.excludeAuto);
            m_pages->setCurrentWidget(m_changePage);
            break;
        case ConditionKind::Q:
            m_pages->setCurrentWidget(m_qPage);
            break;
        case ConditionKind::And:
        case ConditionKind::Or:
            syncComboData(m_groupKind, int(node.kind));
            m_pages->setCurrentWidget(m_groupPage);
            break;
        case ConditionKind::Not:
            m_pages->setCurrentWidget(m_notPage);
            break;
        case ConditionKind::Sql:
            if (m_sqlEdit->text() != node.sql)
                m_sqlEdit->setText(node.sql);
            m_pages->setCurrentWidget(m_sqlPage);
            break;
        case ConditionKind::Exists:
            m_existsPage->showCondition(node, columns);
            m_pages->setCurrentWidget(m_existsPage);
            break;
        }
    }
}

void ConditionBuilder::updateTextView()
{
    const std::optional<Condition> condition = currentCondition();
    // The user's own text stays as typed while it means the current condition: reformatting it
    // under the cursor would fight the typing.
    if (m_text->hasFocus()) {
        const QString typed = m_text->text();
        const ConditionParseResult parsed = parseConditionJson(typed);
        if ((parsed.ok() && parsed.condition == condition)
            || (typed.trimmed().isEmpty() && !condition))
            return;
    }
    const QString text = condition ? conditionToJson(*condition) : QString();
    const auto updating = m_binding->updating();
    if (m_text->text() != text)
        m_text->setText(text);
    m_textDirty = false;
    showTextError({});
}

void ConditionBuilder::updateActions()
{
    const std::optional<Condition> &condition = m_model->condition();
    const bool hasTrigger = m_binding->trigger() != nullptr;
    const bool hasNode = condition && m_tree->currentIndex().isValid();
    const NodePath path = currentNodePath();
    m_addMenu->setEnabled(hasTrigger);
    for (QAction *action : std::as_const(m_wrapActions))
        action->setEnabled(hasNode);
    m_delete->setEnabled(hasNode);
    const auto canMove = [&](int delta) {
        if (!hasNode)
            return false;
        std::optional<Condition> copy = condition;
        return moveNode(copy, path, delta).has_value();
    };
    m_moveUp->setEnabled(canMove(-1));
    m_moveDown->setEnabled(canMove(1));
    const bool inQ = hasNode && findNode(*condition, path).condition->kind == ConditionKind::Q;
    m_addEntry->setText(inQ ? tr("Comparison in this group") : tr("Comparison (old/new field)"));
}

void ConditionBuilder::showTextError(const DesignFileError &error)
{
    m_textError = error;
    const int lastLine = std::max(0, m_text->lines() - 1);
    m_text->clearIndicatorRange(0, 0, lastLine, m_text->lineLength(lastLine), errorIndicator);
    m_text->markerDeleteAll(errorMarker);
    if (error.message.isEmpty()) {
        m_textErrorLabel->hide();
        return;
    }
    const int line = std::clamp(error.line - 1, 0, lastLine);
    const QString lineText = m_text->text(line);
    int from = std::max(0, error.column - 1);
    // Mark the word the error is at, or at least one character, so the squiggle is visible even
    // at the end of a line.
    int to = from;
    while (to < lineText.size() && (lineText.at(to).isLetterOrNumber() || lineText.at(to) == u'_'))
        ++to;
    if (to == from)
        ++to;
    const int length = int(lineText.trimmed().isEmpty() ? 0 : lineText.size());
    if (from >= length && length > 0) {
        from = length - 1;
        to = length;
    }
    m_text->fillIndicatorRange(line, from, line, to, errorIndicator);
    m_text->markerAdd(line, errorMarker);
    const QString where = error.path.isEmpty() ? QString() : error.path + QStringLiteral(": ");
    m_textErrorLabel->setText(tr("Line %1, column %2: %3%4 — the design keeps its last valid "
                                 "condition.")
                                      .arg(error.line)
                                      .arg(error.column)
                                      .arg(where, error.message));
    m_textErrorLabel->show();
}

void ConditionBuilder::applyText()
{
    if (!m_textDirty || m_binding->isUpdating() || !m_binding->trigger())
        return;
    const QString text = m_text->text();
    std::optional<Condition> parsed;
    if (!text.trimmed().isEmpty()) {
        const ConditionParseResult result = parseConditionJson(text);
        if (!result.ok()) {
            showTextError(result.error);
            return;
        }
        parsed = result.condition;
    }
    m_textDirty = false;
    showTextError({});
    editCondition(tr("Edit Condition Text"), QStringLiteral("condition/text"),
                  [&](std::optional<Condition> &c) { c = parsed; });
}

void ConditionBuilder::editCondition(const QString &description, const QString &mergeKey,
                                     const ConditionChange &change,
                                     const std::optional<NodePath> &select)
{
    if (m_binding->isUpdating() || !m_binding->trigger())
        return;
    m_pendingSelection = select;
    m_controller->editTrigger(m_binding->triggerId(), description, mergeKey,
                              [&](TriggerDesign &t) { change(t.condition); });
    m_pendingSelection.reset();
}

void ConditionBuilder::editNode(const QString &field,
                                const std::function<void(Condition &)> &change)
{
    if (m_binding->isUpdating())
        return;
    const NodePath path = currentNodePath();
    editCondition(tr("Change Condition"), nodePathKey(path) + u':' + field,
                  [&](std::optional<Condition> &root) {
                      if (!root)
                          return;
                      if (Condition *node = conditionAt(*root, path))
                          change(*node);
                  });
}

std::optional<QEntry> ConditionBuilder::entryFromForm() const
{
    QEntry entry;
    entry.field = {RowVersion(m_entryRow->currentData().toInt()),
                   m_entryField->currentText().trimmed()};
    entry.lookup = Lookup(m_lookup->currentData().toInt());
    const auto kind = ValueKind(m_valueKind->currentData().toInt());
    switch (kind) {
    case ValueKind::Text:
        entry.literal = m_valueText->text();
        break;
    case ValueKind::Number: {
        bool ok = false;
        const QString text = m_valueText->text().trimmed();
        const qint64 integer = text.toLongLong(&ok);
        if (ok) {
            entry.literal = integer;
            break;
        }
        const double number = text.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        entry.literal = number;
        break;
    }
    case ValueKind::Boolean:
        entry.literal = m_valueBool->currentData().toBool();
        break;
    case ValueKind::Null:
        entry.literal = QJsonValue::Null;
        break;
    case ValueKind::Json: {
        const std::optional<QJsonValue> value = parseJsonLiteral(m_valueText->text());
        if (!value)
            return std::nullopt;
        entry.literal = *value;
        break;
    }
    case ValueKind::Field:
        entry.ref = FieldRef {RowVersion(m_refRow->currentData().toInt()),
                              m_refField->currentText().trimmed()};
        break;
    }
    return entry;
}

void ConditionBuilder::editEntryFromForm(const QString &field)
{
    if (m_binding->isUpdating())
        return;
    const NodePath path = currentNodePath();
    const std::optional<Condition> condition = m_model->condition();
    if (!condition || !findNode(*condition, path).entry)
        return;
    const QEntry before = *findNode(*condition, path).entry;
    std::optional<QEntry> entry;
    if (field == QLatin1String("kind")) {
        // A new kind of value starts from what the old one said, where that makes sense.
        entry = before;
        entry->ref.reset();
        const auto kind = ValueKind(m_valueKind->currentData().toInt());
        const QString text = before.literal.isString() ? before.literal.toString() : QString();
        switch (kind) {
        case ValueKind::Text:
            entry->literal = before.literal.isDouble() ? numberText(before.literal) : text;
            break;
        case ValueKind::Number:
            entry->literal = text.toDouble();
            break;
        case ValueKind::Boolean:
            entry->literal = true;
            break;
        case ValueKind::Null:
            entry->literal = QJsonValue::Null;
            break;
        case ValueKind::Json:
            entry->literal = before.literal.isArray() || before.literal.isObject()
                    ? before.literal
                    : QJsonValue(QJsonArray {before.literal});
            break;
        case ValueKind::Field:
            entry->literal = QJsonValue();
            entry->ref = FieldRef {before.field.row == RowVersion::Old ? RowVersion::New
                                                                       : RowVersion::Old,
                                   before.field.column};
            break;
        }
    } else {
        entry = entryFromForm();
    }
    if (!entry) {
        // Not a number or not JSON yet: mark the field and wait for more typing.
        m_valueText->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
        return;
    }
    m_valueText->setStyleSheet(QString());
    // Lookups that need a kind of value get one: in takes a list, isnull true or false.
    if (field == QLatin1String("lookup")) {
        if (entry->lookup == Lookup::In && !entry->ref && !entry->literal.isArray())
            entry->literal = entry->literal.isNull() || entry->literal.toString().isEmpty()
                    ? QJsonValue(QJsonArray())
                    : QJsonValue(QJsonArray {entry->literal});
        if (entry->lookup == Lookup::IsNull) {
            entry->ref.reset();
            if (!entry->literal.isBool())
                entry->literal = true;
        }
    }
    editCondition(tr("Change Comparison"), nodePathKey(path) + u':' + field,
                  [&](std::optional<Condition> &root) {
                      if (root) {
                          if (QEntry *target = entryAt(*root, path))
                              *target = *entry;
                      }
                  });
}

QEntry ConditionBuilder::newEntry() const
{
    const QStringList columns = columnNames();
    QEntry entry;
    entry.field = {RowVersion::New, columns.isEmpty() ? QStringLiteral("id") : columns.first()};
    entry.literal = QString();
    return entry;
}

void ConditionBuilder::addNode(ConditionKind kind)
{
    std::optional<Condition> condition = currentCondition();
    const NodePath selected = m_tree->currentIndex().isValid() ? currentNodePath() : NodePath {};
    NodePath added;
    switch (kind) {
    case ConditionKind::Q:
        added = addEntry(condition, selected, newEntry());
        break;
    case ConditionKind::Not:
        added = addCondition(condition, selected, Condition::negation(Condition::q({newEntry()})));
        break;
    case ConditionKind::Sql:
        added = addCondition(condition, selected, Condition::rawSql(QString()));
        break;
    case ConditionKind::Exists:
        added = addCondition(condition, selected, Condition::exists(TableRef {}, {}));
        break;
    case ConditionKind::And:
        added = addCondition(condition, selected, Condition::allOf({}));
        break;
    case ConditionKind::Or:
        added = addCondition(condition, selected, Condition::anyOf({}));
        break;
    case ConditionKind::AnyChange:
    case ConditionKind::AnyDontChange:
    case ConditionKind::AllChange:
    case ConditionKind::AllDontChange:
        added = addCondition(condition, selected, Condition::change(kind));
        break;
    }
    editCondition(
            tr("Add %1").arg(ConditionTreeModel::kindText(kind)), QString(),
            [&](std::optional<Condition> &c) { c = condition; }, added);
}

void ConditionBuilder::wrapSelected(ConditionKind kind)
{
    std::optional<Condition> condition = currentCondition();
    const NodePath path = wrapNode(condition, currentNodePath(), kind);
    editCondition(
            tr("Wrap in %1").arg(ConditionTreeModel::kindText(kind)), QString(),
            [&](std::optional<Condition> &c) { c = condition; }, path.mid(0, path.size() - 1));
}

void ConditionBuilder::removeSelected()
{
    if (!m_tree->currentIndex().isValid())
        return;
    std::optional<Condition> condition = currentCondition();
    const std::optional<NodePath> next = removeNode(condition, currentNodePath());
    editCondition(
            tr("Delete Condition Node"), QString(),
            [&](std::optional<Condition> &c) { c = condition; }, next);
}

void ConditionBuilder::moveSelected(int delta)
{
    std::optional<Condition> condition = currentCondition();
    const std::optional<NodePath> moved = moveNode(condition, currentNodePath(), delta);
    if (!moved)
        return;
    editCondition(
            tr("Move Condition Node"), QString(),
            [&](std::optional<Condition> &c) { c = condition; }, moved);
}

} // namespace trigon::ui
