#pragma once

#include "core/catalog/catalogsnapshot.h"
#include "core/model/triggerdesign.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace trigon::ui {

// Picks the tables a design puts its trigger on: tables ticked in a list of the catalog's
// tables, or a selector (schema, name pattern, exclusions, a column they must have) whose picks
// the list shows ticked as the rule is typed. Without a catalog (offline) the list holds the
// design's own tables, which can only be unticked.
class TablesDialog : public QDialog
{
    Q_OBJECT
public:
    TablesDialog(const TriggerDesign &design, std::shared_ptr<const CatalogSnapshot> catalog,
                 QWidget *parent = nullptr);

    // The ticked tables, in the list's order, each with its columns (the catalog's, or the
    // design's for a table the catalog does not know).
    QList<DesignTable> tables() const;
    // The rule, when "Pick by rule" is on.
    std::optional<TableSelector> selector() const;

    // `design` with these tables and this selector: one table and no rule stay a one-table
    // design ("table"), anything else becomes a design over several tables ("tables").
    static void applyTo(TriggerDesign &design, const QList<DesignTable> &tables,
                        const std::optional<TableSelector> &selector);

private:
    void applyRule();
    void filterList(const QString &text);
    void updateCount();

    std::shared_ptr<const CatalogSnapshot> m_catalog;
    QList<DesignTable> m_known; // the list's tables, in its order
    QGroupBox *m_rule;
    QComboBox *m_schema;
    QLineEdit *m_pattern;
    QLineEdit *m_exclude;
    QLineEdit *m_hasColumn;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_count;
};

} // namespace trigon::ui
