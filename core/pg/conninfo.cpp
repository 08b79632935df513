#include "core/pg/conninfo.h"

#include <libpq-fe.h>

#include <QRegularExpression>

#include <algorithm>

namespace trigon::pg {

namespace {

const QString passwordKeyword = QStringLiteral("password");
const QString databaseKeyword = QStringLiteral("dbname");
const QString mask = QStringLiteral("********");

// The text with its %-escapes decoded as libpq decodes them; as it is when one is not valid (libpq
// refuses it, and there is no other reading of it).
QString percentDecoded(const QString &text)
{
    static const QRegularExpression badEscape(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (text.contains(badEscape))
        return text;
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

// A quoted key=value value without its quotes and backslash escapes, as libpq reads it.
QString unquoted(const QString &value)
{
    if (!value.startsWith(u'\''))
        return value;
    QString text = value.mid(1);
    if (text.endsWith(u'\'') && !text.endsWith(QStringLiteral("\\'")))
        text.chop(1);
    static const QRegularExpression escape(QStringLiteral(R"(\\(.))"));
    return text.replace(escape, QStringLiteral("\\1"));
}

// The passwords written in the text, found by their shape: libpq reports a fault in a conninfo it
// cannot parse by quoting the faulty part, which may be the password itself (a bad %-escape).
QStringList writtenPasswords(const QString &conninfo)
{
    static const QRegularExpression uri(QStringLiteral(R"(^\s*postgres(?:ql)?://)"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    if (uri.match(conninfo).hasMatch()) {
        // libpq looks for user credentials before the first '/' after the scheme.
        static const QRegularExpression userInfo(
                QStringLiteral(R"(^\s*postgres(?:ql)?://[^@/:]*:([^@/]*)@)"),
                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression query(QStringLiteral(R"([?&]password=([^&]*))"));
        if (const QRegularExpressionMatch match = userInfo.match(conninfo); match.hasMatch())
            found << match.captured(1) << percentDecoded(match.captured(1));
        for (const QRegularExpressionMatch &match : query.globalMatch(conninfo))
            found << match.captured(1) << percentDecoded(match.captured(1));
        return found;
    }
    static const QRegularExpression keyValue(
            QStringLiteral(R"((?:^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'?|\S+))"));
    for (const QRegularExpressionMatch &match : keyValue.globalMatch(conninfo))
        found << match.captured(1) << unquoted(match.captured(1));
    return found;
}

} // namespace

ConnectArguments::ConnectArguments(const ConnectionParameters &parameters, bool expandDbname)
    : m_expandDbname(expandDbname)
{
    // A silently dropped peer never makes the socket readable; only keepalives notice it.
    ConnectionParameters all {{QStringLiteral("keepalives"), QStringLiteral("1")},
                              {QStringLiteral("keepalives_idle"), QStringLiteral("30")},
                              {QStringLiteral("keepalives_interval"), QStringLiteral("10")},
                              {QStringLiteral("keepalives_count"), QStringLiteral("3")}};
    all += parameters;
    m_storage.reserve(all.size() * 2);
    for (const auto &[keyword, value] : std::as_const(all)) {
        m_storage.push_back(keyword.toUtf8());
        m_storage.push_back(value.toUtf8());
    }
    // The pointers are taken once the storage no longer grows.
    for (std::size_t i = 0; i < m_storage.size(); i += 2) {
        m_keywords.push_back(m_storage[i].constData());
        m_values.push_back(m_storage[i + 1].constData());
    }
    m_keywords.push_back(nullptr);
    m_values.push_back(nullptr);

    bool expanded = false;
    for (const auto &[keyword, value] : parameters) {
        if (keyword == passwordKeyword && !value.isEmpty()) {
            m_passwords << value;
        } else if (keyword == databaseKeyword && expandDbname && !expanded) {
            // libpq expands only the first dbname.
            expanded = true;
            m_passwords << conninfoPasswords(value);
        }
    }
}

ConnectArguments::ConnectArguments(const QString &conninfo)
    : ConnectArguments({{databaseKeyword, conninfo}}, true)
{ }

QStringList conninfoPasswords(const QString &conninfo)
{
    QStringList found = writtenPasswords(conninfo);
    char *error = nullptr;
    if (PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error)) {
        for (PQconninfoOption *option = options; option->keyword; ++option) {
            if (option->val && passwordKeyword == QLatin1String(option->keyword))
                found << QString::fromUtf8(option->val);
        }
        PQconninfoFree(options);
    }
    PQfreemem(error);
    found.removeAll(QString());
    found.removeDuplicates();
    return found;
}

QString maskPasswords(const QString &message, const QStringList &passwords)
{
    QStringList secrets = passwords;
    secrets.removeAll(QString());
    // The longest first, so that a password containing another is replaced whole.
    std::sort(secrets.begin(), secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QString masked = message;
    for (const QString &secret : std::as_const(secrets))
        masked.replace(secret, mask);
    // Whatever else reads as a password, e.g. one typed into a conninfo the caller did not see.
    static const QRegularExpression keyValue(
            QStringLiteral(R"((\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s&"]+))"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(QStringLiteral(R"((://[^\s:/@"]*:)[^\s/@"]+@)"));
    masked.replace(keyValue, QStringLiteral("\\1") + mask);
    masked.replace(userInfo, QStringLiteral("\\1") + mask + u'@');
    return masked;
}

QString maskPasswords(const QString &message, const QString &conninfo)
{
    return maskPasswords(message, conninfoPasswords(conninfo));
}

} // namespace trigon::pg
