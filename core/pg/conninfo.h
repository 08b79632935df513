#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace trigon::pg {

// Keyword/value pairs as PQconnectStartParams takes them, in order: a later pair overrides an
// earlier one.
using ConnectionParameters = QList<QPair<QString, QString>>;

// The keyword and value arrays and the expand_dbname flag of PQconnectdbParams and
// PQconnectStartParams, built the same way for every connection Trigon opens. Keepalives come
// first, so that the caller's parameters may switch them off or tune them; the caller's
// parameters follow in order. With expandDbname the first "dbname" may be a whole key=value
// conninfo or postgresql:// URI, which libpq reads with its own parser.
class ConnectArguments
{
public:
    ConnectArguments(const ConnectionParameters &parameters, bool expandDbname);
    // A conninfo as users write it: key=value pairs, a URI, or a bare database name.
    explicit ConnectArguments(const QString &conninfo);
    ConnectArguments(const ConnectArguments &) = delete;
    ConnectArguments &operator=(const ConnectArguments &) = delete;

    // Null-terminated, valid while this object lives.
    const char *const *keywords() const { return m_keywords.data(); }
    const char *const *values() const { return m_values.data(); }
    int expandDbname() const { return m_expandDbname ? 1 : 0; }
    // Every password the arguments carry, given as "password" or inside an expanded conninfo.
    QStringList passwords() const { return m_passwords; }

private:
    std::vector<QByteArray> m_storage;
    std::vector<const char *> m_keywords;
    std::vector<const char *> m_values;
    bool m_expandDbname = false;
    QStringList m_passwords;
};

// The passwords a key=value conninfo or URI carries: as libpq reads them and as they are written
// (quoted, percent-encoded), found by their shape too when libpq cannot parse the text, since its
// message about the fault may quote the faulty part.
QStringList conninfoPasswords(const QString &conninfo);

// `message` with each of `passwords`, and whatever reads as "password=..." or as the password of
// "scheme://user:password@", replaced by ********, so that no error shown or logged gives a
// password away.
QString maskPasswords(const QString &message, const QStringList &passwords);
QString maskPasswords(const QString &message, const QString &conninfo);

} // namespace trigon::pg
