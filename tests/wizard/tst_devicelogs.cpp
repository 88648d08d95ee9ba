#include "language.h"
#include "loglocations.h"
#include "logs/devicelogpanel.h"
#include "logs/fixdialog.h"
#include "logswindow.h"
#include "mainwindow.h"
#include "pages/devicelogspage.h"
#include "pages/welcomepage.h"
#include "widgets/flowdiagram.h"
#include "session.h"
#include "sidepanel.h"
#include "widgets/remediationview.h"
#include "widgets/stagetimeline.h"
#include "widgets/status.h"

#include "logs/connector/connectorlog.h"
#include "logs/device/devicelog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ndes;
using namespace ndes::ui;

namespace {

constexpr int kWait = 30000;

QString fixture(const QString &relative)
{
    return QStringLiteral(NDES_FIXTURES_DIR "/") + relative;
}

// Waits until the panel has read everything it was given.
bool waitRead(DeviceLogPanel &panel, int files)
{
    return QTest::qWaitFor([&] { return !panel.isReading() && panel.results().size() == files; }, kWait);
}

StageTimeline::State expectedState(const logs::device::DeviceLogReport &report, const logs::device::StageResult &stage)
{
    if (stage.reached)
        return StageTimeline::State::Reached;
    if (report.failure && report.failure->stage == stage.stage)
        return StageTimeline::State::Failed;
    return StageTimeline::State::NotReached;
}

// Catches what the panels ask the desktop to open, so no program is started during the test.
class OpenCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

class TestDeviceLogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void panelShowsWhatTheReaderReports_data();
    void panelShowsWhatTheReaderReports();
    void trainingLogsAreRecognised_data();
    void trainingLogsAreRecognised();
    void testThisUrlGoesToTheUrlTest();
    void connectorLogShowsFindingsWithFix();
    void unusableFilesAreNamed();
    void dropShowsHintAndReads();
    void pageHighlightsTheStageItShows();
    void logsWindowFromSidePanelKeepsReportAcrossLanguages();
    void logLocationsListEveryEntry();

private:
    OpenCatcher m_opened;
};

void TestDeviceLogs::initTestCase()
{
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_opened, "open");
}

void TestDeviceLogs::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestDeviceLogs::panelShowsWhatTheReaderReports_data()
{
    QTest::addColumn<QString>("path");
    const QStringList fixtures = {
        QStringLiteral("device/android/success-OMADM.log"),  QStringLiteral("device/android/fail-403-OMADM.log"),
        QStringLiteral("device/ios/fail-ra-invalid-console.txt"), QStringLiteral("device/ios/success-textedit.rtf"),
        QStringLiteral("device/windows/fail-32-wevtutil.xml"),   QStringLiteral("device/windows/success-wevtutil.txt"),
        QStringLiteral("device/windows/fail-307-eventviewer-fr.txt"),
    };
    for (const QString &f : fixtures) {
        if (QFile::exists(fixture(f)))
            QTest::newRow(qPrintable(f)) << fixture(f);
    }
    const QString training = QStringLiteral(NDES_SOURCE_DIR "/resources/training-logs/");
    for (const QString &f : {QStringLiteral("healthy/device/OMADM.log"), QStringLiteral("app-pool-stopped/device/iPhone-console.txt"),
                             QStringLiteral("mscep-ra-expired/device/DeviceManagement-Admin.txt")})
        QTest::newRow(qPrintable(QStringLiteral("training ") + f)) << training + f;
}

void TestDeviceLogs::panelShowsWhatTheReaderReports()
{
    QFETCH(QString, path);
    const Expected<logs::device::DeviceLogReport> direct = logs::device::readDeviceLog(path);
    QVERIFY2(direct, qPrintable(direct ? QString() : direct.error().toString()));

    DeviceLogPanel panel;
    panel.resize(900, 700);
    panel.show();
    panel.load({path});
    QVERIFY(waitRead(panel, 1));
    const LogFileResult &result = panel.results().first();
    QCOMPARE(result.kind, LogFileResult::Kind::Device);
    QVERIFY(result.device);
    QCOMPARE(result.device->reached, direct->reached);
    QCOMPARE(result.device->failure.has_value(), direct->failure.has_value());

    // The timeline: the seven steps, each in the state the reader gives it.
    auto *timeline = panel.findChild<StageTimeline *>(QStringLiteral("stageTimeline"));
    QVERIFY(timeline);
    QCOMPARE(timeline->rowCount(), logs::device::kStageCount);
    for (int i = 0; i < direct->stages.size(); ++i) {
        QCOMPARE(timeline->row(i).state, expectedState(*direct, direct->stages[i]));
        QCOMPARE(timeline->row(i).evidence.isEmpty(), direct->stages[i].evidence.isEmpty()
                                                          && !(expectedState(*direct, direct->stages[i]) == StageTimeline::State::Failed
                                                               && direct->failure->line > 0));
    }
    // Opening a step shows its lines.
    for (int i = 0; i < timeline->rowCount(); ++i) {
        if (timeline->row(i).evidence.isEmpty())
            continue;
        auto *toggle = timeline->findChild<QAbstractButton *>(QStringLiteral("stageToggle%1").arg(i));
        QVERIFY(toggle);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(timeline->isExpanded(i));
        break;
    }

    auto *headline = panel.findChild<StatusLabel *>(QStringLiteral("deviceHeadline"));
    QVERIFY(headline);
    QCOMPARE(headline->status(), direct->installed() ? Status::Ok : direct->failure ? Status::Problem : Status::Warning);
    auto *failureLine = panel.findChild<QLabel *>(QStringLiteral("deviceFailureLine"));
    QCOMPARE(failureLine != nullptr, direct->failure.has_value());
    if (direct->failure) {
        QVERIFY(failureLine->text().contains(direct->failure->text));
        QVERIFY(failureLine->text().contains(QString::number(direct->failure->line)));
    }
    auto *test = panel.findChild<QPushButton *>(QStringLiteral("testUrlButton"));
    QCOMPARE(test != nullptr, !direct->ndesUrl.isEmpty());
}

void TestDeviceLogs::trainingLogsAreRecognised_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("expected"); // per file: "installed", a device failure kind, or a connector finding id
    QTest::newRow("healthy") << QStringLiteral("healthy") << QStringList{QStringLiteral("installed"), QStringLiteral("no-finding")};
    QTest::newRow("app-pool-stopped") << QStringLiteral("app-pool-stopped") << QStringList{QStringLiteral("http-503")};
    QTest::newRow("mscep-ra-expired") << QStringLiteral("mscep-ra-expired")
                                      << QStringList{QStringLiteral("windows-scep-error"), QStringLiteral("ra-response-invalid")};
    QTest::newRow("tls-untrusted") << QStringLiteral("tls-untrusted")
                                   << QStringList{QStringLiteral("trust-failed"), QStringLiteral("connector.tls-12175")};
    QTest::newRow("impersonate-right-missing") << QStringLiteral("impersonate-right-missing") << QStringList{QStringLiteral("http-500")};
    QTest::newRow("request-limits-default") << QStringLiteral("request-limits-default") << QStringList{QStringLiteral("http-414")};
    QTest::newRow("app-proxy-wrong-url") << QStringLiteral("app-proxy-wrong-url") << QStringList{QStringLiteral("connect-failed")};
}

void TestDeviceLogs::trainingLogsAreRecognised()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, expected);
    DeviceLogPanel panel;
    panel.setTrainingScenario(scenario);
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("trainingLogButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(waitRead(panel, int(expected.size())));
    for (int i = 0; i < expected.size(); ++i) {
        const LogFileResult &r = panel.results().at(i);
        if (r.device) {
            const QString got = r.device->installed() ? QStringLiteral("installed")
                                                       : r.device->failure ? r.device->failure->kind : QStringLiteral("stopped");
            QCOMPARE(got, expected[i]);
        } else {
            QVERIFY2(r.connector, qPrintable(r.path));
            const QString got = r.connector->findings.isEmpty() ? QStringLiteral("no-finding") : r.connector->findings.first().id;
            QCOMPARE(got, expected[i]);
        }
    }
    QVERIFY(panel.shownStage() > 0);
}

void TestDeviceLogs::testThisUrlGoesToTheUrlTest()
{
    // A device log naming a server on loopback where nothing listens: the URL test ends at once.
    QTemporaryDir dir;
    const QString url = QStringLiteral("http://127.0.0.1:9/certsrv/mscep/mscep.dll");
    const QString log = dir.filePath(QStringLiteral("OMADM.log"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("2026-01-06T09:15:09.5530000  VERB  Event  org.jscep.transport.UrlConnectionGetTransport  18327    10  "
                              "Sending GetCACaps(ca) to %1?operation=GetCACaps&message=ca\n"
                              "2026-01-06T09:15:10.5530000  VERB  Event  org.jscep.transport.UrlConnectionGetTransport  18327    10  "
                              "Received '503 Service Unavailable' when sending GetCACaps(ca) to %1?operation=GetCACaps&message=ca\n")
                   .arg(url)
                   .toUtf8());
    file.close();

    MainWindow w(nullptr);
    w.show();
    auto *welcome = qobject_cast<WelcomePage *>(w.wizard()->pageAt(PageId::Welcome));
    QVERIFY(welcome);
    welcome->selectMode(int(Mode::Live));

    // From the logs window, opened with the side panel's button.
    QTest::mouseClick(w.sidePanel()->logsButton(), Qt::LeftButton);
    LogsWindow *logs = w.logsWindow();
    QVERIFY(logs && logs->isVisible());
    logs->devicePanel()->load({log});
    QVERIFY(waitRead(*logs->devicePanel(), 1));
    QCOMPARE(logs->devicePanel()->results().first().device->ndesUrl, url);
    auto *test = logs->devicePanel()->findChild<QPushButton *>(QStringLiteral("testUrlButton"));
    QVERIFY(test);
    QTest::mouseClick(test, Qt::LeftButton);

    QCOMPARE(w.session()->probeSettings().urlText, url);
    QCOMPARE(w.wizard()->currentPageId(), PageId::Probe);
    QTRY_VERIFY_WITH_TIMEOUT(w.session()->result().has_value(), kWait);
    QCOMPARE(w.session()->result()->url.toString(), url);
}

void TestDeviceLogs::connectorLogShowsFindingsWithFix()
{
    const QString path = QStringLiteral(NDES_SOURCE_DIR "/resources/training-logs/tls-untrusted/connector/NDESPlugin.log");
    DeviceLogPanel panel;
    panel.show();
    panel.load({path});
    QVERIFY(waitRead(panel, 1));
    QCOMPARE(panel.results().first().kind, LogFileResult::Kind::Connector);

    QWidget *row = nullptr;
    for (QWidget *candidate : panel.findChildren<QWidget *>(QStringLiteral("connectorFinding"))) {
        if (candidate->property("findingId").toString() == QLatin1String("connector.tls-12175"))
            row = candidate;
    }
    QVERIFY(row);
    auto *evidence = row->findChild<QLabel *>(QStringLiteral("findingEvidence"));
    QVERIFY(evidence);
    QVERIFY(evidence->text().contains(QStringLiteral("NDESPlugin.log:")));
    auto *fix = row->findChild<QPushButton *>(QStringLiteral("fixLink"));
    QVERIFY(fix);
    const QString target = logs::connector::remediationFor(QStringLiteral("connector.tls-12175"));
    QCOMPARE(fix->property("target").toString(), target);
    QTest::mouseClick(fix, Qt::LeftButton);
    auto *dialog = panel.findChild<FixDialog *>(QStringLiteral("logFixDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->target(), target);
    QCOMPARE(dialog->view()->contentId(), target.section(QLatin1Char('#'), 0, 0));
    QVERIFY(!dialog->view()->title().isEmpty());
    dialog->close();

    // The stage the log points at: the policy module's check (stage 3) failed.
    QCOMPARE(panel.shownStage(), 3);
}

void TestDeviceLogs::unusableFilesAreNamed()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("shopping-list.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("eggs\nmilk\nbread\n");
    file.close();
    const QString empty = dir.filePath(QStringLiteral("empty.log"));
    QFile e(empty);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.close();
    const QString missing = dir.filePath(QStringLiteral("gone.log"));

    DeviceLogPanel panel;
    panel.show();
    panel.load({text, empty, missing});
    QVERIFY(waitRead(panel, 3));
    QCOMPARE(panel.results().at(0).kind, LogFileResult::Kind::Unrecognised);
    QCOMPARE(panel.results().at(1).kind, LogFileResult::Kind::Empty);
    QCOMPARE(panel.results().at(2).kind, LogFileResult::Kind::Missing);
    const QList<StatusLabel *> messages = panel.findChildren<StatusLabel *>(QStringLiteral("logProblemText"));
    QCOMPARE(messages.size(), 3);
    QVERIFY(messages.at(0)->text().contains(QStringLiteral("shopping-list.txt")));
    QVERIFY(messages.at(0)->text().contains(QStringLiteral("neither a device log")));
    QVERIFY(messages.at(1)->text().contains(QStringLiteral("empty.log")));
    QVERIFY(messages.at(2)->text().contains(QStringLiteral("gone.log")));
    QCOMPARE(panel.shownStage(), 0);
}

void TestDeviceLogs::dropShowsHintAndReads()
{
    const QString path = QStringLiteral(NDES_SOURCE_DIR "/resources/training-logs/healthy/device/OMADM.log");
    DeviceLogPanel panel;
    panel.show();
    auto *hint = panel.findChild<QLabel *>(QStringLiteral("dropHint"));
    QVERIFY(hint && hint->isVisible());
    const QString idle = hint->text();

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = panel.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(hint->text() != idle);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&panel, &drop);
    QCOMPARE(hint->text(), idle);
    QVERIFY(waitRead(panel, 1));
    QVERIFY(panel.results().first().device->installed());
}

void TestDeviceLogs::pageHighlightsTheStageItShows()
{
    MainWindow w(nullptr);
    w.show();
    w.wizard()->setStartId(int(PageId::DeviceLogs));
    w.wizard()->restart();
    auto *page = qobject_cast<DeviceLogsPage *>(w.wizard()->current());
    QVERIFY(page);
    QVERIFY(page->isComplete());
    QCOMPARE(w.sidePanel()->diagram()->currentStage(), 2);
    page->panel()->load({QStringLiteral(NDES_SOURCE_DIR "/resources/training-logs/tls-untrusted/connector/NDESPlugin.log")});
    QVERIFY(waitRead(*page->panel(), 1));
    QCOMPARE(w.sidePanel()->diagram()->currentStage(), 3);
}

void TestDeviceLogs::logsWindowFromSidePanelKeepsReportAcrossLanguages()
{
    Translations translations(QCoreApplication::instance());
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow w(&translations);
    w.preselectTraining(QStringLiteral("mscep-ra-expired"));
    w.show();

    QPushButton *logsButton = w.sidePanel()->logsButton();
    QVERIFY(!logsButton->accessibleName().isEmpty());
    QVERIFY(logsButton->focusPolicy() & Qt::TabFocus);
    QTest::mouseClick(logsButton, Qt::LeftButton);
    LogsWindow *logs = w.logsWindow();
    QVERIFY(logs && logs->isVisible());
    QCOMPARE(logs->tabs()->count(), 3);
    QVERIFY(logs->findChild<QWidget *>(QStringLiteral("logsTrainingBanner"))->isVisibleTo(logs));

    logs->showTab(logs->devicePanel());
    QVERIFY(logs->devicePanel()->loadTrainingLogs());
    QVERIFY(waitRead(*logs->devicePanel(), 2));
    const QString englishTab = logs->tabs()->tabText(1);
    const QString englishHeadline = logs->devicePanel()->findChild<StatusLabel *>(QStringLiteral("deviceHeadline"))->text();

    QVERIFY(w.setLanguage(QStringLiteral("fr")));
    QCoreApplication::processEvents();
    QCOMPARE(logs->devicePanel()->results().size(), 2);
    QCOMPARE(logs->findChildren<QFrame *>(QStringLiteral("deviceReport")).size(), 2);
    QVERIFY(logs->tabs()->tabText(1) != englishTab);
    QVERIFY(logs->devicePanel()->findChild<StatusLabel *>(QStringLiteral("deviceHeadline"))->text() != englishHeadline);
    QVERIFY(w.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(logs->tabs()->tabText(1), englishTab);

    // Opening it again brings the same window forward.
    QTest::mouseClick(logsButton, Qt::LeftButton);
    QCOMPARE(w.logsWindow(), logs);
}

void TestDeviceLogs::logLocationsListEveryEntry()
{
    LogLocationsPanel panel;
    panel.show();
    QCOMPARE(panel.rowCount(), int(logLocations().size()));
    QVERIFY(panel.rowCount() >= 13);
    QStringList ids;
    for (const LogLocation &l : logLocations()) {
        QVERIFY2(!ids.contains(l.id), qPrintable(l.id));
        ids << l.id;
        QVERIFY(panel.button(l.id));
        QVERIFY(panel.pathField(l.id));
        QVERIFY(!logLocationName(l).isEmpty());
        QVERIFY(!logLocationShows(l).isEmpty());
        QVERIFY(l.stage >= 1 && l.stage <= 6);
        // Training: nothing to open, and it says why.
        QVERIFY(!panel.button(l.id)->isEnabled());
        QVERIFY(!panel.disabledReason(l).isEmpty());
    }
    for (const char *id : {"iis", "httperr", "ndesplugin", "crp-svclog", "connector-svclog", "request-status",
                           "application-events", "android-omadm", "ios-console", "windows-dmedp"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QVERIFY(panel.pathField(QStringLiteral("ndesplugin"))->text().contains(QStringLiteral("%ProgramFiles%")));

    // A snapshot: the copy it holds can be opened; what it does not hold says so.
    QTemporaryDir snapshot;
    QFile events(snapshot.filePath(QStringLiteral("events.application.1000.xml")));
    QVERIFY(events.open(QIODevice::WriteOnly));
    events.write("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'></Event>\n");
    events.close();
    panel.setMode(LogLocationsPanel::Mode::Snapshot, snapshot.path());
    QPushButton *app = panel.button(QStringLiteral("application-events"));
    QVERIFY(app->isEnabled());
    QVERIFY(!panel.button(QStringLiteral("setupmsi"))->isEnabled());
    QVERIFY(!panel.button(QStringLiteral("iis"))->isEnabled());
    m_opened.urls.clear();
    QTest::mouseClick(app, Qt::LeftButton);
    QCOMPARE(m_opened.urls.size(), 1);
    QCOMPARE(QFileInfo(m_opened.urls.first().toLocalFile()).fileName(), QStringLiteral("events.application.1000.xml"));

    // Live mode away from the server: the paths as written on Windows, nothing to open.
    panel.setMode(LogLocationsPanel::Mode::Live);
#ifndef Q_OS_WIN
    for (const LogLocation &l : logLocations())
        QVERIFY(!panel.button(l.id)->isEnabled());
#endif
}

QTEST_MAIN(TestDeviceLogs)
#include "tst_devicelogs.moc"
