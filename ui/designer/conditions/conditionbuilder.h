#pragma once

#include "core/io/designfile.h"
#include "core/model/condition.h"
#include "core/model/conditiontreeedits.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTreeView;
class QsciScintilla;

namespace trigon::ui {

class ColumnChecklist;
class ConditionTreeModel;
class ExistsEditor;
class DesignController;
class TriggerBinding;
class SqlEditor;

// The condition (WHEN) of one trigger: a tree with a toolbar to add, wrap, delete and move nodes,
// a form for the selected node, and the same condition as design-file JSON text that can be
// edited. Every change is one controller edit (typing merges); the widget re-reads the trigger
// whenever the controller reports a change, undo and redo included.
class ConditionBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionBuilder(DesignController *controller, QWidget *parent = nullptr);

    // The trigger to show; empty: nothing is selected and the builder is disabled.
    void setTriggerId(const QString &id);
    QString triggerId() const;

    // Selects the node a validator field path names ("condition.and[1].q.old__status"); false
    // when the path is not inside this trigger's condition.
    bool selectPath(const QString &fieldPath);
    // The field path of the selected node; empty when none is selected.
    QString currentPath() const;

    ConditionTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QsciScintilla *textView() const { return m_text; }
    // Why the text view's text does not parse; an empty message when it does.
    DesignFileError textError() const { return m_textError; }
    // Parses the text view now instead of after the typing pause.
    void applyText();

signals:
    // The selected node changed (by the user or by selectPath()).
    void currentPathChanged(const QString &fieldPath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using ConditionChange = std::function<void(std::optional<Condition> &)>;

    QWidget *createTreePane();
    QWidget *createEditorPane();
    QWidget *createTextPane();
    QWidget *createChangePage();
    QWidget *createEntryPage();
    QWidget *createSqlPage();

    void refresh();
    void updateEditor();
    void updateTextView();
    void updateActions();
    void showTextError(const DesignFileError &error);

    NodePath currentNodePath() const;
    std::optional<Condition> currentCondition() const;
    QStringList columnNames() const;
    QEntry newEntry() const;
    // One controller edit of the condition; `select` is the node to select afterwards.
    void editCondition(const QString &description, const QString &mergeKey,
                       const ConditionChange &change, const std::optional<NodePath> &select = {});
    // Edits the selected condition node / q entry; `field` names what changed, for merging.
    void editNode(const QString &field, const std::function<void(Condition &)> &change);
    void editEntryFromForm(const QString &field);
    std::optional<QEntry> entryFromForm() const;

    void addNode(ConditionKind kind);
    void wrapSelected(ConditionKind kind);
    void removeSelected();
    void moveSelected(int delta);

    DesignController *m_controller;
    TriggerBinding *m_binding;
    std::optional<NodePath> m_pendingSelection;

    ConditionTreeModel *m_model;
    QTreeView *m_tree = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QMenu *m_addMenu = nullptr;
    QAction *m_addEntry = nullptr;
    QList<QAction *> m_wrapActions;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_changePage = nullptr;
    QWidget *m_qPage = nullptr;
    QWidget *m_entryPage = nullptr;
    QWidget *m_groupPage = nullptr;
    QWidget *m_notPage = nullptr;
    QWidget *m_sqlPage = nullptr;
    ExistsEditor *m_existsPage = nullptr;
    QComboBox *m_changeKind = nullptr;
    ColumnChecklist *m_fields = nullptr;
    ColumnChecklist *m_exclude = nullptr;
    QCheckBox *m_excludeAuto = nullptr;
    QComboBox *m_entryRow = nullptr;
    QComboBox *m_entryField = nullptr;
    QComboBox *m_lookup = nullptr;
    QComboBox *m_valueKind = nullptr;
    QStackedWidget *m_valueStack = nullptr;
    QLineEdit *m_valueText = nullptr;
    QComboBox *m_valueBool = nullptr;
    QWidget *m_valueNull = nullptr;
    QWidget *m_valueRef = nullptr;
    QComboBox *m_refRow = nullptr;
    QComboBox *m_refField = nullptr;
    QComboBox *m_groupKind = nullptr;
    SqlEditor *m_sqlEdit = nullptr;

    QsciScintilla *m_text = nullptr;
    QLabel *m_textErrorLabel = nullptr;
    QLabel *m_whenSql = nullptr;
    QTimer m_parseTimer;
    bool m_textDirty = false;
    DesignFileError m_textError;
};

} // namespace trigon::ui
