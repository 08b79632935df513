#include "ui/catalog/catalogpane.h"

#include "ui/catalog/catalogfiltermodel.h"
#include "ui/catalog/catalogtreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace trigon::ui {

CatalogPane::CatalogPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new CatalogTreeModel(this))
    , m_proxy(new CatalogFilterModel(m_model, this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_filterTimer(new QTimer(this))
{
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // keeps large catalogs smooth
    m_view->setIconSize(QSize(16, 16));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &CatalogPane::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const CatalogTrigger *trigger = m_model->trigger(m_proxy->mapToSource(index)))
            emit showDefinitionRequested(*trigger);
    });

    m_filter->setPlaceholderText(tr("Filter tables, columns, triggers…"));
    m_filter->setClearButtonEnabled(true);
    // Filtering a catalog of thousands of tables takes a moment: wait until typing pauses.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &CatalogPane::applyFilter);

    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Load the catalog again (F5)"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QToolButton::clicked, this, &CatalogPane::refreshRequested);

    m_status->setWordWrap(true);
    m_status->hide();
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(12);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    layout->addWidget(m_placeholder, 1);
}

void CatalogPane::setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot)
{
    const std::shared_ptr<const CatalogSnapshot> &shown = m_model->snapshot();
    const bool reload = snapshot && shown && snapshot->server.database == shown->server.database;
    const TreeState state = reload ? treeState() : TreeState {};
    m_model->setSnapshot(std::move(snapshot));
    if (reload) {
        restoreTreeState(state);
    } else {
        // Schemas open, tables closed: the first look shows what is there without a wall of
        // columns.
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            m_view->expand(m_proxy->index(row, 0));
    }
    updatePlaceholder();
}

CatalogPane::TreeState CatalogPane::treeState() const
{
    TreeState state;
    addExpanded({}, state.expanded);
    state.current = m_model->path(m_proxy->mapToSource(m_view->currentIndex()));
    state.firstVisible = m_model->path(m_proxy->mapToSource(m_view->indexAt(QPoint(0, 0))));
    return state;
}

void CatalogPane::addExpanded(const QModelIndex &parent, QList<QStringList> &paths) const
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (!m_view->isExpanded(index))
            continue;
        paths.append(m_model->path(m_proxy->mapToSource(index)));
        addExpanded(index, paths);
    }
}

QModelIndex CatalogPane::viewIndex(const QStringList &path) const
{
    return path.isEmpty() ? QModelIndex() : m_proxy->mapFromSource(m_model->indexOfPath(path));
}

void CatalogPane::restoreTreeState(const TreeState &state)
{
    for (const QStringList &path : state.expanded) {
        if (const QModelIndex index = viewIndex(path); index.isValid())
            m_view->expand(index);
    }
    if (const QModelIndex current = viewIndex(state.current); current.isValid())
        m_view->setCurrentIndex(current);
    // Last, since making an index current scrolls to it: the rows the user was looking at.
    if (const QModelIndex first = viewIndex(state.firstVisible); first.isValid())
        m_view->scrollTo(first, QAbstractItemView::PositionAtTop);
}

void CatalogPane::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
    updatePlaceholder();
}

QString CatalogPane::placeholderText() const
{
    return m_placeholder->text();
}

void CatalogPane::updatePlaceholder()
{
    const bool placeholder = !m_model->snapshot() && !m_placeholder->text().isEmpty();
    m_placeholder->setVisible(placeholder);
    m_view->setVisible(!placeholder);
}

void CatalogPane::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CatalogPane::applyFilter()
{
    m_proxy->setText(m_filter->text());
    if (!m_filter->text().isEmpty())
        m_view->expandToDepth(1);
}

void CatalogPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_proxy->mapToSource(m_view->indexAt(position));
    QMenu menu(this);
    if (const CatalogRelation *relation = m_model->relation(index)) {
        QAction *create = menu.addAction(tr("New Trigger on %1").arg(relation->name));
        const CatalogRelation copy = *relation;
        connect(create, &QAction::triggered, this,
                [this, copy] { emit newTriggerRequested(copy); });
        if (!relation->canCreateTrigger) {
            create->setEnabled(false);
            create->setToolTip(tr("The connected role lacks the TRIGGER privilege on it."));
        }
    }
    if (const CatalogTrigger *trigger = m_model->trigger(index)) {
        const CatalogTrigger copy = *trigger;
        menu.addAction(tr("Import as Design"), this, [this, copy] { emit importRequested(copy); });
        menu.addAction(tr("Show SQL"), this, [this, copy] { emit showDefinitionRequested(copy); });
    }
    menu.addSeparator();
    menu.addAction(tr("Refresh"), this, &CatalogPane::refreshRequested);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace trigon::ui
