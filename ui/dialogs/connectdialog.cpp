#include "ui/dialogs/connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace trigon::ui {

ConnectDialog::ConnectDialog(const QString &conninfo, QWidget *parent)
    : QDialog(parent)
    , m_conninfo(new QLineEdit(conninfo, this))
    , m_remember(new QCheckBox(tr("&Remember this connection (never its password)"), this))
{
    setWindowTitle(tr("Connect to a Database"));
    m_conninfo->setPlaceholderText(tr("host=db.example.com dbname=shop user=alice"));
    m_conninfo->setMinimumWidth(480);
    m_remember->setChecked(true);

    auto *help = new QLabel(tr("Key=value pairs, a postgresql:// URI, or service=NAME from "
                               "pg_service.conf. PG* environment variables and ~/.pgpass apply."),
                            this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("C&onnection:"), m_conninfo);
    layout->addRow(QString(), help);
    layout->addRow(QString(), m_remember);
    layout->addRow(buttons);
}

QString ConnectDialog::conninfo() const
{
    return m_conninfo->text().trimmed();
}

bool ConnectDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace trigon::ui
