#include "wizarddriver.h"

#include "language.h"
#include "guimain.h"
#include "mainwindow.h"
#include "pages/causepage.h"
#include "pages/probepage.h"
#include "pages/remediationpage.h"
#include "pages/verdictpage.h"
#include "remediationdoc.h"
#include "screenshot.h"
#include "session.h"
#include "sidepanel.h"
#include "texts.h"
#include "trainingserver.h"
#include "widgets/busyindicator.h"
#include "widgets/remediationview.h"
#include "widgets/status.h"

#include "training/scenario.h"

#include <QAbstractButton>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QApplication>
#include <QTest>

using namespace ndes;
using namespace ndes::ui;
using namespace ndes::testing;

namespace {

void chooseTraining(MainWindow &w)
{
    QCOMPARE(w.wizard()->currentPageId(), PageId::Welcome);
    checkNamed(&w);
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("trainingChoice")), Qt::LeftButton);
    QCOMPARE(w.session()->mode(), Mode::Training);
    clickNext(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Scenario);
}

void chooseScenario(MainWindow &w, const QString &id)
{
    selectScenario(w, id);
    if (QTest::currentTestFailed())
        return;
    checkNamed(&w);
    clickNext(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Url);
}

// Welcome -> scenario -> URL (filled in once the simulator runs) -> URL test started.
void driveToProbe(MainWindow &w, const QString &scenario)
{
    chooseTraining(w);
    chooseScenario(w, scenario);
    QTRY_VERIFY_WITH_TIMEOUT(wizardButton(w, "nextButton")->isEnabled(), kLong);
    QVERIFY(find<QLineEdit>(&w, QStringLiteral("urlEdit"))->text().startsWith(QLatin1String("https://127.0.0.1:")));
    clickNext(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Probe);
}

QString firstLine(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString line = QString::fromUtf8(file.readLine()).trimmed();
    return stripAnchor(line.mid(2));
}

} // namespace

class TestWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void languagesAreEmbedded();
    void remediationFormat();
    void scenarioFlow_data();
    void scenarioFlow();
    void languageSwitchKeepsUrl();
    void cancelStopsTheTest();
    void urlValidation_data();
    void urlValidation();
    void quizAsksFirst();
    void leavingTrainingStopsTheSimulator();
    void keyboardOnly();
    void screenshotOption();
};

void TestWizard::initTestCase()
{
    QVERIFY(availableLanguages().contains(QLatin1String("en")));
    QVERIFY(availableLanguages().contains(QLatin1String("fr")));
}

void TestWizard::languagesAreEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/qtbase_fr.qm")));
    Translations translations(QCoreApplication::instance());
    QVERIFY(translations.setLanguage(QStringLiteral("fr")));
    QCOMPARE(scenarioTitle(QStringLiteral("app-pool-stopped")), QStringLiteral("Pool d’applications SCEP arrêté"));
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    QCOMPARE(scenarioTitle(QStringLiteral("app-pool-stopped")), QStringLiteral("SCEP application pool stopped"));
    QVERIFY(!translations.setLanguage(QStringLiteral("xx")));
}

void TestWizard::remediationFormat()
{
    const RemediationDoc doc = parseRemediation(QStringLiteral(
        "# Title here {#top}\n\nIntro *text*.\n\n## Step one {#step-one}\n\n"
        "Before ![The page](browser:httpsys-503) after\n\n![IIS](img/iis-app-pools.svg)\n\n"
        "```powershell changes-server\nStart-WebAppPool -Name SCEP\n```\n\n```cmd\niisreset\n```\n"));
    QCOMPARE(doc.title, QStringLiteral("Title here"));
    QCOMPARE(doc.anchors(), QStringList({QStringLiteral("top"), QStringLiteral("step-one")}));
    QList<DocBlock::Kind> kinds;
    for (const DocBlock &block : doc.blocks)
        kinds << block.kind;
    using K = DocBlock::Kind;
    QCOMPARE(kinds, QList<K>({K::Markdown, K::Heading, K::Markdown, K::BrowserImage, K::Markdown, K::SvgImage, K::Code,
                              K::Code}));
    QCOMPARE(doc.blocks[1].text, QStringLiteral("Step one"));
    QCOMPARE(doc.blocks[3].target, QStringLiteral("httpsys-503"));
    QCOMPARE(doc.blocks[6].language, QStringLiteral("powershell"));
    QVERIFY(doc.blocks[6].changesServer);
    QCOMPARE(doc.blocks[6].text, QStringLiteral("Start-WebAppPool -Name SCEP"));
    QVERIFY(!doc.blocks[7].changesServer);
}

void TestWizard::scenarioFlow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("scenario");
    for (const char *language : {"en", "fr"}) {
        for (const char *scenario : {"healthy", "app-pool-stopped", "mscep-ra-expired"})
            QTest::addRow("%s/%s", language, scenario) << QString::fromLatin1(language) << QString::fromLatin1(scenario);
    }
}

void TestWizard::scenarioFlow()
{
    QFETCH(QString, language);
    QFETCH(QString, scenario);
    const auto expected = training::findScenario(scenario);
    QVERIFY(expected);

    testing::ShownWizard shown(language);
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    QCOMPARE(w.session()->language(), language);

    driveToProbe(w, scenario);
    auto *probe = qobject_cast<ProbePage *>(w.wizard()->current());
    QVERIFY(probe);
    QTRY_VERIFY_WITH_TIMEOUT(probe->isComplete(), kLong);
    QVERIFY(w.session()->result());
    QCOMPARE(verdictId(w.session()->result()->verdict), verdictId(expected->expectedVerdict));
    checkNamed(&w);

    clickNext(w);
    auto *verdict = qobject_cast<VerdictPage *>(w.wizard()->current());
    QVERIFY(verdict);
    QCOMPARE(verdict->shownVerdictId(), verdictId(expected->expectedVerdict));
    QCOMPARE(find<StatusLabel>(&w, QStringLiteral("verdictSentence"))->status(),
             isHealthy(expected->expectedVerdict) ? Status::Ok : Status::Problem);
    QVERIFY(find<StatusLabel>(&w, QStringLiteral("verdictSentence"))->text().contains(verdictSentence(*w.session()->result())));
    checkNamed(&w);

    // Find the cause: the scenario's own cause, or none (a healthy server: the IIS logs come next).
    clickNext(w);
    auto *cause = qobject_cast<CausePage *>(w.wizard()->current());
    QVERIFY(cause);
    QTRY_VERIFY_WITH_TIMEOUT(cause->isComplete(), kLong);
    QCOMPARE(cause->cause(), expected->cause);
    checkNamed(&w);
    if (expected->cause.isEmpty()) {
        clickNext(w);
        QCOMPARE(w.wizard()->currentPageId(), PageId::IisLogs);
        return;
    }

    clickNext(w);
    auto *fix = qobject_cast<RemediationPage *>(w.wizard()->current());
    QVERIFY(fix);
    const QString resource = RemediationView::resourcePath(verdictId(expected->expectedVerdict), language);
    QVERIFY2(QFile::exists(resource), qPrintable(resource));
    QCOMPARE(fix->view()->contentId(), verdictId(expected->expectedVerdict));
    QCOMPARE(fix->view()->language(), language);
    QCOMPARE(find<QLabel>(fix, QStringLiteral("remediationTitle"))->text(), firstLine(resource));
    QVERIFY(w.session()->fixesShown().contains(verdictId(expected->expectedVerdict)));
    checkNamed(&w);

    // The wizard's own buttons speak the language too.
    const QString finish = wizardButton(w, "finishButton")->text();
    QCOMPARE(finish.contains(QLatin1String("Terminer")), language == QLatin1String("fr"));

    // Switching language here shows the same fix in the other language, and back.
    const QString other = language == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr");
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("lang_") + other), Qt::LeftButton);
    const QString otherResource = RemediationView::resourcePath(verdictId(expected->expectedVerdict), other);
    QTRY_COMPARE(find<QLabel>(fix, QStringLiteral("remediationTitle"))->text(), firstLine(otherResource));
    QCOMPARE(w.wizard()->currentPageId(), PageId::Remediation);
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("lang_") + language), Qt::LeftButton);
    QTRY_COMPARE(find<QLabel>(fix, QStringLiteral("remediationTitle"))->text(), firstLine(resource));
    QCOMPARE(verdict->shownVerdictId(), verdictId(expected->expectedVerdict));

    // In training the fix can be applied on the simulator; the re-test then passes.
    if (!isHealthy(expected->expectedVerdict)) {
        auto *apply = find<QAbstractButton>(fix, QStringLiteral("applyFixButton"));
        QVERIFY(apply->isVisible());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!fix->isRetesting(), kLong);
        QVERIFY(!w.session()->retests().isEmpty());
        QCOMPARE(verdictId(w.session()->retests().last().verdict), verdictId(Verdict::Ok403));
        QCOMPARE(find<StatusLabel>(fix, QStringLiteral("retestResult"))->status(), Status::Ok);
    }
}

void TestWizard::languageSwitchKeepsUrl()
{
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    chooseTraining(w);
    chooseScenario(w, QStringLiteral("healthy"));
    QTRY_VERIFY_WITH_TIMEOUT(wizardButton(w, "nextButton")->isEnabled(), kLong);

    auto *url = find<QLineEdit>(&w, QStringLiteral("urlEdit"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://ndes.example.test/certsrv/mscep/mscep.dll"));
    const QString typed = url->text();
    const QString englishNext = wizardButton(w, "nextButton")->text();

    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("lang_fr")), Qt::LeftButton);
    QTRY_VERIFY(wizardButton(w, "nextButton")->text().contains(QLatin1String("Suivant")));
    QCOMPARE(w.session()->language(), QStringLiteral("fr"));
    QCOMPARE(w.wizard()->currentPageId(), PageId::Url);
    QCOMPARE(url->text(), typed);
    QCOMPARE(find<QLabel>(&w, QStringLiteral("trainingBannerText"))->text().startsWith(QLatin1String("Formation")), true);
    QVERIFY(wizardButton(w, "backButton")->text().contains(QStringLiteral("cédent")));
    QVERIFY(wizardButton(w, "cancelButton")->text().contains(QLatin1String("Annuler")));
    QVERIFY(wizardButton(w, "helpButton")->text().contains(QLatin1String("Aide")));

    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("lang_en")), Qt::LeftButton);
    QTRY_COMPARE(wizardButton(w, "nextButton")->text(), englishNext);
    QCOMPARE(url->text(), typed);
    QVERIFY(wizardButton(w, "nextButton")->isEnabled());
}

void TestWizard::cancelStopsTheTest()
{
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    driveToProbe(w, QStringLiteral("no-answer"));
    auto *probe = qobject_cast<ProbePage *>(w.wizard()->current());
    QVERIFY(probe);
    auto *cancel = find<QAbstractButton>(probe, QStringLiteral("cancelProbeButton"));
    auto *rerun = find<QAbstractButton>(probe, QStringLiteral("rerunProbeButton"));

    for (int round = 0; round < 2; ++round) {
        // The server accepts the connections and never answers: the requests hang until cancelled.
        QTRY_VERIFY_WITH_TIMEOUT(find<BusyIndicator>(probe, QStringLiteral("busy_bare"))->isRunning(), kLong);
        QVERIFY(probe->isRunning());
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!probe->isRunning());
        for (const char *kind : {"bare", "getcacaps", "getcacert", "long-url"})
            QCOMPARE(find<StatusLabel>(probe, QStringLiteral("result_") + QLatin1String(kind))->status(), Status::Cancelled);
        QVERIFY(!probe->isComplete());
        QVERIFY(!wizardButton(w, "nextButton")->isEnabled());
        QVERIFY(wizardButton(w, "backButton")->isEnabled());
        QVERIFY(rerun->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(find<StatusLabel>(probe, QStringLiteral("probeSummary"))->status(), Status::Cancelled);

        if (round == 0) {
            QTest::mouseClick(rerun, Qt::LeftButton);
            QVERIFY(probe->isRunning());
        }
    }
    // Back cancels too, and the page starts afresh on the way forward.
    QTest::mouseClick(rerun, Qt::LeftButton);
    QVERIFY(probe->isRunning());
    QTest::mouseClick(wizardButton(w, "backButton"), Qt::LeftButton);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Url);
    QVERIFY(!probe->isRunning());
    clickNext(w);
    QVERIFY(probe->isRunning());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!probe->isRunning());
}

void TestWizard::urlValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("status");
    QTest::newRow("ftp") << QStringLiteral("ftp://ndes.contoso.com/certsrv/mscep/mscep.dll") << false << int(Status::Problem);
    QTest::newRow("empty host") << QStringLiteral("https:///certsrv/mscep/mscep.dll") << false << int(Status::Problem);
    QTest::newRow("good") << QStringLiteral("https://ndes.contoso.com/certsrv/mscep/mscep.dll") << true << int(Status::Ok);
    QTest::newRow("odd path") << QStringLiteral("http://ndes.contoso.com/scep") << true << int(Status::Warning);
}

void TestWizard::urlValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QFETCH(int, status);
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("liveChoice")), Qt::LeftButton);
    QCOMPARE(w.session()->mode(), Mode::Live);
    clickNext(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Url);
    QVERIFY(!w.findChild<QWidget *>(QStringLiteral("trainingBanner"))->isVisible());

    auto *edit = find<QLineEdit>(&w, QStringLiteral("urlEdit"));
    QVERIFY(!wizardButton(w, "nextButton")->isEnabled());
    QTest::keyClicks(edit, url);
    QCOMPARE(wizardButton(w, "nextButton")->isEnabled(), accepted);
    QCOMPARE(int(find<StatusLabel>(&w, QStringLiteral("urlCheck"))->status()), status);
    checkNamed(&w);
}

void TestWizard::quizAsksFirst()
{
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    chooseTraining(w);
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("surpriseButton")), Qt::LeftButton);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Url);
    QVERIFY(w.session()->isQuiz());
    QVERIFY(!find<QLabel>(&w, QStringLiteral("trainingBannerText"))->text().contains(scenarioTitle(w.session()->scenarioId())));
    QTRY_VERIFY_WITH_TIMEOUT(wizardButton(w, "nextButton")->isEnabled(), kLong);
    clickNext(w);
    auto *probe = qobject_cast<ProbePage *>(w.wizard()->current());
    QTRY_VERIFY_WITH_TIMEOUT(probe->isComplete(), kLong);
    clickNext(w);

    auto *verdict = qobject_cast<VerdictPage *>(w.wizard()->current());
    QVERIFY(verdict);
    QVERIFY(find<QWidget>(verdict, QStringLiteral("quizBox"))->isVisible());
    QVERIFY(!find<QWidget>(verdict, QStringLiteral("verdictMeaning"))->isVisible());
    QVERIFY(!wizardButton(w, "nextButton")->isEnabled());
    const int right = verdict->correctChoice();
    QVERIFY(right >= 0 && right < 4);
    auto *choice = find<QAbstractButton>(verdict, QStringLiteral("quizChoice_%1").arg(right));
    QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(8, choice->height() / 2));
    QVERIFY(choice->isChecked());
    QTest::mouseClick(find<QAbstractButton>(verdict, QStringLiteral("quizCheckButton")), Qt::LeftButton);
    QCOMPARE(w.session()->quizAnsweredRight(), std::optional<bool>(true));
    QCOMPARE(find<StatusLabel>(verdict, QStringLiteral("quizResult"))->status(), Status::Ok);
    QVERIFY(find<QWidget>(verdict, QStringLiteral("verdictMeaning"))->isVisible());
    QVERIFY(wizardButton(w, "nextButton")->isEnabled());
}

void TestWizard::leavingTrainingStopsTheSimulator()
{
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    chooseTraining(w);
    chooseScenario(w, QStringLiteral("healthy"));
    QTRY_VERIFY_WITH_TIMEOUT(w.trainingServer()->isRunning(QStringLiteral("healthy")), kLong);
    QVERIFY(find<QWidget>(&w, QStringLiteral("trainingBanner"))->isVisible());

    // Back to the start, then live: no banner, no simulator, and not its address either.
    w.sidePanel()->stepList()->setCurrentRow(0);
    QTest::mouseClick(w.sidePanel()->stepList()->viewport(), Qt::LeftButton, {},
                      w.sidePanel()->stepList()->visualItemRect(w.sidePanel()->stepList()->item(0)).center());
    QCOMPARE(w.wizard()->currentPageId(), PageId::Welcome);
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("liveChoice")), Qt::LeftButton);
    QCOMPARE(w.session()->mode(), Mode::Live);
    QCOMPARE(w.trainingServer()->state(), TrainingServer::State::Stopped);
    QVERIFY(!find<QWidget>(&w, QStringLiteral("trainingBanner"))->isVisible());
    clickNext(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Url);
    QVERIFY(find<QLineEdit>(&w, QStringLiteral("urlEdit"))->text().isEmpty());
    QVERIFY(!wizardButton(w, "nextButton")->isEnabled());
}

void TestWizard::keyboardOnly()
{
    Translations translations(QCoreApplication::instance());
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow w(&translations);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // Enter is Next, wherever the focus is on the page.
    auto *card = find<QAbstractButton>(&w, QStringLiteral("trainingChoice"));
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Return);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Scenario);

    auto *list = find<QListWidget>(&w, QStringLiteral("scenarioList"));
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentRow(), 1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Url);
    QCOMPARE(w.session()->scenarioId(), list->item(1)->data(Qt::UserRole).toString());
    QTRY_VERIFY_WITH_TIMEOUT(wizardButton(w, "nextButton")->isEnabled(), kLong);
    QTRY_COMPARE(QApplication::focusWidget(), find<QWidget>(&w, QStringLiteral("urlEdit")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Probe);
    auto *probe = qobject_cast<ProbePage *>(w.wizard()->current());
    QTRY_VERIFY_WITH_TIMEOUT(probe->isComplete(), kLong);
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Verdict);
    QTRY_VERIFY(w.wizard()->current()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Cause);
    QTRY_VERIFY_WITH_TIMEOUT(w.wizard()->current()->isComplete(), kLong);
    QTRY_VERIFY(w.wizard()->current()->isAncestorOf(QApplication::focusWidget())
                || QApplication::focusWidget() == wizardButton(w, "nextButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Remediation);

    // Enter on an earlier step in the side panel goes back to it, and no further.
    QListWidget *steps = w.sidePanel()->stepList();
    steps->setFocus();
    steps->setCurrentRow(1);
    QTest::keyClick(steps, Qt::Key_Return);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Scenario);
}

void TestWizard::screenshotOption()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("verdict.png"));
    QByteArrayList args = {"ndes-doctor", "--lang", "fr", "--training", "app-pool-stopped",
                           "--screenshot", path.toLocal8Bit(), "--goto", "verdict"};
    QList<char *> argv;
    for (QByteArray &arg : args)
        argv << arg.data();
    argv << nullptr;
    QCOMPARE(runWizard(int(args.size()), argv.data()), 0);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 600 && image.height() > 400);

    // A bad option is refused with status 2.
    QByteArrayList bad = {"ndes-doctor", "--goto", "nowhere"};
    QList<char *> badArgv;
    for (QByteArray &arg : bad)
        badArgv << arg.data();
    badArgv << nullptr;
    QCOMPARE(runWizard(int(bad.size()), badArgv.data()), 2);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
