#pragma once

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

// Views re-read the model after every edit, including the user's own. Setting a text that is
// already shown would move the cursor of the field the user is typing in, so these only touch a
// widget whose value really differs.
namespace trigon::ui {

inline void syncText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

inline void syncPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

inline void syncChecked(QAbstractButton *button, bool checked)
{
    if (button->isChecked() != checked)
        button->setChecked(checked);
}

// Selects the item whose data is `data`; an editable combo box shows `text` when none has it.
inline void syncComboData(QComboBox *combo, const QVariant &data, const QString &text = QString())
{
    const int index = combo->findData(data);
    if (index >= 0) {
        if (combo->currentIndex() != index)
            combo->setCurrentIndex(index);
    } else if (combo->isEditable() && combo->currentText() != text) {
        combo->setEditText(text);
    }
}

// An editable combo box offering `items`, showing `text`.
inline void syncComboItems(QComboBox *combo, const QStringList &items, const QString &text)
{
    QStringList current;
    for (int i = 0; i < combo->count(); ++i)
        current.append(combo->itemText(i));
    if (current != items) {
        combo->clear();
        combo->addItems(items);
    }
    if (combo->currentText() != text) {
        const int index = combo->findText(text);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else
            combo->setEditText(text);
    }
}

} // namespace trigon::ui
