#pragma once

#include "core/expected.h"
#include "core/finding.h"
#include "logs/iis/w3cscanner.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <atomic>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ndes::logs::iis {

// The SCEP operation of a request to mscep.dll, from the operation= query parameter and the method.
enum class ScepOperation : std::uint8_t { GetCACaps, GetCACert, PkiOperationGet, PkiOperationPost, Other, None };
inline constexpr int kScepOperationCount = 6;

// "GetCACaps", "GetCACert", "PKIOperation-GET", "PKIOperation-POST", "other" (another operation), "none"
QString scepOperationId(ScepOperation op);

enum class Platform : std::uint8_t { Android, Ios, Windows, Connector, Other };
inline constexpr int kPlatformCount = 5;

QString platformId(Platform p); // "android", "ios", "windows", "connector", "other"

// The request paths the summary looks at, compared without regard to case as IIS does.
bool isScepStem(std::string_view stem); // /certsrv/mscep/mscep.dll and .../mscep.dll/pkiclient.exe
bool isVerifyRequestStem(std::string_view stem);
bool isNotifyStem(std::string_view stem);

// `query` is cs-uri-query as logged (still percent-encoded); names and values are compared without case.
ScepOperation scepOperation(std::string_view method, std::string_view query);
Platform platformFromUserAgent(std::string_view userAgent);

// The query with the value of message= replaced by "<redacted>" when the operation is PKIOperation
// or the value is long: a PKIOperation message is a several-KB signed request and is never kept.
std::string redactedQuery(std::string_view query);

// The line as logged, with its query redacted and any cookie replaced by "<redacted>", for evidence.
QString evidenceLine(const Record &record);

struct HourCounts {
    qint64 total = 0;
    qint64 s2xx = 0;
    qint64 s3xx = 0;
    qint64 s4xx = 0;
    qint64 s5xx = 0;
};

struct EndpointSummary {
    qint64 total = 0;
    std::map<StatusTriple, qint64> byStatus;
};

// HTTP.sys error logs: counts by s-reason and by s-queuename, and the reasons seen on queue SCEP.
struct HttpErrSummary {
    using Counts = std::map<std::string, qint64, std::less<>>;
    qint64 lines = 0;
    Counts byReason;
    Counts byQueue;
    Counts scepQueueByReason;
};

// Requests to mscep.dll in IIS site logs, plus the policy module's calls to CertificateRegistrationSvc
// and the HTTP.sys errors. Times are UTC seconds since 1970-01-01, as IIS logs them.
struct ScepSummary {
    qint64 total = 0;
    std::array<qint64, kScepOperationCount> byOperation{};
    std::map<StatusTriple, qint64> byStatus;
    std::array<qint64, kPlatformCount> byPlatform{};
    std::optional<std::int64_t> first;
    std::optional<std::int64_t> last;
    std::map<std::int64_t, HourCounts> perHour; // key: UTC seconds / 3600
    EndpointSummary verifyRequest;
    EndpointSummary notify;
    HttpErrSummary httpErr;
    qint64 accessRecords = 0; // good data lines of site logs, SCEP or not
    qint64 markdownLines = 0; // SCEP and CertificateRegistrationSvc lines whose addresses are [text](link)
};

// A few places where something was seen, for a finding's evidence.
struct Sightings {
    qint64 count = 0;
    QStringList at;    // "file:line"
    QStringList lines; // the lines, redacted
    std::optional<std::int64_t> first;
    std::optional<std::int64_t> last;
    std::map<QString, qint64> byKey; // by status triple or by s-reason

    void add(const QString &file, const Record &record, const QString &key = QString());
    // count, at, lines, first and last (ISO 8601 UTC), and byKey under the name given.
    QVariantMap evidence(const QString &byKeyName = QString()) const;
};

// Receives the records of every file in turn and keeps the summary and the evidence.
// There is no substring pre-filter: the scanner splits every line anyway (one pass finds spaces and newlines
// together), so the cs-uri-stem column is compared directly, by length first, then byte for byte, then
// without case. A path in any letter case is counted, as IIS serves it, and a query, referer or user agent
// that merely mentions mscep.dll is not.
class ScepSummaryBuilder final : public RecordSink {
public:
    // Names the file the next records come from.
    void setFile(const QString &path);
    void record(const Record &record) override;

    const ScepSummary &summary() const { return m_summary; }
    Findings findings(const QList<FileStats> &files) const;

private:
    void scepRecord(const Record &record);
    void endpointRecord(const Record &record, EndpointSummary &endpoint, bool verifyRequest);
    void httpErrRecord(const Record &record);
    void countHour(std::int64_t seconds, std::uint32_t status);

    // An iOS device, keyed by a hash of its c-ip and user agent; its address is kept for the evidence.
    struct IosClient {
        bool certificate = false; // a GetCACert answered 2xx
        bool capabilities = false;
        std::uint8_t ipLength = 0;
        std::array<char, 46> ip{};
        qsizetype file = 0;
        std::int64_t line = 0;
    };

    QString m_file;
    qsizetype m_fileIndex = -1;
    QStringList m_files;
    ScepSummary m_summary;
    Sightings m_impersonation;
    Sightings m_scep500;
    Sightings m_urlTooLong;
    Sightings m_verifyUntrusted;
    Sightings m_verify500;
    Sightings m_poolOffline;
    Sightings m_scepQueue503;
    Sightings m_workerCrash;
    Sightings m_markdown;
    // Open addressing on the hash (0 marks a free slot), so a lookup touches one small array.
    IosClient *iosClient(std::uint64_t key, std::string_view ip);
    std::vector<std::uint64_t> m_iosKeys;
    std::vector<IosClient> m_iosClients;
    std::size_t m_iosCount = 0;
    // The date column of the last timed line and its day number: dates repeat line after line.
    std::array<char, 10> m_lastDate{};
    std::int64_t m_lastDays = 0;
    std::int64_t secondsOf(const Record &record);
    std::int64_t m_hourKey = -1;
    HourCounts *m_hour = nullptr;
};

// Expands folders into the log files inside them (u_ex*.log, httperr*.log, any *.log, also one folder
// down, as in W3SVC1 and HTTPERR), newest first by the date in the name or else by modification time.
// Fails, naming the path, on a missing path, a folder without logs or an unreadable file.
Expected<QStringList> collectLogFiles(const QStringList &paths);

struct ScanReport {
    QList<FileStats> files;
    ScepSummary scep;
    Findings findings;
    bool cancelled = false;
};

// Scans the files in order. Progress covers all files; `cancel` stops at the next block.
Expected<ScanReport> scanIisLogs(const QStringList &files, const Progress &progress, const std::atomic<bool> &cancel,
                                 ScanOptions options = {});

// The `scan-iis-logs --json` object (PRODUCT.md 3): files, lines, badLines, scep, findings.
QJsonObject scanReportToJson(const ScanReport &report);

} // namespace ndes::logs::iis
