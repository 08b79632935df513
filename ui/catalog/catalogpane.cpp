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

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
}

void CatalogPane::setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
    // Schemas open, tables closed: the first look shows what is there without a wall of columns.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_view->expand(m_proxy->index(row, 0));
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
