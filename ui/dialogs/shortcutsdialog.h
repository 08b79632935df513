#pragma once

#include <QDialog>

class QMenuBar;

namespace trigon::ui {

// Help ▸ Keyboard Shortcuts: every action of the menu bar that has a shortcut, read from the
// menus when the dialog opens, so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
};

} // namespace trigon::ui
