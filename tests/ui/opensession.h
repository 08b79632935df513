#pragma once

#include "core/pg/connectionprofile.h"
#include "ui/session/session.h"

#include <QTest>

namespace trigon::test {

// Opens `session` on the test database `conninfo`, as a connection that is not remembered
// (marked protected when asked), and waits until it is open. False when it did not open in
// 15 s or the text is not a conninfo.
inline bool openSession(ui::Session &session, const QString &conninfo, bool isProtected = false)
{
    QString error;
    std::optional<pg::ConnectionProfile> profile
            = pg::ConnectionProfile::fromConninfo(conninfo, &error);
    if (!profile)
        return false;
    profile->setProtected(isProtected);
    session.openProfile(*profile, ui::Session::Kind::Regular, false);
    return QTest::qWaitFor([&] { return session.isOpen(); }, 15000);
}

} // namespace trigon::test
