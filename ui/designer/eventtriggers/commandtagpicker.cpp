#include "ui/designer/eventtriggers/commandtagpicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace trigon::ui {

CommandTagPicker::CommandTagPicker(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("tagFilter"));
    m_filter->setPlaceholderText(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandTagPicker::applyFilter);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setMinimumHeight(140);
    m_list->setUniformItemSizes(true);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        updateSummary();
        emit tagsEdited(checkedTags());
    });
    m_summary->setObjectName(QStringLiteral("tagSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_summary);
}

void CommandTagPicker::setTags(const QStringList &offered, const QStringList &checked)
{
    m_offered = offered;
    QStringList shown = offered;
    for (const QString &tag : checked) {
        if (!shown.contains(tag))
            shown.append(tag);
    }
    m_filling = true;
    // Rebuilding only when the tags differ keeps the scroll position while the user checks.
    bool same = m_list->count() == shown.size();
    for (int i = 0; same && i < shown.size(); ++i)
        same = m_list->item(i)->text() == shown[i];
    if (!same) {
        m_list->clear();
        for (const QString &tag : std::as_const(shown)) {
            auto *item = new QListWidgetItem(tag, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            // Without a check state of its own the item draws no check box.
            item->setCheckState(Qt::Unchecked);
        }
    }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const Qt::CheckState state = checked.contains(item->text()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
        item->setToolTip(offered.contains(item->text())
                                 ? QString()
                                 : tr("The event does not fire for this command."));
    }
    m_filling = false;
    applyFilter();
    updateSummary();
}

QStringList CommandTagPicker::checkedTags() const
{
    QStringList tags;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            tags.append(m_list->item(i)->text());
    }
    return tags;
}

void CommandTagPicker::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void CommandTagPicker::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void CommandTagPicker::updateSummary()
{
    const QStringList checked = checkedTags();
    const int count = int(checked.size());
    m_summary->setText(count == 0 ? tr("No tag checked: every command the event fires for.")
                                  : tr("%n tag(s) checked: %1", nullptr, count)
                                            .arg(checked.join(QStringLiteral(", "))));
}

void CommandTagPicker::focusTag(const QString &tag)
{
    const QList<QListWidgetItem *> found = m_list->findItems(tag, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_filter->clear();
        m_list->setCurrentItem(found.first());
        m_list->scrollToItem(found.first());
    }
    m_list->setFocus(Qt::OtherFocusReason);
}

} // namespace trigon::ui
