#include "ui/mainwindow.h"

namespace trigon::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{ }

} // namespace trigon::ui
