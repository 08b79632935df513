#pragma once

#include "core/catalog/catalogsnapshot.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace trigon::ui {

class CatalogFilterModel;
class CatalogTreeModel;

// The Catalog pane: the connected database's schemas, tables, views, columns and triggers, with
// a filter box and context actions. Without a catalog it shows a placeholder text instead of the
// tree (e.g. how to connect).
class CatalogPane : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPane(QWidget *parent = nullptr);

    // A snapshot of the database already shown (a reload after a deploy or F5) keeps the nodes
    // expanded, the current one and the scroll position, found again by their names; another
    // database opens with its schemas expanded.
    void setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot);
    // Shown instead of the tree while there is no snapshot; empty: the empty tree.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const;
    // "Loading…", an error, or empty: shown above the tree.
    void setStatus(const QString &text);
    CatalogTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

signals:
    void newTriggerRequested(const trigon::CatalogRelation &relation);
    void importRequested(const trigon::CatalogTrigger &trigger);
    void showDefinitionRequested(const trigon::CatalogTrigger &trigger);
    void refreshRequested();

private:
    // What the user opened and looked at, by CatalogTreeModel::path().
    struct TreeState
    {
        QList<QStringList> expanded; // parents before their children
        QStringList current;
        QStringList firstVisible;
    };
    TreeState treeState() const;
    void addExpanded(const QModelIndex &parent, QList<QStringList> &paths) const;
    void restoreTreeState(const TreeState &state);
    QModelIndex viewIndex(const QStringList &path) const;
    void updatePlaceholder();
    void showContextMenu(const QPoint &position);
    void applyFilter();

    CatalogTreeModel *m_model;
    CatalogFilterModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QLabel *m_status;
    QLabel *m_placeholder;
    QTimer *m_filterTimer;
};

} // namespace trigon::ui
