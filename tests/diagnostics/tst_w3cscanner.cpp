// The IIS W3C scanner and the SCEP summary. Expected counts come from a small reference reader written
// here with QByteArray / QString splitting, never from the scanner's own output; each input is read with
// several block sizes, so lines that straddle blocks and lines longer than the buffer are exercised.
#include "logs/iis/scepsummary.h"
#include "logs/iis/w3cscanner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace ndes;
using namespace ndes::logs::iis;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(NDES_FIXTURES_DIR "/iis/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// ---- The reference reader: slow, simple, and written from formats.md, not from the scanner. ----

const QStringList kIis85 = QStringLiteral("date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
                                          "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")
                               .split(QLatin1Char(' '));
const QStringList kIis7 = QStringLiteral("date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
                                         "cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken")
                              .split(QLatin1Char(' '));
const QStringList kIisFull = QStringLiteral("date time s-sitename s-computername s-ip cs-method cs-uri-stem cs-uri-query "
                                            "s-port cs-username c-ip cs-version cs(User-Agent) cs(Cookie) cs(Referer) "
                                            "cs-host sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken")
                                 .split(QLatin1Char(' '));
const QStringList kHttpErr = QStringLiteral("date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status "
                                            "s-siteid s-reason s-queuename")
                                 .split(QLatin1Char(' '));
const QStringList kHttpErrStream = QStringLiteral("date time c-ip c-port s-ip s-port cs-version cs-method cs-uri "
                                                  "streamid sc-status s-siteid s-reason s-queuename")
                                       .split(QLatin1Char(' '));

struct Reference {
    qint64 lines = 0;
    qint64 directive = 0;
    qint64 data = 0;
    qint64 blank = 0;
    qint64 bad = 0;
    qint64 crlf = 0;
    qint64 inferred = 0;
    qint64 read = 0;
    qint64 records = 0;
    QList<qint64> badAt;
    qint64 scep = 0;
    qint64 verifyRequest = 0;
    qint64 notify = 0;
    qint64 httpErrLines = 0;
    QMap<QString, qint64> byOperation;
    QMap<QString, qint64> byStatus;
    QMap<QString, qint64> byPlatform;
    QMap<QString, qint64> httpErrByReason;
    QString first;
    QString last;
};

QString referencePlatform(const QString &agent)
{
    if (agent.startsWith(QLatin1String("Dalvik/")))
        return QStringLiteral("android");
    if (agent.startsWith(QLatin1String("profiled/")))
        return QStringLiteral("ios");
    if (agent.contains(QLatin1String("NDES_Plugin")))
        return QStringLiteral("connector");
    if (agent.contains(QLatin1String("Dalvik/")))
        return QStringLiteral("android");
    for (const char *ios : {"profiled/", "CFNetwork", "Darwin"}) {
        if (agent.contains(QLatin1String(ios)))
            return QStringLiteral("ios");
    }
    for (const char *windows : {"NDES+client", "NDES%20client", "Win32"}) {
        if (agent.contains(QLatin1String(windows)))
            return QStringLiteral("windows");
    }
    return QStringLiteral("other");
}

QString referenceOperation(const QString &method, const QString &query)
{
    for (const QString &pair : query.split(QLatin1Char('&'))) {
        const QString name = pair.section(QLatin1Char('='), 0, 0);
        if (name.compare(QLatin1String("operation"), Qt::CaseInsensitive) != 0)
            continue;
        const QString op = pair.section(QLatin1Char('='), 1);
        if (op.compare(QLatin1String("GetCACaps"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("GetCACaps");
        if (op.compare(QLatin1String("GetCACert"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("GetCACert");
        if (op.compare(QLatin1String("PKIOperation"), Qt::CaseInsensitive) == 0) {
            if (method.compare(QLatin1String("GET"), Qt::CaseInsensitive) == 0)
                return QStringLiteral("PKIOperation-GET");
            if (method.compare(QLatin1String("POST"), Qt::CaseInsensitive) == 0)
                return QStringLiteral("PKIOperation-POST");
        }
        return QStringLiteral("other");
    }
    return QStringLiteral("none");
}

// "-" for absent; nullopt for a value that is not an unsigned 32-bit number.
std::optional<QString> referenceNumber(const QByteArray &field)
{
    if (field == "-")
        return QStringLiteral("-");
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    if (!digits.match(QString::fromLatin1(field)).hasMatch())
        return std::nullopt;
    const qulonglong v = field.toULongLong();
    if (v > 0xFFFFFFFFULL)
        return std::nullopt;
    return QString::number(v);
}

// Which data lines the scanner reads in full (ScanOptions): all of them, or the first `sampleLines`, those of
// HTTP.sys logs, and those holding "msc" or "svc" in any case.
struct Reading {
    bool everyLine = true;
    qint64 sampleLines = 0;
    bool baselineSimd = false; // the SSE2 byte loops, not AVX2 (no effect on the counts)
};

Reference referenceRead(QByteArray bytes, const QString &name, Reading reading = {})
{
    Reference ref;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QByteArray> lines = bytes.split('\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    QStringList names;
    bool sawFields = false;
    bool httpErrHint = name.section(QLatin1Char('/'), -1).startsWith(QLatin1String("httperr"), Qt::CaseInsensitive);
    static const QRegularExpression dateShape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression timeShape(QStringLiteral("^([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?$"));
    static const QRegularExpression blanks(QStringLiteral("[ \t]+"));
    std::optional<QDateTime> first, last;

    for (QByteArray line : lines) {
        ++ref.lines;
        if (line.endsWith('\r')) {
            line.chop(1);
            ++ref.crlf;
        }
        if (line.isEmpty()) {
            ++ref.blank;
            continue;
        }
        if (line.startsWith('#')) {
            ++ref.directive;
            const QString text = QString::fromLatin1(line);
            if (text.startsWith(QLatin1String("#Fields:"), Qt::CaseInsensitive)) {
                sawFields = true;
                names = text.mid(8).split(blanks, Qt::SkipEmptyParts);
            } else if (text.startsWith(QLatin1String("#Software:"), Qt::CaseInsensitive)
                       && text.contains(QLatin1String("HTTP API"))) {
                httpErrHint = true;
            }
            continue;
        }
        ++ref.data;
        const bool httpErrLayout = sawFields && !names.isEmpty() && names.size() <= kMaxFields
                                   && names.contains(QStringLiteral("s-reason"), Qt::CaseInsensitive)
                                   && !names.contains(QStringLiteral("cs-uri-stem"), Qt::CaseInsensitive);
        const QByteArray lower = line.toLower();
        if (!reading.everyLine && ref.lines > reading.sampleLines && !httpErrHint && !httpErrLayout
            && !lower.contains("msc") && !lower.contains("svc"))
            continue;
        ++ref.read;
        const QList<QByteArray> fields = line.split(' ');
        QStringList layout = names;
        if (!sawFields) {
            layout.clear();
            if (httpErrHint && fields.size() == 13)
                layout = kHttpErr;
            else if (httpErrHint && fields.size() == 14)
                layout = kHttpErrStream;
            else if (!httpErrHint && fields.size() == 15)
                layout = kIis85;
            else if (!httpErrHint && fields.size() == 14)
                layout = kIis7;
            else if (!httpErrHint && fields.size() == 22)
                layout = kIisFull;
            if (!layout.isEmpty())
                ++ref.inferred;
        }
        if (layout.isEmpty() || layout.size() != fields.size() || layout.size() > kMaxFields) {
            ++ref.bad;
            ref.badAt << ref.lines;
            continue;
        }
        auto value = [&](const char *column) -> std::optional<QByteArray> {
            for (int i = 0; i < layout.size(); ++i) {
                if (layout[i].compare(QLatin1String(column), Qt::CaseInsensitive) == 0)
                    return fields[i];
            }
            return std::nullopt;
        };
        const auto date = value("date");
        const auto time = value("time");
        bool good = true;
        QDate d;
        QTime t;
        if (date) {
            const QString s = QString::fromLatin1(*date);
            d = QDate(s.left(4).toInt(), s.mid(5, 2).toInt(), s.mid(8, 2).toInt());
            good = dateShape.match(s).hasMatch() && d.isValid();
        }
        if (good && time) {
            const QRegularExpressionMatch m = timeShape.match(QString::fromLatin1(*time));
            t = m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QTime();
            good = t.isValid();
        }
        QStringList status;
        for (const char *column : {"sc-status", "sc-substatus", "sc-win32-status"}) {
            const auto v = value(column);
            if (!v) {
                status << QStringLiteral("-");
                continue;
            }
            const auto n = referenceNumber(*v);
            if (!n)
                good = false;
            status << n.value_or(QString());
        }
        if (!good) {
            ++ref.bad;
            ref.badAt << ref.lines;
            continue;
        }
        ++ref.records;
        const auto stem = value("cs-uri-stem");
        if (stem) {
            const QString path = QString::fromLatin1(*stem);
            auto is = [&](const char *p) { return path.compare(QLatin1String(p), Qt::CaseInsensitive) == 0; };
            if (is("/certsrv/mscep/mscep.dll") || is("/certsrv/mscep/mscep.dll/pkiclient.exe")) {
                ++ref.scep;
                ++ref.byOperation[referenceOperation(QString::fromLatin1(value("cs-method").value_or("")),
                                                     QString::fromLatin1(value("cs-uri-query").value_or("")))];
                ++ref.byStatus[status.join(QLatin1Char('.'))];
                ++ref.byPlatform[referencePlatform(QString::fromLatin1(value("cs(User-Agent)").value_or("")))];
                if (date && time) {
                    const QDateTime at(d, t, Qt::UTC);
                    if (!first || at < *first)
                        first = at;
                    if (!last || at > *last)
                        last = at;
                }
            } else if (is("/CertificateRegistrationSvc/Certificate/VerifyRequest")) {
                ++ref.verifyRequest;
            } else if (is("/CertificateRegistrationSvc/Certificate/Notify")) {
                ++ref.notify;
            }
        } else if (const auto reason = value("s-reason")) {
            ++ref.httpErrLines;
            ++ref.httpErrByReason[QString::fromLatin1(*reason)];
        }
    }
    if (first)
        ref.first = first->toString(Qt::ISODate);
    if (last)
        ref.last = last->toString(Qt::ISODate);
    return ref;
}

// ---- Helpers around the code under test ----

struct Scanned {
    FileStats stats;
    ScepSummary summary;
    Findings findings;
};

// Scans the bytes in memory, or from a file holding them when `path` is given (large files are read ahead
// on a second thread: the same bytes must give the same result).
Scanned scanBytes(const QByteArray &bytes, const QString &name, qint64 blockBytes, qint64 maxLineBytes = 16 << 20,
                  Reading reading = {}, const QString &path = QString())
{
    ScepSummaryBuilder builder;
    builder.setFile(name);
    ScanOptions options;
    options.blockBytes = blockBytes;
    options.maxLineBytes = maxLineBytes;
    options.readEveryLine = reading.everyLine;
    options.sampleLines = reading.sampleLines;
    options.baselineSimd = reading.baselineSimd;
    W3cScanner scanner(builder, options);
    Scanned s;
    if (path.isEmpty()) {
        s.stats = scanner.scanBytes(std::string_view(bytes.constData(), std::size_t(bytes.size())), name);
    } else {
        const std::atomic<bool> never{false};
        const Expected<FileStats> stats = scanner.scanFile(path, Progress(), never);
        if (!stats)
            return s;
        s.stats = *stats;
        s.stats.path = name;
    }
    s.summary = builder.summary();
    s.findings = builder.findings({s.stats});
    return s;
}

QMap<QString, qint64> operations(const ScepSummary &s)
{
    QMap<QString, qint64> m;
    for (int i = 0; i < kScepOperationCount; ++i) {
        if (s.byOperation[std::size_t(i)])
            m.insert(scepOperationId(ScepOperation(i)), s.byOperation[std::size_t(i)]);
    }
    return m;
}

QMap<QString, qint64> platforms(const ScepSummary &s)
{
    QMap<QString, qint64> m;
    for (int i = 0; i < kPlatformCount; ++i) {
        if (s.byPlatform[std::size_t(i)])
            m.insert(platformId(Platform(i)), s.byPlatform[std::size_t(i)]);
    }
    return m;
}

QMap<QString, qint64> statuses(const std::map<StatusTriple, qint64> &byStatus)
{
    QMap<QString, qint64> m;
    for (const auto &[triple, n] : byStatus)
        m.insert(triple.key(), n);
    return m;
}

QString iso(const std::optional<std::int64_t> &seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).toString(Qt::ISODate) : QString();
}

QStringList findingIds(const Findings &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids << f.id;
    ids.sort();
    return ids;
}

const Finding *findingById(const Findings &findings, const QString &id)
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

void compareWithReference(const Scanned &s, const Reference &ref)
{
    QCOMPARE(s.stats.lines, ref.lines);
    QCOMPARE(s.stats.directiveLines, ref.directive);
    QCOMPARE(s.stats.dataLines, ref.data);
    QCOMPARE(s.stats.blankLines, ref.blank);
    QCOMPARE(s.stats.badLines, ref.bad);
    QCOMPARE(s.stats.crlfLines, ref.crlf);
    QCOMPARE(s.stats.inferredLines, ref.inferred);
    QCOMPARE(s.stats.dataLinesRead, ref.read);
    QCOMPARE(s.stats.records, ref.records);
    QList<qint64> badAt;
    for (const BadLine &b : s.stats.badSamples)
        badAt << b.line;
    QCOMPARE(badAt, ref.badAt.mid(0, 20));
    QCOMPARE(s.summary.total, ref.scep);
    QCOMPARE(operations(s.summary), ref.byOperation);
    QCOMPARE(statuses(s.summary.byStatus), ref.byStatus);
    QCOMPARE(platforms(s.summary), ref.byPlatform);
    QCOMPARE(s.summary.verifyRequest.total, ref.verifyRequest);
    QCOMPARE(s.summary.notify.total, ref.notify);
    QCOMPARE(s.summary.httpErr.lines, ref.httpErrLines);
    QMap<QString, qint64> reasons;
    for (const auto &[reason, n] : s.summary.httpErr.byReason)
        reasons.insert(QString::fromLatin1(reason.data(), qsizetype(reason.size())), n);
    QCOMPARE(reasons, ref.httpErrByReason);
    QCOMPARE(iso(s.summary.first), ref.first);
    QCOMPARE(iso(s.summary.last), ref.last);
}

const QStringList kFixtures = {
    QStringLiteral("u_ex240311.log"),        QStringLiteral("u_ex240312.log"),
    QStringLiteral("u_ex240313_x.log"),      QStringLiteral("u_ex240314.log"),
    QStringLiteral("azure-software-fields.log"), QStringLiteral("software-only.log"),
    QStringLiteral("u_ex240316.log"),        QStringLiteral("pasted-from-ticket.log"),
    QStringLiteral("httperr1.log"),          QStringLiteral("u_ex240317.log"),
};

QByteArray header(const char *software = "Microsoft Internet Information Services 10.0")
{
    return QByteArray("#Software: ") + software
           + "\r\n#Version: 1.0\r\n#Date: 2024-03-01 00:00:00\r\n#Fields: date time s-ip cs-method cs-uri-stem "
             "cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
             "sc-win32-status time-taken\r\n";
}

QByteArray scepLine(const QByteArray &time, const QByteArray &query, const QByteArray &status = "200 0 0",
                    const QByteArray &agent = "profiled/1.0+CFNetwork/1410.0.3+Darwin/22.6.0")
{
    return "2024-03-01 " + time + " 10.0.20.15 GET /certsrv/mscep/mscep.dll " + query + " 443 - 10.51.3.200 " + agent
           + " - " + status + " 12\r\n";
}

QByteArray base64Message(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QRandomGenerator rng(42);
    QByteArray m;
    m.reserve(length);
    for (int i = 0; i < length; ++i)
        m += alphabet[rng.bounded(64)];
    return m;
}

} // namespace

class TestW3cScanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("blockBytes");
        QTest::addColumn<bool>("everyLine");
        QTest::addColumn<qint64>("sampleLines");
        for (const QString &file : kFixtures) {
            for (qint64 block : {qint64(64), qint64(1000), qint64(1) << 20}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 / %2 / every line").arg(file).arg(block))) << file << block << true << qint64(0);
                QTest::newRow(qPrintable(QStringLiteral("%1 / %2 / filtered").arg(file).arg(block))) << file << block << false << qint64(0);
                QTest::newRow(qPrintable(QStringLiteral("%1 / %2 / first 7").arg(file).arg(block))) << file << block << false << qint64(7);
                QTest::newRow(qPrintable(QStringLiteral("%1 / %2 / filtered, SSE2").arg(file).arg(block))) << file << block << false << qint64(-1);
            }
        }
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(qint64, blockBytes);
        QFETCH(bool, everyLine);
        QFETCH(qint64, sampleLines);
        const QByteArray bytes = readAll(fixture(file));
        QVERIFY(!bytes.isEmpty());
        // A negative sample size stands for "none, with the SSE2 loops".
        const Reading reading{everyLine, std::max<qint64>(sampleLines, 0), sampleLines < 0};
        const Scanned s = scanBytes(bytes, file, blockBytes, 16 << 20, reading);
        compareWithReference(s, referenceRead(bytes, file, reading));
        QCOMPARE(s.stats.bytes, bytes.size());
    }

    // The file path gives the same as bytes in memory.
    void fixturesFromFiles()
    {
        QStringList files;
        for (const QString &f : kFixtures)
            files << fixture(f);
        const std::atomic<bool> cancel{false};
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        bool monotonic = true;
        const Expected<ScanReport> report = scanIisLogs(
            files,
            [&](qint64 done, qint64 total) {
                monotonic = monotonic && done >= lastDone;
                lastDone = done;
                lastTotal = total;
            },
            cancel);
        QVERIFY(report.hasValue());
        QVERIFY(monotonic);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(report->files.size(), files.size());
        qint64 scep = 0;
        qint64 lines = 0;
        for (const QString &f : kFixtures) {
            const Reference ref = referenceRead(readAll(fixture(f)), f);
            scep += ref.scep;
            lines += ref.lines;
        }
        qint64 scannedLines = 0;
        for (const FileStats &f : report->files)
            scannedLines += f.lines;
        QCOMPARE(scannedLines, lines);
        QCOMPARE(report->scep.total, scep);
    }

    void fileFacts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("fieldsDirectives");
        QTest::addColumn<int>("layoutChanges");
        QTest::addColumn<QString>("inferredLayout");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("repeated identical blocks") << QStringLiteral("u_ex240311.log") << QStringLiteral("access") << 3 << 0 << QString() << false << false;
        QTest::newRow("fields change mid-file") << QStringLiteral("u_ex240313_x.log") << QStringLiteral("access") << 4 << 2 << QString() << false << false;
        QTest::newRow("headerless") << QStringLiteral("u_ex240314.log") << QStringLiteral("access") << 0 << 0 << QStringLiteral("iis-8.5") << false << false;
        QTest::newRow("#Software and #Fields only") << QStringLiteral("azure-software-fields.log") << QStringLiteral("access") << 1 << 0 << QString() << false << false;
        QTest::newRow("#Software alone") << QStringLiteral("software-only.log") << QStringLiteral("access") << 0 << 0 << QStringLiteral("iis-8.5") << false << false;
        QTest::newRow("BOM, bad UTF-8, cut last line") << QStringLiteral("u_ex240316.log") << QStringLiteral("access") << 1 << 0 << QString() << true << true;
        QTest::newRow("httperr with streamid later") << QStringLiteral("httperr1.log") << QStringLiteral("httperr") << 2 << 1 << QString() << false << false;
    }

    void fileFacts()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(int, fieldsDirectives);
        QFETCH(int, layoutChanges);
        QFETCH(QString, inferredLayout);
        QFETCH(bool, bom);
        QFETCH(bool, truncated);
        const Scanned s = scanBytes(readAll(fixture(file)), file, 1 << 20);
        QCOMPARE(logKindId(s.stats.kind), kind);
        QCOMPARE(s.stats.fieldsDirectives, fieldsDirectives);
        QCOMPARE(s.stats.layoutChanges, layoutChanges);
        QCOMPARE(s.stats.inferredLayout, inferredLayout);
        QCOMPARE(s.stats.bom, bom);
        QCOMPARE(s.stats.truncatedLastLine, truncated);
    }

    void findings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("healthy") << QStringLiteral("u_ex240311.log") << QStringList();
        QTest::newRow("faults") << QStringLiteral("u_ex240312.log")
                                << QStringList{QStringLiteral("iis.bad-lines"), QStringLiteral("iis.impersonation-1346"),
                                               QStringLiteral("iis.ios-getcacert-without-getcacaps"),
                                               QStringLiteral("iis.scep-500"), QStringLiteral("iis.url-too-long"),
                                               QStringLiteral("iis.verifyrequest-500"),
                                               QStringLiteral("iis.verifyrequest-untrusted-root")};
        QTest::newRow("changed fields") << QStringLiteral("u_ex240313_x.log") << QStringList();
        QTest::newRow("headerless") << QStringLiteral("u_ex240314.log")
                                    << QStringList{QStringLiteral("iis.bad-lines"), QStringLiteral("iis.headerless"),
                                                   QStringLiteral("iis.impersonation-1346")};
        QTest::newRow("#Software alone") << QStringLiteral("software-only.log") << QStringList{QStringLiteral("iis.headerless")};
        QTest::newRow("bytes") << QStringLiteral("u_ex240316.log") << QStringList();
        QTest::newRow("pasted") << QStringLiteral("pasted-from-ticket.log")
                                << QStringList{QStringLiteral("iis.bad-lines"), QStringLiteral("iis.markdown-damage")};
        QTest::newRow("httperr") << QStringLiteral("httperr1.log")
                                 << QStringList{QStringLiteral("httperr.scep-503"), QStringLiteral("httperr.scep-pool-offline"),
                                                QStringLiteral("httperr.scep-worker-crash"), QStringLiteral("iis.url-too-long")};
        QTest::newRow("other site") << QStringLiteral("u_ex240317.log") << QStringList{QStringLiteral("iis.no-scep-traffic")};
    }

    void findings()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, ids);
        const Scanned s = scanBytes(readAll(fixture(file)), file, 1 << 20);
        QCOMPARE(findingIds(s.findings), ids);
        for (const Finding &f : s.findings) {
            const QString at = f.evidence.value(QStringLiteral("at")).toStringList().value(0);
            if (!at.isEmpty())
                QVERIFY2(at.startsWith(file + QLatin1Char(':')), qPrintable(at));
        }
    }

    void findingEvidence()
    {
        const Scanned s = scanBytes(readAll(fixture(QStringLiteral("u_ex240312.log"))), QStringLiteral("u_ex240312.log"), 1 << 20);
        const Finding *imp = findingById(s.findings, QStringLiteral("iis.impersonation-1346"));
        QVERIFY(imp);
        QCOMPARE(imp->severity, Severity::Error);
        QCOMPARE(imp->evidence.value(QStringLiteral("count")).toLongLong(), 3);
        QCOMPARE(imp->evidence.value(QStringLiteral("at")).toStringList(),
                 (QStringList{QStringLiteral("u_ex240312.log:5"), QStringLiteral("u_ex240312.log:6"), QStringLiteral("u_ex240312.log:8")}));
        QCOMPARE(imp->evidence.value(QStringLiteral("first")).toString(), QStringLiteral("2017-08-08T20:22:16Z"));
        QCOMPARE(imp->evidence.value(QStringLiteral("byStatus")).toMap().value(QStringLiteral("500.0.1346")).toLongLong(), 3);

        const Finding *untrusted = findingById(s.findings, QStringLiteral("iis.verifyrequest-untrusted-root"));
        QVERIFY(untrusted);
        QCOMPARE(untrusted->evidence.value(QStringLiteral("byStatus")).toMap().keys(), QStringList{QStringLiteral("403.16.2148204809")});

        const Finding *ios = findingById(s.findings, QStringLiteral("iis.ios-getcacert-without-getcacaps"));
        QVERIFY(ios);
        QCOMPARE(ios->severity, Severity::Warning);
        QCOMPARE(ios->evidence.value(QStringLiteral("clients")).toStringList(), QStringList{QStringLiteral("10.5.14.60")});
        QCOMPARE(ios->evidence.value(QStringLiteral("at")).toStringList(), QStringList{QStringLiteral("u_ex240312.log:17")});

        const Finding *tooLong = findingById(s.findings, QStringLiteral("iis.url-too-long"));
        QVERIFY(tooLong);
        const QVariantMap byStatus = tooLong->evidence.value(QStringLiteral("byStatus")).toMap();
        QCOMPARE(byStatus.value(QStringLiteral("404.15.0")).toLongLong(), 1);
        QCOMPARE(byStatus.value(QStringLiteral("414.0.0")).toLongLong(), 1);

        const Finding *bad = findingById(s.findings, QStringLiteral("iis.bad-lines"));
        QVERIFY(bad);
        QCOMPARE(bad->severity, Severity::Info);
        QCOMPARE(bad->evidence.value(QStringLiteral("at")).toStringList(),
                 (QStringList{QStringLiteral("u_ex240312.log:23"), QStringLiteral("u_ex240312.log:24")}));
        QCOMPARE(s.stats.badByReason[std::size_t(BadReason::FieldCount)], 1);
        QCOMPARE(s.stats.badByReason[std::size_t(BadReason::Status)], 1);

        const Scanned h = scanBytes(readAll(fixture(QStringLiteral("httperr1.log"))), QStringLiteral("httperr1.log"), 1 << 20);
        const Finding *offline = findingById(h.findings, QStringLiteral("httperr.scep-pool-offline"));
        QVERIFY(offline);
        QCOMPARE(offline->severity, Severity::Error);
        const QVariantMap reasons = offline->evidence.value(QStringLiteral("byReason")).toMap();
        QCOMPARE(reasons.value(QStringLiteral("AppOffline")).toLongLong(), 3);
        QCOMPARE(reasons.value(QStringLiteral("Disabled")).toLongLong(), 1);
        QCOMPARE(h.summary.httpErr.scepQueueByReason.size(), std::size_t(4));
    }

    // PKIOperation messages never reach evidence, whatever the encoding or the finding.
    void evidenceIsRedacted()
    {
        const QByteArray message = base64Message(3000);
        QByteArray log = header();
        log += scepLine("01:00:00", "operation=PKIOperation&message=" + message, "404 15 0");
        log += scepLine("01:00:01", "message=" + message + "&operation=PKIOperation", "500 0 1346");
        log += scepLine("01:00:02", "operation=PKIOperation&message=" + message.left(40), "414 0 0");
        const Scanned s = scanBytes(log, QStringLiteral("u_ex.log"), 1 << 20);
        QCOMPARE(s.findings.size(), 2);
        for (const Finding &f : s.findings) {
            const QStringList lines = f.evidence.value(QStringLiteral("lines")).toStringList();
            QVERIFY(!lines.isEmpty());
            for (const QString &line : lines) {
                QVERIFY2(!line.contains(QString::fromLatin1(message.left(40))), qPrintable(line));
                QVERIFY2(line.contains(QLatin1String("message=<redacted>")), qPrintable(line));
            }
        }
    }

    void cookiesAreRedacted()
    {
        const QByteArray log =
            "#Fields: date time s-sitename s-computername s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
            "cs-version cs(User-Agent) cs(Cookie) cs(Referer) cs-host sc-status sc-substatus sc-win32-status sc-bytes "
            "cs-bytes time-taken\n"
            "2024-03-01 00:00:00 W3SVC1 NDES01 10.0.20.15 GET /certsrv/mscep/mscep.dll operation=GetCACert&message=ca 443 - "
            "10.1.1.1 HTTP/1.1 Dalvik/2.1.0 ASP.NET_SessionId=s3cr3tc00k13 - ndes 500 0 1346 1 1 1\n";
        const Scanned s = scanBytes(log, QStringLiteral("u_ex.log"), 4096);
        const Finding *imp = findingById(s.findings, QStringLiteral("iis.impersonation-1346"));
        QVERIFY(imp);
        const QString line = imp->evidence.value(QStringLiteral("lines")).toStringList().value(0);
        QVERIFY2(line.contains(QLatin1String("HTTP/1.1 Dalvik/2.1.0 <redacted> - ndes")), qPrintable(line));
    }

    void redactedQuery_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("PKIOperation") << QByteArray("operation=PKIOperation&message=MIAGCSqG%2B") << QByteArray("operation=PKIOperation&message=<redacted>");
        QTest::newRow("message first") << QByteArray("message=MIAG&operation=pkioperation") << QByteArray("message=<redacted>&operation=pkioperation");
        QTest::newRow("GetCACert kept") << QByteArray("operation=GetCACert&message=SCEP%20Authority") << QByteArray("operation=GetCACert&message=SCEP%20Authority");
        QTest::newRow("long message, no operation") << QByteArray("message=" + QByteArray(100, 'A')) << QByteArray("message=<redacted>");
        QTest::newRow("no message") << QByteArray("-") << QByteArray("-");
        QTest::newRow("empty pairs kept") << QByteArray("&a&b=&operation=PKIOperation&Message=x") << QByteArray("&a&b=&operation=PKIOperation&Message=<redacted>");
    }

    void redactedQuery()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(logs::iis::redactedQuery(query.toStdString())), expected);
    }

    void operation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("GetCACaps") << QByteArray("GET") << QByteArray("operation=GetCACaps&message=ca") << QStringLiteral("GetCACaps");
        QTest::newRow("lower case") << QByteArray("GET") << QByteArray("OPERATION=getcacert&message=default") << QStringLiteral("GetCACert");
        QTest::newRow("PKI GET") << QByteArray("GET") << QByteArray("operation=PKIOperation&message=MIAG") << QStringLiteral("PKIOperation-GET");
        QTest::newRow("PKI POST") << QByteArray("POST") << QByteArray("operation=PKIOperation") << QStringLiteral("PKIOperation-POST");
        QTest::newRow("PKI HEAD") << QByteArray("HEAD") << QByteArray("operation=PKIOperation") << QStringLiteral("other");
        QTest::newRow("message first") << QByteArray("GET") << QByteArray("message=ca&operation=GetCACert") << QStringLiteral("GetCACert");
        QTest::newRow("GetNextCACert") << QByteArray("GET") << QByteArray("operation=GetNextCACert") << QStringLiteral("other");
        QTest::newRow("none") << QByteArray("GET") << QByteArray("-") << QStringLiteral("none");
        QTest::newRow("operations= is not operation=") << QByteArray("GET") << QByteArray("operations=GetCACaps") << QStringLiteral("none");
    }

    void operation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, query);
        QFETCH(QString, expected);
        QCOMPARE(scepOperationId(scepOperation(method.toStdString(), query.toStdString())), expected);
        QCOMPARE(referenceOperation(QString::fromLatin1(method), QString::fromLatin1(query)), expected);
    }

    void platform_data()
    {
        QTest::addColumn<QByteArray>("agent");
        QTest::addColumn<QString>("expected");
        QTest::newRow("android") << QByteArray("Dalvik/2.1.0+(Linux;+U;+Android+13;+SM-G991B+Build/TP1A.220624.014)") << QStringLiteral("android");
        QTest::newRow("ios profiled") << QByteArray("profiled/1.0+CFNetwork/811.5.4+Darwin/16.6.0") << QStringLiteral("ios");
        QTest::newRow("ios other process") << QByteArray("dataaccessd/1.0+CFNetwork/1410.0.3+Darwin/22.6.0") << QStringLiteral("ios");
        QTest::newRow("windows") << QByteArray("Mozilla/4.0+(compatible;+Win32;+NDES+client)") << QStringLiteral("windows");
        QTest::newRow("connector") << QByteArray("NDES_Plugin") << QStringLiteral("connector");
        QTest::newRow("browser") << QByteArray("Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)") << QStringLiteral("other");
        QTest::newRow("none") << QByteArray("-") << QStringLiteral("other");
    }

    void platform()
    {
        QFETCH(QByteArray, agent);
        QFETCH(QString, expected);
        QCOMPARE(platformId(platformFromUserAgent(agent.toStdString())), expected);
    }

    void statusTriple_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QString>("key");
        QTest::newRow("impersonation") << QByteArray("500 0 1346") << QStringLiteral("500.0.1346");
        QTest::newRow("HRESULT above 2^31") << QByteArray("403 16 2148204809") << QStringLiteral("403.16.2148204809");
        QTest::newRow("uint32 max") << QByteArray("200 0 4294967295") << QStringLiteral("200.0.4294967295");
        QTest::newRow("dash") << QByteArray("200 - -") << QStringLiteral("200.-.-");
        QTest::newRow("2^32 is bad") << QByteArray("200 0 4294967296") << QString();
        QTest::newRow("negative is bad") << QByteArray("200 0 -1") << QString();
        QTest::newRow("letters are bad") << QByteArray("2OO 0 0") << QString();
        QTest::newRow("hex is bad") << QByteArray("500 0 0x542") << QString();
    }

    void statusTriple()
    {
        QFETCH(QByteArray, status);
        QFETCH(QString, key);
        const Scanned s = scanBytes(header() + scepLine("10:00:00", "operation=GetCACaps&message=x", status), QStringLiteral("u_ex.log"), 4096);
        QCOMPARE(s.stats.badLines, key.isEmpty() ? 1 : 0);
        QCOMPARE(statuses(s.summary.byStatus).keys(), key.isEmpty() ? QStringList() : QStringList{key});
    }

    void inference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("software");
        QTest::addColumn<int>("fields");
        QTest::addColumn<QString>("layout");
        QTest::newRow("IIS 8.5") << QStringLiteral("u_ex1.log") << QByteArray() << 15 << QStringLiteral("iis-8.5");
        QTest::newRow("IIS 7") << QStringLiteral("u_ex1.log") << QByteArray() << 14 << QStringLiteral("iis-7");
        QTest::newRow("full") << QStringLiteral("u_ex1.log") << QByteArray() << 22 << QStringLiteral("iis-full");
        QTest::newRow("unknown count") << QStringLiteral("u_ex1.log") << QByteArray() << 16 << QString();
        QTest::newRow("httperr by name") << QStringLiteral("HTTPERR7.log") << QByteArray() << 13 << QStringLiteral("httperr");
        QTest::newRow("httperr streamid by #Software") << QStringLiteral("x.log") << QByteArray("#Software: Microsoft HTTP API 2.0\n") << 14 << QStringLiteral("httperr-streamid");
    }

    void inference()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, software);
        QFETCH(int, fields);
        QFETCH(QString, layout);
        QList<QByteArray> parts{"2024-03-01", "10:00:00"};
        while (parts.size() < fields)
            parts << "7";
        const QByteArray bytes = software + parts.join(' ') + '\n' + parts.join(' ') + '\n';
        const Scanned s = scanBytes(bytes, name, 4096);
        QCOMPARE(s.stats.inferredLayout, layout);
        QCOMPARE(s.stats.inferredLines, layout.isEmpty() ? 0 : 2);
        QCOMPARE(s.stats.badLines, layout.isEmpty() ? 2 : 0);
        if (!layout.isEmpty())
            QCOMPARE(findingIds(s.findings).contains(QStringLiteral("iis.headerless")), true);
    }

    // A record's fields are the bytes between spaces: zone ids, odd bytes and commas stay whole.
    void fieldsAreBytes()
    {
        struct Collect : RecordSink {
            QList<QByteArray> clientIps;
            QList<QByteArray> stems;
            void record(const Record &r) override
            {
                const std::string_view ip = r.column(Column::ClientIp);
                const std::string_view stem = r.column(Column::UriStem);
                clientIps << QByteArray(ip.data(), qsizetype(ip.size()));
                stems << QByteArray(stem.data(), qsizetype(stem.size()));
            }
        } sink;
        W3cScanner scanner(sink);
        const QByteArray bytes = readAll(fixture(QStringLiteral("u_ex240311.log"))) + readAll(fixture(QStringLiteral("u_ex240316.log")));
        scanner.scanBytes(std::string_view(bytes.constData(), std::size_t(bytes.size())), QStringLiteral("u_ex.log"));
        QVERIFY(sink.clientIps.contains("fe80::f53d:89b8:c3e8:5fec%13"));
        QVERIFY(sink.stems.contains("/scripts/..\xc0\xaf../winnt/system32/cmd.exe"));
        QVERIFY(sink.stems.contains("/caf\xc3\xa9/men\xc3\xba.htm"));
    }

    void generated_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");

        const QByteArray message = base64Message(70000);
        QByteArray longLines = header();
        longLines += scepLine("00:00:01", "operation=GetCACert&message=SCEP%20Authority");
        longLines += scepLine("00:00:02", "operation=PKIOperation&message=" + message);
        longLines += "2024-03-01 00:00:03 10.0.20.15 GET /owa/ - 443 - 10.0.0.9 - - 200 0 0 1\r\n";
        longLines += scepLine("00:00:04", "operation=PKIOperation&message=" + message + message + message, "404 15 0");
        longLines += scepLine("00:00:05", "operation=GetCACaps&message=SCEP%20Authority");
        QTest::newRow("lines over 64 KB") << longLines << QStringLiteral("u_ex.log");

        QByteArray manyHeaders;
        for (int i = 0; i < 2000; ++i) {
            manyHeaders += header();
            manyHeaders += scepLine(QByteArray::number(i % 24).rightJustified(2, '0') + ":00:00", "operation=GetCACaps&message=x");
        }
        QTest::newRow("2000 identical header blocks") << manyHeaders << QStringLiteral("u_ex.log");

        QByteArray mixedEndings = header();
        for (int i = 0; i < 300; ++i) {
            QByteArray l = scepLine("00:00:0" + QByteArray::number(i % 10), "operation=GetCACert&message=ca", i % 7 ? "200 0 0" : "500 0 1346",
                                    i % 3 ? "Dalvik/2.1.0+(Linux)" : "Mozilla/4.0+(compatible;+Win32;+NDES+client)");
            if (i % 2)
                l.replace("\r\n", "\n");
            mixedEndings += l;
        }
        QTest::newRow("CRLF and LF mixed") << mixedEndings << QStringLiteral("u_ex.log");

        QByteArray bomCut = "\xEF\xBB\xBF" + header() + scepLine("00:00:01", "operation=GetCACaps&message=x");
        bomCut += scepLine("00:00:02", "operation=GetCACert&message=x").chopped(2);
        QTest::newRow("BOM and a cut last line") << bomCut << QStringLiteral("u_ex.log");
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("u_ex.log");
        QTest::newRow("two bytes") << QByteArray("\xEF\xBB") << QStringLiteral("u_ex.log");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("u_ex.log");
        QTest::newRow("newlines only") << QByteArray("\n\r\n\n") << QStringLiteral("u_ex.log");

        QRandomGenerator rng(7);
        QByteArray binary(256 * 1024, Qt::Uninitialized);
        for (char &c : binary)
            c = char(rng.bounded(256));
        QTest::newRow("random bytes") << binary << QStringLiteral("u_ex.log");

        QByteArray spacey(50000, ' ');
        spacey.prepend(header()).append("\n").append(QByteArray(300, ' ')).append("\n#Fields:\n1 2\n");
        QTest::newRow("lines of spaces, empty #Fields") << spacey << QStringLiteral("u_ex.log");

        // Random lines from the fixtures, with random damage: cut, doubled spaces, NUL bytes.
        QByteArray mangled;
        QList<QByteArray> pool;
        for (const QString &f : kFixtures)
            pool += readAll(fixture(f)).split('\n');
        for (int i = 0; i < 3000; ++i) {
            QByteArray l = pool[rng.bounded(qsizetype(pool.size()))];
            switch (rng.bounded(8)) {
            case 0: l.truncate(rng.bounded(l.size() + 1)); break;
            case 1: l.replace(' ', "  "); break;
            case 2: if (!l.isEmpty()) l[rng.bounded(l.size())] = '\0'; break;
            case 3: l.replace(' ', "\n"); break;
            default: break;
            }
            mangled += l + '\n';
        }
        QTest::newRow("mangled fixture lines") << mangled << QStringLiteral("u_ex.log");
    }

    void generated()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        for (const Reading reading : {Reading{true, 0}, Reading{false, 0}, Reading{false, 1000}, Reading{true, 0, true},
                                      Reading{false, 0, true}}) {
            const Reference ref = referenceRead(bytes, name, reading);
            for (qint64 block : {qint64(64), qint64(777), qint64(4096), qint64(1) << 20}) {
                const Scanned s = scanBytes(bytes, name, block, 16 << 20, reading);
                compareWithReference(s, ref);
                if (QTest::currentTestFailed()) {
                    qWarning("with block size %lld, every line %d, sample %lld, SSE2 %d", block, reading.everyLine,
                             reading.sampleLines, reading.baselineSimd);
                    return;
                }
            }
        }
    }

    // From a file, small blocks make the scanner read ahead on a second thread through many block turns.
    void generatedFromFile_data() { generated_data(); }
    void generatedFromFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        const Reference ref = referenceRead(bytes, name);
        for (qint64 block : {qint64(64), qint64(777), qint64(4096), qint64(1) << 20}) {
            const Scanned s = scanBytes(bytes, name, block, 16 << 20, Reading{}, path);
            compareWithReference(s, ref);
            if (QTest::currentTestFailed()) {
                qWarning("from a file, with block size %lld", block);
                return;
            }
        }
    }

    // The pre-filter never drops a line that matters: the summary is the same whether every line is read or not.
    void filterKeepsScepLines_data()
    {
        QTest::addColumn<QByteArray>("stem");
        QTest::newRow("usual") << QByteArray("/certsrv/mscep/mscep.dll");
        QTest::newRow("upper") << QByteArray("/CERTSRV/MSCEP/MSCEP.DLL");
        QTest::newRow("mixed") << QByteArray("/CertSrv/mScEp/MsCeP.dll/PKICLIENT.EXE");
        QTest::newRow("verify") << QByteArray("/certificateregistrationSVC/Certificate/VerifyRequest");
        QTest::newRow("notify") << QByteArray("/CERTIFICATEREGISTRATIONSVC/CERTIFICATE/NOTIFY");
    }

    void filterKeepsScepLines()
    {
        QFETCH(QByteArray, stem);
        QByteArray log = header();
        for (int i = 0; i < 500; ++i) {
            log += "2024-03-01 00:00:00 10.0.20.15 GET / - 80 - 10.0.20.1 - - 200 0 0 1\r\n";
            // The needle at every offset from the start of a 64-byte chunk, and across chunk ends.
            log += "2024-03-01 00:00:01 10.0.20.15 POST " + stem + " operation=PKIOperation 443 - 10.1.1." + QByteArray::number(i % 64)
                   + QByteArray(i % 64, 'x') + " Dalvik/2.1.0 - 500 0 1346 " + QByteArray::number(i) + "\r\n";
        }
        for (qint64 block : {qint64(64), qint64(100), qint64(1) << 20}) {
            const Scanned all = scanBytes(log, QStringLiteral("u_ex.log"), block, 16 << 20, Reading{true, 0});
            const Scanned filtered = scanBytes(log, QStringLiteral("u_ex.log"), block, 16 << 20, Reading{false, 0});
            const Scanned sse2 = scanBytes(log, QStringLiteral("u_ex.log"), block, 16 << 20, Reading{false, 0, true});
            QCOMPARE(statuses(sse2.summary.byStatus), statuses(all.summary.byStatus));
            QCOMPARE(filtered.stats.lines, all.stats.lines);
            QCOMPARE(filtered.summary.total + filtered.summary.verifyRequest.total + filtered.summary.notify.total, 500);
            QCOMPARE(statuses(filtered.summary.byStatus), statuses(all.summary.byStatus));
            QCOMPARE(filtered.summary.verifyRequest.total, all.summary.verifyRequest.total);
            QCOMPARE(filtered.summary.notify.total, all.summary.notify.total);
            QCOMPARE(findingIds(filtered.findings), findingIds(all.findings));
        }
    }

    // Past maxLineBytes a line is counted and skipped; memory does not follow the line.
    void tooLongLine()
    {
        QByteArray log = header();
        log += scepLine("00:00:01", "operation=GetCACaps&message=x");
        log += scepLine("00:00:02", "operation=PKIOperation&message=" + base64Message(200000));
        log += scepLine("00:00:03", "operation=GetCACert&message=x");
        const QByteArray cut = log + scepLine("00:00:04", "operation=PKIOperation&message=" + base64Message(300000)).chopped(2);
        for (qint64 block : {qint64(64), qint64(4096), qint64(65536)}) {
            const Scanned s = scanBytes(cut, QStringLiteral("u_ex.log"), block, 65536);
            QCOMPARE(s.stats.lines, 8);
            QCOMPARE(s.stats.dataLines, 4);
            QCOMPARE(s.stats.badLines, 2);
            QCOMPARE(s.stats.badByReason[std::size_t(BadReason::TooLong)], 2);
            QCOMPARE(s.stats.badSamples.value(0).line, 6);
            QCOMPARE(s.stats.badSamples.value(1).line, 8);
            QVERIFY(s.stats.truncatedLastLine);
            QCOMPARE(s.summary.total, 2);
        }
    }

    void cancel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("u_ex240301.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header());
        for (int i = 0; i < 20000; ++i)
            f.write(scepLine("00:00:01", "operation=GetCACaps&message=x"));
        f.close();

        std::atomic<bool> cancel{false};
        int calls = 0;
        ScanOptions options;
        options.blockBytes = 64 * 1024;
        const Expected<ScanReport> report = scanIisLogs(
            {path, path},
            [&](qint64, qint64) {
                if (++calls == 3)
                    cancel = true;
            },
            cancel, options);
        QVERIFY(report.hasValue());
        QVERIFY(report->cancelled);
        QCOMPARE(report->files.size(), 1);
        QVERIFY(report->files.first().cancelled);
        QVERIFY(report->files.first().bytes > 0);
        QVERIFY(report->files.first().bytes <= 3 * 64 * 1024);
        QVERIFY(report->scep.total > 0);
        QVERIFY(report->scep.total < 20000);
    }

    void collect_data()
    {
        QTest::addColumn<QStringList>("create"); // files to create; "name@ISO" sets the modification time
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("newest first, by name date then mtime")
            << QStringList{QStringLiteral("u_ex240301.log@2024-03-05T00:00:00"), QStringLiteral("u_ex240303.log@2024-03-01T00:00:00"),
                           QStringLiteral("W3SVC1/u_ex24030210.log@2024-03-01T00:00:00"), QStringLiteral("HTTPERR/httperr1.log@2024-03-02T12:00:00"),
                           QStringLiteral("notes.txt@2024-03-09T00:00:00"), QStringLiteral("U_EX2402.LOG@2024-03-09T00:00:00")}
            << QStringList{QStringLiteral("u_ex240303.log"), QStringLiteral("HTTPERR/httperr1.log"), QStringLiteral("W3SVC1/u_ex24030210.log"),
                           QStringLiteral("u_ex240301.log"), QStringLiteral("U_EX2402.LOG")};
    }

    void collect()
    {
        QFETCH(QStringList, create);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &spec : create) {
            const QString name = spec.section(QLatin1Char('@'), 0, 0);
            const QString path = dir.filePath(name);
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#Software: Microsoft Internet Information Services 10.0\r\n");
            QVERIFY(f.flush());
            QVERIFY(f.setFileTime(QDateTime::fromString(spec.section(QLatin1Char('@'), 1), Qt::ISODate).toUTC(), QFileDevice::FileModificationTime));
        }
        const Expected<QStringList> files = collectLogFiles({dir.path()});
        QVERIFY(files.hasValue());
        QStringList relative;
        for (const QString &f : *files)
            relative << QDir(dir.path()).relativeFilePath(f);
        QCOMPARE(relative, expected);
    }

    void collectErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Expected<QStringList> missing = collectLogFiles({dir.filePath(QStringLiteral("nope"))});
        QVERIFY(!missing);
        QCOMPARE(missing.error().where, dir.filePath(QStringLiteral("nope")));

        QFile txt(dir.filePath(QStringLiteral("readme.txt")));
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.close();
        const Expected<QStringList> empty = collectLogFiles({dir.path()});
        QVERIFY(!empty);
        QCOMPARE(empty.error().where, dir.path());

        // A file named explicitly is taken whatever its name.
        const Expected<QStringList> named = collectLogFiles({txt.fileName()});
        QVERIFY(named.hasValue());
        QCOMPARE(*named, QStringList{txt.fileName()});
    }

    void unreadable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::atomic<bool> cancel{false};
        // A folder handed to the scanner as a file cannot be opened.
        const Expected<ScanReport> folder = scanIisLogs({dir.path()}, Progress(), cancel);
        QVERIFY(!folder);
        QCOMPARE(folder.error().where, dir.path());

        const QString path = dir.filePath(QStringLiteral("u_ex240301.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(header());
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::Permissions()));
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            return; // root reads any file: the permission case cannot be made here
#endif
        const Expected<QStringList> files = collectLogFiles({path});
        QVERIFY(!files);
        QCOMPARE(files.error().where, path);
        const Expected<ScanReport> report = scanIisLogs({path}, Progress(), cancel);
        QVERIFY(!report);
        QCOMPARE(report.error().where, path);
    }

    void readError()
    {
#ifdef Q_OS_LINUX
        // Reading /proc/self/mem at offset 0 fails (nothing is mapped there): a read error mid-scan.
        const std::atomic<bool> cancel{false};
        const Expected<ScanReport> report = scanIisLogs({QStringLiteral("/proc/self/mem")}, Progress(), cancel);
        QVERIFY(!report);
        QCOMPARE(report.error().where, QStringLiteral("/proc/self/mem"));
#else
        QSKIP("Linux only");
#endif
    }

    void json()
    {
        const std::atomic<bool> cancel{false};
        const Expected<ScanReport> report =
            scanIisLogs({fixture(QStringLiteral("u_ex240312.log")), fixture(QStringLiteral("httperr1.log"))}, Progress(), cancel);
        QVERIFY(report.hasValue());
        const QJsonObject o = scanReportToJson(*report);
        QStringList keys = o.keys();
        QCOMPARE(keys, (QStringList{QStringLiteral("badLines"), QStringLiteral("files"), QStringLiteral("findings"),
                                    QStringLiteral("lines"), QStringLiteral("scep")}));
        const QJsonObject scep = o.value(QStringLiteral("scep")).toObject();
        for (const char *key : {"total", "byOperation", "byStatus", "byPlatform", "first", "last", "perHour"})
            QVERIFY2(scep.contains(QLatin1String(key)), key);
        QCOMPARE(scep.value(QStringLiteral("byPlatform")).toObject().keys(),
                 (QStringList{QStringLiteral("android"), QStringLiteral("connector"), QStringLiteral("ios"),
                              QStringLiteral("other"), QStringLiteral("windows")}));
        QCOMPARE(scep.value(QStringLiteral("byStatus")).toObject().value(QStringLiteral("500.0.1346")).toInteger(), 3);
        QCOMPARE(scep.value(QStringLiteral("first")).toString(), QStringLiteral("2017-08-08T20:22:16Z"));
        const QJsonArray perHour = scep.value(QStringLiteral("perHour")).toArray();
        QVERIFY(!perHour.isEmpty());
        qint64 sum = 0;
        for (const QJsonValue &h : perHour) {
            const QJsonObject bucket = h.toObject();
            QVERIFY(bucket.value(QStringLiteral("hour")).toString().endsWith(QLatin1String(":00:00Z")));
            sum += bucket.value(QStringLiteral("total")).toInteger();
        }
        QCOMPARE(sum, scep.value(QStringLiteral("total")).toInteger());
        const QJsonObject bad = o.value(QStringLiteral("badLines")).toObject();
        QCOMPARE(bad.value(QStringLiteral("total")).toInteger(), 2);
        QVERIFY(bad.value(QStringLiteral("samples")).toArray().first().toObject().value(QStringLiteral("at")).toString().endsWith(QLatin1String("u_ex240312.log:23")));
        QCOMPARE(scep.value(QStringLiteral("httpErr")).toObject().value(QStringLiteral("byQueue")).toObject().value(QStringLiteral("SCEP")).toInteger(), 6);
    }
};

QTEST_GUILESS_MAIN(TestW3cScanner)
#include "tst_w3cscanner.moc"
