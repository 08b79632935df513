#pragma once

#include <QMainWindow>

namespace trigon::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace trigon::ui
