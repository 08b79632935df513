#include "ui/catalog/catalogfiltermodel.h"

#include "ui/catalog/catalogtreemodel.h"

namespace trigon::ui {

CatalogFilterModel::CatalogFilterModel(CatalogTreeModel *catalog, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_catalog(catalog)
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
    return m_text.isEmpty()
            || m_catalog->matches(m_catalog->index(sourceRow, 0, sourceParent), m_text);
}

} // namespace trigon::ui
