#include "ui/catalog/catalogfiltermodel.h"

#include "ui/catalog/catalogtreemodel.h"

namespace trigon::ui {

CatalogFilterModel::CatalogFilterModel(CatalogTreeModel *catalog, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSourceModel(catalog);
}

void CatalogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    // The source is the CatalogTreeModel the constructor was given.
    const auto *catalog = static_cast<const CatalogTreeModel *>(sourceModel());
    return catalog->matches(catalog->index(sourceRow, 0, sourceParent), m_text);
}

} // namespace trigon::ui
