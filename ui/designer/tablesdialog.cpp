#include "ui/designer/tablesdialog.h"

#include "core/catalog/tableselection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

QStringList splitNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            names.append(part.trimmed());
    }
    return names;
}

} // namespace

TablesDialog::TablesDialog(const TriggerDesign &design,
                           std::shared_ptr<const CatalogSnapshot> catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(std::move(catalog))
    , m_rule(new QGroupBox(tr("Pick by &rule"), this))
    , m_schema(new QComboBox(this))
    , m_pattern(new QLineEdit(this))
    , m_exclude(new QLineEdit(this))
    , m_hasColumn(new QLineEdit(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Tables of %1").arg(design.name));
    setObjectName(QStringLiteral("tablesDialog"));

    const QList<TriggerDesign> current = tableTriggers(design);
    QList<TableRef> ticked;
    for (const TriggerDesign &trigger : current) {
        if (!trigger.table.isEmpty())
            ticked.append(trigger.table);
    }
    if (m_catalog) {
        for (const CatalogRelation &relation : m_catalog->relations) {
            if (relation.isTable() && !relation.isPartition)
                m_known.append(designTable(relation));
        }
    }
    // The design's tables the catalog lacks (or all of them, offline) stay in the list.
    for (const TriggerDesign &trigger : current) {
        const bool listed
                = std::any_of(m_known.cbegin(), m_known.cend(),
                              [&](const DesignTable &t) { return t.table == trigger.table; });
        if (!trigger.table.isEmpty() && !listed)
            m_known.append(DesignTable {trigger.table, trigger.tableColumns});
    }
    for (const DesignTable &table : std::as_const(m_known)) {
        auto *item = new QListWidgetItem(table.table.displayName(), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(table.table) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setObjectName(QStringLiteral("tablesList"));
    connect(m_list, &QListWidget::itemChanged, this, &TablesDialog::updateCount);

    m_rule->setObjectName(QStringLiteral("tablesRule"));
    m_rule->setCheckable(true);
    m_rule->setChecked(design.selector.has_value());
    m_rule->setToolTip(tr("The rule is saved with the design: trigon-cli attach applies it again, "
                          "and status names the tables it picks that the design lacks (a table "
                          "created later)."));
    const TableSelector rule = design.selector.value_or(TableSelector {});
    m_schema->setEditable(true);
    m_schema->setObjectName(QStringLiteral("ruleSchema"));
    if (m_catalog) {
        for (const CatalogSchema &schema : m_catalog->schemas)
            m_schema->addItem(schema.name);
    }
    m_schema->setCurrentText(rule.schema);
    m_pattern->setObjectName(QStringLiteral("rulePattern"));
    m_pattern->setText(rule.pattern);
    m_pattern->setToolTip(tr("A glob: * stands for any run of characters, ? for one."));
    m_exclude->setObjectName(QStringLiteral("ruleExclude"));
    m_exclude->setText(rule.exclude.join(QStringLiteral(", ")));
    m_exclude->setPlaceholderText(tr("audit_log, schema_migrations"));
    m_hasColumn->setObjectName(QStringLiteral("ruleHasColumn"));
    m_hasColumn->setText(rule.hasColumn);
    m_hasColumn->setPlaceholderText(tr("last_update"));
    auto *ruleForm = new QFormLayout(m_rule);
    ruleForm->addRow(tr("&Schema:"), m_schema);
    ruleForm->addRow(tr("Name &pattern:"), m_pattern);
    ruleForm->addRow(tr("E&xcept:"), m_exclude);
    ruleForm->addRow(tr("With &column:"), m_hasColumn);
    for (QLineEdit *edit : {m_pattern, m_exclude, m_hasColumn})
        connect(edit, &QLineEdit::textChanged, this, &TablesDialog::applyRule);
    connect(m_schema, &QComboBox::currentTextChanged, this, &TablesDialog::applyRule);
    connect(m_rule, &QGroupBox::toggled, this, &TablesDialog::applyRule);

    m_filter->setPlaceholderText(tr("Filter tables"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &TablesDialog::filterList);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rule);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    if (!m_catalog) {
        auto *offline = new QLabel(tr("Not connected: only the design's own tables are listed. "
                                      "Connect to pick others from the catalog."),
                                   this);
        offline->setWordWrap(true);
        layout->addWidget(offline);
    }
    layout->addWidget(buttons);
    resize(460, 560);
    updateCount();
    if (m_rule->isChecked() && m_catalog)
        applyRule();
}

QList<DesignTable> TablesDialog::tables() const
{
    QList<DesignTable> picked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            picked.append(m_known.at(row));
    }
    return picked;
}

std::optional<TableSelector> TablesDialog::selector() const
{
    if (!m_rule->isChecked())
        return std::nullopt;
    TableSelector rule;
    rule.schema = m_schema->currentText().trimmed();
    rule.pattern = m_pattern->text().trimmed();
    rule.exclude = splitNames(m_exclude->text());
    rule.hasColumn = m_hasColumn->text().trimmed();
    return rule;
}

void TablesDialog::applyTo(TriggerDesign &design, const QList<DesignTable> &tables,
                           const std::optional<TableSelector> &selector)
{
    design.selector = selector;
    if (tables.size() == 1 && !selector) {
        design.table = tables.first().table;
        design.tableColumns = tables.first().columns;
        design.tables.clear();
        return;
    }
    design.table = {};
    design.tableColumns.clear();
    design.tables = tables;
}

void TablesDialog::applyRule()
{
    // The rule decides while it is on; ticking by hand afterwards is still possible.
    const std::optional<TableSelector> rule = selector();
    if (!rule || !m_catalog)
        return;
    QList<TableRef> picked;
    for (const DesignTable &table : selectTables(*rule, *m_catalog))
        picked.append(table.table);
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setCheckState(picked.contains(m_known.at(row).table) ? Qt::Checked
                                                                                : Qt::Unchecked);
    updateCount();
}

void TablesDialog::filterList(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row)
        m_list->item(row)->setHidden(
                !m_list->item(row)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

void TablesDialog::updateCount()
{
    const qsizetype count = tables().size();
    m_count->setText(count == 0 ? tr("No table picked: the design needs at least one.")
                                : tr("%n table(s) picked, one trigger on each, one shared "
                                     "function.",
                                     nullptr, int(count)));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

} // namespace trigon::ui
