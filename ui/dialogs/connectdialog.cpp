#include "ui/dialogs/connectdialog.h"

#include "core/pg/connection.h"
#include "core/pg/pgerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace trigon::ui {

namespace {

// libpq waits for an unreachable host as long as the network does; a test answers sooner,
// unless the profile sets connect_timeout itself.
constexpr int TestTimeoutSeconds = 10;

const QString ErrorStyle = QStringLiteral("color: #c62828;");
const QString SuccessStyle = QStringLiteral("color: #2e7d32;");

// libpq's sslmode keywords, weakest first; an empty mode leaves it to libpq (prefer).
const QStringList SslModes = {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full"),
};

// 150004 as "15.4", 90624 as "9.6.24" (before PostgreSQL 10 the second number was major too).
QString serverVersionText(int version)
{
    if (version >= 100000)
        return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
    return QStringLiteral("%1.%2.%3")
            .arg(version / 10000)
            .arg(version / 100 % 100)
            .arg(version % 100);
}

} // namespace

ConnectDialog::ConnectDialog(const pg::ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_test(new pg::Connection(this))
    , m_savedList(new QListWidget(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_deletedLabel(new QLabel(this))
    , m_undoDelete(new QPushButton(tr("&Undo"), this))
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_protected(new QCheckBox(tr("Protected (&production)"), this))
    , m_conninfo(new QLineEdit(this))
    , m_conninfoError(new QLabel(this))
    , m_remember(new QCheckBox(tr("&Remember as the last connection"), this))
    , m_testButton(new QPushButton(tr("&Test"), this))
    , m_testResult(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connect to a Database"));
    buildForm();

    connect(m_test, &pg::Connection::connected, this, &ConnectDialog::testSucceeded);
    connect(m_test, &pg::Connection::connectionFailed, this, &ConnectDialog::testFailed);
    connect(m_test, &pg::Connection::stateChanged, this, &ConnectDialog::updateButtons);

    for (QLineEdit *field : {m_host, m_port, m_database, m_user})
        connect(field, &QLineEdit::textEdited, this, &ConnectDialog::fieldsEdited);
    connect(m_sslMode, &QComboBox::activated, this, &ConnectDialog::fieldsEdited);
    connect(m_password, &QLineEdit::textEdited, this, &ConnectDialog::stopTest);
    connect(m_conninfo, &QLineEdit::textEdited, this, &ConnectDialog::conninfoEdited);
    connect(m_conninfo, &QLineEdit::editingFinished, this, &ConnectDialog::conninfoEditingFinished);
    connect(m_name, &QLineEdit::textEdited, this, &ConnectDialog::updateButtons);

    // Selection, not the current row: tabbing into the list makes a row current without
    // picking it, and must not overwrite the fields.
    connect(m_savedList, &QListWidget::itemSelectionChanged, this,
            &ConnectDialog::pickSavedProfile);
    connect(m_savedList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_save, &QPushButton::clicked, this, &ConnectDialog::saveProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectDialog::deleteProfile);
    connect(m_undoDelete, &QPushButton::clicked, this, &ConnectDialog::undoDelete);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);

    listSavedProfiles(m_saved.indexOf(profile.name()));
    showProfileInFields();
    showConninfo();
    updateButtons();
    m_host->setFocus();
}

// The test connection is a child, but its signals must not reach a half-destroyed dialog.
ConnectDialog::~ConnectDialog()
{
    disconnect(m_test, nullptr, this, nullptr);
}

void ConnectDialog::buildForm()
{
    // Saved connections on the left.
    m_savedList->setObjectName(QStringLiteral("savedProfiles"));
    m_savedList->setMinimumWidth(180);
    auto *savedLabel = new QLabel(tr("Sa&ved connections:"), this);
    savedLabel->setBuddy(m_savedList);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_save->setToolTip(tr("Save the fields under the name given, without the password"));
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    m_deletedLabel->setObjectName(QStringLiteral("deletedProfile"));
    m_deletedLabel->setWordWrap(true);
    m_undoDelete->setObjectName(QStringLiteral("undoDelete"));
    m_deletedLabel->hide();
    m_undoDelete->hide();
    for (QPushButton *button : {m_save, m_delete, m_undoDelete, m_testButton})
        button->setAutoDefault(false);

    auto *savedButtons = new QHBoxLayout;
    savedButtons->addWidget(m_save);
    savedButtons->addWidget(m_delete);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_deletedLabel, 1);
    undoRow->addWidget(m_undoDelete);
    auto *savedColumn = new QVBoxLayout;
    savedColumn->addWidget(savedLabel);
    savedColumn->addWidget(m_savedList, 1);
    savedColumn->addLayout(savedButtons);
    savedColumn->addLayout(undoRow);

    // The fields on the right.
    m_name->setObjectName(QStringLiteral("profileName"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("local socket"));
    m_host->setToolTip(tr("A host name, an IP address or a unix-socket directory"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 8 + 16);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("same as the user"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("your login name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked for when the server wants one"));
    m_password->setToolTip(tr("Kept in memory until Trigon quits; never saved and never shown "
                              "in the connection string. ~/.pgpass applies when empty."));

    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("default (prefer)"), QString());
    const QStringList sslModeTips = {
            tr("Never encrypt"),
            tr("Encrypt only if the server insists"),
            tr("Encrypt if the server can; libpq's default"),
            tr("Always encrypt; do not check the server's certificate"),
            tr("Always encrypt and check that a trusted authority signed the server's certificate"),
            tr("Always encrypt, check the certificate and that it names the host"),
    };
    for (qsizetype i = 0; i < SslModes.size(); ++i) {
        m_sslMode->addItem(SslModes[i], SslModes[i]);
        m_sslMode->setItemData(m_sslMode->count() - 1, sslModeTips[i], Qt::ToolTipRole);
    }

    m_protected->setObjectName(QStringLiteral("protected"));
    m_protected->setToolTip(tr("For production databases: deploying, uninstalling, enabling or "
                               "disabling triggers on this connection waits until you type the "
                               "database's name in the plan dialog."));

    m_conninfo->setObjectName(QStringLiteral("conninfo"));
    m_conninfo->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_conninfo->setPlaceholderText(tr("host=db.example.com dbname=shop user=alice"));
    m_conninfo->setToolTip(tr("Key=value pairs or a postgresql:// URI, kept in step with the "
                              "fields. What is left empty comes from PG* environment variables, "
                              "pg_service.conf (service=NAME) and ~/.pgpass, as in psql."));
    m_conninfoError->setObjectName(QStringLiteral("conninfoError"));
    m_conninfoError->setStyleSheet(ErrorStyle);
    m_conninfoError->setWordWrap(true);
    // The width of the field column, not the label's own guess, for the wrapped message.
    m_conninfoError->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_conninfoError->hide();

    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Offered again the next time, never with its password"));
    m_remember->setChecked(true);

    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("SSL &mode:"), m_sslMode);
    form->addRow(QString(), m_protected);
    form->addRow(tr("Connection s&tring:"), m_conninfo);
    form->addRow(QString(), m_conninfoError);
    form->addRow(QString(), m_remember);

    auto *columns = new QHBoxLayout;
    columns->addLayout(savedColumn);
    columns->addSpacing(12);
    columns->addLayout(form, 1);

    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setToolTip(tr("Try the connection without leaving this dialog"));
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_testButton, 0, Qt::AlignTop);
    bottomRow->addWidget(m_testResult, 1);
    bottomRow->addWidget(buttons, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottomRow);
    setMinimumWidth(760);

    // Reading order: the fields first, where most people start, then what acts on them.
    const QList<QWidget *> tabOrder = {m_name,
                                       m_host,
                                       m_port,
                                       m_database,
                                       m_user,
                                       m_password,
                                       m_sslMode,
                                       m_protected,
                                       m_conninfo,
                                       m_remember,
                                       m_savedList,
                                       m_save,
                                       m_delete,
                                       m_undoDelete,
                                       m_testButton,
                                       m_connect,
                                       buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);
}

pg::ConnectionProfile ConnectDialog::profile() const
{
    pg::ConnectionProfile result = m_profile;
    result.setName(m_name->text().trimmed());
    result.setProtected(m_protected->isChecked());
    return result;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::remember() const
{
    return m_remember->isChecked();
}

void ConnectDialog::showProfileInFields()
{
    m_name->setText(m_profile.name());
    m_host->setText(m_profile.host());
    m_port->setText(m_profile.port());
    m_database->setText(m_profile.database());
    m_user->setText(m_profile.user());
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(m_profile.sslMode())));
    m_protected->setChecked(m_profile.isProtected());
}

void ConnectDialog::fieldsEdited()
{
    stopTest();
    m_profile.setHost(m_host->text().trimmed());
    m_profile.setPort(m_port->text().trimmed());
    m_profile.setDatabase(m_database->text());
    m_profile.setUser(m_user->text());
    m_profile.setSslMode(m_sslMode->currentData().toString());
    // The fields win over a text that did not parse: the text is written again from them.
    setConninfoError(QString());
    showConninfo();
    updateButtons();
}

void ConnectDialog::conninfoEdited(const QString &text)
{
    stopTest();
    QString error;
    QString password;
    const std::optional<pg::ConnectionProfile> parsed
            = pg::ConnectionProfile::fromConninfo(text, &error, &password);
    if (!parsed) {
        setConninfoError(error);
        return;
    }
    if (!parsed->sslMode().isEmpty() && !SslModes.contains(parsed->sslMode())) {
        setConninfoError(tr("sslmode “%1” is not one of %2")
                                 .arg(parsed->sslMode(), SslModes.join(QStringLiteral(", "))));
        return;
    }
    setConninfoError(QString());
    const pg::ConnectionProfile before = profile();
    m_profile = *parsed;
    m_profile.setName(before.name());
    m_profile.setProtected(before.isProtected());
    showProfileInFields();
    if (!password.isEmpty())
        m_password->setText(password);
}

// A password typed into the text moves to the password field as soon as the user leaves the
// text, so that it is not on screen for longer than it takes to type.
void ConnectDialog::conninfoEditingFinished()
{
    if (!m_conninfoError->text().isEmpty())
        return;
    QString password;
    QString error;
    if (pg::ConnectionProfile::fromConninfo(m_conninfo->text(), &error, &password)
        && !password.isEmpty())
        showConninfo();
}

void ConnectDialog::showConninfo()
{
    m_conninfo->setText(m_profile.toDisplayConninfo());
    // The host and port come first; the end of a long text is the least telling part.
    m_conninfo->setCursorPosition(0);
}

void ConnectDialog::setConninfoError(const QString &error)
{
    m_conninfoError->setText(error);
    m_conninfoError->setVisible(!error.isEmpty());
    updateButtons();
}

void ConnectDialog::listSavedProfiles(qsizetype current)
{
    const QSignalBlocker blocker(m_savedList);
    m_savedList->clear();
    for (const pg::ConnectionProfile &saved : m_saved.profiles()) {
        auto *item = new QListWidgetItem(
                saved.isProtected() ? tr("%1 (protected)").arg(saved.name()) : saved.name(),
                m_savedList);
        item->setToolTip(saved.toDisplayConninfo());
    }
    m_savedList->setCurrentRow(static_cast<int>(current));
    updateButtons();
}

int ConnectDialog::selectedRow() const
{
    const QList<QListWidgetItem *> selected = m_savedList->selectedItems();
    return selected.isEmpty() ? -1 : m_savedList->row(selected.first());
}

void ConnectDialog::pickSavedProfile()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    stopTest();
    m_profile = m_saved.profiles().at(row);
    // A password typed for the previous profile belongs to another server.
    m_password->clear();
    showProfileInFields();
    setConninfoError(QString());
    showConninfo();
}

void ConnectDialog::saveProfile()
{
    pg::ConnectionProfile saved = profile();
    if (saved.name().isEmpty()) {
        saved.setName(saved.displayName());
        m_name->setText(saved.name());
    }
    listSavedProfiles(m_saved.save(saved));
}

void ConnectDialog::deleteProfile()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_deleted = std::make_pair(qsizetype(row), m_saved.takeAt(row));
    m_deletedLabel->setText(tr("“%1” deleted.").arg(m_deleted->second.name()));
    m_deletedLabel->show();
    m_undoDelete->show();
    listSavedProfiles(-1);
}

void ConnectDialog::undoDelete()
{
    if (!m_deleted)
        return;
    const auto [index, deleted] = *m_deleted;
    m_deleted.reset();
    m_saved.insert(index, deleted);
    m_deletedLabel->hide();
    m_undoDelete->hide();
    listSavedProfiles(index);
    pickSavedProfile();
}

void ConnectDialog::testConnection()
{
    pg::ConnectionProfile tested = profile();
    if (tested.connectTimeout() <= 0)
        tested.setConnectTimeout(TestTimeoutSeconds);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1…").arg(tested.displayName()));
    m_test->open(tested.parameters(password()));
}

void ConnectDialog::testSucceeded()
{
    m_testResult->setStyleSheet(SuccessStyle);
    m_testResult->setText(
            tr("Connected: PostgreSQL %1").arg(serverVersionText(m_test->serverVersion())));
    m_test->close();
}

void ConnectDialog::testFailed(const pg::PgError &error)
{
    // libpq indents its continuation lines with tabs, which a label shows as wide gaps.
    QStringList lines = error.toString().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.trimmed();
    QString message = lines.join(QLatin1Char('\n'));
    if (m_test->passwordNeeded() && password().isEmpty())
        message += QLatin1Char('\n')
                + tr("The server wants a password: type it into the Password "
                     "field and test again.");
    m_testResult->setStyleSheet(ErrorStyle);
    m_testResult->setText(tr("Failed: %1").arg(message));
}

// Any edit makes a test result stale, and one under way tests what is no longer asked for.
void ConnectDialog::stopTest()
{
    m_test->close();
    m_testResult->clear();
}

void ConnectDialog::updateButtons()
{
    const bool valid = m_conninfoError->text().isEmpty();
    m_connect->setEnabled(valid);
    m_save->setEnabled(valid);
    m_testButton->setEnabled(valid && m_test->state() == pg::Connection::State::Disconnected);
    m_delete->setEnabled(selectedRow() >= 0);
    pg::ConnectionProfile unnamed = m_profile;
    unnamed.setName(QString());
    m_name->setPlaceholderText(unnamed.displayName());
}

} // namespace trigon::ui
