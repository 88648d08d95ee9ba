#include "iistexts.h"
#include "logs/iislogpanel.h"
#include "logs/iisscanjob.h"
#include "session.h"
#include "widgets/hourchart.h"
#include "widgets/logdropzone.h"
#include "widgets/remediationview.h"
#include "widgets/status.h"

#include "logs/iis/scepsummary.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>

#include <atomic>

using namespace ndes;
using namespace ndes::ui;
using namespace ndes::logs::iis;

namespace {

// Generous: debug and sanitizer builds on a busy machine.
constexpr int kLong = 120000;

QString fixtures(const char *sub)
{
    return QStringLiteral(NDES_FIXTURES_DIR "/") + QLatin1String(sub);
}

// The count the summary table shows for a row key ("operation/GetCACaps"), or -1 when there is no such row.
qint64 tableCount(QTreeWidget *table, const QString &key)
{
    for (QTreeWidgetItemIterator it(table); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == key)
            return (*it)->data(1, Qt::UserRole).isValid() ? (*it)->data(1, Qt::UserRole).toLongLong() : -1;
    }
    return -1;
}

bool hasRow(QTreeWidget *table, const QString &key)
{
    for (QTreeWidgetItemIterator it(table); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == key)
            return true;
    }
    return false;
}

bool scanOver(const IisLogPanel &panel)
{
    return !panel.isScanning();
}

// Where the buckets of the chart start and how many there are, worked out from the hours alone.
int expectedBuckets(const std::map<std::int64_t, HourCounts> &perHour)
{
    if (perHour.empty())
        return 0;
    const std::int64_t first = perHour.begin()->first;
    const std::int64_t last = perHour.rbegin()->first;
    if (last - first + 1 <= HourChart::kMaxHourBuckets)
        return int(last - first + 1);
    const QDate a = QDateTime::fromSecsSinceEpoch(first * 3600).toLocalTime().date();
    const QDate b = QDateTime::fromSecsSinceEpoch(last * 3600).toLocalTime().date();
    if (a.daysTo(b) + 1 <= HourChart::kMaxDayBuckets)
        return int(a.daysTo(b) + 1);
    const QDate wa = a.addDays(-(a.dayOfWeek() - 1));
    const QDate wb = b.addDays(-(b.dayOfWeek() - 1));
    if (wa.daysTo(wb) / 7 + 1 <= HourChart::kMaxWeekBuckets)
        return int(wa.daysTo(wb) / 7 + 1);
    return (b.year() * 12 + b.month()) - (a.year() * 12 + a.month()) + 1;
}

// A site log of about `megabytes` MB: SCEP lines among other traffic, as a busy server writes.
bool writeLargeLog(const QString &path, int megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n#Date: 2026-01-05 00:00:00\r\n"
               "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
               "cs(Referer) sc-status sc-substatus sc-win32-status time-taken\r\n");
    QByteArray chunk;
    for (int i = 0; i < 2000; ++i) {
        chunk += QByteArrayLiteral("2026-01-05 10:00:00 10.0.20.15 GET /certsrv/mscep/mscep.dll operation=GetCACaps&message=ca 443 - "
                                   "10.44.1.2 Dalvik/2.1.0+(Linux;+U;+Android+13) - 200 0 0 15\r\n");
        chunk += QByteArrayLiteral("2026-01-05 10:00:01 10.0.20.15 GET /index.html - 443 - 10.44.1.3 Mozilla/5.0 - 200 0 0 3\r\n");
    }
    const qint64 target = qint64(megabytes) * 1024 * 1024;
    while (file.size() < target) {
        if (file.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

} // namespace

class TestIisLogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyFindingHasTextAndFix();
    void chartBuckets_data();
    void chartBuckets();
    void summaryMatchesScanner();
    void cancelMidway();
    void newScanReplacesRunning();
    void closeWhileScanning();
    void trainingImpersonation();
    void trainingNoAnswer();
    void missingFolder();
    void dropFolder();

private:
    QTemporaryDir m_dir;
    QString m_large;
};

void TestIisLogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_large = m_dir.filePath(QStringLiteral("u_ex260105.log"));
    QVERIFY(writeLargeLog(m_large, 80));
}

void TestIisLogs::everyFindingHasTextAndFix()
{
    for (const QString &id : iisFindingIds()) {
        const Finding f{id, Severity::Error, {{QStringLiteral("count"), 2}}};
        QVERIFY2(iisFindingText(f) != id, qPrintable(id));
        const FixTarget target = iisFixTarget(id);
        QVERIFY2(target.isValid(), qPrintable(id));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            RemediationView view;
            QVERIFY2(view.load(target.contentId, language), qPrintable(target.contentId));
            QVERIFY2(view.anchors().contains(target.anchor), qPrintable(id + QLatin1Char(' ') + target.anchor));
        }
    }
    // Every id the summary can give is covered: the list matches the engine's ids.
    const QString source = QStringLiteral(NDES_SOURCE_DIR "/diagnostics/logs/iis/scepsummary.cpp");
    QFile file(source);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression idPattern(QStringLiteral("add\\(\"((?:iis|httperr)\\.[a-z0-9-]+)\""));
    QStringList engineIds;
    for (auto it = idPattern.globalMatch(text); it.hasNext();)
        engineIds << it.next().captured(1);
    QVERIFY(!engineIds.isEmpty());
    QStringList ours = iisFindingIds();
    engineIds.sort();
    ours.sort();
    QCOMPARE(engineIds, ours);
}

void TestIisLogs::chartBuckets_data()
{
    QTest::addColumn<int>("hours");
    QTest::addColumn<int>("every");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("buckets");
    // Starting 2026-01-05 00:00 UTC (a Monday); the test runs in UTC.
    QTest::newRow("one hour") << 1 << 1 << int(HourChart::Unit::Hour) << 1;
    QTest::newRow("three days") << 72 << 1 << int(HourChart::Unit::Hour) << 72;
    QTest::newRow("gaps are kept") << 11 << 10 << int(HourChart::Unit::Hour) << 11;
    QTest::newRow("73 hours") << 73 << 1 << int(HourChart::Unit::Day) << 4;
    QTest::newRow("thirty days") << 30 * 24 << 1 << int(HourChart::Unit::Day) << 30;
    QTest::newRow("a year") << 365 * 24 + 1 << 24 << int(HourChart::Unit::Week) << 53;
    QTest::newRow("ten years") << 3653 * 24 << 24 << int(HourChart::Unit::Month) << 121;
}

void TestIisLogs::chartBuckets()
{
    QFETCH(int, hours);
    QFETCH(int, every);
    QFETCH(int, unit);
    QFETCH(int, buckets);
    const std::int64_t start = QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() / 3600;
    std::map<std::int64_t, HourCounts> perHour;
    qint64 total = 0;
    for (int h = 0; h < hours; h += every) {
        HourCounts &c = perHour[start + h];
        c.s2xx = 3;
        c.s5xx = h % 2;
        c.total = c.s2xx + c.s5xx;
        total += c.total;
    }
    HourChart chart;
    chart.resize(700, 260);
    chart.setData(perHour);
    QCOMPARE(int(chart.unit()), unit);
    QCOMPARE(chart.bucketCount(), buckets);
    QCOMPARE(chart.bucketCount(), expectedBuckets(perHour));
    qint64 counted = 0;
    for (const HourChart::Bucket &b : chart.buckets())
        counted += b.total;
    QCOMPARE(counted, total);
    QVERIFY(!chart.accessibleDescription().isEmpty());
    // It paints at any size, in light and dark palettes, without dividing by zero.
    QVERIFY(!chart.grab().isNull());
    QPalette dark;
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    chart.setPalette(dark);
    chart.resize(120, 80);
    QVERIFY(!chart.grab().isNull());
}

void TestIisLogs::summaryMatchesScanner()
{
    Session session;
    IisLogPanel panel(&session);
    panel.resize(900, 700);
    panel.show();
    const QString folder = fixtures("iis");
    panel.scanPaths({folder});
    QVERIFY(panel.isScanning());
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel), kLong);
    QVERIFY(panel.hasResult());

    const Expected<QStringList> files = collectLogFiles({folder});
    QVERIFY(files.hasValue());
    const std::atomic<bool> never{false};
    const Expected<ScanReport> direct = scanIisLogs(*files, Progress(), never);
    QVERIFY(direct.hasValue());
    const ScepSummary &s = direct->scep;

    QTreeWidget *table = panel.summaryTable();
    QCOMPARE(tableCount(table, QStringLiteral("files")), qint64(direct->files.size()));
    qint64 lines = 0, bad = 0;
    for (const FileStats &f : direct->files) {
        lines += f.lines;
        bad += f.badLines;
    }
    QCOMPARE(tableCount(table, QStringLiteral("lines")), lines);
    QCOMPARE(tableCount(table, QStringLiteral("badLines")), bad);
    QVERIFY(bad > 0);
    QCOMPARE(tableCount(table, QStringLiteral("scep")), s.total);
    for (int i = 0; i < kScepOperationCount; ++i) {
        const QString key = QStringLiteral("operation/") + scepOperationId(ScepOperation(i));
        const qint64 n = s.byOperation[std::size_t(i)];
        QCOMPARE(tableCount(table, key), n ? n : -1);
    }
    for (int i = 0; i < kPlatformCount; ++i) {
        const QString key = QStringLiteral("platform/") + platformId(Platform(i));
        const qint64 n = s.byPlatform[std::size_t(i)];
        QCOMPARE(tableCount(table, key), n ? n : -1);
    }
    for (const auto &[triple, n] : s.byStatus)
        QCOMPARE(tableCount(table, QStringLiteral("status/") + triple.key()), n);
    QVERIFY(hasRow(table, QStringLiteral("status/500.0.1346")));
    QVERIFY(hasRow(table, QStringLiteral("first")));
    QVERIFY(hasRow(table, QStringLiteral("last")));
    QCOMPARE(tableCount(table, QStringLiteral("httperr")), s.httpErr.lines);

    QCOMPARE(panel.chart()->bucketCount(), expectedBuckets(s.perHour));
    QVERIFY(panel.chart()->bucketCount() > 0);

    // One row per finding, each with its words and a way to its fix.
    for (const Finding &f : direct->findings) {
        auto *row = panel.findChild<QFrame *>(QStringLiteral("finding_") + f.id);
        QVERIFY2(row, qPrintable(f.id));
        QVERIFY(row->findChild<QAbstractButton *>(QStringLiteral("fixButton")));
    }
}

void TestIisLogs::cancelMidway()
{
    Session session;
    IisLogPanel panel(&session);
    panel.show();
    auto *job = panel.findChild<IisScanJob *>();
    QVERIFY(job);
    // Cancel as soon as the first block is read, the way a user would click Cancel.
    bool cancelled = false;
    const QMetaObject::Connection early = connect(job, &IisScanJob::progress, &panel, [&](qint64 done, qint64 total) {
        if (!cancelled && done > 0 && done < total) {
            cancelled = true;
            panel.cancelScan();
        }
    });
    panel.scanPaths({m_large});
    QVERIFY(panel.findChild<QProgressBar *>(QStringLiteral("iisProgress"))->isVisibleTo(&panel));
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel), kLong);
    QVERIFY(cancelled);
    QVERIFY(panel.hasResult());
    QVERIFY(panel.report()->cancelled);
    QVERIFY(panel.report()->files.value(0).bytes < QFileInfo(m_large).size());
    auto *status = panel.findChild<StatusLabel *>(QStringLiteral("iisStatus"));
    QCOMPARE(status->status(), Status::Cancelled);
    QVERIFY(!panel.findChild<QProgressBar *>(QStringLiteral("iisProgress"))->isVisibleTo(&panel));

    // Usable again: the next scan runs to the end.
    disconnect(early);
    panel.scanPaths({fixtures("iis")});
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel), kLong);
    QVERIFY(!panel.report()->cancelled);
    QVERIFY(panel.findChild<QAbstractButton *>(QStringLiteral("iisFolderButton"))->isEnabled());
}

void TestIisLogs::newScanReplacesRunning()
{
    Session session;
    IisLogPanel panel(&session);
    int ends = 0;
    connect(&panel, &IisLogPanel::scanEnded, &panel, [&ends] { ++ends; });
    panel.scanPaths({m_large});
    panel.scanPaths({fixtures("iis/httperr1.log")});
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel), kLong);
    // Only the newest scan reports, and the dropped one never overwrites it.
    QTest::qWait(200);
    QCOMPARE(ends, 1);
    QCOMPARE(panel.report()->files.size(), 1);
    QVERIFY(panel.report()->files.first().path.endsWith(QLatin1String("httperr1.log")));
}

void TestIisLogs::closeWhileScanning()
{
    Session session;
    auto *panel = new IisLogPanel(&session);
    panel->show();
    panel->scanPaths({m_large});
    QVERIFY(panel->isScanning());
    delete panel; // cancels and waits for the worker
    QTest::qWait(50);
}

void TestIisLogs::trainingImpersonation()
{
    Session session;
    session.setMode(Mode::Training);
    session.setScenario(QStringLiteral("impersonate-right-missing"), false);
    IisLogPanel panel(&session);
    panel.resize(900, 700);
    panel.show();
    auto *load = panel.findChild<QAbstractButton *>(QStringLiteral("iisTrainingButton"));
    QVERIFY(load->isVisible());
    QVERIFY(load->isEnabled());
    QTest::mouseClick(load, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel) && panel.hasResult(), kLong);
    QVERIFY(!panel.report()->cancelled);

    auto *row = panel.findChild<QFrame *>(QStringLiteral("finding_iis.impersonation-1346"));
    QVERIFY(row);
    auto *fix = row->findChild<QAbstractButton *>(QStringLiteral("fixButton"));
    QVERIFY(fix);
    QCOMPARE(fix->property("contentId").toString(), QStringLiteral("internal-error-500"));
    QCOMPARE(fix->property("anchor").toString(), QStringLiteral("cause-impersonate"));
    QVERIFY(tableCount(panel.summaryTable(), QStringLiteral("status/500.0.1346")) > 0);
    auto *headline = panel.findChild<StatusLabel *>(QStringLiteral("iisHeadline"));
    QCOMPARE(headline->status(), Status::Problem);

    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(panel.fixView());
    QCOMPARE(panel.fixView()->contentId(), QStringLiteral("internal-error-500"));
    QVERIFY(panel.fixView()->anchors().contains(QStringLiteral("cause-impersonate")));
    QVERIFY(session.fixesShown().contains(QStringLiteral("internal-error-500")));
    // The evidence names the file and line, relative to the folder read.
    auto *evidence = row->findChild<QLabel *>(QStringLiteral("findingEvidence"));
    QVERIFY(evidence);
    QVERIFY(evidence->text().contains(QDir::toNativeSeparators(QStringLiteral("W3SVC1/u_ex26010"))));
    QVERIFY(evidence->textInteractionFlags() & Qt::TextSelectableByMouse);
}

void TestIisLogs::trainingNoAnswer()
{
    Session session;
    session.setMode(Mode::Training);
    session.setScenario(QStringLiteral("no-answer"), false);
    IisLogPanel panel(&session);
    QVERIFY(panel.loadTrainingLogs());
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel) && panel.hasResult(), kLong);
    auto *headline = panel.findChild<StatusLabel *>(QStringLiteral("iisHeadline"));
    QCOMPARE(headline->status(), Status::Problem);
    QVERIFY(headline->text().contains(QLatin1String("No SCEP request at all")));
    QVERIFY(panel.findChild<QFrame *>(QStringLiteral("finding_iis.no-scep-traffic")));
    QCOMPARE(panel.chart()->bucketCount(), 0);
    // Read, with the field still naming the simulated server, reads its logs again.
    auto *read = panel.findChild<QAbstractButton *>(QStringLiteral("iisScanButton"));
    QVERIFY(read->isEnabled());
    QTest::mouseClick(read, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel) && panel.hasResult(), kLong);
    QCOMPARE(headline->status(), Status::Problem);

    // Every scenario with simulated logs reads without a bad line.
    for (const QString &id : {QStringLiteral("healthy"), QStringLiteral("app-pool-stopped"),
                              QStringLiteral("request-limits-default"), QStringLiteral("request-filtering-default"),
                              QStringLiteral("tls-untrusted")}) {
        QVERIFY2(IisLogPanel::hasTrainingLogs(id), qPrintable(id));
        session.setScenario(id, false);
        QVERIFY(panel.loadTrainingLogs());
        QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel), kLong);
        QVERIFY(panel.hasResult());
        QCOMPARE(tableCount(panel.summaryTable(), QStringLiteral("badLines")), 0);
        QVERIFY2(panel.report()->scep.total > 0, qPrintable(id));
    }
}

void TestIisLogs::missingFolder()
{
    Session session;
    IisLogPanel panel(&session);
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder"));
    panel.scanPaths({missing});
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel), kLong);
    QVERIFY(!panel.hasResult());
    auto *status = panel.findChild<StatusLabel *>(QStringLiteral("iisStatus"));
    QCOMPARE(status->status(), Status::Problem);
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(missing)), qPrintable(status->text()));

    // A folder without logs says so, naming it too.
    QTemporaryDir empty;
    panel.scanPaths({empty.path()});
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel), kLong);
    QVERIFY(status->text().contains(QDir::toNativeSeparators(empty.path())));
    QVERIFY(status->text().contains(QLatin1String("*.log")));
}

void TestIisLogs::dropFolder()
{
    Session session;
    IisLogPanel panel(&session);
    panel.resize(800, 600);
    panel.show();
    QVERIFY(panel.acceptDrops());
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(fixtures("iis"))});
    const QPoint at(40, 40);
    QDragEnterEvent enter(at, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(panel.findChild<LogDropZone *>()->isHighlighted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&panel, &drop);
    QVERIFY(!panel.findChild<LogDropZone *>()->isHighlighted());
    QCOMPARE(panel.paths(), QStringList{fixtures("iis")});
    QTRY_VERIFY_WITH_TIMEOUT(scanOver(panel) && panel.hasResult(), kLong);

    // Something that is not a local file is not taken.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&panel, &refused);
    QVERIFY(!refused.isAccepted());
}

QTEST_MAIN(TestIisLogs)
#include "tst_iislogs.moc"
