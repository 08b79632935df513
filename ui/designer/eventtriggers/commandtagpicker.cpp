#include "ui/designer/eventtriggers/commandtagpicker.h"

#include "ui/designer/conditions/columnchecklist.h"

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
    m_filling = true;
    showCheckableNames(m_list, offered, checked);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
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
    return checkedNames(m_list);
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
