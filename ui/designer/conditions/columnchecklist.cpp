#include "ui/designer/conditions/columnchecklist.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace trigon::ui {

void showCheckableNames(QListWidget *list, const QStringList &names, const QStringList &checked)
{
    QStringList shown = names;
    for (const QString &name : checked) {
        if (!shown.contains(name))
            shown.append(name);
    }
    bool same = list->count() == shown.size();
    for (int i = 0; same && i < shown.size(); ++i)
        same = list->item(i)->text() == shown.at(i);
    if (!same) {
        list->clear();
        for (const QString &name : std::as_const(shown)) {
            auto *item = new QListWidgetItem(name, list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            // Without a check state of its own the item draws no check box.
            item->setCheckState(Qt::Unchecked);
        }
    }
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        const Qt::CheckState state = checked.contains(item->text()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
}

QStringList checkedNames(const QListWidget *list)
{
    QStringList checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked.append(list->item(i)->text());
    }
    return checked;
}

ColumnChecklist::ColumnChecklist(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addWidget(m_add);
    m_list->setObjectName(QStringLiteral("columnList"));
    m_add->setObjectName(QStringLiteral("addColumn"));
    m_add->setPlaceholderText(tr("Another column…"));
    m_add->setClearButtonEnabled(true);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit checkedColumnsChanged(checkedColumns());
    });
    connect(m_add, &QLineEdit::returnPressed, this, &ColumnChecklist::addTypedColumn);
}

void ColumnChecklist::setColumns(const QStringList &known, const QStringList &checked)
{
    m_updating = true;
    showCheckableNames(m_list, known, checked);
    m_updating = false;
}

QStringList ColumnChecklist::checkedColumns() const
{
    return checkedNames(m_list);
}

void ColumnChecklist::setPlaceholderText(const QString &text)
{
    m_add->setPlaceholderText(text);
}

void ColumnChecklist::addTypedColumn()
{
    const QString name = m_add->text().trimmed();
    if (name.isEmpty())
        return;
    m_add->clear();
    QStringList checked = checkedColumns();
    if (!checked.contains(name))
        checked.append(name);
    // The model answers with setColumns(); until then the list shows the name checked, so the
    // widget is right even when nothing listens.
    QStringList known;
    for (int i = 0; i < m_list->count(); ++i)
        known.append(m_list->item(i)->text());
    setColumns(known, checked);
    emit checkedColumnsChanged(checked);
}

} // namespace trigon::ui
