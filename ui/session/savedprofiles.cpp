#include "ui/session/savedprofiles.h"

#include <QSettings>

#include <algorithm>

namespace trigon::ui {

namespace {

const QString SavedProfilesKey = QStringLiteral("connection/profiles");

} // namespace

SavedProfiles::SavedProfiles()
{
    QSettings settings;
    m_profiles = pg::ConnectionProfile::readAll(settings, SavedProfilesKey);
}

qsizetype SavedProfiles::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name() == name)
            return i;
    }
    return -1;
}

qsizetype SavedProfiles::save(const pg::ConnectionProfile &profile)
{
    qsizetype index = indexOf(profile.name());
    if (index < 0) {
        m_profiles.append(profile);
        index = m_profiles.size() - 1;
    } else {
        m_profiles[index] = profile;
    }
    write();
    return index;
}

pg::ConnectionProfile SavedProfiles::takeAt(qsizetype index)
{
    pg::ConnectionProfile profile = m_profiles.takeAt(index);
    write();
    return profile;
}

void SavedProfiles::insert(qsizetype index, const pg::ConnectionProfile &profile)
{
    m_profiles.insert(std::clamp<qsizetype>(index, 0, m_profiles.size()), profile);
    write();
}

void SavedProfiles::write() const
{
    QSettings settings;
    pg::ConnectionProfile::writeAll(settings, SavedProfilesKey, m_profiles);
}

} // namespace trigon::ui
