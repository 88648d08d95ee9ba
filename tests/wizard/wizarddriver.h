#pragma once
// Driving the real wizard from the GUI tests, the way a user would: find widgets by name, click Next,
// pick a training scenario.
#include "language.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

namespace ndes::testing {

// Generous bounds: key generation for the simulator is slow in debug and sanitizer builds.
constexpr int kLong = 120000;

// The main window in one language, shown and exposed; `ready` says whether all of that worked.
struct ShownWizard {
    explicit ShownWizard(const QString &language)
        : translations(QCoreApplication::instance())
        , languageSet(translations.setLanguage(language))
        , window(&translations)
    {
        window.show();
        ready = languageSet && QTest::qWaitForWindowExposed(&window);
    }

    ui::Translations translations;
    bool languageSet = false;
    ui::MainWindow window;
    bool ready = false;
};

inline QAbstractButton *wizardButton(ui::MainWindow &w, const char *name)
{
    auto *button = w.wizard()->findChild<QAbstractButton *>(QLatin1String(name));
    if (!button)
        qFatal("no wizard button %s", name);
    return button;
}

template<typename T>
T *find(QWidget *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

// Clicks Next, which must be enabled already.
inline void clickNext(ui::MainWindow &w)
{
    QAbstractButton *next = wizardButton(w, "nextButton");
    QVERIFY(next->isVisible());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// Clicks Next once the page enables it (a URL test or checks still running).
inline void clickNextWhenEnabled(ui::MainWindow &w)
{
    QTRY_VERIFY_WITH_TIMEOUT(wizardButton(w, "nextButton")->isEnabled(), kLong);
    clickNext(w);
}

// Clicks the scenario `id` in the list of the Scenario page.
inline void selectScenario(ui::MainWindow &w, const QString &id)
{
    auto *list = find<QListWidget>(&w, QStringLiteral("scenarioList"));
    QListWidgetItem *wanted = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            wanted = list->item(i);
    }
    QVERIFY(wanted);
    list->scrollToItem(wanted);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(wanted).center());
    QCOMPARE(list->currentItem(), wanted);
}

inline bool isInteractive(QWidget *w)
{
    if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
        return false;
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QAbstractItemView *>(w);
}

// Every visible control below `root` has an object name and an accessible name.
inline void checkNamed(QWidget *root)
{
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isInteractive(widget))
            continue;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

} // namespace ndes::testing
