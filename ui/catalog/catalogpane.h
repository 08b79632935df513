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
// a filter box and context actions.
class CatalogPane : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPane(QWidget *parent = nullptr);

    void setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot);
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
    void showContextMenu(const QPoint &position);
    void applyFilter();

    CatalogTreeModel *m_model;
    CatalogFilterModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QLabel *m_status;
    QTimer *m_filterTimer;
};

} // namespace trigon::ui
