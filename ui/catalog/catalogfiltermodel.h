#pragma once

#include <QSortFilterProxyModel>

namespace trigon::ui {

class CatalogTreeModel;

// Filters a CatalogTreeModel by a piece of text, case-insensitive, in the names it shows (and a
// column's type). A match deep down (a column, a trigger) keeps its table and schema visible.
//
// It asks the model directly instead of through DisplayRole and a regular expression: a large
// catalog has hundreds of thousands of nodes, and building a string and a QVariant for each
// column was most of the time a filter took.
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterModel(CatalogTreeModel *catalog, QObject *parent = nullptr);

    void setText(const QString &text); // empty: everything
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace trigon::ui
