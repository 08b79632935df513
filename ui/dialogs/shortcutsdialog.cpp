#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

QString withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// One row per action with a shortcut, under its menu's row; submenus nest.
void addShortcutRows(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu() != nullptr) {
            auto *submenu = new QTreeWidgetItem(QStringList {withoutMnemonic(action->text())});
            addShortcutRows(submenu, action->menu());
            if (submenu->childCount() > 0)
                parent->addChild(submenu);
            else
                delete submenu;
            continue;
        }
        if (action->shortcut().isEmpty())
            continue;
        parent->addChild(new QTreeWidgetItem(
                QStringList {withoutMnemonic(action->text()),
                             action->shortcut().toString(QKeySequence::NativeText)}));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    for (QAction *menuAction : menuBar->actions()) {
        if (menuAction->menu() == nullptr)
            continue;
        auto *menu = new QTreeWidgetItem(QStringList {withoutMnemonic(menuAction->text())});
        addShortcutRows(menu, menuAction->menu());
        if (menu->childCount() == 0) {
            delete menu;
            continue;
        }
        QFont bold = menu->font(0);
        bold.setBold(true);
        menu->setFont(0, bold);
        list->addTopLevelItem(menu);
    }
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace trigon::ui
