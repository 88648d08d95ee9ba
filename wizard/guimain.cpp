#include "guimain.h"

#include "language.h"
#include "mainwindow.h"
#include "pages/welcomepage.h"
#include "screenshot.h"
#include "session.h"

#include "core/log.h"
#include "training/scenario.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStyle>
#include <QStyleFactory>

#include <cstdio>
#include <memory>

namespace ndes::ui {

namespace {

int usageError(const QString &reason)
{
    std::fprintf(stderr, "ndes-doctor: %s\n", qPrintable(reason));
    return 2;
}

} // namespace

int runWizard(int argc, char **argv)
{
    std::unique_ptr<QApplication> ownApp;
    if (!QCoreApplication::instance()) {
        ownApp = std::make_unique<QApplication>(argc, argv);
    } else if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        return usageError(QStringLiteral("the wizard needs a QApplication, not a QCoreApplication"));
    }
    QCoreApplication::setApplicationName(QStringLiteral("ndes-doctor"));
    QCoreApplication::setOrganizationName(QStringLiteral("ndes-doctor"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("NDES Doctor"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("NDES Doctor: diagnose SCEP enrolment on an Intune NDES server."));
    parser.addHelpOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language (fr or en)."),
                                        QStringLiteral("code"));
    const QCommandLineOption trainingOption(QStringLiteral("training"),
                                            QStringLiteral("Start in training mode; a scenario id may follow."));
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            QStringLiteral("Start in snapshot mode with this snapshot folder or .zip."),
                                            QStringLiteral("path"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a PNG of the window at the --goto page, then exit."),
                                              QStringLiteral("file"));
    const QCommandLineOption gotoOption(QStringLiteral("goto"),
                                        QStringLiteral("Page to drive to: welcome, scenario, url, probe, verdict, cause or remediation."),
                                        QStringLiteral("page"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"), QStringLiteral("Log level (handled by main)."),
                                            QStringLiteral("level"));
    parser.addOptions({langOption, trainingOption, snapshotOption, screenshotOption, gotoOption, logLevelOption});
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("Training scenario (with --training)."),
                                 QStringLiteral("[SCENARIO]"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }

    const QStringList positional = parser.positionalArguments();
    const bool training = parser.isSet(trainingOption);
    QString scenario;
    if (!positional.isEmpty()) {
        if (!training || positional.size() > 1)
            return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.last()));
        scenario = positional.first();
        if (!training::findScenario(scenario))
            return usageError(QStringLiteral("unknown training scenario \"%1\"").arg(scenario));
    }

    const QString snapshot = parser.value(snapshotOption);
    if (!snapshot.isEmpty() && training)
        return usageError(QStringLiteral("--snapshot and --training cannot go together"));
    if (!snapshot.isEmpty() && !QFileInfo::exists(snapshot))
        return usageError(QStringLiteral("cannot read the snapshot %1: no such file or folder").arg(snapshot));

    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = systemLanguage();
    if (!availableLanguages().contains(language))
        return usageError(QStringLiteral("unknown language \"%1\" (available: %2)")
                              .arg(language, availableLanguages().join(QStringLiteral(", "))));

    PageId target = PageId::End;
    if (parser.isSet(gotoOption)) {
        target = pageFromKey(parser.value(gotoOption));
        if (target == PageId::End)
            return usageError(QStringLiteral("unknown page \"%1\" for --goto").arg(parser.value(gotoOption)));
    }
    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty() && target == PageId::End)
        target = PageId::Welcome;

    // Fusion where the platform's own style is the bare Windows 95 look.
    if (QApplication::style()->name().compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    Translations translations(QCoreApplication::instance());
    translations.setLanguage(language);
    log::get("ui")->info("wizard starting (language {}, {})", language, training ? "training" : "live");

    MainWindow window(&translations);
    // Driving past the welcome page needs a scenario; a picture of the welcome page itself needs none,
    // so nothing is prepared in the background that the first page does not show.
    const bool drivesIntoTraining = snapshot.isEmpty() && target != PageId::End && target != PageId::Welcome;
    if (!snapshot.isEmpty()) {
        if (auto *welcome = qobject_cast<WelcomePage *>(window.wizard()->pageAt(PageId::Welcome)))
            welcome->openSnapshot(snapshot);
    }
    if (training || drivesIntoTraining)
        window.preselectTraining(scenario.isEmpty() && drivesIntoTraining ? QStringLiteral("healthy") : scenario);

    int exitCode = 0;
    std::unique_ptr<PageDriver> driver;
    if (target != PageId::End) {
        driver = std::make_unique<PageDriver>(&window, target, scenario.isEmpty() ? QStringLiteral("healthy") : scenario,
                                              screenshot);
        driver->setSnapshot(snapshot);
        QObject::connect(driver.get(), &PageDriver::done, &window, [&exitCode, &screenshot](int code, const QString &message) {
            if (code != 0)
                std::fprintf(stderr, "ndes-doctor: %s\n", qPrintable(message));
            exitCode = code;
            if (!screenshot.isEmpty())
                QCoreApplication::exit(code);
        });
        driver->start();
    }
    window.show();
    if (training && target == PageId::End)
        window.wizard()->next(); // straight to the scenarios, the chosen one selected
    const int loopCode = QApplication::exec();
    window.close();
    return exitCode != 0 ? exitCode : loopCode;
}

} // namespace ndes::ui
