#pragma once

#include "core/pg/connectionprofile.h"

#include <QList>

namespace trigon::ui {

// The connections the user saved in the connect dialog, kept in the application's settings in
// the order they were saved. Every change is written at once. Never a password: a profile has no
// place for one.
class SavedProfiles
{
public:
    // Reads what the settings hold.
    SavedProfiles();

    const QList<pg::ConnectionProfile> &profiles() const { return m_profiles; }
    // The index of the profile named `name`, -1 when there is none.
    qsizetype indexOf(const QString &name) const;
    // Adds `profile`, or replaces the one of the same name in its place; returns its index.
    qsizetype save(const pg::ConnectionProfile &profile);
    // Removes and returns the profile at `index`, for an undo to insert() it again.
    pg::ConnectionProfile takeAt(qsizetype index);
    void insert(qsizetype index, const pg::ConnectionProfile &profile);

private:
    void write() const;

    QList<pg::ConnectionProfile> m_profiles;
};

} // namespace trigon::ui
