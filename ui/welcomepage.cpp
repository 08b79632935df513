#include "ui/welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace trigon::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_sandbox(new QPushButton(tr("Open Sandbox Database"), this))
    , m_connect(new QPushButton(tr("Connect to a Database…"), this))
    , m_reconnect(new QPushButton(this))
    , m_recentTitle(new QLabel(tr("Recent designs"), this))
    , m_recentList(new QVBoxLayout)
{
    auto *title = new QLabel(tr("Trigon"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *subtitle = new QLabel(tr("Design PostgreSQL triggers, see their SQL as you build them, "
                                   "then deploy and test them against a real database."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setAlignment(Qt::AlignCenter);

    auto *sandboxHint = new QLabel(tr("No server of your own? The sandbox is a private "
                                      "PostgreSQL with a small demo shop (customers, products, "
                                      "orders, an audit table) that stays on this computer."),
                                   this);
    sandboxHint->setWordWrap(true);
    sandboxHint->setAlignment(Qt::AlignCenter);
    sandboxHint->setForegroundRole(QPalette::PlaceholderText);

    auto *gettingStarted = new QLabel(
            QStringLiteral("<a href=\"#getting-started\">%1</a>")
                    .arg(tr("New to Trigon? The way from a database to a tested trigger (F1)")),
            this);
    gettingStarted->setAlignment(Qt::AlignCenter);
    gettingStarted->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                            | Qt::LinksAccessibleByKeyboard);
    connect(gettingStarted, &QLabel::linkActivated, this, &WelcomePage::gettingStartedRequested);

    m_sandbox->setDefault(true);
    m_sandbox->setMinimumHeight(m_sandbox->sizeHint().height() * 3 / 2);
    m_reconnect->hide();

    connect(m_sandbox, &QPushButton::clicked, this, &WelcomePage::openSandboxRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_reconnect, &QPushButton::clicked, this, &WelcomePage::reconnectRequested);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(m_sandbox);
    column->addWidget(sandboxHint);
    column->addSpacing(8);
    column->addWidget(m_reconnect);
    column->addWidget(m_connect);
    column->addSpacing(8);
    column->addWidget(gettingStarted);
    column->addSpacing(16);
    QFont recentFont = m_recentTitle->font();
    recentFont.setBold(true);
    m_recentTitle->setFont(recentFont);
    m_recentTitle->hide();
    column->addWidget(m_recentTitle);
    m_recentList->setSpacing(0);
    column->addLayout(m_recentList);

    auto *centre = new QWidget;
    centre->setLayout(column);
    // A fixed width lets the wrapped labels compute their height.
    centre->setFixedWidth(460);

    // Stretches, not an alignment, centre the column: an aligned widget gets its size hint's
    // height, which is too short for wrapped labels.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(centre);
    row->addStretch();
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addStretch(2);
    contentLayout->addLayout(row);
    contentLayout->addStretch(3);
    // In a short window (the panes under the form take their share) the page scrolls rather
    // than cutting its text off.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void WelcomePage::setLastConnection(const QString &conninfo)
{
    m_reconnect->setVisible(!conninfo.isEmpty());
    m_reconnect->setText(tr("Reconnect: %1").arg(conninfo));
    m_reconnect->setDefault(!conninfo.isEmpty());
    m_sandbox->setDefault(conninfo.isEmpty());
}

void WelcomePage::setRecentFiles(const QStringList &fileNames)
{
    m_recentFiles = fileNames;
    // Later, not now: the button clicked may be the one being replaced, still in its signal.
    while (QLayoutItem *item = m_recentList->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (const QString &fileName : fileNames.mid(0, listedRecentFiles)) {
        const QFileInfo file(fileName);
        auto *button = new QCommandLinkButton(file.fileName(),
                                              QDir::toNativeSeparators(file.absolutePath()), this);
        if (file.exists()) {
            button->setToolTip(tr("Open %1").arg(QDir::toNativeSeparators(fileName)));
        } else {
            button->setEnabled(false);
            button->setToolTip(
                    tr("%1 is not there any more").arg(QDir::toNativeSeparators(fileName)));
        }
        connect(button, &QCommandLinkButton::clicked, this,
                [this, fileName] { emit recentFileRequested(fileName); });
        m_recentList->addWidget(button);
    }
    m_recentTitle->setVisible(!fileNames.isEmpty());
}

void WelcomePage::setBusy(bool busy)
{
    m_sandbox->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    m_reconnect->setEnabled(!busy);
}

} // namespace trigon::ui
