#include "ui/dialogs/documentationwindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

// The pages in reading order: the design file first, as every other page refers to it.
const char *const pageFiles[]
        = {"design-format.md", "deploy.md",         "catalog.md", "monitor.md",
           "cascade.md",       "event-triggers.md", "outbox.md"};

// A page's title is its first heading.
QString pageTitle(const QString &fileName)
{
    QFile file(QStringLiteral(":/docs/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fileName;
    const QString firstLine = QString::fromUtf8(file.readLine()).trimmed();
    return firstLine.startsWith(QLatin1String("# ")) ? firstLine.mid(2) : fileName;
}

} // namespace

DocumentationWindow::DocumentationWindow(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Trigon Documentation"));
    for (const char *fileName : pageFiles) {
        auto *item = new QListWidgetItem(pageTitle(QLatin1String(fileName)), m_pages);
        item->setData(Qt::UserRole, QStringLiteral("qrc:/docs/") + QLatin1String(fileName));
    }
    m_browser->setOpenExternalLinks(true);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_browser->setSource(QUrl(m_pages->item(row)->data(Qt::UserRole).toString()),
                                 QTextDocument::MarkdownResource);
    });
    // A link to another page selects it in the list, so the list says where the reader is.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &source) {
        for (int row = 0; row < m_pages->count(); ++row) {
            if (QUrl(m_pages->item(row)->data(Qt::UserRole).toString()).path() == source.path()) {
                const QSignalBlocker blocker(m_pages);
                m_pages->setCurrentRow(row);
            }
        }
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({290, 710});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    resize(1000, 720);
    m_pages->setCurrentRow(0);
}

} // namespace trigon::ui
