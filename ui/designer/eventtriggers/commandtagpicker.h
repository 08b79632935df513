#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace trigon::ui {

// The WHEN TAG IN list of an event trigger: the command tags its event fires for, each with a
// check box, and a filter line over them (there are over a hundred for ddl_command_start). No
// tag checked means every command. A checked tag the event does not fire for stays listed, so
// the user can uncheck it; the validator says why it is wrong.
class CommandTagPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CommandTagPicker(QWidget *parent = nullptr);

    // Shows `offered` tags with `checked` ones checked. The filter text stays.
    void setTags(const QStringList &offered, const QStringList &checked);
    QStringList offeredTags() const { return m_offered; }
    QStringList checkedTags() const;
    // Hides the tags whose text does not contain `text` (case-insensitive).
    void setFilter(const QString &text);
    // Focuses the list on `tag`, or the list itself when it is not there.
    void focusTag(const QString &tag);

    QListWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

signals:
    // The user checked or unchecked a tag; `tags` are all checked ones, in the list's order.
    void tagsEdited(const QStringList &tags);

private:
    void applyFilter();
    void updateSummary();

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_summary;
    QStringList m_offered;
    bool m_filling = false;
};

} // namespace trigon::ui
