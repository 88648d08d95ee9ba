#pragma once

// The application's languages: found at run time from the catalogs embedded under ":/i18n"
// (ndes-doctor_<code>.qm, with Qt's own qtbase_<code>.qm where there is one). Qt Core only,
// so the command line can use it too.

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace ndes::ui {

// The language codes with an embedded catalog, sorted ("en", "fr").
QStringList availableLanguages();

// "fr" when the system locale is French and French is available, else "en".
QString systemLanguage();

// The language's own name, for the language switch ("Français", "English").
QString languageNativeName(const QString &code);

// Installs the translators of one language on the application, and swaps them on request.
// The previous catalogs are removed first; widgets then receive QEvent::LanguageChange.
class Translations : public QObject {
    Q_OBJECT
public:
    explicit Translations(QCoreApplication *app, QObject *parent = nullptr);
    ~Translations() override;

    bool setLanguage(const QString &code); // false when the language has no catalog
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void removeAll();

    QCoreApplication *m_app;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
};

} // namespace ndes::ui
