#pragma once

#include <QDialog>

namespace trigon::ui {

// Help ▸ Getting Started: the way from a database to a deployed, tested trigger, naming the
// panes and menu items a newcomer uses on it.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
};

} // namespace trigon::ui
