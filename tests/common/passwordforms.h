#pragma once

#include "tests/common/testdatabase.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

namespace trigon::test {

// The forms in which a conninfo carries a password, each naming a database the test cluster does
// not have, so that connecting fails and the error can be searched for the password. `secrets`
// are the texts that must never be printed: the password as written and as libpq reads it.
inline void addPasswordFormRows()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QStringList>("secrets");
    const QString missing = QStringLiteral("trigon_no_such_database");
    const QString user = testClusterUser();
    const QString keyValue = testClusterConninfo(missing);
    QTest::newRow("key=value") << keyValue + QStringLiteral(" password=Kv-S3cret-1")
                               << QStringList {QStringLiteral("Kv-S3cret-1")};
    QTest::newRow("quoted key=value")
            << keyValue + QStringLiteral(" password='Qu0ted S3cret \\'2'")
            << QStringList {QStringLiteral("Qu0ted S3cret"), QStringLiteral("S3cret \\'2")};
    QTest::newRow("URI user:password@")
            << testClusterUri(missing, user + QStringLiteral(":Ur1-S3cret"))
            << QStringList {QStringLiteral("Ur1-S3cret")};
    QTest::newRow("URI percent-encoded password")
            << testClusterUri(missing, user + QStringLiteral(":P%40ss%2FS3cret"))
            << QStringList {QStringLiteral("P@ss/S3cret"), QStringLiteral("P%40ss%2FS3cret")};
    QTest::newRow("URI ?password=")
            << testClusterUri(missing, {}, QStringLiteral("&password=Qp-S3cret"))
            << QStringList {QStringLiteral("Qp-S3cret")};
    // libpq refuses the URI and quotes the faulty token, which is the password.
    QTest::newRow("URI password with a bad %-escape")
            << testClusterUri(missing, user + QStringLiteral(":Bad%zzS3cret"))
            << QStringList {QStringLiteral("zzS3cret")};
}

// Whether `text` shows none of `secrets`; the first one it shows is named in a warning.
inline bool showsNoSecret(const QString &text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (text.contains(secret)) {
            qWarning("the secret %s was printed in: %s", qPrintable(secret), qPrintable(text));
            return false;
        }
    }
    return true;
}

} // namespace trigon::test
