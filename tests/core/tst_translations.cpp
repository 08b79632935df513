#include "core/i18n/translations.h"

#include <QTest>
#include <QTranslator>

using namespace trigon;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void choosesTheLanguage_data();
    void choosesTheLanguage();
    void translatesWhatTheCodeAsks_data();
    void translatesWhatTheCodeAsks();
    void englishHasPluralForms_data();
    void englishHasPluralForms();
};

void TestTranslations::choosesTheLanguage_data()
{
    QTest::addColumn<QString>("picked");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system Spanish") << QString() << u"es_ES"_s << u"es"_s;
    QTest::newRow("system Austrian German") << QString() << u"de_AT"_s << u"de"_s;
    QTest::newRow("system Mexican Spanish") << QString() << u"es_MX"_s << u"es"_s;
    QTest::newRow("system French falls back to English") << QString() << u"fr_FR"_s << u"en"_s;
    QTest::newRow("picked over the system") << u"de"_s << u"es_ES"_s << u"de"_s;
    QTest::newRow("English picked on a German system") << u"en"_s << u"de_DE"_s << u"en"_s;
    QTest::newRow("unknown pick follows the system") << u"xx"_s << u"es_ES"_s << u"es"_s;
}

void TestTranslations::choosesTheLanguage()
{
    QFETCH(QString, picked);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    const QLocale chosen = chooseLanguage(picked, QLocale(system));
    QCOMPARE(chosen.name().section(QLatin1Char('_'), 0, 0), expected);
}

void TestTranslations::translatesWhatTheCodeAsks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("es") << u"es"_s << QByteArray("trigon::ui::MainMenus") << QByteArray("&File")
                        << u"&Archivo"_s;
    QTest::newRow("es outside a class")
            << u"es"_s << QByteArray("trigon::pg::SchemaCopy") << QByteArray("dumping the schema")
            << u"volcando el esquema"_s;
    // lupdate run without the include path files a class under its bare name, which tr() never
    // asks for: the catalogue must hold the qualified one only.
    QTest::newRow("bare class name")
            << u"es"_s << QByteArray("MainMenus") << QByteArray("&File") << QString();
    QTest::newRow("de") << u"de"_s << QByteArray("trigon::ui::MainMenus") << QByteArray("&Help")
                        << u"&Hilfe"_s;
    QTest::newRow("unknown class")
            << u"de"_s << QByteArray("trigon::ui::NoSuchClass") << QByteArray("&Help") << QString();
    QTest::newRow("unknown string") << u"es"_s << QByteArray("trigon::ui::MainMenus")
                                    << QByteArray("No such string") << QString();
}

void TestTranslations::translatesWhatTheCodeAsks()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), QStringLiteral("trigon"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate(context.constData(), source.constData()), expected);
}

// English's catalogue turns "%n step(s)" into real English for one and for many.
void TestTranslations::englishHasPluralForms_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << 1 << u"%n step is destructive."_s;
    QTest::newRow("none") << 0 << u"%n steps are destructive."_s;
    QTest::newRow("many") << 7 << u"%n steps are destructive."_s;
}

void TestTranslations::englishHasPluralForms()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::English), QStringLiteral("trigon"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("trigon::ui::DeployPlanDialog", "%n step(s) are destructive.",
                                  nullptr, count),
             expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
