#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace trigon::ui {

// Help ▸ Documentation: the user documentation (docs/*.md, compiled in under :/docs) with its
// pages listed on the left; links between pages work, links out open the browser.
class DocumentationWindow : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentationWindow(QWidget *parent = nullptr);

    QListWidget *pages() const { return m_pages; }
    QTextBrowser *browser() const { return m_browser; }

private:
    QListWidget *m_pages;
    QTextBrowser *m_browser;
};

} // namespace trigon::ui
