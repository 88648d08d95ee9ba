// The "Find the cause" page, the guided fix with Test again, and snapshot mode: the real wizard, the real
// simulator on loopback, the real training facts and a recorded snapshot.

#include "wizarddriver.h"

#include "causerunner.h"
#include "checktexts.h"
#include "language.h"
#include "mainwindow.h"
#include "pages/causepage.h"
#include "pages/remediationpage.h"
#include "pages/welcomepage.h"
#include "session.h"
#include "widgets/remediationview.h"
#include "widgets/status.h"

#include "checks/catalogue.h"
#include "facts/livesource.h"
#include "training/scenario.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ndes;
using namespace ndes::ui;
using namespace ndes::testing;

namespace {

const QString kSnapshot = QStringLiteral(NDES_FIXTURES_DIR "/checks/server-503");

// Welcome -> scenario -> URL -> URL test -> verdict -> the cause page, its checks started.
void driveToCause(MainWindow &w, const QString &scenario)
{
    QCOMPARE(w.wizard()->currentPageId(), PageId::Welcome);
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("trainingChoice")), Qt::LeftButton);
    clickNextWhenEnabled(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Scenario);
    selectScenario(w, scenario);
    if (QTest::currentTestFailed())
        return;
    clickNextWhenEnabled(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Url);
    clickNextWhenEnabled(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Probe);
    clickNextWhenEnabled(w); // enabled once the URL test is done
    QCOMPARE(w.wizard()->currentPageId(), PageId::Verdict);
    clickNextWhenEnabled(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Cause);
}

QString statusText(QWidget *root, const QString &name)
{
    return find<StatusLabel>(root, name)->text();
}

} // namespace

class TestCause : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void causeComesFirst_data();
    void causeComesFirst();
    void testAgainAfterSimulatedFix();
    void cancelMidwayLeavesThePageUsable();
    void snapshotMode();
    void snapshotThatCannotOpen();
    void liveChecksOffWindows();
};

void TestCause::causeComesFirst_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("scenario");
    for (const char *language : {"en", "fr"}) {
        for (const char *scenario :
             {"app-pool-stopped", "service-account-locked", "impersonate-right-missing", "mscep-ra-expired"})
            QTest::addRow("%s/%s", language, scenario) << QString::fromLatin1(language) << QString::fromLatin1(scenario);
    }
}

void TestCause::causeComesFirst()
{
    QFETCH(QString, language);
    QFETCH(QString, scenario);
    const auto expected = training::findScenario(scenario);
    QVERIFY(expected);
    QVERIFY(!expected->cause.isEmpty());

    testing::ShownWizard shown(language);
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    driveToCause(w, scenario);

    auto *page = qobject_cast<CausePage *>(w.wizard()->current());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kLong);
    QCOMPARE(page->state(), CausePage::State::Done);
    QCOMPARE(page->cause(), expected->cause);
    QCOMPARE(page->rowOrder().first(), expected->cause);
    CheckRow *row = page->row(expected->cause);
    QVERIFY(row);
    QVERIFY(row->isCause());
    QVERIFY(row->isExpanded());
    QCOMPARE(row->result()->status, CheckStatus::Fail);
    QCOMPARE(row->sentence(), checkResultSentence(*row->result()));
    QVERIFY(hasCheckSentence(*row->result()));
    for (const QString &id : page->rowOrder()) {
        QCOMPARE(page->row(id)->state(), CheckRow::State::Done);
        if (id != expected->cause)
            QVERIFY(!page->row(id)->isCause());
    }
    // The summary names the cause in the page's language, and the side panel says it too.
    const QString summary = find<QLabel>(page, QStringLiteral("causeSummary"))->text();
    QVERIFY2(summary.contains(checkTitle(expected->cause)), qPrintable(summary));
    QVERIFY(summary.startsWith(language == QLatin1String("fr") ? QStringLiteral("Cause trouvée") : QStringLiteral("Cause found")));
    QVERIFY(page->stepLabel().startsWith(QLatin1String("Cause")));
    QCOMPARE(w.session()->causeCheck(), expected->cause);
    QVERIFY(!w.session()->causeRemediation().isEmpty());
    checkNamed(&w);

    // A language switch re-says everything in the other language, and keeps what was found.
    const QString other = language == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr");
    const QString before = row->sentence();
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("lang_") + other), Qt::LeftButton);
    QTRY_VERIFY(row->sentence() != before);
    QCOMPARE(row->sentence(), checkResultSentence(*row->result()));
    QCOMPARE(page->cause(), expected->cause);
    QCOMPARE(page->rowOrder().first(), expected->cause);
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("lang_") + language), Qt::LeftButton);
    QTRY_COMPARE(row->sentence(), before);

    // The fix page shows the cause's own page, scrolled to its section.
    clickNextWhenEnabled(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Remediation);
    auto *fix = qobject_cast<RemediationPage *>(w.wizard()->current());
    QVERIFY(fix);
    const QString remediation = w.session()->causeRemediation();
    QCOMPARE(fix->view()->contentId(), remediation.section(QLatin1Char('#'), 0, 0));
    QCOMPARE(fix->view()->language(), language);
    QVERIFY2(fix->view()->anchors().contains(remediation.section(QLatin1Char('#'), 1)), qPrintable(remediation));
    QVERIFY(statusText(fix, QStringLiteral("fixFor")).contains(checkTitle(expected->cause)));
    checkNamed(&w);
}

void TestCause::testAgainAfterSimulatedFix()
{
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    driveToCause(w, QStringLiteral("service-account-locked"));
    auto *page = qobject_cast<CausePage *>(w.wizard()->current());
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kLong);
    QCOMPARE(page->cause(), QStringLiteral("account.ndes-service"));
    clickNextWhenEnabled(w);
    auto *fix = qobject_cast<RemediationPage *>(w.wizard()->current());
    QVERIFY(fix);

    // Before the fix, Test again says plainly that neither the check nor the URL is fixed.
    QTest::mouseClick(find<QAbstractButton>(fix, QStringLiteral("retestButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fix->isRetesting(), kLong);
    QCOMPARE(fix->checkRetestLabel()->status(), Status::Problem);
    QCOMPARE(fix->urlRetestLabel()->status(), Status::Problem);
    QCOMPARE(fix->overallRetestLabel()->status(), Status::Problem);
    QVERIFY(!fix->overallRetestLabel()->text().contains(QLatin1String("The fix worked")));
    QCOMPARE(w.session()->retests().size(), 1);
    QCOMPARE(w.session()->retests().last().checkPassed, std::optional<bool>(false));

    // The simulated fix makes the simulator and the facts healthy: both pass, and only then "The fix worked".
    auto *apply = find<QAbstractButton>(fix, QStringLiteral("applyFixButton"));
    QVERIFY(apply->isVisible());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fix->isRetesting(), kLong);
    QCOMPARE(w.session()->activeScenarioId(), QStringLiteral("healthy"));
    QCOMPARE(fix->checkRetestLabel()->status(), Status::Ok);
    QVERIFY(fix->checkRetestLabel()->text().contains(checkTitle(QStringLiteral("account.ndes-service"))));
    QCOMPARE(fix->urlRetestLabel()->status(), Status::Ok);
    QCOMPARE(fix->overallRetestLabel()->status(), Status::Ok);
    QVERIFY(fix->overallRetestLabel()->text().contains(QLatin1String("The fix worked")));
    const Retest last = w.session()->retests().last();
    QVERIFY(last.afterSimulatedFix);
    QCOMPARE(last.checkId, QStringLiteral("account.ndes-service"));
    QCOMPARE(last.checkPassed, std::optional<bool>(true));
    QCOMPARE(verdictId(last.verdict), verdictId(Verdict::Ok403));
}

void TestCause::cancelMidwayLeavesThePageUsable()
{
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    driveToCause(w, QStringLiteral("app-pool-stopped"));
    auto *page = qobject_cast<CausePage *>(w.wizard()->current());
    QVERIFY(page);
    auto *runner = page->findChild<CauseRunner *>();
    QVERIFY(runner);
    QVERIFY(page->isRunning());
    QVERIFY(!wizardButton(w, "nextButton")->isEnabled());

    // Stop as soon as the first check has its result.
    auto *stop = find<QAbstractButton>(page, QStringLiteral("cancelChecksButton"));
    QVERIFY(stop->isEnabled());
    QMetaObject::Connection once = connect(runner, &CauseRunner::finished, stop, [stop] {
        QTest::mouseClick(stop, Qt::LeftButton);
    });
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kLong);
    disconnect(once);
    QCOMPARE(page->state(), CausePage::State::Stopped);
    int done = 0;
    int notRun = 0;
    for (const QString &id : page->rowOrder()) {
        if (page->row(id)->state() == CheckRow::State::Done)
            ++done;
        else if (page->row(id)->state() == CheckRow::State::NotRun)
            ++notRun;
    }
    QCOMPARE(done, 1);
    QCOMPARE(notRun, int(page->rowOrder().size()) - 1);
    // The first check of the 503 branch, the pool, is the only problem seen: it is named, and the page goes on.
    QCOMPARE(page->cause(), QStringLiteral("apppool.scep"));
    QVERIFY(wizardButton(w, "nextButton")->isEnabled());
    auto *rerun = find<QAbstractButton>(page, QStringLiteral("rerunChecksButton"));
    QVERIFY(rerun->isEnabled());
    QVERIFY(!stop->isEnabled());

    // Running them again finishes them all.
    QTest::mouseClick(rerun, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->state() == CausePage::State::Done, kLong);
    for (const QString &id : page->rowOrder())
        QCOMPARE(page->row(id)->state(), CheckRow::State::Done);
    QCOMPARE(page->cause(), QStringLiteral("apppool.scep"));
}

void TestCause::snapshotMode()
{
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;

    auto *welcome = qobject_cast<WelcomePage *>(w.wizard()->current());
    QVERIFY(welcome);
    auto *card = find<QAbstractButton>(welcome, QStringLiteral("snapshotChoice"));
    QVERIFY(card->isEnabled());
    QTest::mouseClick(card, Qt::LeftButton);
    QCOMPARE(w.session()->mode(), Mode::Snapshot);
    QVERIFY(!wizardButton(w, "nextButton")->isEnabled()); // nothing opened yet
    QVERIFY(welcome->openSnapshot(kSnapshot));
    QCOMPARE(w.session()->snapshotPath(), QFileInfo(kSnapshot).absoluteFilePath());
    QVERIFY(statusText(welcome, QStringLiteral("snapshotStatus")).contains(QLatin1String("NDES01")));
    QVERIFY(find<QWidget>(&w, QStringLiteral("modeBadge"))->accessibleName().contains(QLatin1String("server-503")));
    QVERIFY(!find<QWidget>(&w, QStringLiteral("trainingBanner"))->isVisible());
    checkNamed(&w);

    // The URL test is optional: skipped, the checks of every branch run on the snapshot.
    clickNextWhenEnabled(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Url);
    auto *skip = find<QCheckBox>(&w, QStringLiteral("skipUrlTest"));
    QVERIFY(skip->isVisible());
    QVERIFY(skip->isChecked());
    QVERIFY(!find<QLineEdit>(&w, QStringLiteral("urlEdit"))->isEnabled());
    checkNamed(&w);
    clickNextWhenEnabled(w);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Cause);
    auto *page = qobject_cast<CausePage *>(w.wizard()->current());
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kLong);
    QCOMPARE(page->state(), CausePage::State::Done);
    QCOMPARE(page->rowOrder().size(), checks::checkIds().size());
    // The same cause as `ndes-doctor diagnose --snapshot`: Windows authentication on CertificateRegistrationSvc.
    QCOMPARE(page->cause(), QStringLiteral("iis.auth.certregsvc"));
    QCOMPARE(page->rowOrder().first(), QStringLiteral("iis.auth.certregsvc"));
    QCOMPARE(page->row(QStringLiteral("certs.mscep-ra"))->result()->reason, QStringLiteral("not-available"));
    checkNamed(&w);

    clickNextWhenEnabled(w);
    auto *fix = qobject_cast<RemediationPage *>(w.wizard()->current());
    QVERIFY(fix);
    QCOMPARE(fix->view()->contentId(), QStringLiteral("service-unavailable-503"));
    QVERIFY(!find<QAbstractButton>(fix, QStringLiteral("applyFixButton"))->isVisible());
    // Test again re-reads the snapshot only (no URL to test), and does not claim the fix worked.
    QTest::mouseClick(find<QAbstractButton>(fix, QStringLiteral("retestButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fix->isRetesting(), kLong);
    QCOMPARE(fix->checkRetestLabel()->status(), Status::Problem);
    QVERIFY(!fix->urlRetestLabel()->isVisible());
    QCOMPARE(fix->overallRetestLabel()->status(), Status::Problem);
    QVERIFY(!w.session()->retests().last().urlTested);
}

void TestCause::snapshotThatCannotOpen()
{
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    auto *welcome = qobject_cast<WelcomePage *>(w.wizard()->current());
    QVERIFY(welcome);
    const QString missing = QStringLiteral(NDES_FIXTURES_DIR "/no-such-snapshot.zip");
    QVERIFY(!welcome->openSnapshot(missing));
    const QString said = statusText(welcome, QStringLiteral("snapshotStatus"));
    QVERIFY2(said.contains(QDir::toNativeSeparators(QFileInfo(missing).absoluteFilePath())), qPrintable(said));
    QCOMPARE(find<StatusLabel>(welcome, QStringLiteral("snapshotStatus"))->status(), Status::Problem);
    QVERIFY(w.session()->snapshotPath().isEmpty());
    // The page stays usable: another choice goes on.
    QTest::mouseClick(find<QAbstractButton>(&w, QStringLiteral("trainingChoice")), Qt::LeftButton);
    QVERIFY(wizardButton(w, "nextButton")->isEnabled());
    // And a good snapshot still opens after a bad one.
    QVERIFY(welcome->openSnapshot(kSnapshot));
    QCOMPARE(find<StatusLabel>(welcome, QStringLiteral("snapshotStatus"))->status(), Status::Ok);
    QCOMPARE(w.session()->mode(), Mode::Snapshot);
}

// Off Windows, live local checks read nothing: every check says so, and the run still ends.
void TestCause::liveChecksOffWindows()
{
    if (facts::LiveSource::isSupported())
        QSKIP("live facts are readable on Windows");
    Session session;
    session.setMode(Mode::Live);
    QString error;
    auto source = factSourceFor(session, &error);
    QVERIFY2(source, qPrintable(error));
    QNetworkAccessManager nam;
    CauseRunner runner(&nam);
    QSignalSpy done(&runner, &CauseRunner::allDone);
    runner.start(std::nullopt, source);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kLong);
    const auto diagnosis = done.first().first().value<tree::Diagnosis>();
    QCOMPARE(diagnosis.checks.size(), checks::checkIds().size());
    QVERIFY(diagnosis.cause.isEmpty());
    for (const CheckResult &c : diagnosis.checks) {
        QCOMPARE(c.status, CheckStatus::Skipped);
        QVERIFY(hasCheckSentence(c));
    }

    // The page says plainly why, and lets the user go on.
    testing::ShownWizard shown(QStringLiteral("en"));
    QVERIFY(shown.ready);
    MainWindow &w = shown.window;
    w.session()->setMode(Mode::Live);
    auto *page = qobject_cast<CausePage *>(w.wizard()->pageAt(PageId::Cause));
    QVERIFY(page);
    page->startChecks();
    QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), kLong);
    QCOMPARE(page->state(), CausePage::State::Done);
    auto *notice = find<StatusLabel>(page, QStringLiteral("causeNotice"));
    QCOMPARE(notice->status(), Status::Warning);
    QVERIFY2(notice->text().contains(QLatin1String("need Windows")), qPrintable(notice->text()));
    QVERIFY(page->cause().isEmpty());
    for (const QString &id : page->rowOrder())
        QCOMPARE(page->row(id)->result()->reason, QStringLiteral("not-available"));
}

QTEST_MAIN(TestCause)
#include "tst_cause.moc"
