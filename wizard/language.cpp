#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace ndes::ui {

namespace {

const QString kCatalogDir = QStringLiteral(":/i18n");
const QString kAppPrefix = QStringLiteral("ndes-doctor_");

} // namespace

QStringList availableLanguages()
{
    QStringList codes;
    const QStringList files = QDir(kCatalogDir).entryList({kAppPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(kAppPrefix.size()).chopped(3);
        if (!code.isEmpty())
            codes << code;
    }
    codes.sort();
    return codes;
}

QString systemLanguage()
{
    const QString system = QLocale::system().name();
    if (system.startsWith(QLatin1String("fr")) && availableLanguages().contains(QLatin1String("fr")))
        return QStringLiteral("fr");
    return QStringLiteral("en");
}

QString languageNativeName(const QString &code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}

Translations::Translations(QCoreApplication *app, QObject *parent) : QObject(parent), m_app(app) {}

Translations::~Translations()
{
    removeAll();
}

void Translations::removeAll()
{
    if (m_appTranslator)
        m_app->removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        m_app->removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool Translations::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    if (code == m_language)
        return true;

    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(kAppPrefix + code, kCatalogDir))
        return false;
    auto qtTranslator = std::make_unique<QTranslator>();
    if (!qtTranslator->load(QStringLiteral("qtbase_") + code, kCatalogDir))
        qtTranslator.reset(); // English needs none

    removeAll();
    m_language = code;
    QLocale::setDefault(QLocale(code));
    m_appTranslator = std::move(appTranslator);
    m_qtTranslator = std::move(qtTranslator);
    if (m_qtTranslator)
        m_app->installTranslator(m_qtTranslator.get());
    m_app->installTranslator(m_appTranslator.get());
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace ndes::ui
