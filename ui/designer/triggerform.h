#pragma once

#include "core/catalog/catalogsnapshot.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace trigon::ui {

class DesignController;
class FunctionPicker;
class TriggerBinding;

// The form for one trigger's CREATE TRIGGER properties: table (or, through the Tables dialog,
// several tables or a rule that picks them), timing, events, UPDATE OF, level, transition
// tables, constraint options, arguments, enabled state, bypass, comment, and the table's columns as
// the design knows them (for a design over several tables, its first table's, read-only).
//
// Options PostgreSQL would refuse in the current combination are disabled, with a tooltip that
// says why. The reasons come from the validator itself (each option is tried on a copy of the
// trigger), so the form and the diagnostics never disagree. An option that is already chosen
// stays enabled even when refused, so the user can undo it; the diagnostics report it.
class TriggerForm : public QWidget
{
    Q_OBJECT
public:
    explicit TriggerForm(DesignController *controller, QWidget *parent = nullptr);

    void setTriggerId(const QString &id);
    QString triggerId() const;
    // Table names for the pickers and columns for "Columns from catalog"; null when offline.
    void setCatalog(std::shared_ptr<const CatalogSnapshot> catalog);
    // Puts the focus on the widget of a diagnostic's field ("events", "referencing.old", ...).
    void focusField(const QString &fieldPath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void refresh();
    void updateAvailability(const TriggerDesign &design);
    void edit(const QString &description, const QString &mergeKey,
              const std::function<void(TriggerDesign &)> &change);
    void fillTableColumnsFromCatalog();
    // The Tables dialog; its answer is one edit.
    void chooseTables();
    void editTableColumn(int row, int column);
    const CatalogRelation *catalogRelation(const TriggerDesign &trigger) const;

    DesignController *m_controller;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    TriggerBinding *m_binding;
    // The trigger whose texts the fields hold, and whether the document was replaced since: the
    // fields' own undo history belongs to that trigger of that document, and is dropped when
    // either changes (Ctrl+Z in a field would otherwise bring back a stale text as an edit).
    QString m_textsOf;
    bool m_documentReplaced = false;

    QLineEdit *m_name;
    QComboBox *m_schema;
    QComboBox *m_table;
    FunctionPicker *m_function;
    QLabel *m_tableDot;
    QLabel *m_tablesSummary; // instead of the two boxes for a design over several tables
    QButtonGroup *m_timing;
    QList<QRadioButton *> m_timingButtons;
    QList<QCheckBox *> m_eventBoxes;
    QListWidget *m_updateColumns;
    QButtonGroup *m_level;
    QList<QRadioButton *> m_levelButtons;
    QLineEdit *m_oldTable;
    QLineEdit *m_newTable;
    QGroupBox *m_constraint;
    QCheckBox *m_deferrable;
    QCheckBox *m_initiallyDeferred;
    QLineEdit *m_constraintFrom;
    QComboBox *m_enabled;
    QComboBox *m_bypass; // BypassMode, in its order
    QLineEdit *m_comment;
    QPlainTextEdit *m_arguments;
    QWidget *m_columnButtons; // add, remove, from catalog: one table's columns only
    QTableWidget *m_tableColumns;
};

} // namespace trigon::ui
