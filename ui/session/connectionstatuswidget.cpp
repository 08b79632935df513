#include "ui/session/connectionstatuswidget.h"

#include "ui/session/session.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

#include <algorithm>

namespace trigon::ui {

ConnectionStatusWidget::ConnectionStatusWidget(Session *session, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_copyPsqlCommand(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                                    tr("Copy &psql Command"), this))
{
    setObjectName(QStringLiteral("connectionStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    menu->addAction(m_copyPsqlCommand);
    setMenu(menu);
    addAction(m_copyPsqlCommand);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyPsqlCommand, &QAction::triggered, this, &ConnectionStatusWidget::copyPsqlCommand);

    connect(m_session, &Session::opening, this, &ConnectionStatusWidget::refresh);
    connect(m_session, &Session::opened, this, &ConnectionStatusWidget::refresh);
    connect(m_session, &Session::openFailed, this, &ConnectionStatusWidget::refresh);
    connect(m_session, &Session::lost, this, &ConnectionStatusWidget::refresh);
    connect(m_session, &Session::closed, this, &ConnectionStatusWidget::refresh);
    refresh();
}

void ConnectionStatusWidget::refresh()
{
    const bool open = m_session->isOpen();
    m_copyPsqlCommand->setEnabled(open);
    if (!open) {
        setIcon(QIcon());
        setText(tr("Not connected"));
        setToolTip(QString());
        return;
    }
    // The address, not a saved profile's name: where the commands go is what matters here.
    pg::ConnectionProfile where = m_session->resolvedProfile();
    where.setName(QString());
    const QString address = where.displayName();
    if (m_session->isProtected()) {
        setIcon(QIcon::fromTheme(QStringLiteral("object-locked")));
        setText(tr("%1 (protected)").arg(address));
    } else {
        setIcon(QIcon());
        setText(address);
    }
    const QString name = m_session->profile().name();
    QStringList tip {m_session->description()};
    if (!name.isEmpty())
        tip.append(tr("Saved connection: %1").arg(name));
    if (m_session->isProtected())
        tip.append(tr("Protected: changes to triggers ask for the database's name first"));
    tip.append(tr("Click to copy a psql command for this database"));
    setToolTip(tip.join(QLatin1Char('\n')));
}

void ConnectionStatusWidget::copyPsqlCommand()
{
    if (!m_session->isOpen())
        return;
    QGuiApplication::clipboard()->setText(psqlCommand(m_session->resolvedProfile()));
}

QString ConnectionStatusWidget::psqlCommand(const pg::ConnectionProfile &profile)
{
    const QString conninfo = profile.toDisplayConninfo();
    // Inside double quotes a POSIX shell still expands $ and `, takes \ and " as escapes, and an
    // interactive bash expands !; inside single quotes nothing is special but the quote itself.
    const QString special = QStringLiteral("$`\\\"!");
    const bool plain = std::none_of(conninfo.cbegin(), conninfo.cend(),
                                    [&special](QChar c) { return special.contains(c); });
    if (plain)
        return QStringLiteral("psql \"%1\"").arg(conninfo);
    QString quoted = conninfo;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QStringLiteral("psql '%1'").arg(quoted);
}

} // namespace trigon::ui
