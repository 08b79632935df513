#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace trigon {

QString languageSettingsKey()
{
    return QStringLiteral("language");
}

QList<Language> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QLocale chooseLanguage(const QString &language, const QLocale &system)
{
    QStringList available;
    for (const Language &each : availableLanguages())
        available << each.name;
    if (available.contains(language))
        return QLocale(language);
    for (const QString &preferred : system.uiLanguages()) {
        const QString name = QLocale(preferred).name().section(QLatin1Char('_'), 0, 0);
        if (available.contains(name))
            return QLocale(preferred);
    }
    return QLocale(QLocale::English);
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    // English has a catalogue too: the plural forms of the %n strings.
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("trigon"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (locale.language() == QLocale::English)
        return true;
    // Qt's own catalogue translates the buttons of standard dialogs; it is a separate package
    // (qt6-translations-l10n), so its absence only leaves those in English.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace trigon
