#include "core/pg/connectionprofile.h"

#include "core/pg/conninfo.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace trigon::pg {

namespace {

const QString hostKey = QStringLiteral("host");
const QString portKey = QStringLiteral("port");
const QString databaseKey = QStringLiteral("dbname");
const QString userKey = QStringLiteral("user");
const QString serviceKey = QStringLiteral("service");
const QString sslModeKey = QStringLiteral("sslmode");
const QString timeoutKey = QStringLiteral("connect_timeout");
const QString passwordKey = QStringLiteral("password");
const QString applicationNameKey = QStringLiteral("fallback_application_name");
const QString applicationName = QStringLiteral("Trigon");
// Settings only.
const QString nameKey = QStringLiteral("name");
const QString protectedKey = QStringLiteral("protected");
const QString extraKey = QStringLiteral("parameters");

// libpq reads a bare value up to the next white space, taking a backslash as an escape and a
// leading quote as the start of a quoted value; anything else needs no quotes.
QString conninfoValueAsWritten(const QString &value)
{
    const bool needsQuotes = value.isEmpty() || value.startsWith(QLatin1Char('\''))
            || value.contains(QLatin1Char('\\'))
            || std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
    return needsQuotes ? quoteConninfoValue(value) : value;
}

} // namespace

QString quoteConninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

void ConnectionProfile::setExtraParameter(const QString &keyword, const QString &value)
{
    // A password must not slip into the profile through the back door.
    if (keyword == passwordKey)
        return;
    // parameters() adds Trigon's name itself; a copy read back from an earlier conninfo would
    // only be echoed into every connection string shown.
    if (keyword == applicationNameKey && value == applicationName)
        return;
    if (value.isEmpty())
        m_extra.remove(keyword);
    else
        m_extra.insert(keyword, value);
}

std::optional<ConnectionProfile> ConnectionProfile::fromConninfo(const QString &conninfo,
                                                                 QString *error, QString *password)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &message);
    if (!options) {
        if (error) {
            // libpq quotes what it cannot parse, which may be the password.
            *error = message
                    ? maskPasswords(QString::fromUtf8(message).trimmed(), conninfo)
                    : QCoreApplication::translate("trigon::pg::ConnectionProfile",
                                                  "out of memory while reading the conninfo");
        }
        PQfreemem(message);
        return std::nullopt;
    }
    ConnectionProfile profile;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == hostKey)
            profile.m_host = value;
        else if (keyword == portKey)
            profile.m_port = value;
        else if (keyword == databaseKey)
            profile.m_database = value;
        else if (keyword == userKey)
            profile.m_user = value;
        else if (keyword == serviceKey)
            profile.m_service = value;
        else if (keyword == sslModeKey)
            profile.m_sslMode = value;
        else if (keyword == timeoutKey)
            profile.m_connectTimeout = value.toInt();
        else if (keyword == passwordKey) {
            if (password)
                *password = value;
        } else
            profile.setExtraParameter(keyword, value);
    }
    PQconninfoFree(options);
    return profile;
}

ConnectionParameters ConnectionProfile::fieldParameters() const
{
    ConnectionParameters result;
    const auto add = [&result](const QString &keyword, const QString &value) {
        if (!value.isEmpty())
            result.append({keyword, value});
    };
    // The service first: explicit fields override what its section says.
    add(serviceKey, m_service);
    add(hostKey, m_host);
    add(portKey, m_port);
    add(databaseKey, m_database);
    add(userKey, m_user);
    add(sslModeKey, m_sslMode);
    if (m_connectTimeout > 0)
        add(timeoutKey, QString::number(m_connectTimeout));
    return result;
}

ConnectionParameters ConnectionProfile::parameters(const QString &password) const
{
    // Our name unless the profile names the application itself.
    ConnectionParameters result {{applicationNameKey, applicationName}};
    for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it)
        result.append({it.key(), it.value()});
    result.append(fieldParameters());
    if (!password.isEmpty())
        result.append({passwordKey, password});
    return result;
}

QString ConnectionProfile::toConninfo(const QString &password) const
{
    QStringList parts;
    for (const auto &[keyword, value] : parameters(password))
        parts.append(keyword + QLatin1Char('=') + quoteConninfoValue(value));
    return parts.join(QLatin1Char(' '));
}

QString ConnectionProfile::toDisplayConninfo() const
{
    QStringList parts;
    for (const auto &[keyword, value] : fieldParameters())
        parts.append(keyword + QLatin1Char('=') + conninfoValueAsWritten(value));
    for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + conninfoValueAsWritten(it.value()));
    return parts.join(QLatin1Char(' '));
}

QVariantMap ConnectionProfile::toSettings() const
{
    QVariantMap settings;
    const auto add = [&settings](const QString &key, const QString &value) {
        if (!value.isEmpty())
            settings.insert(key, value);
    };
    add(nameKey, m_name);
    add(hostKey, m_host);
    add(portKey, m_port);
    add(databaseKey, m_database);
    add(userKey, m_user);
    add(serviceKey, m_service);
    add(sslModeKey, m_sslMode);
    if (m_connectTimeout > 0)
        settings.insert(timeoutKey, m_connectTimeout);
    settings.insert(protectedKey, m_protected);
    if (!m_extra.isEmpty()) {
        QVariantMap extra;
        for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it)
            extra.insert(it.key(), it.value());
        settings.insert(extraKey, extra);
    }
    return settings;
}

ConnectionProfile ConnectionProfile::fromSettings(const QVariantMap &settings)
{
    ConnectionProfile profile;
    profile.m_name = settings.value(nameKey).toString();
    profile.m_host = settings.value(hostKey).toString();
    profile.m_port = settings.value(portKey).toString();
    profile.m_database = settings.value(databaseKey).toString();
    profile.m_user = settings.value(userKey).toString();
    profile.m_service = settings.value(serviceKey).toString();
    profile.m_sslMode = settings.value(sslModeKey).toString();
    profile.m_connectTimeout = settings.value(timeoutKey).toInt();
    profile.m_protected = settings.value(protectedKey).toBool();
    const QVariantMap extra = settings.value(extraKey).toMap();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        profile.setExtraParameter(it.key(), it.value().toString());
    return profile;
}

void ConnectionProfile::writeAll(QSettings &settings, const QString &key,
                                 const QList<ConnectionProfile> &profiles)
{
    settings.remove(key);
    settings.beginWriteArray(key, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const QVariantMap values = profiles[i].toSettings();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key() != extraKey)
                settings.setValue(it.key(), it.value());
        }
        const QVariantMap extra = values.value(extraKey).toMap();
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            settings.setValue(extraKey + u'/' + it.key(), it.value());
    }
    settings.endArray();
}

QList<ConnectionProfile> ConnectionProfile::readAll(QSettings &settings, const QString &key)
{
    QList<ConnectionProfile> profiles;
    const int size = settings.beginReadArray(key);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        QVariantMap values;
        QVariantMap extra;
        for (const QString &name : settings.allKeys()) {
            if (name.startsWith(extraKey + u'/'))
                extra.insert(name.mid(extraKey.size() + 1), settings.value(name));
            else
                values.insert(name, settings.value(name));
        }
        values.insert(extraKey, extra);
        profiles.append(fromSettings(values));
    }
    settings.endArray();
    return profiles;
}

QString ConnectionProfile::displayName() const
{
    if (!m_name.isEmpty())
        return m_name;
    if (!m_service.isEmpty() && m_host.isEmpty() && m_database.isEmpty())
        return QStringLiteral("service=") + m_service;
    QString text;
    if (!m_user.isEmpty())
        text += m_user + QLatin1Char('@');
    text += m_host.isEmpty()
            ? QCoreApplication::translate("trigon::pg::ConnectionProfile", "default host")
            : m_host;
    if (!m_port.isEmpty())
        text += QLatin1Char(':') + m_port;
    if (!m_database.isEmpty())
        text += QLatin1Char('/') + m_database;
    return text;
}

} // namespace trigon::pg
