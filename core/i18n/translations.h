#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace trigon {

// The QSettings key of the language the user picked in the GUI; absent or empty follows the system.
QString languageSettingsKey();

// A language Trigon speaks: its locale name ("es") and its name in itself ("Español"), which a
// language menu shows untranslated so that whoever cannot read the current language finds theirs.
struct Language
{
    QString name;
    QString ownName;
};
// English first: it is the source text.
QList<Language> availableLanguages();

// The locale whose language Trigon shows: `language` when it names one of availableLanguages(),
// otherwise the first of the system's preferred UI languages Trigon has, otherwise English.
QLocale chooseLanguage(const QString &language, const QLocale &system = QLocale::system());

// Loads the catalogues for `locale` (Trigon's own, embedded in the binary, and Qt's for standard
// dialogs when it is installed) into `app`, which owns them, and makes `locale` the default.
// Returns false when Trigon has no catalogue for the language, which leaves the source text.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace trigon
